#!/usr/bin/env bash
# Response times of the registry and scheduling lists on the national-scale data set (see docs/performance.md).
# Usage: bench/national-scale.sh [base-url] [commune-id] [business-line-id] [requests-per-query]
# Start Vigil on a generated database first (./mvnw -Prun,generate verify). Without a commune id it takes the commune
# of the highest-risk establishment of the business line (default 2, karaoke). Each query is requested 10 times to
# warm up, then N times one after another over a kept session; prints median / p95 / max in milliseconds as measured
# by curl on the same machine (no network in between, so this is the server's response time).
set -euo pipefail
BASE=${1:-http://localhost:9080}
COMMUNE=${2:-}
LINE=${3:-2}
N=${4:-200}
WARMUP=10
USER=inspector
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
# sign in once (a password check is deliberately slow), then reuse the session cookie like a client would
curl -sf -o /dev/null -c "$JAR" -u "$USER:Vigil@2026" "$BASE/api/v1/me"

get() { curl -sf -b "$JAR" -H 'Accept-Language: vi' "$BASE$1"; }
field() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }

if [[ -z "$COMMUNE" ]]; then
  COMMUNE=$(get "/api/v1/establishments?businessLineId=$LINE&size=1" | field communeId)
fi
MONTH_FROM=$(date +%Y-%m-01)
MONTH_TO=$(date -d "$MONTH_FROM +1 month -1 day" +%Y-%m-%d)
LIST="/api/v1/establishments?communeId=$COMMUNE&businessLineId=$LINE"
TOTAL=$(get "$LIST&size=25" | field total)
DEEP=$(((TOTAL - 1) / 25))
VISITS="/api/v1/visits?communeId=$COMMUNE&from=$MONTH_FROM&to=$MONTH_TO"
VISITS_TOTAL=$(get "$VISITS&size=20" | field total)
BUSIEST_MONTH_FROM=$(date -d "$(date +%Y)-08-01 -1 year" +%Y-%m-%d)
BUSIEST="/api/v1/visits?communeId=$COMMUNE&from=$BUSIEST_MONTH_FROM&to=$(date -d "$BUSIEST_MONTH_FROM +1 month -1 day" +%Y-%m-%d)"

echo "commune $COMMUNE, business line $LINE: $TOTAL establishments ($((DEEP + 1)) pages of 25); $VISITS_TOTAL visits this month"
echo
echo "| query | median ms | p95 ms | max ms |"
echo "| --- | ---: | ---: | ---: |"
measure() {
  local label=$1 path=$2 times=()
  for ((i = 0; i < WARMUP + N; i++)); do
    t=$(curl -sf -o /dev/null -w '%{time_total}' -b "$JAR" -H 'Accept-Language: vi' "$BASE$path")
    if ((i >= WARMUP)); then times+=("$t"); fi
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { v[NR] = $1 * 1000 }
    END { printf "| %s | %.1f | %.1f | %.1f |\n", label, v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}
measure "establishments of a commune and line by risk, first page" "$LIST&page=0&size=25"
measure "establishments of a commune and line by risk, last page ($DEEP)" "$LIST&page=$DEEP&size=25"
measure "establishments of a commune by risk, page 20" "/api/v1/establishments?communeId=$COMMUNE&page=20&size=25"
measure "all establishments nationally by risk, first page (with the count)" "/api/v1/establishments?size=25"
measure "visits of the commune this month, first page" "$VISITS&size=20"
measure "visits of the commune in August last year (peak), first page" "$BUSIEST&size=20"
