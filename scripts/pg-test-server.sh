#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store contract tests and prints
# its URL (export it as SITREP_TEST_PG_URL). Installs Debian's postgresql
# package when no server binaries are found. Safe to run twice.
#   export SITREP_TEST_PG_URL=$(bash scripts/pg-test-server.sh)
set -euo pipefail
PORT=${SITREP_PG_PORT:-54329}
DATA=${SITREP_PG_DATA:-/tmp/sitrep-pg-data}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$BIN" ]; then
  if command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "no PostgreSQL server found; install Debian's postgresql package" >&2
    exit 1
  fi
fi
# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ ! -s "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_pg "$BIN/initdb -D $DATA -U sitrep --auth=trust -E UTF8 >/dev/null"
fi
if ! as_pg "$BIN/pg_ctl -D $DATA status" >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl -D $DATA -l $DATA/server.log -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -w start" >/dev/null
fi
for _ in $(seq 1 30); do
  "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" >/dev/null 2>&1 && break
  sleep 0.5
done
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U sitrep -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'sitrep_test'" | grep -q 1 ||
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U sitrep sitrep_test
echo "postgres://sitrep@127.0.0.1:$PORT/sitrep_test"
