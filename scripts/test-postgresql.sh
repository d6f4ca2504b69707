#!/usr/bin/env bash
# Runs the whole test suite against PostgreSQL (Debian's server on this machine), the database a larger
# organisation runs the application on. Needs root for apt-get and for the postgres system user.
set -euo pipefail
cd "$(dirname "$0")/.."
# The suite's database, the province tests' and the two-server test's, each created afresh.
scripts/postgresql-server.sh dangbo_test dangbo_test_province dangbo_test_servers
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/dangbo_test \
SPRING_DATASOURCE_USERNAME=dangbo SPRING_DATASOURCE_PASSWORD=dangbo-test \
DANGBO_DEMODATA_EMBEDDEDONLY=false \
  ./mvnw test --batch-mode --no-transfer-progress -Dvaadin.skip
