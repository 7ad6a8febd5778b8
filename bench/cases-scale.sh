#!/usr/bin/env bash
# Response times of the violation-case and victim-case lists on the national-scale data set (docs/performance.md).
# Usage: bench/cases-scale.sh [base-url] [team-lead-username] [requests-per-query]
# Start Vigil on a generated database first (./mvnw -Prun,generate verify). The team lead defaults to the lead of
# the generated team with the most violation cases (found with psql when it is at hand, else give one).
set -euo pipefail
BASE=${1:-http://localhost:9080}
LEAD=${2:-}
N=${3:-200}
source "$(dirname "$0")/measure.sh"
field() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }

if [[ -z "$LEAD" ]]; then
  echo "give the team lead's username (see docs/performance.md for the query)" >&2
  exit 2
fi
CASES=$(get legal "/api/v1/violation-cases/search?size=1" | field total)
RUNNING=$(get legal "/api/v1/violation-cases/deadlines?size=1" | field total)
OVERDUE=$(get legal "/api/v1/violation-cases/search?overdue=true&size=1" | field total)
LEADS=$(get "$LEAD" "/api/v1/violation-cases/search?size=1" | field total)
CASELOAD=$(get caseworker "/api/v1/victim-cases?size=1" | field total)
DEEP=$((RUNNING / 20 / 2))
# a distinctive name: the violator of the most recently detected case with a record
NAME=$(get legal "/api/v1/violation-cases/search?status=RECORDED&order=DETECTED&size=1" \
  | grep -o '"violatorName":"[^"]*"' | head -1 | cut -d'"' -f4)
NAME_Q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$NAME")
echo "$CASES violation cases, $RUNNING with a running deadline, $OVERDUE overdue; $LEADS of $LEAD's teams;"
QUEUE=$(get finance "/api/v1/support-requests?size=1" | field total)
# the case with the longest support history, for the per-case history a finance officer reads
HISTORY_CASE=$(get finance "/api/v1/support-requests?status=DISBURSED&size=1" | field caseId)
echo "caseworker's open victim cases: $CASELOAD; $QUEUE support requests waiting for finance"
echo
header
measure legal "cases, next deadline first, first page (with the count)" "/api/v1/violation-cases/search?size=20"
measure legal "cases, most recently detected first" "/api/v1/violation-cases/search?order=DETECTED&size=20"
measure legal "cases past their deadline" "/api/v1/violation-cases/search?overdue=true&size=20"
measure legal "cases recorded, awaiting a decision, by detection" "/api/v1/violation-cases/search?status=RECORDED&order=DETECTED&size=20"
measure legal "cases by a violator's or establishment's name (\"$NAME\")" "/api/v1/violation-cases/search?violator=$NAME_Q&size=20"
measure legal "cases by a word in one name of seven (\"karaoke\")" "/api/v1/violation-cases/search?violator=karaoke&size=20"
measure legal "deadline board, first page" "/api/v1/violation-cases/deadlines?size=20"
measure legal "deadline board, page $DEEP" "/api/v1/violation-cases/deadlines?page=$DEEP&size=20"
measure "$LEAD" "deadline board of a team lead's teams" "/api/v1/violation-cases/deadlines?size=20"
measure "$LEAD" "cases of a team lead's teams" "/api/v1/violation-cases/search?size=20"
measure committee "count of open cases" "/api/v1/violation-cases/count"
measure caseworker "a case worker's caseload, first page" "/api/v1/victim-cases?size=20"
measure caseworker "referrals waiting for a case worker" "/api/v1/victim-cases/indicator-referrals?size=20"
measure admin "every open victim case (to reassign), first page" "/api/v1/victim-cases/open?size=20"
measure finance "support requests waiting for finance, first page" "/api/v1/support-requests?size=20"
measure finance "support requests approved, waiting for payment" "/api/v1/support-requests?status=APPROVED&size=20"
measure finance "budget lines of this year with ledger balances" "/api/v1/budget-lines"
measure finance "budget lines of last year with ledger balances" "/api/v1/budget-lines?year=$(($(date +%Y) - 1))"
measure finance "one case's support history (no identity)" "/api/v1/support-requests?case=$HISTORY_CASE"
