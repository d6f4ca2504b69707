#!/usr/bin/env bash
# Installs (Debian's package, as root) and starts the local PostgreSQL server if needed, creates the role dangbo
# (password dangbo-test), then (re)creates each database named as an argument, owned by dangbo.
set -euo pipefail
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
SQL
for database in "$@"; do
  su postgres -c "psql -q -v ON_ERROR_STOP=1 -c 'drop database if exists $database' -c 'create database $database owner dangbo'"
done
