#!/usr/bin/env bash
# Exports (issue 10, item 5): the heap an export of 100,000 rows to XLSX needs. Runs XlsxExportHeapBenchmark (web
# module, outside the default test suite) in-process: 100,000 establishments through the export mechanism with the
# registry's columns and keyset-paged pages of 200, written to a temporary file; live heap measured after full
# collections every 10,000 rows, with the GC MXBeans. Once with the default heap, once in a 64 MB heap.
#   bench/exports-heap.sh [ROWS]
# Needs the modules installed first (./mvnw -q install -DskipTests). Add -Dmaven.repo.local=... in MVN_ARGS if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
for heap in "" "-Xmx64m"; do
  echo "heap: ${heap:-default}"
  ./mvnw -o ${MVN_ARGS:-} test -pl web -Dtest=XlsxExportHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.rows="$ROWS" ${heap:+-DargLine=$heap} | grep -E "XLSX export of|Tests run:.*Benchmark|FAIL"
done
