#!/usr/bin/env bash
# Restarts every node in turn (SIGTERM, wait for the drain, start, wait until ready) while nginx keeps serving:
# clients of the stopping node are closed with 1001 and reconnect through nginx to the others; nothing is lost.
set -euo pipefail
here="$(dirname "$0")"
. "$here/env.sh"
for i in $(seq 1 "$NODES"); do
  "$here/node.sh" stop "$i"
  "$here/node.sh" start "$i"
done
