#!/usr/bin/env bash
# Every page of every role in a real headless Chromium (issue "Pages at national scale", item 4; docs/performance.md):
# for each demo account, signed in once through the login page, the home page, every link of the top bar and the page
# behind the first link to each further page in their content (one establishment, one plan, one visit, one case, one
# victim case, one support request...), each loaded RUNS times after one warm-up. Per page: the wall time until
# ready (document complete and no Ajax pending, deferred panels included), median and max; the HTML as served; the
# number of elements. Target per page: ready <= 1 s, <= 300 KB. Prints Markdown (the table, the slowest ten, the
# pages over target) and writes it to bench/results/pages-<date>.md (or the file given). Not a timed test.
#   BASE=http://localhost:9080 RUNS=5 ROLES=inspector,admin FILTER=inspection/ bench/pages.sh [output.md]
# ROLES: roles or usernames among inspector, teamlead, legal, caseworker, finance, committee, admin (all by default);
# FILTER: only pages whose path holds it; EXTRA: comma list of more paths to open for every role (a new dashboard);
# WARMUP (1), DEPTH (2, links followed from the top bar), TIMEOUT (60 s a page), MVN_ARGS (e.g.
# -Dmaven.repo.local=...). Needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium
# chromium-driver) and the modules installed once (./mvnw install -DskipTests). Start Vigil on the national data set
# first: ./mvnw -Prun verify -pl liberty -Dvigil.data.dir=/tmp/vigil-national (generate it once with -Prun,generate,
# README). A full run on the national set takes about 8 minutes with RUNS=3 and 12 with RUNS=5 on two cores, half of
# it inspection/teams for the team lead (46 s a load in December 2026); measure on an otherwise quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-http://localhost:9080}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
DEPTH=${DEPTH:-2}
TIMEOUT=${TIMEOUT:-60}
ROLES=${ROLES:-}
FILTER=${FILTER:-}
EXTRA=${EXTRA:-}
OUT=${1:-bench/results/pages-$(date +%Y-%m-%d).md}
read -r -a MVN <<< "./mvnw -q ${MVN_ARGS:-}"

CLASS=liberty/target/test-classes/vn/vigil/liberty/bench/PageBenchmark.class
CLASSPATH_FILE=liberty/target/bench-classpath.txt
if [[ ! -f $CLASS || -n $(find liberty/src/test/java -name '*.java' -newer "$CLASS" | head -1) ]]; then
  echo "compiling the liberty module's test classes" >&2
  nice -n 10 "${MVN[@]}" -pl liberty test-compile
fi
if [[ ! -s $CLASSPATH_FILE || liberty/pom.xml -nt $CLASSPATH_FILE || pom.xml -nt $CLASSPATH_FILE ]]; then
  "${MVN[@]}" -pl liberty dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi

code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)
if [[ $code != 200 ]]; then
  echo "Vigil is not ready at $BASE (health/ready: $code); start it first (see the top of $0)" >&2
  exit 2
fi

exec java -Xmx512m -cp "liberty/target/test-classes:$(cat "$CLASSPATH_FILE")" \
  -Dbench.base="$BASE" -Dbench.runs="$RUNS" -Dbench.warmup="$WARMUP" -Dbench.depth="$DEPTH" \
  -Dbench.timeout="$TIMEOUT" -Dbench.roles="$ROLES" -Dbench.filter="$FILTER" -Dbench.extra="$EXTRA" \
  -Dbench.out="$OUT" vn.vigil.liberty.bench.PageBenchmark
