#!/usr/bin/env bash
# Backs up the Preparedness database with pg_dump in custom format (compressed, restorable table by
# table), and writes a SHA-256 checksum beside it.
#
#   deploy/backup.sh [OUTPUT_FILE]
#
# Which database: the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass,
# PGDATABASE, PGSSLMODE), or PREPAREDNESS_DATABASE_URL (postgresql://user@host:port/db). Back up
# the primary (or a replica: pg_dump reads one consistent snapshot either way).
# Default OUTPUT_FILE: ${BACKUP_DIR:-.}/preparedness-YYYYmmddTHHMMSSZ.dump
# pg_dump must be at least the server's major version; PG_BIN names its directory if not on PATH.
set -euo pipefail

log() { printf '[backup] %s\n' "$*" >&2; }

find_tool() {
  local name=$1 dir
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$name"; return; fi
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return; }
  done
  log "ERROR: $name not found; install the PostgreSQL client (apt-get install -y postgresql-client) or set PG_BIN"
  exit 1
}

out=${1:-${BACKUP_DIR:-.}/preparedness-$(date -u +%Y%m%dT%H%M%SZ).dump}
target=()
[ -n "${PREPAREDNESS_DATABASE_URL:-}" ] && target=(--dbname="$PREPAREDNESS_DATABASE_URL")

mkdir -p "$(dirname "$out")"
tmp="$out.partial"
trap 'rm -f "$tmp"' EXIT
log "dumping ${PREPAREDNESS_DATABASE_URL:-${PGDATABASE:-the default database}} to $out"
"$(find_tool pg_dump)" --format=custom --compress=6 --no-owner --no-privileges --file="$tmp" "${target[@]}"
mv "$tmp" "$out"
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256")
log "done: $(du -h "$out" | cut -f1), checksum in $out.sha256"
echo "$out"
