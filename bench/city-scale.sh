#!/bin/sh
# Builds a city-sized data set (20,000 grids, 1,000,000 residents in 400,000 households, one
# screening round with 60% of households visited) in a fresh PostgreSQL database and prints the
# roster import rate, the coverage query times and the dashboard time (lines starting with BENCH).
#
#   bench/city-scale.sh                        # PostgreSQL at 127.0.0.1:5432, user postgres
#   PGHOST=db PGUSER=me PGPASSWORD=... bench/city-scale.sh
#   RESIDENTS=100000 SUBDISTRICTS=10 bench/city-scale.sh   # a smaller run
#   KEEP=1 bench/city-scale.sh                 # keep the database afterwards (its name is printed)
#   DB=city_bench_123 bench/city-scale.sh      # time again on a kept database, without building it
set -eu
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-}
if [ -n "${DB:-}" ]; then
  # Reuse a database a KEEP=1 run left: the city is built only once.
  echo "database reused: $DB"
else
  DB=city_bench_$$
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DB"
  if [ -z "${KEEP:-}" ]; then
    trap 'psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
  else
    echo "database kept: $DB (run again with DB=$DB to reuse it)"
  fi
fi
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
  mvn -B -q ${MVN_OFFLINE:--o} test -Dtest=CityScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.residents="${RESIDENTS:-1000000}" -Dbench.subdistricts="${SUBDISTRICTS:-100}" \
  -Dbench.runs="${RUNS:-7}" 2>&1 | grep '^BENCH' || {
    echo "benchmark failed: see target/surefire-reports/" >&2; exit 1; }
