#!/usr/bin/env bash
# The province-sized benchmark: scripts/benchmark.sh [postgresql|h2] [fresh|commune-alone|server-only]
# Generates (once; "fresh" generates again) a province of 150 communes, ~6,000 cells and ~150,000 members into
# PostgreSQL or an H2 file under target/benchmark/, opens each view in the application (server times, statements) and
# then in Chromium against the production jar (time until the visible charts are drawn, the slide change), and prints
# the tables docs/PROVINCE-SCALE.md carries. "commune-alone" does the server part in a database of its own holding only the
# province's first commune (mau-01, the same records), to compare each commune view with the province-scale one;
# "server-only" leaves the browser part out.
#
# PostgreSQL: the server named by SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME / _PASSWORD), or by the
# libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD; only when neither is given is the local Debian
# server installed and started (as root) with a database dangbo_benchmark.
# The whole log is kept in target/benchmark/benchmark.log (the browser part's in target/benchmark/browser.log, the
# production jar's in target/benchmark/server.log).
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
  if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    echo "PostgreSQL as given: $SPRING_DATASOURCE_URL"
  elif [ -n "${PGHOST:-}${PGDATABASE:-}" ]; then
    export SPRING_DATASOURCE_URL="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/${PGDATABASE:-$name}"
    export SPRING_DATASOURCE_USERNAME="${PGUSER:-$USER}" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
    echo "PostgreSQL as given: $SPRING_DATASOURCE_URL"
  else
    if [ "$mode" = fresh ] || ! su postgres -c "psql -lqt" 2>/dev/null | cut -d '|' -f 1 | grep -qw "$name"; then
      scripts/postgresql-server.sh "$name"
    else
      scripts/postgresql-server.sh
    fi
    export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$name"
    export SPRING_DATASOURCE_USERNAME=dangbo SPRING_DATASOURCE_PASSWORD=dangbo-test
  fi
  if [ "$mode" = fresh ]; then
    echo "fresh: the province is generated again only in a database the script installs; empty the given one first." >&2
  fi
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
./mvnw test -Pbenchmark --batch-mode --no-transfer-progress -Dvaadin.skip -Dtest=ProvinceBenchmark -Ddangbo.benchmark.commune-alone=$alone \
  -Dsurefire.failIfNoSpecifiedTests=false >target/benchmark/benchmark.log 2>&1 || {
  tail -n 60 target/benchmark/benchmark.log
  exit 1
}
grep -h '^BENCHMARK' target/benchmark/benchmark.log | sed 's/^BENCHMARK //'
if [ "$alone" = true ] || [ "$mode" = server-only ]; then
  exit 0
fi

# The browser: the production jar (the committed production bundle) on the same database, Chromium against it.
jar=target/dangbo-dashboard-0.1.0-SNAPSHOT.jar
echo "The pages in Chromium (production jar; load average $(cut -d ' ' -f 1-3 /proc/loadavg)) ..."
./mvnw package --batch-mode --no-transfer-progress --quiet -DskipTests >target/benchmark/browser.log 2>&1
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
if [ "$database" = postgresql ]; then
  datasource=(--spring.datasource.url="$SPRING_DATASOURCE_URL" --spring.datasource.username="${SPRING_DATASOURCE_USERNAME:-}"
    --spring.datasource.password="${SPRING_DATASOURCE_PASSWORD:-}")
else
  datasource=(--spring.datasource.url="jdbc:h2:file:./target/benchmark/province;WRITE_DELAY=0")
fi
"$JAVA_HOME/bin/java" -jar "$jar" --server.port="$port" "${datasource[@]}" >target/benchmark/server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if grep -q "Started Application" target/benchmark/server.log; then
    break
  fi
  sleep 1
done
cell=$(grep -h '^BENCHMARK first cell of mau-01: ' target/benchmark/benchmark.log | sed 's/.*: //')
# The pages one at a time first, then eight sessions at once (which load the machine for a while after).
for test in 'BrowserBenchmark#each*' 'BrowserBenchmark#eight*'; do
  ./mvnw test -Pbenchmark --batch-mode --no-transfer-progress -Dvaadin.skip -Dtest="$test" \
    -Dsurefire.failIfNoSpecifiedTests=false -Ddangbo.benchmark.url="http://localhost:$port" \
    -Ddangbo.benchmark.cell="$cell" >>target/benchmark/browser.log 2>&1 || {
    tail -n 60 target/benchmark/browser.log
    exit 1
  }
done
grep -h '^BENCHMARK browser' target/benchmark/browser.log | sed 's/^BENCHMARK //'
