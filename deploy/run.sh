#!/usr/bin/env bash
# Runs Preparedness locally: a private PostgreSQL cluster in <repo>/.data/postgres
# plus the web app in the foreground. Data survives between runs.
#
# Environment:
#   PREPAREDNESS_PORT               web port on 127.0.0.1 (default 5080)
#   PREPAREDNESS_DB_PORT            local PostgreSQL port on 127.0.0.1 (default 5433)
#   ConnectionStrings__Preparedness use this database instead of the local cluster
#   ASPNETCORE_ENVIRONMENT          default Development
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
# shellcheck source=lib/postgres.sh
. "$ROOT/deploy/lib/postgres.sh"

PORT=${PREPAREDNESS_PORT:-5080}
DB_PORT=${PREPAREDNESS_DB_PORT:-5433}
PG_BASE=$ROOT/.data/postgres
PG_STARTED_BY_US=0
app_pid=""

log() { printf '[run] %s\n' "$*" >&2; }

command -v dotnet >/dev/null 2>&1 \
  || { log "ERROR: the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first."; exit 1; }

cleanup() {
  local rc=$?
  trap - EXIT
  # A second Ctrl-C while the app shuts down must not leave the database running.
  trap '' INT TERM
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ "$PG_STARTED_BY_US" = 1 ]; then
    pg_stop_cluster "$PG_BASE"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -n "${ConnectionStrings__Preparedness:-}" ]; then
  log "using the database from ConnectionStrings__Preparedness (no local cluster)"
else
  pg_ensure_binaries
  pg_start_cluster "$PG_BASE" "$DB_PORT"
  pg_create_database "$PG_PORT" preparedness
  export ConnectionStrings__Preparedness="Host=127.0.0.1;Port=$PG_PORT;Database=preparedness;Username=postgres"
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=http://127.0.0.1:$PORT
export Preparedness__MigrateOnStartup=true
export Preparedness__SeedDemoData=true
export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}

log "starting the app (environment $ASPNETCORE_ENVIRONMENT) on http://127.0.0.1:$PORT; Ctrl-C stops it"
# In the background plus `wait`, so that a TERM sent to this script reaches the
# trap at once (bash defers traps while a foreground child runs). Background
# children ignore SIGINT, hence the trap forwards TERM, which `dotnet run` passes on.
dotnet run --project src/Preparedness.Web -c Release --no-launch-profile &
app_pid=$!
set +e
wait "$app_pid"
rc=$?
set -e
app_pid=""
exit "$rc"
