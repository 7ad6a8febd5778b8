# Sourced by the bench scripts: measure USER LABEL PATH requests PATH on $BASE as USER, $WARMUP times to warm up,
# then $N times one after another, and prints a Markdown row: label, user, median, p95 and max in milliseconds as
# curl measures them on the same machine (no network in between, so the server's response time).
# Like a client would, each user signs in once with Basic credentials and then reuses the session cookie: a password
# check is deliberately slow (PBKDF2, 210,000 iterations), so it is not paid on every call.
BASE=${BASE:-http://localhost:9080}
N=${N:-200}
WARMUP=${WARMUP:-10}
JARS=$(mktemp -d)
trap 'rm -rf "$JARS"' EXIT

jar() {
  local user=$1
  if [[ ! -f "$JARS/$user" ]]; then
    curl -sf -o /dev/null -c "$JARS/$user" -u "$user:Vigil@2026" "$BASE/api/v1/me"
  fi
  echo "$JARS/$user"
}

# GET PATH as USER, the body on stdout
get() {
  curl -sf -b "$(jar "$1")" -H 'Accept-Language: vi' "$BASE$2"
}

measure() {
  local user=$1 label=$2 path=$3 times=() cookies t
  cookies=$(jar "$user")
  for ((i = 0; i < WARMUP + N; i++)); do
    t=$(curl -sf -o /dev/null -w '%{time_total}' -b "$cookies" -H 'Accept-Language: vi' "$BASE$path")
    if ((i >= WARMUP)); then times+=("$t"); fi
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v user="$user" '
    { v[NR] = $1 * 1000 }
    END { printf "| %s | %s | %.1f | %.1f | %.1f |\n", label, user, v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}

header() {
  echo "| query | user | median ms | p95 ms | max ms |"
  echo "| --- | --- | ---: | ---: | ---: |"
}
