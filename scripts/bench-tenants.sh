#!/usr/bin/env bash
# The 1,515-tenant benchmark of OpenRegion.Cms: `bash scripts/bench-tenants.sh`
#
# On SQLite, in a fresh data directory: the platform sets up the demo (the region, 5 provinces, 3 communes), then the
# CLI onboards 11 more regions and 1,500 more communes from one CSV file with the commune recipe (12 regions + 1,503
# communes in all), then the host is started again and each new tenant's home page is requested once, never visited
# before, one after the other on one keep-alive connection. Prints: onboarding time per tenant; the host's resident
# memory before the first request to a new tenant and after the last one (growth in total and per tenant); and the
# latency of those first requests (median, p95, max). Goals: growth < 300 MB (< 200 KB per tenant), p95 < 100 ms,
# onboarding one commune < 1 s.
#
# Environment: BENCH_COMMUNES (default 1500), BENCH_REGIONS (default 11), BENCH_READY_TIMEOUT (default 300 s),
# BENCH_KEEP=1 keeps the temporary directory (data, logs, the first requests' timings in first.txt).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 LC_ALL=C

COMMUNES="${BENCH_COMMUNES:-1500}"
REGIONS="${BENCH_REGIONS:-11}"
READY_TIMEOUT="${BENCH_READY_TIMEOUT:-300}"

log() { printf '[bench-tenants.sh] %s\n' "$*" >&2; }
die() {
    printf '[bench-tenants.sh] FAILED: %s\n' "$*" >&2
    exit 1
}

command -v curl >/dev/null 2>&1 || die "curl is needed"
BENCH_TMP="$(mktemp -d "${TMPDIR:-/tmp}/openregion-bench-tenants.XXXXXX")"
SERVER_PID=""
SERVER_LOG="$BENCH_TMP/server.log"

# shellcheck disable=SC2317 # invoked by traps
stop_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

# shellcheck disable=SC2317
cleanup() {
    local status=$?
    set +e
    stop_server
    if [[ $status -ne 0 && -s $SERVER_LOG ]]; then
        log "last lines of the server log:"
        tail -n 40 "$SERVER_LOG" >&2
    fi
    if [[ -n ${BENCH_KEEP:-} ]]; then
        log "kept: $BENCH_TMP"
    else
        rm -rf "$BENCH_TMP"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT=""
for candidate in $(seq 58280 58379); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        PORT=$candidate
        break
    fi
done
[[ -n $PORT ]] || die "no free loopback port found"
BASE="http://127.0.0.1:$PORT"
DATA="$BENCH_TMP/data"
mkdir -p "$DATA"
export OpenRegion__DataDirectory="$DATA" OpenRegion__Admin__Email=admin@example.test OpenRegion__Admin__Password='Bench-Passw0rd!'
export Serilog__MinimumLevel__Default=Warning Logging__LogLevel__Default=Warning

log "publishing the host and the CLI (Release)"
dotnet publish src/OpenRegion.Cms.Web -c Release -o "$BENCH_TMP/app" >"$BENCH_TMP/publish.log" 2>&1 || { cat "$BENCH_TMP/publish.log" >&2; die "publish failed"; }
dotnet publish src/OpenRegion.Cms.Cli -c Release -o "$BENCH_TMP/cli" >>"$BENCH_TMP/publish.log" 2>&1 || { cat "$BENCH_TMP/publish.log" >&2; die "publish failed"; }

start_server() {
    (cd "$BENCH_TMP/app" && exec dotnet "$BENCH_TMP/app/OpenRegion.Cms.Web.dll" --urls "$BASE") >>"$SERVER_LOG" 2>&1 </dev/null &
    SERVER_PID=$!
    local deadline=$((SECONDS + READY_TIMEOUT))
    while :; do
        kill -0 "$SERVER_PID" 2>/dev/null || { SERVER_PID=""; die "the server exited during start-up"; }
        if [[ "$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$BASE/health/ready" || true)" == 200 \
            && "$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$BASE/beni-mellal/" || true)" == 200 ]]; then
            return
        fi
        ((SECONDS < deadline)) || die "not ready after ${READY_TIMEOUT}s"
        sleep 1
    done
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

log "first run: the demo region, provinces and communes"
start_server
stop_server

log "writing the CSV: $REGIONS regions and $COMMUNES communes"
CSV="$BENCH_TMP/tenants.csv"
{
    echo "id,name_ar,name_fr,kind,parent,population,prefix,recipe"
    for r in $(seq 2 $((REGIONS + 1))); do
        printf 'region-%02d,جهة %d,Région %d,Region,,%d,region-%02d,\n' "$r" "$r" "$r" $((900000 + r * 1000)) "$r"
    done
    provinces=(province-beni-mellal province-azilal province-fquih-ben-salah province-khenifra province-khouribga)
    for c in $(seq 1 "$COMMUNES"); do
        printf 'c%04d,جماعة %d,Commune %d,Commune,%s,%d,c%04d,commune\n' "$c" "$c" "$c" "${provinces[$((c % 5))]}" $((3000 + (c * 7919) % 90000)) "$c"
    done
} >"$CSV"

log "onboarding them with the CLI (commune recipe for the communes)"
onboard_start=$SECONDS
(cd "$BENCH_TMP/cli" && dotnet openregion.dll tenants create --from-csv "$CSV") | tee "$BENCH_TMP/onboard.log" >&2
onboard_line="$(tail -n 1 "$BENCH_TMP/onboard.log")"
TOTAL_TENANTS="$(cd "$BENCH_TMP/cli" && dotnet openregion.dll tenants list | wc -l)"

log "second run: $TOTAL_TENANTS tenants; warming up the host on the demo's pages"
start_server
for _ in $(seq 1 20); do
    for path in / /beni-mellal/ /azilal/ /khouribga/ /province-azilal/; do
        curl -s -o /dev/null "$BASE$path?culture=fr"
        curl -s -o /dev/null "$BASE$path"
    done
done
sleep 5
rss_before="$(rss_kb "$SERVER_PID")"

log "requesting each new tenant's home page once"
CONFIG="$BENCH_TMP/curl.config"
{
    for r in $(seq 2 $((REGIONS + 1))); do printf 'url = "%s/region-%02d/"\noutput = "/dev/null"\n' "$BASE" "$r"; done
    for c in $(seq 1 "$COMMUNES"); do printf 'url = "%s/c%04d/"\noutput = "/dev/null"\n' "$BASE" "$c"; done
} >"$CONFIG"
curl -s -K "$CONFIG" -w '%{http_code} %{time_total}\n' >"$BENCH_TMP/first.txt"
sleep 5
rss_after="$(rss_kb "$SERVER_PID")"

requests="$(wc -l <"$BENCH_TMP/first.txt")"
bad="$(awk '$1 != 200' "$BENCH_TMP/first.txt" | wc -l)"
((bad == 0)) || die "$bad first requests did not answer 200"
read -r p50 p95 pmax < <(awk '{ print $2 * 1000 }' "$BENCH_TMP/first.txt" | sort -g | awk '{ v[NR] = $1 } END { printf "%.1f %.1f %.1f\n", v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }')
growth_kb=$((rss_after - rss_before))

printf '\n'
printf 'tenants on the node:        %s\n' "$TOTAL_TENANTS"
printf 'onboarding (CLI, bulk):     %s  (%ss in all)\n' "$onboard_line" "$((SECONDS - onboard_start))"
printf 'resident memory:            %d MB before the first new tenant, %d MB after %s first requests\n' $((rss_before / 1024)) $((rss_after / 1024)) "$requests"
printf 'growth:                     %d MB in all, %d KB per tenant (goal < 300 MB, < 200 KB)\n' $((growth_kb / 1024)) $((growth_kb / requests))
printf 'first request of a tenant:  median %s ms, p95 %s ms, max %s ms (goal p95 < 100 ms)\n' "$p50" "$p95" "$pmax"
