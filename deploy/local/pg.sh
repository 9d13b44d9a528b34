#!/usr/bin/env bash
# Project-local PostgreSQL: the embedded default for `make run` and `make test`.
# Data lives in .local/pg (git-ignored). When DATABASE_URL is set, nothing is started:
# the given server is used instead (see README, "Using an existing PostgreSQL").
#
#   pg.sh start            start (initialising on first use), print nothing
#   pg.sh stop             stop the server if it runs
#   pg.sh clean            stop and wipe the data directory
#   pg.sh url DB           print the JDBC URL of database DB (creating it if missing)
#   pg.sh recreate DB      drop and create database DB (tests start from an empty schema)
#   pg.sh psql DB [ARGS]   run psql against DB
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PGHOME="$ROOT/.local/pg"
DATA="$PGHOME/data"
SOCK="$PGHOME/sock"
PORT_FILE="$PGHOME/port"
LOG="$PGHOME/server.log"

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    local v; v="$(basename "$(dirname "$d")")"
    if [ "${v%%.*}" -ge 15 ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

ensure_bin() {
  if ! PGBIN="$(find_bin)"; then
    echo "pg.sh: PostgreSQL server binaries not found, installing with apt" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql postgresql-contrib >&2
    PGBIN="$(find_bin)"
  fi
  # unaccent and pg_trgm ship with the server package on Debian; check to fail clearly.
  local share; share="$("$PGBIN/pg_config" --sharedir)"
  if [ ! -f "$share/extension/unaccent.control" ] || [ ! -f "$share/extension/pg_trgm.control" ]; then
    apt-get install -y -qq postgresql-contrib >&2 || true
  fi
}

# Run a command as the server's owner: root may not run PostgreSQL, so root uses `postgres`.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

make_traversable() {
  # A temp clone may sit under a 0700 directory; the postgres user must reach .local/pg.
  [ "$(id -u)" = 0 ] || return 0
  local d="$PGHOME"
  while [ "$d" != "/" ]; do
    if ! su postgres -s /bin/sh -c "test -x '$d'"; then chmod o+x "$d"; fi
    d="$(dirname "$d")"
  done
}

free_port() {
  local p
  for p in $(shuf -i 20000-29999 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "pg.sh: no free port found" >&2; return 1
}

running() { [ -f "$DATA/postmaster.pid" ] && as_owner "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
  ensure_bin
  mkdir -p "$PGHOME" "$SOCK"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGHOME" "$SOCK"; fi
  make_traversable
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_owner "$PGBIN/initdb" -D "$DATA" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if running; then return 0; fi
  local port
  port="$(cat "$PORT_FILE" 2>/dev/null || true)"
  if [ -z "$port" ] || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then port="$(free_port)"; fi
  echo "$port" > "$PORT_FILE"
  touch "$LOG"; if [ "$(id -u)" = 0 ]; then chown postgres "$LOG"; fi
  as_owner "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-p $port -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off" start >/dev/null
}

stop() {
  PGBIN="$(find_bin)" || return 0
  if [ -f "$DATA/PG_VERSION" ] && running; then as_owner "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
}

psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(cat "$PORT_FILE")" -U postgres "$@"; }

ensure_db() {
  local db="$1"
  if [ -z "$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    psql_admin -d postgres -c "CREATE DATABASE \"$db\"" >/dev/null
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  clean) stop; rm -rf "$PGHOME" ;;
  url) start; ensure_db "$2"; echo "jdbc:postgresql://127.0.0.1:$(cat "$PORT_FILE")/$2" ;;
  recreate)
    start
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS \"$2\" WITH (FORCE)" >/dev/null
    psql_admin -d postgres -c "CREATE DATABASE \"$2\"" >/dev/null ;;
  psql) start; db="$2"; shift 2; psql_admin -d "$db" "$@" ;;
  *) echo "usage: $0 start|stop|clean|url DB|recreate DB|psql DB [ARGS]" >&2; exit 2 ;;
esac
