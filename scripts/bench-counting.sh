#!/usr/bin/env bash
# The counting benchmark: `bash scripts/bench-counting.sh [--quick | --file X.pb | BenchmarkDotNet arguments]`
#
# Builds benchmarks/OpenRegion.Cms.CountingBenchmark in Release and runs it (BenchmarkDotNet, 1 warm-up and 7 measured
# iterations each, about a minute on a 2-core machine):
#   1. Equal Shares with add-one completion on ../shared/pabulib/Poland_Warszawa_2023_Ursus.pb (4,519 voters, 72 projects);
#   2. greedy on a generated 100,000-voter x 150-project approval election (no votes column: the ballots are counted);
#   3. Equal Shares with add-one on that generated election.
# Parsing is not timed. --quick times a few runs of each with a stopwatch instead (seconds).
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build benchmarks/OpenRegion.Cms.CountingBenchmark -c Release -v q -nologo >/dev/null
cd benchmarks/OpenRegion.Cms.CountingBenchmark
exec dotnet bin/Release/net10.0/OpenRegion.Cms.CountingBenchmark.dll "$@"
