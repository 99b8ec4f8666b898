#!/usr/bin/env bash
# The ballot storm: `bash scripts/bench-ballots.sh`   (about 3 minutes; STORM_CLIENTS=64, STORM_VOTERS=640, STORM_SECONDS=15)
#
# Starts a throw-away PostgreSQL server (as scripts/test.sh does, which it reuses for that), turns fsync and
# synchronous commits back on, builds the platform and runs benchmarks/OpenRegion.Cms.BallotStorm, which starts the
# platform as its own process on PostgreSQL with the demo tenants and then, with 64 concurrent clients over HTTP:
#   1. citizens voting online (signed in beforehand, not timed): ballots/s, p50/p99 of ballot + receipt page;
#   2. clerks recording paper ballots at counters for new identity cards, for STORM_SECONDS;
#   3. the same while the platform, then PostgreSQL, are killed with SIGKILL and restarted;
#   4. pgbench's rate of a plain single-row insert (same unique index) on the same server, same clients.
# After each storm it checks that every receipt returned is a stored ballot and that no voter has two.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
dotnet build src/OpenRegion.Cms.Web -c Release -v q -nologo >/dev/null
dotnet build benchmarks/OpenRegion.Cms.BallotStorm -c Release -v q -nologo >/dev/null
export STORM_HOST_DLL="$REPO_ROOT/src/OpenRegion.Cms.Web/bin/Release/net10.0/OpenRegion.Cms.Web.dll"
OPENREGION_WITH_POSTGRES_RUN="cd '$REPO_ROOT/src/OpenRegion.Cms.Web/bin/Release/net10.0' && dotnet '$REPO_ROOT/benchmarks/OpenRegion.Cms.BallotStorm/bin/Release/net10.0/OpenRegion.Cms.BallotStorm.dll'" \
    bash scripts/test.sh
