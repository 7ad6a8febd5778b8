#!/usr/bin/env bash
# What keeping sessions in PostgreSQL costs a server (issue 13, item 1; docs/scale-out.md): CLIENTS people signed in
# through the login page each load PAGES in turn, REQUESTS page loads in all, as fast as the server answers them
# (HTML only, no browser). Prints loads a second and the median and 95th percentile of a load. Run it against the
# same data with the session store on (server.xml as built) and off (sessionDatabase-1.0 and storageRef taken out),
# on an otherwise quiet machine. Not a timed test.
#   BASE=http://localhost:9080 CLIENTS=8 REQUESTS=2000 bench/sessions.sh
set -euo pipefail
BASE=${BASE:-http://localhost:9080}
CLIENTS=${CLIENTS:-8}
REQUESTS=${REQUESTS:-2000}
PAGES=${PAGES:-/index.xhtml /inspection/establishments.xhtml /inspection/visits.xhtml /inspection/plans.xhtml}
USER_NAME=${USER_NAME:-inspector}
PASSWORD=${PASSWORD:-Vigil@2026}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

sign_in() {
  local jar=$1
  curl -s -D "$WORK/head" -c "$jar" -b "$jar" "$BASE/login.xhtml" -o "$WORK/login.html"
  local nonce state
  nonce=$(grep -io "nonce-[^']*" "$WORK/head" | head -1 | cut -c7-)
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/login.html" | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "loginForm_SUBMIT=1" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "loginForm:username=$USER_NAME" --data-urlencode "loginForm:password=$PASSWORD" \
    --data-urlencode "loginForm:signIn=" "$BASE/login.xhtml"
}

read -r -a pages <<< "$PAGES"
per_client=$((REQUESTS / CLIENTS))
for c in $(seq 1 "$CLIENTS"); do
  sign_in "$WORK/jar$c"
  curl -s -b "$WORK/jar$c" -c "$WORK/jar$c" -o /dev/null "$BASE${pages[0]}" # warm-up
done
started=$(date +%s.%N)
for c in $(seq 1 "$CLIENTS"); do
  (
    for i in $(seq 1 "$per_client"); do
      page=${pages[$((i % ${#pages[@]}))]}
      curl -s -b "$WORK/jar$c" -c "$WORK/jar$c" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$page"
    done > "$WORK/times$c"
  ) &
done
wait
ended=$(date +%s.%N)
cat "$WORK"/times* > "$WORK/all"
ok=$(awk '$1 == 200' "$WORK/all" | wc -l)
total=$(wc -l < "$WORK/all")
sort -k2 -n "$WORK/all" | awk -v ok="$ok" -v total="$total" -v secs="$(echo "$ended - $started" | bc)" -v clients="$CLIENTS" '
  { t[NR] = $2 }
  END {
    printf "%d loads by %d clients in %.1f s: %.1f loads a second; %d answered 200; median %.0f ms, p95 %.0f ms\n",
      total, clients, secs, total / secs, ok, t[int(NR * 0.5)] * 1000, t[int(NR * 0.95)] * 1000
  }'
