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

# one batch of STEP requests as curl config: each request with its own authentication
batch() {
  local file=$1 i user path
  local users=(inspector teamlead legal caseworker finance committee admin)
  local paths=(
    "/api/v1/me"
    "/api/v1/establishments?size=25"
    "/api/v1/establishments?text=karaoke&size=25"
    "/api/v1/visits?size=20"
    "/index.xhtml"
  )
  : > "$file"
  for ((i = 0; i < STEP; i++)); do
    user=${users[i % ${#users[@]}]}
    path=${paths[(i / 7) % ${#paths[@]}]}
    case "$user" in
      legal) [[ "$path" == /api/v1/establishments* || "$path" == /api/v1/visits* ]] \
        && path="/api/v1/violation-cases/search?size=20" ;;
      caseworker) [[ "$path" == /api/v1/establishments* || "$path" == /api/v1/visits* ]] \
        && path="/api/v1/victim-cases?size=20" ;;
      finance) [[ "$path" == /api/v1/establishments* || "$path" == /api/v1/visits* ]] \
        && path="/api/v1/support-requests?size=20" ;;
      committee | admin) [[ "$path" == /api/v1/visits* ]] && path="/api/v1/me" ;;
    esac
    echo "url = \"$BASE$path\""
    echo "output = \"/dev/null\""
    echo "header = \"Accept-Language: vi\""
    mode=${MODES[i % ${#MODES[@]}]}
    [[ "$path" == /api/* ]] || mode=session
    case $mode in
      session) echo "cookie = \"$(session_jar "$user")\"" ;;
      basic) echo "user = \"$user:$PASSWORD\"" ;;
      token) echo "header = \"Authorization: Bearer $(api_token "$user")\"" ;;
    esac
    echo "next"
  done >> "$file"
}

echo "| requests | live heap after full GC (MB) | Subjects | LTPA tokens | non-200 answers | seconds |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| 0 | $(live_heap_mb) | $(count_of javax.security.auth.Subject) | $(count_of com.ibm.ws.security.token.ltpa.internal.LTPAToken2) | | |"
CONFIG=$(mktemp)
batch "$CONFIG"
for ((done_ = STEP; done_ <= TOTAL; done_ += STEP)); do
  start=$(date +%s)
  bad=$(curl -s --no-progress-meter -Z --parallel-max "$PARALLEL" -K "$CONFIG" -w '%{http_code}\n' | grep -vc '^200$' || true)
  echo "| $done_ | $(live_heap_mb) | $(count_of javax.security.auth.Subject) | $(count_of com.ibm.ws.security.token.ltpa.internal.LTPAToken2) | $bad | $(($(date +%s) - start)) |"
done
rm -f "$CONFIG"
