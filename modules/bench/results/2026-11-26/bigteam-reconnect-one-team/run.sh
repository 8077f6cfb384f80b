#!/bin/bash
# run.sh SCENARIO-ARGS...: starts a node from the worktree's jars on ./data (port 18950), runs one bench, stops the node
cd /tmp/bigteam-bench
J=/tmp/bigteam-bench/jars
TAG=$1; shift
env TADA_HTTP_PORT=18950 TADA_HTTP_HOST=127.0.0.1 TADA_DATA_DIR=/tmp/bigteam-bench/data TADA_LOG_FORMAT=plain nohup java -jar $J/tada-server.jar > node-$TAG.log 2>&1 &
NODE=$!
echo $NODE > node.pid
for i in $(seq 90); do curl -sf http://127.0.0.1:18950/health/ready >/dev/null && break; sleep 1; done
echo "=== $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) node $NODE: $*"
timeout 900 java -Xmx4g -jar $J/tada-bench.jar "$@" --url http://127.0.0.1:18950 --data-dir /tmp/bigteam-bench/data --out /tmp/bigteam-bench/results
echo "=== exit $? $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
ps -o rss=,etime= -p $NODE | sed 's/^/node rss_kb etime: /'
grep -c "OutOfMemoryError" node-$TAG.log | sed 's/^/OOM lines: /'
kill $NODE; wait $NODE
