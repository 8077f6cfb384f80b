#!/usr/bin/env bash
# Starts node N (1..NODES) of the local cluster in the background and waits until it serves: node.sh start N
# Stops it: node.sh stop N (SIGTERM: it drains, closing its sockets with 1001, and leaves the cluster)
#           node.sh kill N (SIGKILL: a crash; the others drop it within seconds)
set -euo pipefail
. "$(dirname "$0")/env.sh"
cmd="${1:?start|stop|kill}"; n="${2:?node number}"
pidfile="$RUN/node-$n.pid"; log="$RUN/node-$n.log"
port=$((HTTP_BASE + n - 1))

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$cmd" in
  start)
    if running; then echo "node $n already runs (pid $(cat "$pidfile"))"; exit 0; fi
    [ -f "$JAR" ] || { echo "missing $JAR: build it with ./mvnw -B -ntp -pl modules/app -am package -DskipTests" >&2; exit 1; }
    mkdir -p "$RUN"
    # shellcheck disable=SC2086
    env TADA_NODE_ID="local-$n" TADA_HTTP_HOST=127.0.0.1 TADA_HTTP_PORT="$port" \
        TADA_DATA_DIR="$RUN/data" TADA_PG_URL="$(pg_url)" \
        TADA_CLUSTER_ENABLED=true TADA_CLUSTER_NAME="tada-local" TADA_CLUSTER_HOST=127.0.0.1 \
        TADA_CLUSTER_PORT=$((HZ_BASE + n - 1)) TADA_CLUSTER_MEMBERS="$(members)" \
        TADA_LOG_FORMAT="${TADA_LOG_FORMAT:-plain}" \
        nohup "$JAVA" $JVM_OPTS -jar "$JAR" >>"$log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 1200); do
      if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
        echo "node $n ready on http://127.0.0.1:$port (pid $(cat "$pidfile"), log $log)"; exit 0
      fi
      running || { echo "node $n exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
      sleep 0.25
    done
    echo "node $n not ready after 300 s; see $log" >&2; exit 1 ;;
  stop|kill)
    if ! running; then echo "node $n is not running"; rm -f "$pidfile"; exit 0; fi
    pid=$(cat "$pidfile")
    if [ "$cmd" = kill ]; then kill -KILL "$pid"; else kill -TERM "$pid"; fi
    for _ in $(seq 1 240); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then echo "node $n still running after 60 s" >&2; exit 1; fi
    rm -f "$pidfile"; echo "node $n stopped ($cmd)" ;;
  *) echo "usage: node.sh start|stop|kill N" >&2; exit 2 ;;
esac
