#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 with fresh, empty databases for the
# end-to-end suite and the portal's tests, then prints the JDBC settings it prepared.
#
#   role      bawaba_e2e / bawaba_e2e (created if missing)
#   databases bawaba_e2e (the broker), bawaba_portal_test (the portal); dropped and created again on every run
#
# Where no server runs it starts the machine's cluster, or, as root on Debian, installs one.
set -euo pipefail

host=127.0.0.1
port="${BAWABA_PG_PORT:-5432}"
role=bawaba_e2e
database=bawaba_e2e
portal_database=bawaba_portal_test

export PGOPTIONS="--client-min-messages=warning"

say() { echo "ensure-postgres: $*"; }

answering() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }

start_local_cluster() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$version" ]] || return 1
  say "starting PostgreSQL ${version} cluster 'main'"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
}

install_postgres() {
  if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "no PostgreSQL on ${host}:${port}, and I cannot install one here (needs root and apt-get)." >&2
    say "start one yourself, or set BAWABA_PG_PORT." >&2
    exit 1
  fi
  say "installing PostgreSQL from the Debian packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-client >/dev/null
}

as_superuser() {
  # Trust auth over TCP (CI machines) or peer auth over the socket (a fresh Debian install).
  if psql -h "$host" -p "$port" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -v ON_ERROR_STOP=1 -q -h "$host" -p "$port" -U postgres -d postgres "$@"
  else
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -p "$port" -d postgres "$@"
  fi
}

if ! answering; then
  start_local_cluster || install_postgres
  answering || start_local_cluster || true
  for _ in $(seq 1 30); do answering && break; sleep 1; done
  answering || { say "PostgreSQL does not answer on ${host}:${port}" >&2; exit 1; }
fi

as_superuser -tAc "select 1 from pg_roles where rolname = '${role}'" | grep -q 1 \
  || as_superuser -c "create role ${role} login password '${role}'"
for db in "${database}" "${portal_database}"; do
  as_superuser -c "drop database if exists ${db} with (force)"
  as_superuser -c "create database ${db} owner ${role} encoding 'UTF8' template template0"
  say "ready: jdbc:postgresql://${host}:${port}/${db} (user ${role})"
done
