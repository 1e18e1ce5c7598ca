# shellcheck shell=bash
# Helpers for running a private PostgreSQL cluster without Docker or systemd.
# Sourced by deploy/run.sh only: tests, benchmarks and the load tool start theirs through
# tests/Preparedness.Testing.Postgres. Nothing here touches the distribution's own cluster
# (/var/lib/postgresql): we only borrow its binaries.
#
# Layout of a cluster base directory BASE:
#   BASE/data        the data directory (initdb)
#   BASE/socket      unix socket directory
#   BASE/server.log  server log
#
# Functions:
#   pg_ensure_binaries                 sets PG_BIN (installs the binaries as root if missing)
#   pg_start_cluster BASE PORT         inits if absent, starts if not running; sets
#                                      PG_STARTED_BY_US (1/0) and PG_PORT (the port actually used)
#   pg_create_database PORT NAME       creates database NAME unless it exists
#   pg_stop_cluster BASE               stops the cluster (pg_ctl stop -m fast)

pg__log() { printf '[postgres] %s\n' "$*" >&2; }
pg__die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }

pg__is_root() { [ "$(id -u)" -eq 0 ]; }

# initdb and postgres refuse to run as root, so as root everything server-side
# runs as the distribution's postgres user; otherwise as the invoking user.
pg__as_owner() {
  if pg__is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg__find_bindir() {
  local dir best="" best_ver=-1 ver
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] || continue
    ver=$(basename "$(dirname "$dir")")
    # Versions are integers since 10; sort numerically so 15 beats 9.6.
    ver=${ver%%.*}
    case "$ver" in ''|*[!0-9]*) continue ;; esac
    if [ "$ver" -gt "$best_ver" ]; then
      best_ver=$ver
      best=$dir
    fi
  done
  printf '%s' "$best"
}

pg_ensure_binaries() {
  PG_BIN=$(pg__find_bindir)
  if [ -z "$PG_BIN" ]; then
    if ! pg__is_root; then
      pg__die "PostgreSQL server binaries not found; install them with: sudo apt-get install -y postgresql"
    fi
    pg__log "PostgreSQL server binaries not found; installing the postgresql package..."
    # The lock timeout lets us queue behind another apt/dpkg run instead of failing.
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq postgresql >/dev/null
    PG_BIN=$(pg__find_bindir)
    [ -n "$PG_BIN" ] || pg__die "installed postgresql but found no server binaries under /usr/lib/postgresql/*/bin"
  fi
  if pg__is_root && ! id -u postgres >/dev/null 2>&1; then
    pg__die "running as root needs the 'postgres' system user (created by the postgresql package); install it with: apt-get install -y postgresql"
  fi
  export PG_BIN
}

# As root the cluster runs as postgres, which must be able to reach BASE through
# every parent directory (a repo under a 0700 home directory is the usual trap).
pg__check_reachable() {
  local base=$1 dir="" part
  pg__is_root || return 0
  # Walk down from / so that the message names the directory that actually blocks.
  local IFS=/
  for part in $base; do
    [ -n "$part" ] || continue
    dir=$dir/$part
    if ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
      pg__die "the postgres user cannot reach '$base': '$dir' is not traversable by it ($(stat -c '%A %U:%G' "$dir")).
  The database runs as the 'postgres' user when this script runs as root, so every parent directory
  must allow it through. Fix with: chmod o+x '$dir'  (or clone the repository somewhere like /srv or /opt,
  or run this script as a normal user)."
    fi
  done
}

# Unix socket paths are limited to ~107 bytes; a deep checkout would make the
# server refuse to start, so fall back to TCP only (we always connect over TCP).
pg__socket_option() {
  local sockdir=$1 port=$2
  if [ $(( ${#sockdir} + ${#port} + 10 )) -lt 100 ]; then
    printf '%s' "-k $sockdir"
  else
    printf '%s' "-c unix_socket_directories="
  fi
}

pg__running_port() {
  local data=$1
  [ -r "$data/postmaster.pid" ] && sed -n 4p "$data/postmaster.pid" 2>/dev/null
}

pg_start_cluster() {
  local base=$1 port=$2 data sockdir log opts
  [ -n "${PG_BIN:-}" ] || pg_ensure_binaries
  data=$base/data
  sockdir=$base/socket
  log=$base/server.log
  PG_STARTED_BY_US=0
  PG_PORT=$port

  mkdir -p "$base"
  base=$(cd "$base" && pwd -P)
  data=$base/data
  sockdir=$base/socket
  log=$base/server.log

  if pg__is_root; then
    pg__check_reachable "$base"
    if [ -d "$data" ] && [ "$(stat -c %U "$data")" != postgres ]; then
      pg__die "'$data' is owned by '$(stat -c %U "$data")', but as root the server runs as 'postgres'.
  Either run this script as '$(stat -c %U "$data")', or hand the cluster over with: chown -R postgres: '$base'"
    fi
    chown postgres: "$base"
  elif [ -d "$data" ] && [ "$(stat -c %u "$data")" != "$(id -u)" ]; then
    pg__die "'$data' is owned by '$(stat -c %U "$data")', not by you ($(id -un)); run this script as root (or as that user), or delete '$base' to start afresh."
  fi

  if [ ! -s "$data/PG_VERSION" ]; then
    pg__log "initialising a new cluster in $data"
    pg__as_owner mkdir -p "$data" "$sockdir"
    pg__as_owner chmod 700 "$data"
    if ! pg__as_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1; then
      cat "$base/initdb.log" >&2
      pg__die "initdb failed (output above)"
    fi
  fi
  pg__as_owner mkdir -p "$sockdir"

  if pg__as_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    local running
    running=$(pg__running_port "$data")
    if [ -n "$running" ] && [ "$running" != "$port" ]; then
      pg__log "cluster in $data is already running on port $running (not $port); using it"
      PG_PORT=$running
    else
      pg__log "reusing the cluster already running in $data on port $PG_PORT"
    fi
    return 0
  fi

  opts="-p $port $(pg__socket_option "$sockdir" "$port") -c listen_addresses=127.0.0.1"
  pg__log "starting PostgreSQL on 127.0.0.1:$port (log: $log)"
  # Set before starting so that an interrupt during the start still shuts it down.
  PG_STARTED_BY_US=1
  if ! pg__as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "$opts" start >/dev/null; then
    pg__log "pg_ctl start failed; last lines of $log:"
    tail -n 20 "$log" >&2 || true
    pg__die "could not start PostgreSQL on port $port (is the port in use? set PREPAREDNESS_DB_PORT to another one)"
  fi
}

pg_create_database() {
  local port=$1 name=$2 exists
  [ -n "${PG_BIN:-}" ] || pg_ensure_binaries
  # The name is inlined into SQL below, so keep it to plain identifiers.
  case "$name" in ''|*[!A-Za-z0-9_]*) pg__die "invalid database name '$name'" ;; esac
  # TCP with trust auth: works whoever we are and regardless of socket placement.
  exists=$("$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -XtAq \
    -c "select 1 from pg_database where datname = '$name'" 2>&1) \
    || pg__die "cannot query PostgreSQL on 127.0.0.1:$port: $exists"
  if [ "$exists" != 1 ]; then
    pg__log "creating database '$name'"
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres -E UTF8 "$name" \
      || pg__die "createdb $name failed"
  fi
}

pg_stop_cluster() {
  local base=$1
  [ -n "${PG_BIN:-}" ] || pg_ensure_binaries
  [ -d "$base/data" ] || return 0
  pg__as_owner "$PG_BIN/pg_ctl" -D "$base/data" status >/dev/null 2>&1 || return 0
  pg__log "stopping PostgreSQL ($base/data)"
  pg__as_owner "$PG_BIN/pg_ctl" -D "$base/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
    || pg__log "pg_ctl stop reported a problem (was it already stopped?)"
}

# Two roles, as in production (README, "Database roles"): OWNER owns the database and every object
# in it and is what migrations run as; RUNTIME is what the app runs as, owns nothing and gets only
# the privileges the migrate step grants it. Both log in without a password on this private,
# loopback-only, trust-authenticated cluster.
#   pg_create_roles PORT OWNER RUNTIME
#   pg_hand_over_database PORT NAME OWNER   (a database made before the roles existed: give its objects to OWNER)
pg_create_roles() {
  local port=$1 owner=$2 runtime=$3 role
  for role in "$owner" "$runtime"; do
    case "$role" in ''|*[!a-z0-9_]*) pg__die "invalid role name '$role'" ;; esac
    "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -XqAt -v ON_ERROR_STOP=1 -c \
      "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role LOGIN; END IF; END \$\$;" \
      >/dev/null || pg__die "could not create role $role"
  done
}

pg_hand_over_database() {
  local port=$1 name=$2 owner=$3
  case "$name$owner" in *[!A-Za-z0-9_]*) pg__die "invalid name '$name' or '$owner'" ;; esac
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$name" -XqAt -v ON_ERROR_STOP=1 >/dev/null <<SQL || pg__die "could not hand database $name over to $owner"
DO \$\$
DECLARE r record;
BEGIN
  EXECUTE format('ALTER DATABASE %I OWNER TO $owner', current_database());
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'hangfire') THEN
    ALTER SCHEMA hangfire OWNER TO $owner;
  END IF;
  -- Tables, views and free-standing sequences; a column's own sequence follows its table.
  FOR r IN SELECT c.relkind, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname IN ('public', 'hangfire') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
             AND c.relowner <> '$owner'::regrole
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
  LOOP
    EXECUTE format('ALTER %s %I.%I OWNER TO $owner',
      CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.nspname, r.relname);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname IN ('public', 'hangfire') AND p.proowner <> '$owner'::regrole
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO $owner', r.f);
  END LOOP;
END \$\$;
SQL
}
