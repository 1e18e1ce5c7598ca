#!/usr/bin/env bash
# Runs Preparedness locally: a private PostgreSQL cluster in <repo>/.data/postgres
# plus the web app in the foreground. Data survives between runs.
#
# Environment:
#   PREPAREDNESS_PORT               web port on 127.0.0.1 (default 5080)
#   PREPAREDNESS_DB_PORT            local PostgreSQL port on 127.0.0.1 (default 5433)
#   ConnectionStrings__Preparedness use this database instead of the local cluster (the app's runtime role)
#   ConnectionStrings__PreparednessOwner  with it: the owner role migrations run as (README, "Database roles")
#   PREPAREDNESS_DEV_SMTP           1 (default) catches the app's emails in a local development
#                                   SMTP server (python3-aiosmtpd) and writes them to .data/mail/mail.log;
#                                   0 sends none, unless Preparedness__Email__Host names a real server
#   PREPAREDNESS_SMTP_PORT          port of that development SMTP server (default 2525)
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
SMTP_PORT=${PREPAREDNESS_SMTP_PORT:-2525}
MAIL_DIR=$ROOT/.data/mail
app_pid=""
smtp_pid=""

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
  if [ -n "$smtp_pid" ] && kill -0 "$smtp_pid" 2>/dev/null; then
    kill -TERM "$smtp_pid" 2>/dev/null || true
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
  # The app runs as a role that owns nothing and may only append to the audit trail; migrations run as the owner.
  pg_create_roles "$PG_PORT" preparedness_owner preparedness_app
  pg_hand_over_database "$PG_PORT" preparedness preparedness_owner
  export ConnectionStrings__Preparedness="Host=127.0.0.1;Port=$PG_PORT;Database=preparedness;Username=preparedness_app"
  export ConnectionStrings__PreparednessOwner="Host=127.0.0.1;Port=$PG_PORT;Database=preparedness;Username=preparedness_owner"
fi

# Reminder emails: a real server when one is configured, else a local catcher a newcomer can read.
py=/usr/bin/python3
if [ -n "${Preparedness__Email__Host:-}" ]; then
  log "sending email through $Preparedness__Email__Host"
elif [ "${PREPAREDNESS_DEV_SMTP:-1}" = 1 ]; then
  if ! "$py" -c 'import aiosmtpd' 2>/dev/null && [ "$(id -u)" -eq 0 ]; then
    log "installing python3-aiosmtpd for the development mail catcher"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq python3-aiosmtpd >/dev/null 2>&1 || true
  fi
  if "$py" -c 'import aiosmtpd' 2>/dev/null; then
    mkdir -p "$MAIL_DIR"
    PYTHONPATH=$ROOT/deploy/lib "$py" -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c dev_mail.MailLog "$MAIL_DIR" \
      >"$MAIL_DIR/server.log" 2>&1 &
    smtp_pid=$!
    export Preparedness__Email__Host=127.0.0.1
    export Preparedness__Email__Port=$SMTP_PORT
    export Preparedness__Email__Security=None
    log "emails are caught by a development SMTP server on 127.0.0.1:$SMTP_PORT: read them in $MAIL_DIR/mail.log"
  else
    log "no development SMTP server (install python3-aiosmtpd to read the emails); reminders still appear in the app"
  fi
fi

export Preparedness__PublicBaseUrl=${Preparedness__PublicBaseUrl:-http://127.0.0.1:$PORT/}
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
