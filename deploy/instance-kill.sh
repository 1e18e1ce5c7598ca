#!/usr/bin/env bash
# One of two instances killed (kill -9) behind nginx, as deploy/compose.yaml runs them, on loopback:
# PostgreSQL, instance 1 (runs the job server) and instance 2 (Jobs:Enabled=false), and nginx with
# deploy/nginx.conf's sticky-session and WebSocket settings. A user signs in through nginx; the instance
# their affinity cookie pins them to is killed with SIGKILL; the script then reloads the page as the
# browser does after its reconnect dialog gives up, and checks that the other instance serves it, still
# signed in (the sign-in keys are shared through the database), and that the survivor is ready.
# Prints the time from the kill to the first signed-in page served by the other instance.
#
# A reminder job interrupted on a killed instance is covered in the suite
# (tests/.../Reminders/InterruptedSweepTests.cs: taken again after the invisibility timeout, nobody told twice).
#
# Usage: deploy/instance-kill.sh   (as root or with the PostgreSQL binaries and nginx installed:
# apt-get install -y postgresql nginx). Exit code 0: the user kept working; 1: not.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
log() { printf '[instance-kill] %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

command -v nginx >/dev/null 2>&1 || die "nginx is missing: apt-get install -y nginx"
PG_BIN=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -1)")
[ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries missing: apt-get install -y postgresql"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

WORK=$(mktemp -d /tmp/preparedness-instance-kill-XXXXXX)
chmod 755 "$WORK"
[ "$(id -u)" -eq 0 ] && chown postgres: "$WORK"
DB_PORT=$(free_port); WEB1=$(free_port); WEB2=$(free_port); PROXY=$(free_port)
PID1=""; PID2=""
cleanup() {
  for pid in $PID1 $PID2; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log "PostgreSQL on 127.0.0.1:$DB_PORT"
as_pg "$PG_BIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -o "-p $DB_PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$DB_PORT" -U postgres preparedness

log "building the app (Release)"
dotnet build -c Release src/Preparedness.Web -v quiet -nologo >/dev/null
APP=$ROOT/src/Preparedness.Web/bin/Release/net10.0/Preparedness.Web.dll
export ConnectionStrings__Preparedness="Host=127.0.0.1;Port=$DB_PORT;Database=preparedness;Username=postgres"
export ASPNETCORE_ENVIRONMENT=Development Preparedness__TrustedProxies=127.0.0.1
start_instance() { # NAME PORT JOBS MIGRATE
  Preparedness__Jobs__Enabled=$3 Preparedness__MigrateOnStartup=$4 Preparedness__SeedDemoData=$4 \
    dotnet "$APP" --urls "http://127.0.0.1:$2" >"$WORK/$1.log" 2>&1 &
  started=$!
}
wait_ready() { # PORT
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return 0
    sleep 0.2
  done
  return 1
}
log "instance 1 (jobs) on :$WEB1, migrating and seeding demo data"
start_instance web1 "$WEB1" true true; PID1=$started
wait_ready "$WEB1" || die "instance 1 not ready: $(tail -20 "$WORK/web1.log")"
log "instance 2 (web only) on :$WEB2"
start_instance web2 "$WEB2" false false; PID2=$started
wait_ready "$WEB2" || die "instance 2 not ready: $(tail -20 "$WORK/web2.log")"

# deploy/nginx.conf as the compose file mounts it, pointed at the two loopback instances; the test adds
# which instance answered (X-Upstream) and fails over on a dead upstream without waiting.
sed -e "s/web1:8080/127.0.0.1:$WEB1/; s/web2:8080/127.0.0.1:$WEB2/; s/listen 80;/listen 127.0.0.1:$PROXY;/" \
    -e "s|add_header Set-Cookie \$affinity_cookie always;|&\n    add_header X-Upstream \$upstream_addr always;|" \
    deploy/nginx.conf >"$WORK/site.conf"
mkdir -p "$WORK/tmp"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  include $WORK/site.conf;
}
CONF
nginx -t -c "$WORK/nginx.conf" -p "$WORK" >/dev/null 2>&1 || die "nginx refused the configuration: $(nginx -t -c "$WORK/nginx.conf" -p "$WORK" 2>&1)"
nginx -c "$WORK/nginx.conf" -p "$WORK"
BASE=http://127.0.0.1:$PROXY
JAR=$WORK/cookies.txt

log "signing in through nginx on :$PROXY"
form=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/login" || true)
token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//' || true)
[ -n "$token" ] || die "no sign-in form through nginx: $(head -c 300 <<<"$form")"
curl -s -o /dev/null -c "$JAR" -b "$JAR" "$BASE/account/login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.UserName=sg.luxor@preparedness.demo" --data-urlencode "Input.Password=Readiness-2026"
page() { curl -s -o /dev/null -D - -b "$JAR" -c "$JAR" --max-time 10 "$BASE/" 2>/dev/null || true; }
headers=$(page)
grep -q '^HTTP/1.1 200' <<<"$headers" || die "not signed in through nginx: $(head -1 <<<"$headers")"
served_by=$(grep -i '^X-Upstream:' <<<"$headers" | tr -d '\r' | awk '{print $2}' || true)
case "$served_by" in
  *":$WEB1") victim=$PID1; survivor=$WEB2; name=1 ;;
  *":$WEB2") victim=$PID2; survivor=$WEB1; name=2 ;;
  *) die "cannot tell which instance served the page ($served_by)" ;;
esac

log "the user is on instance $name; kill -9 $victim"
kill -9 "$victim"
killed=$(date +%s.%N)
for _ in $(seq 1 300); do
  headers=$(page)
  if grep -q '^HTTP/1.1 200' <<<"$headers" && grep -qi "^X-Upstream:.*:$survivor" <<<"$headers"; then
    back=$(date +%s.%N)
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$survivor/health/ready")" = 200 ] || die "the surviving instance is not ready"
    printf 'instance killed: the reloaded page was served, signed in, by the other instance %.2f s after kill -9\n' "$(echo "$back - $killed" | bc)"
    exit 0
  fi
  sleep 0.1
done
die "no signed-in page from the other instance within 30 s of the kill; last answer: $(head -1 <<<"$headers")"
