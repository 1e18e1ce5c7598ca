#!/usr/bin/env bash
# Issue #3's live-update load test on this machine: starts a throwaway PostgreSQL cluster (or uses
# PREPAREDNESS_LOAD_CONNECTION), runs the real app (Release build) as its own process with the demo
# data, connects hub clients and live Blazor dashboards (headless Debian Chromium), commits one status
# change a second, and prints commit→receipt p50/p95/p99, app CPU per broadcast and memory per
# connection/circuit. Everything it starts is stopped and its temp directory removed, also on failure.
#
# Options (passed to the tool): --clients N (1000) --seconds N (60) --circuits N (100)
#   --circuit-seconds N (30) --idle-seconds N (10) --wait-quiet N (0: wait up to N s for an idle machine
#   before each part) --full-decode --no-animations --repo DIR; --clients 0 or --circuits 0 skips a part.
# Headless mode (issue 15): --headless-circuits N [--tabs N (3)] [--gcdump DIR] opens N dashboards as headless
#   Blazor circuits (the circuit protocol over the SignalR client, no browser per circuit) plus a few Chromium
#   tabs timed alongside, and reports circuits held, app memory per circuit (RSS and GC heap after an induced
#   full collection), app CPU per change and the tabs' change→screen latency. Alone it runs only this part.
# Environment:
#   PREPAREDNESS_LOAD_CONNECTION  an existing loopback PostgreSQL server; a database is created on it
#                                 and dropped afterwards.
#   PREPAREDNESS_LOAD_APP_<NAME>=v  passed to the app process as <NAME>=v (e.g. ..._DOTNET_gcServer=0).
# Needs: .NET 10 SDK, PostgreSQL server binaries (/usr/lib/postgresql/*/bin), /usr/bin/chromium for
# the dashboards (apt-get install -y postgresql chromium). As root, the cluster runs as 'postgres'.
# Exit code: 0 measured (the table says PASS/FAIL), 1 an error, 2 bad arguments, 130 interrupted.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
command -v dotnet >/dev/null 2>&1 \
  || { echo "[load] ERROR: the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first." >&2; exit 1; }
export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}

echo "[load] building the solution (Release)..." >&2
dotnet build Preparedness.sln -c Release --nologo -v quiet >&2
exec dotnet run -c Release --no-build --project tests/Preparedness.LoadTests -- "$@"
