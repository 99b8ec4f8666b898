#!/usr/bin/env bash
# The outbox benchmark: `bash scripts/bench-outbox.sh`
#
# Starts a throw-away PostgreSQL server (as scripts/test.sh does, which it reuses for that), turns fsync and
# synchronous commits back on, and runs benchmarks/OpenRegion.Cms.OutboxBenchmark in Release:
#   1. throughput: OUTBOX_EVENTS (default 20,000) events over ten tenants, drained by one dispatcher with a no-op handler;
#   2. delay: one event committed every 20 ms for 10 s while a dispatcher runs as in the host; p50 and p99 of the
#      time from the committing save to the handler.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
dotnet build benchmarks/OpenRegion.Cms.OutboxBenchmark -c Release -v q -nologo >/dev/null
OPENREGION_WITH_POSTGRES_RUN="dotnet benchmarks/OpenRegion.Cms.OutboxBenchmark/bin/Release/net10.0/OpenRegion.Cms.OutboxBenchmark.dll" \
    bash scripts/test.sh
