#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a NEW database, checking its checksum first.
#
#   deploy/restore.sh BACKUP_FILE TARGET_DATABASE
#
# The server and the role: the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, …);
# the role needs CREATEDB. The target must not exist yet: restore beside the damaged database, check
# it, then point the app at it (ConnectionStrings__Preparedness) — never over the live one.
# Everything is restored in one transaction: a failure leaves an empty database, never half of one.
# Ownership and grants are not restored: objects belong to the restoring role; the app's role is
# given its rights afterwards (see deploy/README.md, "Backups").
set -euo pipefail

log() { printf '[restore] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_tool() {
  local name=$1 dir
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$name"; return; fi
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return; }
  done
  die "$name not found; install the PostgreSQL client (apt-get install -y postgresql-client) or set PG_BIN"
}

[ $# -eq 2 ] || die "usage: deploy/restore.sh BACKUP_FILE TARGET_DATABASE"
backup=$1
database=$2
[ -f "$backup" ] || die "no such backup: $backup"
[[ "$database" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "\"$database\": use a plain database name (lower-case letters, digits, underscores)"

if [ -f "$backup.sha256" ]; then
  (cd "$(dirname "$backup")" && sha256sum --check --quiet "$(basename "$backup").sha256") || die "checksum mismatch: $backup is damaged"
  log "checksum verified"
else
  log "no $backup.sha256 beside the backup: its integrity is not checked"
fi

"$(find_tool createdb)" --template=template0 --encoding=UTF8 "$database" || die "could not create database $database (does it exist already?)"
log "restoring $backup into $database"
"$(find_tool pg_restore)" --dbname="$database" --single-transaction --exit-on-error --no-owner --no-privileges "$backup"
log "done; compare it with the source before switching (row counts, the evidence checksums)"
