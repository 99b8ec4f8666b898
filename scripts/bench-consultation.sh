#!/usr/bin/env bash
# A consultation under load: `bash scripts/bench-consultation.sh`   (about 3 minutes; LOAD_CLIENTS=64, LOAD_CONTRIBUTIONS=10000, LOAD_SECONDS=15;
# LOAD_ONLY=signed runs only the targets whose names contain that word)
#
# Starts a throw-away PostgreSQL server (as scripts/test.sh does, which it reuses for that), turns fsync and
# synchronous commits back on, builds the platform and runs benchmarks/OpenRegion.Cms.ConsultationLoad, which starts
# the platform as its own process on PostgreSQL with the demo tenants, puts 10,000 contributions on Béni Mellal's
# consultation, and with 64 concurrent clients over HTTP measures, each right after the host's bare /health/live:
# the consultation page (anonymous, signed in, and an old page of comments) and posting comments.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
dotnet build src/OpenRegion.Cms.Web -c Release -v q -nologo >/dev/null
dotnet build benchmarks/OpenRegion.Cms.ConsultationLoad -c Release -v q -nologo >/dev/null
export STORM_HOST_DLL="$REPO_ROOT/src/OpenRegion.Cms.Web/bin/Release/net10.0/OpenRegion.Cms.Web.dll"
OPENREGION_WITH_POSTGRES_RUN="cd '$REPO_ROOT/src/OpenRegion.Cms.Web/bin/Release/net10.0' && dotnet '$REPO_ROOT/benchmarks/OpenRegion.Cms.ConsultationLoad/bin/Release/net10.0/OpenRegion.Cms.ConsultationLoad.dll'" \
    bash scripts/test.sh
