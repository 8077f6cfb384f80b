#!/usr/bin/env bash
# Debian's PostgreSQL for the local cluster (TADA_LOCAL_PG=debian): a throwaway cluster in $RUN/pg owned by the
# postgres user, on 127.0.0.1:PG_PORT with a password. pg.sh start | stop
set -euo pipefail
. "$(dirname "$0")/env.sh"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bin" ] || { echo "Debian's PostgreSQL is missing: apt-get install -y postgresql" >&2; exit 1; }
dir="$RUN/pg"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:?start|stop}" in
  start)
    if [ ! -d "$dir/data" ]; then
      mkdir -p "$dir"; head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/password"
      [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
      as_pg "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
        --auth-host=scram-sha-256 --pwfile="$dir/password" >"$dir/initdb.log"
    fi
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir" start
    echo "PostgreSQL on 127.0.0.1:$PG_PORT ($dir)" ;;
  stop)
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop || true ;;
  *) echo "usage: pg.sh start|stop" >&2; exit 2 ;;
esac
