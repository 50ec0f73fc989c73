#!/usr/bin/env bash
# docker-workspaces.sh [BENCH OPTIONS] — the benchmark with Docker workspace figures: starts an
# isolated engine (tools/refdocker/start.sh), builds the workspace image into it offline, runs
# bench/LabHost.Bench against it beside the simulated workspace, and stops the engine. Needs root.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/labhost-bench-engine.XXXXXX)
trap '"$ROOT/tools/refdocker/stop.sh" "$work/engine"; rm -rf "$work"' EXIT
host=$("$ROOT/tools/refdocker/start.sh" "$work/engine")
"$ROOT/tools/workspace-image/build.sh" --engine "$host" >/dev/null
dotnet run -c Release --project "$ROOT/bench/LabHost.Bench" -- --real-docker-host "$host" --docker-workspaces-host "$host" "$@"
