#!/usr/bin/env bash
# The overview's breakdowns on the national data set (issue 10): the tables and charts behind a period's figures
# (registry by line and risk, months against a year before, cases by step, acts by provision, support by type, money by
# source, departments' visits, plans against targets), through /api/v1/reports/figures/breakdowns, and the whole
# overview page as the committee opens it (figures, breakdowns and charts in one page view).
#   PSQL="psql -h localhost -p <port> -U postgres -d vigil" bench/breakdowns.sh [BASE] [N]
# Start Vigil on a generated database first (./mvnw -Prun,generate verify -Dvigil.data.dir=...). Prints Markdown.
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-100}
source "$(dirname "$0")/measure.sh"
: "${PSQL:?set PSQL to a psql command line for the database of Vigil}"

YEAR=$(date +%Y)
PROVINCE=$($PSQL -Atc "select u.province_id from reporting.unit_map u join inspection.establishment e on e.commune_id = u.unit_id
                        group by 1 order by count(*) desc limit 1")
echo "province with the most establishments: $PROVINCE"
echo
echo "### The overview's breakdowns"
echo
header
for period in "from=$YEAR-01-01&until=$YEAR-06-30:six months" "from=$YEAR-07-01&until=$YEAR-09-30:peak campaign" \
  "from=$((YEAR - 1))-01-01&until=$((YEAR - 1))-12-31:last year" "from=$((YEAR - 9))-01-01&until=$YEAR-12-31:ten years"; do
  query=${period%%:*}
  label=${period#*:}
  measure committee "$label, one province" "/api/v1/reports/figures/breakdowns?province=$PROVINCE&$query"
  measure committee "$label, every province" "/api/v1/reports/figures/breakdowns?$query"
done
measure committee "the overview page (this year, every province)" "/reports/overview.xhtml"
