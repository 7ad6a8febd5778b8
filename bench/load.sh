#!/usr/bin/env bash
# Load test of a running Vigil with Gatling (issue 13; bench/gatling, figures in docs/performance.md, "Load test with Gatling").
# Builds nothing of Vigil: start it first (./mvnw -Prun verify -Dvigil.data.dir=/tmp/vigil-national for the national
# data set). Then:
#   bench/load.sh record   inspectors recording visits through the REST API (RecordVisitSimulation)
#   bench/load.sh mixed    inspectors, legal officers and the committee together (MixedSimulation)
# Settings (environment):
#   BASE=http://localhost:9080  one server or a balancer       USERS=50      concurrent users
#   RAMP=60                     seconds to bring them in       DURATION=120  seconds of the steady window measured
#   WARMUP=0                    seconds of a first run of the same simulation whose figures are thrown away
#   PAUSE=0                     ms each user waits between actions (0: closed model at full speed)
#   AUTH=session                record only: session (the login page) or basic (HTTP Basic on every call)
#   SAVE_ANSWER=minimal         a save asks back only the new version (Prefer: return=minimal, as the field
#                               application's sync does), or the whole record (whole)
#   SAVE_KEYS=true              each save carries a fresh Idempotency-Key, as the sync sends it (false: none)
#   DATA_DIR=/tmp/vigil-national  the embedded PostgreSQL's folder (its port is read from postmaster.pid); or PGHOST,
#   PGPORT, PGUSER, PGPASSWORD, PGDATABASE for another database (embedded defaults: postgres/postgres, vigil)
#   EXTRA="-Dname=value ..."    more properties for the simulation (legalShare, committeeShare...)
# Prints Gatling's report folder, a table of the steady window's figures per request and where the CPU went.
# Waits while /tmp/vigil-busy exists and is not its own (the machine is shared: a load run beside another build
# measures neither), then holds that file itself while it measures, so that builds that honour it wait.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
PROJECT="$HERE/gatling"
WHAT=${1:-record}
BASE=${BASE:-http://localhost:9080}
USERS=${USERS:-50}
RAMP=${RAMP:-60}
DURATION=${DURATION:-120}
WARMUP=${WARMUP:-0}
PAUSE=${PAUSE:-0}
AUTH=${AUTH:-session}
SAVE_ANSWER=${SAVE_ANSWER:-minimal}
SAVE_KEYS=${SAVE_KEYS:-true}
DATA_DIR=${DATA_DIR:-/tmp/vigil-national}
FEEDERS=${FEEDERS:-$PROJECT/target/feeders}
EXTRA=${EXTRA:-}

case "$WHAT" in
  record) SIMULATION=vn.vigil.bench.RecordVisitSimulation ;;
  mixed) SIMULATION=vn.vigil.bench.MixedSimulation ;;
  *) echo "usage: bench/load.sh record|mixed (settings in the environment: see the script's head)" >&2; exit 2 ;;
esac

if [[ -z "${PGPORT:-}" ]]; then
  if [[ ! -f "$DATA_DIR/postmaster.pid" ]]; then
    echo "no PostgreSQL on $DATA_DIR (no postmaster.pid): set DATA_DIR, or PGPORT and the other PG* variables" >&2
    exit 2
  fi
  PGPORT=$(sed -n 4p "$DATA_DIR/postmaster.pid")
fi
export PGHOST=${PGHOST:-localhost} PGPORT PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
export PGDATABASE=${PGDATABASE:-vigil}
psql_csv() { psql -X -q -v ON_ERROR_STOP=1 --csv -c "$1"; }

ready=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)
if [[ "$ready" != 200 ]]; then
  echo "Vigil is not ready at $BASE/health/ready (HTTP $ready): start it first" >&2
  exit 1
fi

# The rows the users act on, read again before every run: the steps taken by the previous run are gone for good.
prepare_feeders() {
  mkdir -p "$FEEDERS"
  # one generated inspector per team (its second member, not the lead), with the team's next visit: the one already
  # being recorded (by an earlier run) or else the earliest scheduled one; begun or saved by nobody else
  psql_csv "
    with next_visit as (
      select distinct on (v.team_id) v.team_id, v.id
        from inspection.visit v
       where v.status in ('IN_PROGRESS', 'SCHEDULED') and v.starts_at > now() and v.created_by = 'generator'
       order by v.team_id, v.status = 'IN_PROGRESS' desc, v.starts_at, v.id)
    select u.username, n.id as \"visitId\"
      from next_visit n
      join inspection.inspection_team_member m on m.team_id = n.team_id
      join core.user_account u on u.id = m.user_id and u.username like 'gen.%.2'
     order by n.team_id
     limit 1000" > "$FEEDERS/inspectors.csv"
  psql_csv "
    select u.username
      from core.user_account u
      join core.user_role r on r.user_id = u.id and r.role = 'LEGAL_OFFICER'
     where u.username like 'gen.legal.%' or u.username = 'legal'
     order by u.username" > "$FEEDERS/legal.csv"
  # cases waiting for a step after the decision, most urgent first
  psql_csv "
    select id as \"caseId\"
      from violation.violation_case
     where status = 'DECIDED'
        or (status in ('DELIVERED', 'ENFORCEMENT') and fine_total > paid_total)
        or status = 'PAID'
     order by due_on nulls last, id" > "$FEEDERS/cases.csv"
  echo "feeders in $FEEDERS: $(($(wc -l < "$FEEDERS/inspectors.csv") - 1)) inspectors with a visit," \
    "$(($(wc -l < "$FEEDERS/legal.csv") - 1)) legal officers, $(($(wc -l < "$FEEDERS/cases.csv") - 1)) cases to step"
}

# Rows each table gained, changed and lost, and the transactions committed, as PostgreSQL counts them.
db_counts() {
  psql -X -At -F ' ' -c "
    select relid::regclass::text, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables
    union all
    select 'transactions:committed/rolled-back', xact_commit, xact_rollback, 0
      from pg_stat_database where datname = current_database()"
}

# What the whole run (ramp included) wrote, the ten tables with most rows written first.
db_written() {
  echo "database writes over the whole run (rows inserted / updated / deleted):"
  awk 'NR == FNR { i[$1] = $2; u[$1] = $3; d[$1] = $4; next }
       { di = $2 - i[$1]; du = $3 - u[$1]; dd = $4 - d[$1]; if (di + du + dd > 0) printf "%d  %s %d / %d / %d\n", di + du + dd, $1, di, du, dd }' \
    "$1" "$2" | sort -rn | head -11 | cut -d' ' -f3- | sed 's/^/  /'
}

# Runs the simulation once; sets REPORT to its report folder and prints the steady window's figures.
run() {
  local duration=$1 label=$2 log samples window from until
  while [[ -e /tmp/vigil-busy && "$(cat /tmp/vigil-busy 2>/dev/null)" != "$$" ]]; do
    echo "waiting: /tmp/vigil-busy exists (another measurement or build is running)"
    sleep 30
  done
  echo $$ > /tmp/vigil-busy
  trap 'if [[ "$(cat /tmp/vigil-busy 2>/dev/null)" == "$$" ]]; then rm -f /tmp/vigil-busy; fi' EXIT
  prepare_feeders
  db_counts > "$FEEDERS/db-before"
  log=$(mktemp)
  samples=$(mktemp)
  python3 "$PROJECT/cpu.py" sample "$samples" "$DATA_DIR" &
  local sampler=$!
  echo "== $label: $SIMULATION at $BASE, $USERS users, ramp $RAMP s, $duration s steady, pause $PAUSE ms, saves: $SAVE_ANSWER answer, keys $SAVE_KEYS"
  local status=0
  # shellcheck disable=SC2086
  "$ROOT/mvnw" -q -f "$PROJECT/pom.xml" gatling:test -Dgatling.simulationClass="$SIMULATION" \
    -Dbase="$BASE" -Dusers="$USERS" -Dramp="$RAMP" -Dduration="$duration" -Dpause="$PAUSE" -Dauth="$AUTH" \
    -DsaveAnswer="$SAVE_ANSWER" -DsaveKeys="$SAVE_KEYS" \
    -Dfeeders="$FEEDERS" $EXTRA 2>&1 | tee "$log" || status=$?
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sleep 1
  db_counts > "$FEEDERS/db-after"
  REPORT=$(ls -dt "$PROJECT"/target/gatling/*/ 2>/dev/null | head -1)
  REPORT=${REPORT%/}
  echo
  echo "== $label: report $REPORT/index.html (mvn status $status: assertions fail the build)"
  window=$(grep -o 'steady window [0-9]*\.\.[0-9]*' "$log" | head -1 | awk '{print $3}')
  from=${window%..*}
  until=${window#*..}
  summarise "$REPORT" "$duration"
  if [[ -n "$window" ]]; then
    python3 "$PROJECT/cpu.py" window "$samples" "$from" "$until"
  fi
  db_written "$FEEDERS/db-before" "$FEEDERS/db-after"
  rm -f "$log" "$samples"
}

# One Markdown row per request of the steady window (names without " (ramp)"), from Gatling's stats.js.
summarise() {
  echo
  python3 "$PROJECT/stats.py" "$1" "$2"
  echo
}

if ((WARMUP > 0)); then
  run "$WARMUP" "warm-up (figures thrown away)"
fi
run "$DURATION" "measured run"
