#!/usr/bin/env bash
# Runs the whole test suite against PostgreSQL (Debian's server on this machine), the database a larger
# organisation runs the application on. Needs root for apt-get and for the postgres system user.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL (Debian package) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
do $$ begin
  if not exists (select from pg_roles where rolname = 'dangbo') then
    create role dangbo login password 'dangbo-test';
  end if;
end $$;
drop database if exists dangbo_test;
create database dangbo_test owner dangbo;
drop database if exists dangbo_test_province;
drop database if exists dangbo_test_servers;
create database dangbo_test_servers owner dangbo;
create database dangbo_test_province owner dangbo;
SQL
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/dangbo_test \
SPRING_DATASOURCE_USERNAME=dangbo SPRING_DATASOURCE_PASSWORD=dangbo-test \
DANGBO_DEMODATA_EMBEDDEDONLY=false \
  ./mvnw test --batch-mode --no-transfer-progress -Dvaadin.skip
