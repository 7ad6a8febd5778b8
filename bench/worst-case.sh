#!/usr/bin/env bash
# Worst cases of every list and search on a running Vigil with the national data set (./mvnw -Prun,generate verify):
# terms of 1, 2 and 3 letters and the commonest words, first / middle / last page by number and far pages by cursor,
# the widest date ranges, each role that may call the endpoint; then sign-in under a flood of wrong credentials, and
# what a personal API token costs over a session cookie. Prints Markdown tables (median, p95, max in ms); the aim is
# p95 < 200 ms in every row.
#   bench/worst-case.sh [BASE] [N]        e.g. bench/worst-case.sh http://localhost:9080 40
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-40}
WARMUP=${WARMUP:-3}
source "$(dirname "$0")/measure.sh"
json_field() { { grep -o "\"$1\":\"[^\"]*\"" || true; } | head -1 | cut -d'"' -f4; }
json_number() { { grep -o "\"$1\":[0-9]*" || true; } | head -1 | cut -d: -f2; }
urlenc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# the cursor that continues after page P of a list (one slow-ish call by page number, outside the measurement)
cursor_after() { get "$1" "$2&page=$3" | json_field next; }

EST_TOTAL=$(get inspector "/api/v1/establishments?size=25" | json_number total)
EST_LAST=$(((EST_TOTAL - 1) / 25))
EST_MID=$((EST_LAST / 2))
PROVINCE=$(get admin "/api/v1/admin-units?level=PROVINCE&text=ho%20chi%20minh&size=1" | json_number id)
SAMPLE=$(get inspector "/api/v1/establishments?size=1&page=777")
REG=$(echo "$SAMPLE" | json_field registrationNo)
OWNER_WORD=$(echo "$SAMPLE" | json_field ownerName | awk '{print $NF}')
STREET_WORD=$(echo "$SAMPLE" | json_field address | awk '{print $2}')
TEN_YEARS_AGO=$(date -d '-10 years' +%Y-%m-%d)
TODAY=$(date +%Y-%m-%d)
VISITS="/api/v1/visits?from=$TEN_YEARS_AGO&to=$TODAY&size=20"
CASES="/api/v1/violation-cases/search?size=20"
CASES_TOTAL=$(get legal "$CASES" | json_number total)
CASES_LAST=$(((CASES_TOTAL - 1) / 20))
echo "establishments: $EST_TOTAL ($((EST_LAST + 1)) pages of 25); violation cases: $CASES_TOTAL; province id $PROVINCE"
echo "sample establishment: registration $REG, owner word '$OWNER_WORD', address word '$STREET_WORD'"
echo

echo "### Lists and searches"
echo
header
for user in inspector teamlead admin; do
  for term in a ng ngu karaoke "nha nghi" "khach san"; do
    measure $user "establishments, text \"$term\"" "/api/v1/establishments?text=$(urlenc "$term")&size=25"
  done
done
measure inspector "establishments, registration number (exact)" "/api/v1/establishments?text=$(urlenc "$REG")&size=25"
measure inspector "establishments, owner's name word \"$OWNER_WORD\"" "/api/v1/establishments?text=$(urlenc "$OWNER_WORD")&size=25"
measure inspector "establishments, address word \"$STREET_WORD\"" "/api/v1/establishments?text=$(urlenc "$STREET_WORD")&size=25"
measure inspector "establishments of a province, text \"a\"" "/api/v1/establishments?provinceId=$PROVINCE&text=a&size=25"
measure inspector "establishments, first page" "/api/v1/establishments?size=25&page=0"
measure inspector "establishments, middle page ($EST_MID)" "/api/v1/establishments?size=25&page=$EST_MID"
measure inspector "establishments, last page ($EST_LAST)" "/api/v1/establishments?size=25&page=$EST_LAST"
C=$(cursor_after inspector "/api/v1/establishments?size=25" 9999)
measure inspector "establishments, page 10,000 by cursor" "/api/v1/establishments?size=25&cursor=$(urlenc "$C")"
measure inspector "establishments, page 10,000 by number" "/api/v1/establishments?size=25&page=10000"
measure inspector "visits over ten years, first page" "$VISITS"
C=$(cursor_after inspector "$VISITS" 999)
measure inspector "visits over ten years, page 1,000 by cursor" "$VISITS&cursor=$(urlenc "$C")"
measure inspector "visits over ten years, page 1,000 by number" "$VISITS&page=1000"
measure teamlead "visits over ten years of a province" "$VISITS&provinceId=$PROVINCE"
for user in legal teamlead; do
  for term in a ng ngu karaoke nguyen "cong ty"; do
    measure $user "violation cases, violator \"$term\"" "$CASES&violator=$(urlenc "$term")"
  done
done
measure legal "violation cases, first page" "$CASES"
measure legal "violation cases, last page ($CASES_LAST)" "$CASES&page=$CASES_LAST"
C=$(cursor_after legal "$CASES" 1000)
measure legal "violation cases, page 1,001 by cursor" "$CASES&cursor=$(urlenc "$C")"
measure legal "violation cases of a province" "$CASES&provinceId=$PROVINCE"
measure legal "deadline board, first page" "/api/v1/violation-cases/deadlines?size=20"
for term in a ng; do
  measure admin "users, text \"$term\"" "/api/v1/users?text=$term&size=25"
  measure admin "administrative units, text \"$term\"" "/api/v1/admin-units?text=$term&size=25"
  measure legal "legal provisions, text \"$term\"" "/api/v1/legal-provisions?q=$term&size=20"
done
measure admin "audit log, ten years, first page" "/api/v1/audit-entries?from=$TEN_YEARS_AGO&to=$TODAY&size=20"
measure caseworker "a case worker's caseload, first page" "/api/v1/victim-cases?size=20"
measure admin "every open victim case, first page" "/api/v1/victim-cases/open?size=20"
measure finance "support requests waiting for finance" "/api/v1/support-requests?size=20"
measure committee "count of open cases" "/api/v1/violation-cases/count"

echo
echo "### A signed-in user's list under a flood of wrong credentials"
echo
LIST="/api/v1/establishments?text=karaoke&size=25"
header
N_SAVED=$N
N=100
measure inspector "quiet" "$LIST"
FLOOD=$(mktemp)
for ((c = 1; c <= 4000; c++)); do
  # 64 clients at a time, each request from its own loopback address and for an unknown user name
  ((c > 1)) && echo "next"
  echo "url = \"$BASE/api/v1/me\""
  echo "user = \"khong-co-$c:sai-mat-khau\""
  echo "interface = \"127.1.$((c / 250)).$((c % 250 + 1))\""
  echo "output = \"/dev/null\""
  echo "write-out = \"%{http_code}\\n\""
done > "$FLOOD"
# the flood goes on, round after round of the 4,000 addresses, until the measurement is over; its client runs at the
# lowest priority, since on this one machine it would otherwise take processor time a remote attacker's would not
(while true; do nice -n 19 stdbuf -oL curl -s -Z --parallel-max 64 -K "$FLOOD" >> "$FLOOD.codes" 2>/dev/null || true; done) &
FLOOD_PID=$!
sleep 3
measure inspector "64 clients sending wrong credentials from 4,000 addresses" "$LIST"
kill $FLOOD_PID 2>/dev/null || true
wait $FLOOD_PID 2>/dev/null || true
pkill -f -- "-K $FLOOD" 2>/dev/null || true
echo
echo "flood answers: $(sort "$FLOOD.codes" | uniq -c | tr '\n' ' ')"
rm -f "$FLOOD" "$FLOOD.codes"
N=$N_SAVED

echo
echo "### What a personal API token costs over a session cookie"
echo
header
N=300
for mode in session token basic; do
  AUTH=$mode measure inspector "GET /api/v1/me ($mode)" "/api/v1/me"
done
for mode in session token; do
  AUTH=$mode measure inspector "establishments, first page ($mode)" "/api/v1/establishments?size=25"
done
