#!/usr/bin/env bash
# The big commune's import benchmark: scripts/import-benchmark.sh [h2|postgresql]
# Imports a commune of 20,000 members, then 200,000 ratings and a one-row award file, into an empty database (an
# in-memory H2, or the local PostgreSQL's dangbo_import_benchmark, created afresh as root), with the heap capped at
# 512 MB as on a small server; prints the times. The whole log is kept in target/benchmark/import-benchmark.log.
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-h2}"
mkdir -p target/benchmark
if [ "$database" = postgresql ]; then
  scripts/postgresql-server.sh dangbo_import_benchmark
  export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/dangbo_import_benchmark
  export SPRING_DATASOURCE_USERNAME=dangbo SPRING_DATASOURCE_PASSWORD=dangbo-test
else
  unset SPRING_DATASOURCE_URL
fi
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
echo "Import benchmark on $database (load average: $(cut -d ' ' -f 1-3 /proc/loadavg)) ..."
./mvnw test -Pbenchmark --batch-mode --no-transfer-progress -Dvaadin.skip -Dtest=BigCommuneImportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m >target/benchmark/import-benchmark.log 2>&1 || {
  tail -n 60 target/benchmark/import-benchmark.log
  exit 1
}
grep -h '^BENCHMARK' target/benchmark/import-benchmark.log | sed 's/^BENCHMARK //'
echo "Load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
