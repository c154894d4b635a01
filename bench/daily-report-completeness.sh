#!/bin/sh
# Times the daily report completeness view of one day over 50,000 resumed enterprises (80% of
# them reported) against a fresh PostgreSQL database, five runs, and prints each run and the
# median (lines starting with BENCH).
#
#   bench/daily-report-completeness.sh
#   PGHOST=db PGUSER=me PGPASSWORD=... ENTERPRISES=20000 RUNS=3 bench/daily-report-completeness.sh
set -eu
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-}
DB=completeness_bench_$$
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DB"
trap 'psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
  mvn -B -q ${MVN_OFFLINE:--o} test -Dtest=CompletenessBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.enterprises="${ENTERPRISES:-50000}" -Dbench.runs="${RUNS:-5}" 2>&1 | grep '^BENCH' || {
    echo "benchmark failed: see target/surefire-reports/" >&2; exit 1; }
