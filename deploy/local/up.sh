#!/usr/bin/env bash
# Starts the local cluster on loopback: PostgreSQL (the embedded one in a shared data directory, or Debian's with
# TADA_LOCAL_PG=debian), NODES nodes, and nginx in front of them on 127.0.0.1:LB_PORT. See README.md.
set -euo pipefail
here="$(dirname "$0")"
. "$here/env.sh"
mkdir -p "$RUN"

if [ "$PG_MODE" = debian ]; then
  "$here/pg.sh" start
fi

# The first node starts alone so that it owns the embedded database start; the others join it together.
"$here/node.sh" start 1
pids=()
for i in $(seq 2 "$NODES"); do "$here/node.sh" start "$i" & pids+=($!); done
for p in "${pids[@]}"; do wait "$p"; done

nginx="$(nginx_bin)"
if [ -z "$nginx" ]; then
  echo "nginx is missing: apt-get install -y nginx" >&2; exit 1
fi
mkdir -p "$RUN/nginx/tmp"
upstreams=""
for i in $(seq 1 "$NODES"); do
  upstreams="$upstreams    server 127.0.0.1:$((HTTP_BASE + i - 1)) max_fails=3 fail_timeout=2s;\n"
done
sed -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$LB_PORT|g" -e "s|@UPSTREAMS@|$upstreams|" "$here/nginx.conf" >"$RUN/nginx/nginx.conf"
if [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; then
  "$nginx" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -s reload
else
  "$nginx" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -e "$RUN/nginx/error.log"
fi
echo "cluster of $NODES nodes behind http://127.0.0.1:$LB_PORT (WebSocket ws://127.0.0.1:$LB_PORT/messaging/{team})"
