#!/usr/bin/env bash
# Soak: 100,000 mixed authenticated requests (pages and REST; session cookies, HTTP Basic and API tokens, several
# roles) against a running Vigil, with the server's live heap measured after a full collection every 10,000. Prints
# one Markdown row per sample; the retained heap must stay flat (within 50 MB from the first sample to the last).
#   bench/soak.sh [BASE] [TOTAL] [PARALLEL]      e.g. bench/soak.sh http://localhost:9080 100000 4
# Needs jcmd (the JDK's) and the Liberty server's pid: found from the run command's server folder, or give PID=.
set -euo pipefail
BASE=${1:-http://localhost:9080}
TOTAL=${2:-100000}
PARALLEL=${3:-4}
STEP=10000
# how requests authenticate, in turn (SOAK_AUTH="session basic" on a server without API tokens)
read -r -a MODES <<< "${SOAK_AUTH:-session basic token}"
source "$(dirname "$0")/measure.sh"
PID=${PID:-$(cat "$(dirname "$0")/../liberty/target/liberty/wlp/usr/servers/.pid/vigil.pid")}

live_heap_mb() {
  # GC.class_histogram forces a full collection first; its Total line is what is still reachable
  jcmd "$PID" GC.class_histogram | awk '/^Total/ { printf "%.1f", $3 / 1048576 }'
}

count_of() {
  jcmd "$PID" GC.class_histogram | awk -v c="$1" '$4 == c { print $2 }' | head -1
}

# 100 requests of one user, one way of authenticating, pages or REST in turn; prints one HTTP status per line
chunk() {
  local n=$1 users=(inspector teamlead legal caseworker finance committee admin) user mode path args=() k
  user=${users[n % ${#users[@]}]}
  mode=${MODES[(n / ${#users[@]}) % ${#MODES[@]}]}
  local paths=("/api/v1/me")
  case "$user" in
    inspector | teamlead) paths+=("/api/v1/establishments?size=25" "/api/v1/establishments?text=karaoke&size=25" "/api/v1/visits?size=20") ;;
    legal) paths+=("/api/v1/violation-cases/search?size=20" "/api/v1/violation-cases/search?violator=ng&size=20") ;;
    caseworker) paths+=("/api/v1/victim-cases?size=20") ;;
    finance) paths+=("/api/v1/support-requests?size=20") ;;
    admin) paths+=("/api/v1/users?size=25" "/api/v1/establishments?size=25") ;;
  esac
  [[ "$mode" == session ]] && paths+=("/index.xhtml")
  mapfile -t args < <(AUTH=$mode auth_args "$user")
  for ((k = 0; k < 100; k++)); do
    args+=(-o /dev/null "$BASE${paths[k % ${#paths[@]}]}")
  done
  curl -s -w '%{http_code}\n' -H 'Accept-Language: vi' "${args[@]}"
}

# sign every user in and create their tokens once, before the clock starts
for u in inspector teamlead legal caseworker finance committee admin; do
  for m in "${MODES[@]}"; do AUTH=$m auth_args "$u" > /dev/null; done
done

echo "| requests | live heap after full GC (MB) | Subjects | LTPA tokens | non-200 answers | seconds |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| 0 | $(live_heap_mb) | $(count_of javax.security.auth.Subject) | $(count_of com.ibm.ws.security.token.ltpa.internal.LTPAToken2) | | |"
n=0
for ((done_ = STEP; done_ <= TOTAL; done_ += STEP)); do
  start=$(date +%s)
  bad=0
  for ((c = 0; c < STEP / 100; c += PARALLEL)); do
    for ((p = 0; p < PARALLEL; p++)); do chunk $((n++)) & done
    wait
  done > "$JARS/codes"
  bad=$(grep -vc '^200$' "$JARS/codes" || true)
  echo "| $done_ | $(live_heap_mb) | $(count_of javax.security.auth.Subject) | $(count_of com.ibm.ws.security.token.ltpa.internal.LTPAToken2) | $bad | $(($(date +%s) - start)) |"
done
