#!/usr/bin/env bash
# PostgreSQL for the tests of the team store (test/store runs against SQLite and PostgreSQL, and
# test/postgres covers the job queue): Debian's server, installed when absent, started on
# loopback when stopped (or used as it is when already running), with a role and a database for
# the tests. Prints the connection string for CASEFILE_TEST_PG on standard output; all else goes
# to standard error. Run as root (as CI is).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
fi
# The first cluster of the newest installed version; created when the package did not make one.
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if [ -z "$(pg_lsclusters -h | awk -v v="$version" '$1 == v')" ]; then
  pg_createcluster "$version" main >&2
fi
read -r version cluster port status _ < <(pg_lsclusters -h | awk -v v="$version" '$1 == v' | head -1)
if [ "$status" != "online" ]; then
  # listen_addresses defaults to localhost: loopback only.
  pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -p $port" && break
  sleep 1
done
su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<'SQL'
SELECT 'CREATE ROLE casefile LOGIN PASSWORD ''casefile'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casefile') \gexec
SELECT 'CREATE DATABASE casefile_test OWNER casefile'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'casefile_test') \gexec
SQL
echo "postgres://casefile:casefile@127.0.0.1:${port}/casefile_test"
