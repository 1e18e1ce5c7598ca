#!/usr/bin/env bash
# Measures the server-side time of one governorate's dashboard figures and one task-list page at
# national scale (27 governorates x 4,000 tasks, with history), in Release, and prints the p50/p95/p99
# table (PASS/FAIL against 20 ms / 30 ms) and the EXPLAIN (ANALYZE, BUFFERS) of every statement.
#
# Environment:
#   PREPAREDNESS_BENCH_CONNECTION  an existing, empty (or already benchmark-loaded) database to use;
#                                  otherwise a throwaway PostgreSQL cluster is started and removed.
# Then the daily reminder sweep over the same 108,000 tasks (seconds and SQL statements per sweep,
# budget 5 s) and the statements per second an idle Hangfire server adds (budget 20/s, read from
# pg_stat_statements, which the throwaway cluster loads).
# Arguments go to the benchmark: --iterations N (default 540), --warmup N (default 270),
# --only readiness|reminders|exports|seasons|imports|report|trends|resources, --sweep-rounds N (default 3), --idle-seconds N (default 60),
# --export-rounds N (default 20: measured exports of one governorate's 4,000 tasks per format, budget 2 s),
# --season-rounds N (default 5: seasons opened from a 4,000-task governorate's plan with carry-forward, budget 2 s),
# --import-rounds N (default 3: 5,000-row task imports, preview + apply, budget 5 s; run last, they add tasks);
# --report-rounds N (default 270: readiness reports of one governorate, dashboard figures + lists, budget p95 100 ms);
# anything else prints the usage.
# Exit code: 0 all within budget, 1 a budget missed, 2 bad arguments, other: an error.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
command -v dotnet >/dev/null 2>&1 \
  || { echo "[bench] ERROR: the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first." >&2; exit 1; }
export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}
exec dotnet run -c Release --project tests/Preparedness.Benchmarks -- "$@"
