#!/usr/bin/env bash
# The province-sized benchmark: scripts/benchmark.sh [postgresql|h2] [fresh|commune-alone]
# Generates (once; "fresh" generates again) a province of 150 communes, ~6,000 cells and ~150,000 members into
# PostgreSQL (database dangbo_benchmark, local server, as root) or an H2 file under target/benchmark/, opens each view
# and prints the table the README carries. "commune-alone" does the same in a database of its own holding only the
# province's first commune (mau-01, the same records), to compare each commune view with the province-scale one.
# The whole log is kept in target/benchmark/benchmark.log.
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-postgresql}"
mode="${2:-}"
name=dangbo_benchmark
alone=false
if [ "$mode" = commune-alone ]; then
  name=dangbo_benchmark_commune
  alone=true
fi
mkdir -p target/benchmark
if [ "$database" = postgresql ]; then
  if [ "$mode" = fresh ] || ! su postgres -c "psql -lqt" 2>/dev/null | cut -d '|' -f 1 | grep -qw "$name"; then
    scripts/postgresql-server.sh "$name"
  else
    scripts/postgresql-server.sh
  fi
  export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$name"
  export SPRING_DATASOURCE_USERNAME=dangbo SPRING_DATASOURCE_PASSWORD=dangbo-test
else
  unset SPRING_DATASOURCE_URL
  if [ "$mode" = fresh ]; then
    rm -f target/benchmark/province.*.db
  fi
fi
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
echo "Benchmark on $database (generating the province the first time takes several minutes; load average" \
  "$(cut -d ' ' -f 1-3 /proc/loadavg)) ..."
./mvnw test --batch-mode --no-transfer-progress -Dvaadin.skip -Dtest=ProvinceBenchmark -Ddangbo.benchmark.commune-alone=$alone \
  -Dsurefire.failIfNoSpecifiedTests=false >target/benchmark/benchmark.log 2>&1 || {
  tail -n 60 target/benchmark/benchmark.log
  exit 1
}
grep -h '^BENCHMARK' target/benchmark/benchmark.log | sed 's/^BENCHMARK //'
