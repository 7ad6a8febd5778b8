#!/usr/bin/env bash
# Directives, tasks and outreach at scale (issue "Directives, tasks and outreach"; docs/performance.md): seeds ROWS
# outreach activities (default 300,000: three years of every commune of the country logging about one a month, 70 %
# approved, the rest at every other step) into the database of a running Vigil, then measures the REST calls behind
# the outreach log, the approvals queue, the directives, the inbox and the committee's desk, worst cases included: the
# last page of the whole log, the totals of everything, one commune's activities, the queue with thousands waiting.
# Not a timed test. Start Vigil first (the national data set: ./mvnw -Prun verify -pl liberty
# -Dvigil.data.dir=/tmp/vigil-national), then:
#   PSQL="psql -h localhost -p <port> -U postgres -d vigil" BASE=http://localhost:9080 N=40 bench/directives.sh
# SEED=0 measures without adding rows again.
set -euo pipefail
cd "$(dirname "$0")"
: "${PSQL:?set PSQL to a psql command line for the database of Vigil}"
ROWS=${ROWS:-300000}
SEED=${SEED:-1}
source ./measure.sh

if [[ $SEED == 1 ]]; then
  echo "seeding $ROWS outreach activities" >&2
  $PSQL -q <<SQL
with units as (select array_agg(id order by id) ids from core.department where kind <> 'COMMITTEE'),
     communes as (select array_agg(id order by id) ids from core.administrative_unit
                  where level = 'COMMUNE' and valid_to is null)
insert into reporting.outreach_activity (held_on, unit_id, kind, audiences, commune_ids, participants, materials,
    description, state, submitted_at, submitted_by, reviewed_at, reviewed_by, approved_at, approved_by,
    created_by, updated_by, import_batch)
select current_date - (g % 1095),
       u.ids[1 + g % cardinality(u.ids)],
       (array['CONFERENCE','LOUDSPEAKER','LEAFLETS','POSTERS','SOCIAL_MEDIA','SCHOOL_TALK','COMMUNITY_MEETING',
              'RADIO_TV'])[1 + g % 8],
       array[(array['STUDENTS','WORKERS','WOMEN','ETHNIC_MINORITIES','BORDER_RESIDENTS','GOING_ABROAD'])[1 + g % 6]],
       array[c.ids[1 + ((g::bigint * 7919) % cardinality(c.ids))::int]],
       20 + g % 400, g % 200, 'bench',
       s.state,
       case when s.state <> 'DRAFT' then now() - (g % 1095) * interval '1 day' end,
       case when s.state <> 'DRAFT' then 'bench.unit' end,
       case when s.state in ('AWAITING_APPROVAL', 'APPROVED') then now() end,
       case when s.state in ('AWAITING_APPROVAL', 'APPROVED') then 'bench.review' end,
       case when s.state = 'APPROVED' then now() end,
       case when s.state = 'APPROVED' then 'bench.office' end,
       'bench', 'bench', 'bench'
  from generate_series(1, $ROWS) g, units u, communes c,
       lateral (select case when g % 10 < 7 then 'APPROVED' when g % 10 = 7 then 'AWAITING_APPROVAL'
                            when g % 10 = 8 then 'AWAITING_REVIEW' else 'DRAFT' end as state) s;
analyze reporting.outreach_activity;
SQL
fi
TOTAL=$($PSQL -Atc "select count(*) from reporting.outreach_activity")
COMMUNE=$($PSQL -Atc "select commune_ids[1] from reporting.outreach_activity group by 1 order by count(*) desc limit 1")
LAST=$(( (TOTAL - 1) / 25 ))
echo "outreach activities: $TOTAL; busiest commune $COMMUNE; last page $LAST" >&2
header
measure committee "outreach log, first page" "/api/v1/outreach?size=25"
measure committee "outreach log, last page (page $LAST)" "/api/v1/outreach?size=25&page=$LAST"
CURSOR=$(curl -s -u "committee:$PASSWORD" "$BASE/api/v1/outreach?size=25&page=$((LAST - 1))" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
measure committee "outreach log, last page by the cursor of the one before" "/api/v1/outreach?size=25&cursor=$CURSOR"
measure committee "outreach log, busiest commune" "/api/v1/outreach?size=25&commune=$COMMUNE"
measure committee "outreach log, not yet approved" "/api/v1/outreach?size=25&state=AWAITING_APPROVAL"
measure committee "outreach totals, everything" "/api/v1/outreach/totals"
measure committee "outreach totals, this year" "/api/v1/outreach/totals?from=$(date +%Y)-01-01"
measure daumoi.tranbien "outreach log, a commune's own" "/api/v1/outreach?size=25"
measure vanphong "approvals queue (standing office)" "/api/v1/approvals"
measure daumoi.svh "approvals queue (reviewing department)" "/api/v1/approvals"
measure committee "directives list" "/api/v1/directives"
measure committee "a directive's unit standing (13/BCĐ)" "/api/v1/directives/1/units"
measure daumoi.tranbien "a commune's inbox" "/api/v1/inbox"
measure committee "committee desk (outreach tiles)" "/api/v1/me/dashboard"
measure vanphong "standing office desk" "/api/v1/me/dashboard"
