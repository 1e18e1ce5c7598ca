#!/usr/bin/env bash
# Measures a database failover as the app lives it: a primary and a streaming standby
# (pg_basebackup -R) on loopback; the app, its live listener and a job server on the multi-host
# connection string of deploy/README.md ("A failover in seconds"); a user saving task updates in a
# loop; the primary stopped and the standby promoted (pg_ctl promote). Prints, from the moment the
# primary stopped: the first successful save, the live listener hearing again, and the job server's
# heartbeat on the new primary; every save the user was told succeeded is checked, row by row, on the
# new primary. The harness is the suite's failover test (tests/Preparedness.Web.Tests/Features/
# Operations/Faults/FailoverTests.cs), built in Release and run once per round.
#
# Usage: deploy/failover.sh [--rounds N]   (default 3; needs the PostgreSQL server binaries, as deploy/test.sh)
# Exit code: 0 every round recovered within the 3 s target, 1 a round was slower, 2 bad arguments,
# other: a round failed (a lost save, or no recovery within 30 s).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
log() { printf '[failover] %s\n' "$*" >&2; }

ROUNDS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=${2:-}; shift 2 || true ;;
    *) echo "usage: deploy/failover.sh [--rounds N]" >&2; exit 2 ;;
  esac
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: deploy/failover.sh [--rounds N]" >&2; exit 2; }
command -v dotnet >/dev/null 2>&1 || { log "ERROR: the .NET SDK (dotnet) is not on PATH"; exit 3; }
compgen -G '/usr/lib/postgresql/*/bin/pg_basebackup' >/dev/null \
  || { log "ERROR: PostgreSQL server binaries missing: apt-get install -y postgresql"; exit 3; }

export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}
REPORT=$(mktemp /tmp/preparedness-failover-XXXXXX.txt)
trap 'rm -f "$REPORT"' EXIT
export PREPAREDNESS_FAILOVER_REPORT=$REPORT

log "building (Release)"
dotnet build -c Release tests/Preparedness.Web.Tests -v quiet -nologo >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  log "round $round of $ROUNDS"
  dotnet test tests/Preparedness.Web.Tests -c Release --no-build -nologo \
    --filter "FullyQualifiedName~Faults.FailoverTests" >/dev/null \
    || { log "ERROR: round $round failed; run the test for its message: deploy/test.sh --filter FullyQualifiedName~FailoverTests"; exit 4; }
done

cat "$REPORT"
# The worst of the three recoveries in each round, then the worst round, against the 3 s target.
awk '
  { worst = 0
    for (i = 1; i <= NF; i++) if ($i == "save" || $i == "hearing" || $i == "heartbeat") { v = $(i + 1) + 0; if (v > worst) worst = v }
    if (worst > max) max = worst; n++ }
  END { printf "recovery (slowest of save, listener, job server heartbeat), worst of %d rounds: %.2f s — %s (target < 3 s)\n", n, max, (max < 3 ? "PASS" : "FAIL")
        exit (max < 3 ? 0 : 1) }' "$REPORT"
