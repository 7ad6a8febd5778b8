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
source "$(dirname "$0")/measure.sh"
USER=inspector
field() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }

if [[ -z "$COMMUNE" ]]; then
  COMMUNE=$(get $USER "/api/v1/establishments?businessLineId=$LINE&size=1" | field communeId)
fi
MONTH_FROM=$(date +%Y-%m-01)
MONTH_TO=$(date -d "$MONTH_FROM +1 month -1 day" +%Y-%m-%d)
LIST="/api/v1/establishments?communeId=$COMMUNE&businessLineId=$LINE"
TOTAL=$(get $USER "$LIST&size=25" | field total)
DEEP=$(((TOTAL - 1) / 25))
VISITS="/api/v1/visits?communeId=$COMMUNE&from=$MONTH_FROM&to=$MONTH_TO"
VISITS_TOTAL=$(get $USER "$VISITS&size=20" | field total)
BUSIEST_MONTH_FROM=$(date -d "$(date +%Y)-08-01 -1 year" +%Y-%m-%d)
BUSIEST="/api/v1/visits?communeId=$COMMUNE&from=$BUSIEST_MONTH_FROM&to=$(date -d "$BUSIEST_MONTH_FROM +1 month -1 day" +%Y-%m-%d)"

echo "commune $COMMUNE, business line $LINE: $TOTAL establishments ($((DEEP + 1)) pages of 25); $VISITS_TOTAL visits this month"
echo
header
measure $USER "establishments of a commune and line by risk, first page" "$LIST&page=0&size=25"
measure $USER "establishments of a commune and line by risk, last page ($DEEP)" "$LIST&page=$DEEP&size=25"
measure $USER "establishments of a commune by risk, page 20" "/api/v1/establishments?communeId=$COMMUNE&page=20&size=25"
measure $USER "all establishments nationally by risk, first page (with the count)" "/api/v1/establishments?size=25"
measure $USER "visits of the commune this month, first page" "$VISITS&size=20"
measure $USER "visits of the commune in August last year (peak), first page" "$BUSIEST&size=20"
