#!/usr/bin/env bash
# Stops the local cluster: nginx, then every node with SIGTERM (each drains), then Debian's PostgreSQL if used.
# The embedded database stops with the last node; its data stays in $RUN/data for the next up.sh.
set -euo pipefail
here="$(dirname "$0")"
. "$here/env.sh"
nginx="$(nginx_bin)"
if [ -n "$nginx" ] && [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; then
  "$nginx" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -s quit
  echo "nginx stopped"
fi
for i in $(seq "$NODES" -1 1); do "$here/node.sh" stop "$i"; done
if [ "$PG_MODE" = debian ]; then
  "$here/pg.sh" stop
fi
