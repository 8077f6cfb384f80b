# Settings of the local cluster, shared by the scripts here; override any of them in the environment.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="${TADA_JAR:-$REPO/modules/app/target/tada-server.jar}"
RUN="${TADA_LOCAL_RUN:-${TMPDIR:-/tmp}/tada-local}"   # pids, logs, nginx files, the embedded database
NODES="${TADA_LOCAL_NODES:-3}"
LB_PORT="${TADA_LOCAL_LB_PORT:-8100}"                 # nginx: clients use http://127.0.0.1:8100
HTTP_BASE="${TADA_LOCAL_HTTP_BASE:-8101}"             # node i listens on HTTP_BASE + i - 1
HZ_BASE="${TADA_LOCAL_HZ_BASE:-5801}"                 # node i's Hazelcast port is HZ_BASE + i - 1
PG_MODE="${TADA_LOCAL_PG:-embedded}"                  # embedded (shared data dir) or debian (Debian's PostgreSQL)
PG_PORT="${TADA_LOCAL_PG_PORT:-55432}"
JAVA="${JAVA:-java}"
JVM_OPTS="${TADA_LOCAL_JVM_OPTS:--Xmx512m --add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.management/sun.management=ALL-UNNAMED --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED}"

nginx_bin() {
  command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true
}

members() {
  local out="" i
  for i in $(seq 1 "$NODES"); do out="$out${out:+,}127.0.0.1:$((HZ_BASE + i - 1))"; done
  echo "$out"
}

pg_url() {
  if [ "$PG_MODE" = debian ]; then echo "postgresql://postgres:$(cat "$RUN/pg/password")@127.0.0.1:$PG_PORT/postgres"; fi
}
