#!/usr/bin/env bash
# The reporting read model on the national data set (issue 10): the committee's figures from the read model against
# the same figures by GROUP BY over the base tables, how soon a committed change is counted, and the full rebuild.
#   PSQL="psql -h localhost -p <port> -U postgres -d vigil" bench/reports.sh [BASE] [N]
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
echo "### The committee's figures from the read model"
echo
header
for period in "from=$YEAR-01-01&until=$YEAR-06-30:six months" "from=$YEAR-07-01&until=$YEAR-09-30:peak campaign" \
  "from=$((YEAR - 1))-01-01&until=$((YEAR - 1))-12-31:last year" "from=$((YEAR - 9))-01-01&until=$YEAR-12-31:ten years"; do
  query=${period%%:*}
  label=${period#*:}
  measure committee "$label, one province" "/api/v1/reports/figures?province=$PROVINCE&$query"
  measure committee "$label, every province" "/api/v1/reports/figures?$query"
done

echo
echo "### The same figures by GROUP BY over the base tables (psql, one province, six months and a year before)"
echo
sql_period() {
  local from=$1 until=$2
  cat <<SQL
select count(*) filter (where v.status = 'SIGNED_OFF'), count(*) filter (where v.status = 'SIGNED_OFF' and v.kind = 'UNANNOUNCED'),
       count(*) filter (where v.status <> 'CANCELLED'), count(*) filter (where v.status = 'CANCELLED')
  from inspection.visit v join reporting.unit_map u on u.unit_id = v.commune_id and u.province_id = $PROVINCE
 where v.starts_at >= '$from'::date::timestamp at time zone 'Asia/Ho_Chi_Minh'
   and v.starts_at < ('$until'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh';
select count(*), sum(fine_total), sum(paid_total), count(*) filter (where status in ('TRANSFERRED_TO_POLICE', 'PROSECUTED'))
  from violation.violation_case c join reporting.unit_map u on u.unit_id = c.commune_id and u.province_id = $PROVINCE
 where c.detected_on between '$from' and '$until';
select count(*) from violation.violation_case_act a join violation.violation_case c on c.id = a.case_id
  join reporting.unit_map u on u.unit_id = c.commune_id and u.province_id = $PROVINCE
 where c.detected_on between '$from' and '$until';
select count(*), count(*) filter (where vc.person_status = 'VERIFIED_VICTIM') from victim.victim_case vc
  join victim.person p on p.id = vc.person_id join reporting.unit_map u on u.unit_id = vc.received_unit_id and u.province_id = $PROVINCE
 where vc.person_role = 'VICTIM' and vc.received_on between '$from' and '$until';
select count(*), sum(amount) from victim.support_request where requested_on between '$from' and '$until';
select sum(amount) filter (where kind = 'COMMITTED'), sum(amount) filter (where kind = 'DISBURSED') from victim.ledger_entry
 where recorded_at >= '$from'::date::timestamp at time zone 'Asia/Ho_Chi_Minh'
   and recorded_at < ('$until'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh';
SQL
}
for run in 1 2 3; do
  start=$(date +%s%N)
  { sql_period "$YEAR-01-01" "$YEAR-06-30"; sql_period "$((YEAR - 1))-01-01" "$((YEAR - 1))-06-30";
    echo "select count(*) filter (where status <> 'CLOSED') from inspection.establishment e join reporting.unit_map u on u.unit_id = e.commune_id and u.province_id = $PROVINCE;"; } \
    | $PSQL -At -v ON_ERROR_STOP=1 > /dev/null
  echo "run $run: $(( ($(date +%s%N) - start) / 1000000 )) ms (psql round trips included)"
done

echo
echo "### The same figures from the read model (psql, the statement /api/v1/reports/figures runs for each period)"
echo
model_period() {
  local from=$1 to=$2
  cat <<SQL
select * from
 (select sum(visits) filter (where status = 'SIGNED_OFF'), sum(visits) filter (where status = 'SIGNED_OFF' and kind = 'UNANNOUNCED'),
         sum(visits) filter (where status <> 'CANCELLED'), sum(visits) filter (where status = 'CANCELLED')
    from reporting.visit_month where province_id = $PROVINCE and month >= '$from' and month < '$to') q1
 cross join (select sum(cases), sum(fines), sum(paid), sum(cases) filter (where status in ('TRANSFERRED_TO_POLICE', 'PROSECUTED'))
    from reporting.case_month where province_id = $PROVINCE and month >= '$from' and month < '$to') q2
 cross join (select sum(acts) from reporting.case_act_month where province_id = $PROVINCE and month >= '$from' and month < '$to') q3
 cross join (select sum(cases), sum(cases) filter (where person_status = 'VERIFIED_VICTIM') from reporting.victim_month
    where province_id = $PROVINCE and person_role = 'VICTIM' and month >= '$from' and month < '$to') q4
 cross join (select sum(requests), sum(amount) from reporting.support_fact where day >= '$from' and day < '$to') q5
 cross join (select sum(amount) filter (where kind = 'COMMITTED'), sum(amount) filter (where kind = 'DISBURSED')
    from reporting.ledger_fact where day >= '$from' and day < '$to') q6;
SQL
}
for run in 1 2 3; do
  start=$(date +%s%N)
  { model_period "$YEAR-01-01" "$YEAR-07-01"; model_period "$((YEAR - 1))-01-01" "$((YEAR - 1))-07-01";
    echo "select sum(establishments) filter (where status <> 'CLOSED') from reporting.establishment_fact f join reporting.unit_map u on u.unit_id = f.commune_id and u.province_id = $PROVINCE;"; } \
    | $PSQL -At -v ON_ERROR_STOP=1 > /dev/null
  echo "run $run: $(( ($(date +%s%N) - start) / 1000000 )) ms (psql round trips included)"
done

echo
echo "### Freshness: a new establishment until the figures count it"
echo
COMMUNE=$($PSQL -Atc "select unit_id from reporting.unit_map where province_id = $PROVINCE and unit_id = commune_id
                       and unit_id in (select commune_id from inspection.establishment) limit 1")
LINE=$($PSQL -Atc "select id from inspection.business_line where active order by id limit 1")
count() {
  curl -s -u committee:Vigil@2026 "$BASE/api/v1/reports/figures?province=$PROVINCE" | grep -o '"code":"EST.TOTAL","shown":"[0-9]*"' | grep -o '[0-9]*"$' | tr -d '"'
}
lags=()
for i in $(seq 1 20); do
  before=$(count)
  curl -sf -o /dev/null -u inspector:Vigil@2026 -H 'Content-Type: application/json' "$BASE/api/v1/establishments" \
    -d "{\"name\":\"Karaoke đo độ trễ $i $(date +%s%N)\",\"businessLineId\":$LINE,\"address\":\"$i Đường Đo\",\"communeId\":$COMMUNE,\"ownerName\":\"Người Đo\",\"registrationNo\":\"DO-$i-$(date +%s%N)\"}"
  committed=$(date +%s%N)
  while [[ "$(count)" == "$before" ]]; do :; done
  lags+=($(( ($(date +%s%N) - committed) / 1000000 )))
done
printf '%s\n' "${lags[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "20 establishments: median %d ms, p95 %d ms, max %d ms after the 201\n", v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'

echo
echo "### Rebuilds"
echo
$PSQL -Atc "select id, requested_by, steps_total, extract(epoch from finished_at - started_at)::numeric(8, 1) || ' s', coalesce(failure, 'ok')
              from reporting.rebuild_run order by id" | sed 's/^/    /'
