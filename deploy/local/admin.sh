#!/usr/bin/env bash
# Runs one admin command against the local cluster's database (also while it runs), e.g.
#   ./admin.sh create-team --name Demo
#   ./admin.sh create-user --team <uid> --username alice --password secret-alice --admin
set -euo pipefail
. "$(dirname "$0")/env.sh"
exec env TADA_DATA_DIR="$RUN/data" TADA_PG_URL="$(pg_url)" "$JAVA" -jar "$JAR" admin "$@"
