#!/usr/bin/env bash
# What a legal officer opens on the national data set (issue 18): the heaviest violation case — the most acts,
# payments and steps — as its page, its REST view and its printed documents, and the deadline board. Before the
# generator wrote acts, payments and histories these read empty tables; now they read what the application would
# have written. Prints one Markdown row per request (docs/performance.md).
# Then the signed-off visit with the most evidence: its record, printed record, evidence list and page.
#   bench/case-detail.sh [BASE] [N] [CASE] [VISIT]
# CASE defaults to the heaviest case and VISIT to that visit, both found with psql through PSQL (e.g. PSQL="psql -h
# localhost -p 5432 -U postgres -d vigil", password in PGPASSWORD); without PSQL give their ids.
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-50}
CASE=${3:-}
VISIT=${4:-}
source "$(dirname "$0")/measure.sh"

if [[ -z "$CASE" ]]; then
  if [[ -z "${PSQL:-}" ]]; then
    echo "give a case id, or PSQL to find the heaviest case" >&2
    exit 2
  fi
  CASE=$($PSQL -Atc "
    select c.id from violation.violation_case c
     where c.status in ('DECIDED', 'CLOSED') and c.decision_number is not null
     order by (select count(*) from violation.violation_case_act a where a.case_id = c.id)
            + (select count(*) from violation.violation_case_payment p where p.case_id = c.id)
            + (select count(*) from violation.violation_case_transition t where t.case_id = c.id) desc, c.id
     limit 1")
fi
if [[ -z "$VISIT" && -n "${PSQL:-}" ]]; then
  VISIT=$($PSQL -Atc "select visit_id from inspection.visit_evidence group by visit_id order by count(*) desc, visit_id
                      limit 1")
fi
echo "case $CASE: $(get legal "/api/v1/violation-cases/$CASE" | grep -o '"status":"[^"]*"' | head -1)"
echo
header
measure legal "the case's page (legal/case.xhtml)" "/legal/case.xhtml?id=$CASE"
measure legal "the case, REST (acts, payments, history)" "/api/v1/violation-cases/$CASE"
measure legal "its record of violation (PDF)" "/api/v1/violation-cases/$CASE/record.pdf"
measure legal "its sanction decision (PDF)" "/api/v1/violation-cases/$CASE/decision.pdf"
measure legal "cases closed after payment, most recent first" "/api/v1/violation-cases/search?status=CLOSED&order=DETECTED&size=20"
measure legal "deadline board, first page" "/api/v1/violation-cases/deadlines?size=20"
measure legal "the deadline board's page" "/legal/deadlines.xhtml"
if [[ -n "$VISIT" ]]; then
  echo
  echo "visit $VISIT: $(get legal "/api/v1/visits/$VISIT/evidence" | grep -o '"id":' | wc -l) pieces of evidence"
  echo
  header
  measure legal "the visit's record, REST (indicators, findings, people, answers)" "/api/v1/visits/$VISIT/record"
  measure legal "the visit's record (PDF)" "/api/v1/visits/$VISIT/record.pdf"
  measure legal "the visit's evidence list" "/api/v1/visits/$VISIT/evidence"
  measure legal "the visit's page (inspection/visit.xhtml)" "/inspection/visit.xhtml?id=$VISIT"
fi
