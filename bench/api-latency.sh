#!/usr/bin/env bash
# Server-side latency of Vigil's main read endpoints, measured from the same machine with curl.
# Usage: bench/api-latency.sh [base-url] [requests-per-endpoint]
# Start Vigil first (./mvnw -Prun verify). Prints median / p95 / max in milliseconds per endpoint;
# the first 10 requests of each endpoint warm the JIT and are not counted.
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-200}
source "$(dirname "$0")/measure.sh"

header
measure admin /api/v1/me /api/v1/me
measure inspector /api/v1/me/dashboard /api/v1/me/dashboard
measure admin /api/v1/me/dashboard /api/v1/me/dashboard
measure admin 'units of a level' '/api/v1/admin-units?level=COMMUNE&size=25'
measure admin 'units by name' '/api/v1/admin-units?text=bien%20hoa&size=25'
measure admin users '/api/v1/users?size=25'
measure inspector establishments '/api/v1/establishments?size=25'
