#!/usr/bin/env bash
# Server-side latency of Vigil's main read endpoints, measured from the same machine with curl.
# Usage: bench/api-latency.sh [base-url] [requests-per-endpoint]
# Start Vigil first (./mvnw -Prun verify). Prints p50 / p95 / max in milliseconds per endpoint;
# the first 10 requests of each endpoint warm the JIT and are not counted.
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-200}
WARMUP=10

# Like a mobile client, sign in once with Basic credentials and then reuse the session cookie: a password check
# is deliberately slow (PBKDF2, 210,000 iterations), so it is not paid on every call.
measure() {
  local user=$1 path=$2
  local times=()
  local jar
  jar=$(mktemp)
  curl -s -o /dev/null -c "$jar" -u "$user:Vigil@2026" "$BASE/api/v1/me"
  for ((i = 0; i < WARMUP + N; i++)); do
    t=$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" -H 'Accept-Language: vi' "$BASE$path")
    if ((i >= WARMUP)); then times+=("$t"); fi
  done
  rm -f "$jar"
  printf '%s\n' "${times[@]}" | sort -n | awk -v path="$path" -v user="$user" '
    { v[NR] = $1 * 1000 }
    END {
      p50 = v[int(NR * 0.50 + 0.5)]; p95 = v[int(NR * 0.95 + 0.5)]; max = v[NR]
      printf "| %-58s | %-10s | %6.1f | %6.1f | %6.1f |\n", path, user, p50, p95, max
    }'
}

echo "| endpoint | user | p50 ms | p95 ms | max ms |"
echo "| --- | --- | ---: | ---: | ---: |"
measure admin /api/v1/me
measure inspector /api/v1/me/dashboard
measure admin /api/v1/me/dashboard
measure admin '/api/v1/admin-units?level=COMMUNE&size=25'
measure admin '/api/v1/admin-units?text=bien%20hoa&size=25'
measure admin '/api/v1/users?size=25'
measure inspector '/api/v1/establishments?size=25'
