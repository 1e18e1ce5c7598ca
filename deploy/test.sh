#!/usr/bin/env bash
# Runs the whole test suite and ends with the line "N passed, N failed".
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Tasks).
# As root it installs missing system packages the tests need; otherwise it says what to install.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

RESULTS=$ROOT/TestResults

log() { printf '[test] %s\n' "$*" >&2; }

# Always end with a countable line, even when we stop early.
fail_early() {
  log "ERROR: $*"
  echo "0 passed, 0 failed"
  exit 1
}

command -v dotnet >/dev/null 2>&1 || fail_early "the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first."

deb_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing=()
# The tests start their own cluster (tests/Preparedness.Testing.Postgres): they need only the binaries.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in chromium fonts-noto-core python3-aiosmtpd poppler-utils pgbouncer nginx; do
    deb_installed "$pkg" || missing+=("$pkg")
  done
else
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v nginx >/dev/null 2>&1 || missing+=(nginx)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail_early "missing system packages needed by the tests; install them with: sudo apt-get install -y ${missing[*]}"
  fi
  log "installing missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # The lock timeout queues us behind another apt/dpkg run (e.g. a provisioning
  # step still installing) instead of failing; update is retried for the same reason.
  apt_opts=(-o DPkg::Lock::Timeout=300)
  for attempt in 1 2 3; do
    apt-get "${apt_opts[@]}" update -qq && break
    [ "$attempt" = 3 ] && fail_early "apt-get update failed"
    sleep 10
  done
  apt-get "${apt_opts[@]}" install -y -qq "${missing[@]}" >/dev/null \
    || fail_early "apt-get install ${missing[*]} failed"
fi

mkdir -p "$RESULTS"
find "$RESULTS" -name '*.trx' -type f -delete

export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}
set +e
dotnet test "$ROOT/Preparedness.sln" -c Release --logger trx --results-directory "$RESULTS" "$@"
test_rc=$?
set -e

# Debian's python3 first: a pyenv or venv python3 earlier on PATH works too, but is not guaranteed.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
summary=$("$py" - "$RESULTS" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

totals = dict(executed=0, passed=0, failed=0)
files = sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True))
for path in files:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"[test] cannot read {path}: {e}", file=sys.stderr)
        totals["failed"] += 1
        continue
    for el in root.iter():
        if el.tag.rsplit("}", 1)[-1] != "Counters":
            continue
        get = lambda name: int(el.get(name, "0") or 0)
        totals["executed"] += get("executed")
        totals["passed"] += get("passed")
        # Errors, timeouts and aborts are failures as far as CI is concerned.
        totals["failed"] += get("failed") + get("error") + get("timeout") + get("aborted")
print(len(files), totals["executed"], totals["passed"], totals["failed"])
PY
)
read -r trx_count executed passed failed <<<"$summary"

rc=0
if [ "$test_rc" -ne 0 ]; then
  log "dotnet test exited with code $test_rc"
  rc=1
fi
if [ "$trx_count" -eq 0 ]; then
  log "no test results (.trx) were written to $RESULTS"
  rc=1
elif [ "$executed" -eq 0 ]; then
  log "no tests were executed"
  rc=1
fi
[ "$failed" -eq 0 ] || rc=1

echo "$passed passed, $failed failed"
exit "$rc"
