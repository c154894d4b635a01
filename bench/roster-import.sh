#!/bin/sh
# Times the roster (台账) import of 100,000 residents, .csv and .xlsx, three runs each, against a
# fresh PostgreSQL database, and prints each run and the median (lines starting with BENCH).
#
#   bench/roster-import.sh            # PostgreSQL at 127.0.0.1:5432, user postgres, no password
#   PGHOST=db PGUSER=me PGPASSWORD=... bench/roster-import.sh
#   RESIDENTS=20000 RUNS=1 bench/roster-import.sh
#
# The generated files stay in target/bench/ (roster-100000.csv and .xlsx); the generator alone:
# RosterImportBenchmark.Generator.main(dir, residents, gridCode...).
set -eu
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-}
DB=roster_bench_$$
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DB"
trap 'psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
  mvn -B -q ${MVN_OFFLINE:--o} test -Dtest=RosterImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.residents="${RESIDENTS:-100000}" -Dbench.runs="${RUNS:-3}" 2>&1 | grep '^BENCH' || {
    echo "benchmark failed: see target/surefire-reports/" >&2; exit 1; }
