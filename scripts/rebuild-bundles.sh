#!/usr/bin/env bash
# Rebuilds Vaadin's frontend bundles (src/main/bundles/dev.bundle and prod.bundle) after a change under
# src/main/frontend or to an @NpmPackage. Needs Node 24, which scripts/prepare-node.sh fetches from the npm registry.
# Commit both bundles afterwards: then nobody else needs Node to run, test or package the application.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
node_dir="$(scripts/prepare-node.sh)"
export PATH="$node_dir/bin:$PATH"
# Vaadin reuses a bundle it thinks current; removing them forces a fresh build of both.
rm -f src/main/bundles/prod.bundle src/main/bundles/dev.bundle

echo "Production bundle (./mvnw clean package: stale chunks of earlier builds must not go into the bundle) ..."
./mvnw --batch-mode --quiet clean package -DskipTests

echo "Development bundle (built when the application starts in development mode) ..."
log="$(mktemp)"
./mvnw --batch-mode spring-boot:run -Dspring-boot.run.arguments="--server.port=0 --dangbo.demo-data.enabled=false --spring.datasource.url=jdbc:h2:mem:bundle" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do
  if grep -qE "Development frontend bundle built|development mode bundle build is not needed" "$log"; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log"
    echo "The application stopped before the bundle was built." >&2
    exit 1
  fi
  sleep 1
done
# The bundle is written after the log says it is built: wait until it is a complete archive that stops growing.
bundle=src/main/bundles/dev.bundle
last=-1
for _ in $(seq 1 120); do
  size=$(stat -c %s "$bundle" 2>/dev/null || echo 0)
  if [ "$size" -gt 0 ] && [ "$size" = "$last" ] && unzip -tq "$bundle" >/dev/null 2>&1; then
    break
  fi
  last=$size
  sleep 2
done
pkill -P "$pid" 2>/dev/null || true
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
rm -f .vaadin-node-tasks.lock
grep -E "bundle" "$log" || true
unzip -tq src/main/bundles/dev.bundle && unzip -tq src/main/bundles/prod.bundle
ls -l src/main/bundles/
