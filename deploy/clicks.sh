#!/usr/bin/env bash
# Issue 19's click benchmark: the app and the stock `dotnet new blazor` template (interactive server), both
# published and run in Production on loopback, driven by Debian's Chromium with real clicks. Each interaction is
# timed in the page from the input event to the DOM showing its result (performance.now + MutationObserver), with
# 1 and with 25 circuits open, then the page change and the filter change again under Chromium's network emulation
# (1.6 Mbps down, 750 kbps up, 150 ms round trip). Prints p50/p95, max, the app's CPU and the WebSocket bytes per
# interaction as a Markdown table (README, "Clicks").
#
# Arguments go to the tool (tests/Preparedness.ClickBench): --repetitions N (default 30), --runs N (default 2),
# --circuits 1,25 (default), --no-slow-network. A short proof that it works: --repetitions 3 --runs 1 --circuits 1.
# It starts its own throwaway PostgreSQL cluster (or creates a database on PREPAREDNESS_CLICKS_CONNECTION's server) and
# removes everything it published when it ends. Measure on a quiet machine: other builds and tests skew the figures.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
command -v dotnet >/dev/null 2>&1 \
  || { echo "[clicks] ERROR: the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first." >&2; exit 1; }
[ -x /usr/bin/chromium ] \
  || { echo "[clicks] ERROR: Debian's Chromium is missing: apt-get install -y chromium" >&2; exit 1; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

SCRATCH=$(mktemp -d /tmp/preparedness-clicks.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT

echo "[clicks] publishing the app (Release)" >&2
dotnet publish src/Preparedness.Web -c Release -o "$SCRATCH/app" -v quiet >/dev/null
echo "[clicks] creating and publishing the stock template (dotnet new blazor --interactivity Server --all-interactive)" >&2
dotnet new blazor --interactivity Server --all-interactive -n Stock -o "$SCRATCH/stock" >/dev/null
dotnet publish "$SCRATCH/stock" -c Release -o "$SCRATCH/stock-app" -v quiet >/dev/null

dotnet run -c Release --project tests/Preparedness.ClickBench -- \
  --app "$SCRATCH/app/Preparedness.Web.dll" --stock "$SCRATCH/stock-app/Stock.dll" "$@"
