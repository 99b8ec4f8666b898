#!/usr/bin/env bash
# The documented benchmark of OpenRegion.Cms: `bash scripts/bench.sh`
#
# Publishes the web app in Release, starts it on a free loopback port with a fresh data directory,
# waits until it and the demo tenants are ready, then measures with wrk, alternating
# /health/live and a tenant home page (3 rounds each, after a 5 s warm-up of both), and prints
# every round, the medians and the ratio home/health (goal: >= 30 %).
#
# Environment:
#   DURATION        seconds per measured round (default 15)
#   BENCH_PATH      tenant page to measure (default /beni-mellal/)
#   BENCH_THREADS   wrk threads (default 2)       BENCH_CONNECTIONS  wrk connections (default 64)
#   BENCH_ENFORCE_GOAL=1   exit 3 when the ratio is below the goal
#   BENCH_READY_TIMEOUT    seconds to wait for the server and the tenant page (default 120)
# Any non-2xx/3xx response or a server that does not come up makes the script fail (exit 1).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export LC_ALL=C

DURATION="${DURATION:-15}"
BENCH_PATH="${BENCH_PATH:-/beni-mellal/}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
ROUNDS=3
GOAL_PERCENT=30
READY_TIMEOUT="${BENCH_READY_TIMEOUT:-120}"

log() { printf '[bench.sh] %s\n' "$*" >&2; }
die() {
    printf '[bench.sh] FAILED: %s\n' "$*" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
SUDO=()
if [[ ${EUID} -ne 0 ]]; then
    SUDO=(sudo)
fi
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if ((${#missing[@]} > 0)); then
    log "installing: ${missing[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---------------------------------------------------------------------------------------------
# Temporary directory, server lifecycle
# ---------------------------------------------------------------------------------------------
BENCH_TMP="$(mktemp -d "${TMPDIR:-/tmp}/openregion-bench.XXXXXX")"
SERVER_PID=""
SERVER_LOG="$BENCH_TMP/server.log"

# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
    local status=$?
    set +e
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    if [[ $status -ne 0 && -s $SERVER_LOG ]]; then
        log "last lines of the server log:"
        tail -n 40 "$SERVER_LOG" >&2
    fi
    rm -rf "$BENCH_TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        return 0
    fi
    if command -v ss >/dev/null 2>&1 && ss -Htln "sport = :$1" 2>/dev/null | grep -q .; then
        return 0
    fi
    return 1
}

PORT=""
for candidate in $(seq 58080 58179); do
    if ! port_in_use "$candidate"; then
        PORT=$candidate
        break
    fi
done
[[ -n $PORT ]] || die "no free loopback port found"
BASE="http://127.0.0.1:$PORT"

log "publishing src/OpenRegion.Cms.Web (Release)"
if ! dotnet publish src/OpenRegion.Cms.Web -c Release -o "$BENCH_TMP/app" >"$BENCH_TMP/publish.log" 2>&1; then
    cat "$BENCH_TMP/publish.log" >&2
    die "dotnet publish failed"
fi

log "starting the server on $BASE"
mkdir -p "$BENCH_TMP/data"
(
    cd "$BENCH_TMP/app"
    exec env \
        OpenRegion__DataDirectory="$BENCH_TMP/data" \
        OpenRegion__Admin__Email=admin@example.test \
        OpenRegion__Admin__Password='Bench-Passw0rd!' \
        Serilog__MinimumLevel__Default=Warning \
        Logging__LogLevel__Default=Warning \
        dotnet "$BENCH_TMP/app/OpenRegion.Cms.Web.dll" --urls "$BASE"
) >"$SERVER_LOG" 2>&1 </dev/null &
SERVER_PID=$!

http_status() {
    curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$1" 2>/dev/null || true
}

# Ready means: /health/ready answers 200 and the tenant page answers 200
# (the demo tenants initialize in the background after start; 503 means still initializing).
start_time=$SECONDS
deadline=$((start_time + READY_TIMEOUT))
while :; do
    kill -0 "$SERVER_PID" 2>/dev/null || { SERVER_PID=""; die "the server exited during start-up"; }
    ready="$(http_status "$BASE/health/ready")"
    home="$(http_status "$BASE$BENCH_PATH")"
    if [[ $ready == 200 && $home == 200 ]]; then
        break
    fi
    if ((SECONDS >= deadline)); then
        die "not ready after ${READY_TIMEOUT}s (/health/ready: $ready, $BENCH_PATH: $home)"
    fi
    sleep 1
done
log "server ready after $((SECONDS - start_time))s"

# ---------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------
# run_wrk URL SECONDS -> prints Requests/sec; fails loudly on non-2xx/3xx responses.
run_wrk() {
    local url=$1 seconds=$2 out rps non2xx sockerr
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$url" 2>&1)" ||
        die "wrk failed on $url: $out"
    printf '%s\n' "$out" >>"$BENCH_TMP/wrk.log"
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    [[ -n $rps ]] || die "no Requests/sec in wrk output for $url: $out"
    non2xx="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' <<<"$out")"
    if [[ -n $non2xx && $non2xx != 0 ]]; then
        printf '%s\n' "$out" >&2
        die "$non2xx non-2xx/3xx responses from $url"
    fi
    sockerr="$(grep -E '^[[:space:]]*Socket errors:' <<<"$out" || true)"
    if [[ -n $sockerr ]]; then
        log "warning ($url):${sockerr}"
    fi
    printf '%s\n' "$rps"
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

HEALTH_URL="$BASE/health/live"
HOME_URL="$BASE$BENCH_PATH"

log "warm-up: 5s on /health/live, 5s on $BENCH_PATH"
run_wrk "$HEALTH_URL" 5 >/dev/null
run_wrk "$HOME_URL" 5 >/dev/null

health_rps=()
home_rps=()
for round in $(seq 1 "$ROUNDS"); do
    r="$(run_wrk "$HEALTH_URL" "$DURATION")"
    health_rps+=("$r")
    printf 'round %d  /health/live: %10.1f req/s\n' "$round" "$r"
    r="$(run_wrk "$HOME_URL" "$DURATION")"
    home_rps+=("$r")
    printf 'round %d  %s: %10.1f req/s\n' "$round" "$BENCH_PATH" "$r"
done

health_median="$(median "${health_rps[@]}")"
home_median="$(median "${home_rps[@]}")"
ratio="$(awk -v a="$home_median" -v b="$health_median" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else print "0.0" }')"

echo
printf 'median /health/live: %.1f req/s (%s)\n' "$health_median" "${health_rps[*]}"
printf 'median %s: %.1f req/s (%s)\n' "$BENCH_PATH" "$home_median" "${home_rps[*]}"
printf 'ratio home/health: %s%%\n' "$ratio"
printf 'home page: %.0f req/s, /health/live: %.0f req/s, ratio %s%% (goal >= %d%%)\n' \
    "$home_median" "$health_median" "$ratio" "$GOAL_PERCENT"

if [[ ${BENCH_ENFORCE_GOAL:-0} == 1 ]] && awk -v r="$ratio" -v g="$GOAL_PERCENT" 'BEGIN { exit !(r < g) }'; then
    log "ratio $ratio% is below the goal of $GOAL_PERCENT%"
    exit 3
fi
