#!/usr/bin/env bash
# A second Vigil server beside the run command's, for the two-server load runs behind bench/haproxy.cfg (issue 13):
# a copy of the built server (liberty/target/liberty/wlp/usr/servers/vigil: server.xml, jvm.options, the WAR, the
# variables the run command gave it, among them its database) listening on 9180/9543, over the same PostgreSQL.
#   bench/second-server.sh start   copies the server as it is now (start the run command first) and starts the copy
#   bench/second-server.sh stop    stops the copy
# Its log: liberty/target/liberty/wlp/usr/servers/vigil-b/logs/messages.log
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WLP="$ROOT/liberty/target/liberty/wlp"
A="$WLP/usr/servers/vigil"
B="$WLP/usr/servers/vigil-b"
HTTP_B=${HTTP_B:-9180}
HTTPS_B=${HTTPS_B:-9543}

case "${1:-}" in
  start)
    [[ -f "$A/configDropins/overrides/liberty-plugin-variable-config.xml" ]] \
      || { echo "no built server at $A: start Vigil with the run command first" >&2; exit 1; }
    "$WLP/bin/server" stop vigil-b > /dev/null 2>&1 || true
    rm -rf "$B"
    mkdir -p "$B"
    # everything but the first server's logs, work area, expanded application and transaction log
    (cd "$A" && tar cf - --exclude=./logs --exclude=./workarea --exclude=./apps/expanded --exclude=./tranlog .) \
      | (cd "$B" && tar xf -)
    # its own ports (demo data stay on, as the run command's: the loader finds them there already and adds nothing,
    # and a server without demo data refuses the development keys the run command uses)
    sed -i -e "s/name=\"http.port\" value=\"[0-9]*\"/name=\"http.port\" value=\"$HTTP_B\"/" \
      -e "s/name=\"https.port\" value=\"[0-9]*\"/name=\"https.port\" value=\"$HTTPS_B\"/" \
      "$B/configDropins/overrides/liberty-plugin-variable-config.xml"
    "$WLP/bin/server" start vigil-b
    for _ in $(seq 1 120); do
      if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$HTTP_B/health/ready" || true)" == 200 ]]; then
        echo "second server ready at http://localhost:$HTTP_B"
        exit 0
      fi
      sleep 2
    done
    echo "the second server did not become ready: see $B/logs/messages.log" >&2
    exit 1
    ;;
  stop)
    "$WLP/bin/server" stop vigil-b
    ;;
  *)
    echo "usage: bench/second-server.sh start|stop" >&2
    exit 2
    ;;
esac
