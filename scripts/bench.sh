#!/usr/bin/env bash
# The documented benchmark of OpenRegion.Cms: `bash scripts/bench.sh`
#
# Publishes the web app in Release, starts it on a free loopback port with a fresh data directory,
# waits until it and the demo tenants are ready, then measures with wrk, in 5 rounds after a warm-up:
# /health/live, a news page from the output cache, the same page rendered on every request (uncached),
# and the same two for a home page; each target right after a /health/live run of its own. Prints every round, then
# per target the median req/s, the median of its ratios to the /health/live run just before it, and the median p99.
# Goals: cached >= 80 %, uncached >= 40 %, p99 < 50 ms.
#
# Environment:
#   DURATION        seconds per measured run (default 15)     BENCH_ROUNDS  rounds (default 5)
#   BENCH_PATH      first tenant page to measure (default: a French-slug news page of Beni Mellal)
#   BENCH_PATH2     second page (default /beni-mellal/; empty to skip)
#   BENCH_THREADS   wrk threads (default 2)       BENCH_CONNECTIONS  wrk connections (default 64)
#   BENCH_ENFORCE_GOAL=1   exit 3 when a target misses its goal
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
BENCH_PATH="${BENCH_PATH:-/beni-mellal/news/programme-communes-ouvertes-objectifs-principes-methode}"
BENCH_PATH2="${BENCH_PATH2-/beni-mellal/}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
ROUNDS="${BENCH_ROUNDS:-5}"
GOAL_PERCENT=80
GOAL_UNCACHED_PERCENT=40
GOAL_P99_MS=50
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
        OpenRegion__PublicCache__BypassHeader=X-OpenRegion-Bench-NoCache \
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
# run_wrk URL SECONDS [HEADER] -> prints "Requests/sec p99-ms"; fails loudly on non-2xx/3xx responses.
run_wrk() {
    local url=$1 seconds=$2 header=${3:-} out rps p99 non2xx sockerr
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency)
    [[ -n $header ]] && args+=(-H "$header")
    out="$(wrk "${args[@]}" "$url" 2>&1)" || die "wrk failed on $url: $out"
    printf '%s\n' "$out" >>"$BENCH_TMP/wrk.log"
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    [[ -n $rps ]] || die "no Requests/sec in wrk output for $url: $out"
    # wrk prints the 99th percentile as e.g. "99%   12.34ms" (or us / s); convert to ms.
    p99="$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' <<<"$out")"
    non2xx="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' <<<"$out")"
    if [[ -n $non2xx && $non2xx != 0 ]]; then
        printf '%s\n' "$out" >&2
        die "$non2xx non-2xx/3xx responses from $url"
    fi
    sockerr="$(grep -E '^[[:space:]]*Socket errors:' <<<"$out" || true)"
    if [[ -n $sockerr ]]; then
        log "warning ($url):${sockerr}"
    fi
    printf '%s %s\n' "$rps" "${p99:-0}"
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Targets: label, path, extra header. "uncached" sends the header the server was told (OpenRegion:PublicCache:BypassHeader)
# to honour: the page is rendered on every request, as for a signed-in visitor, on the same server and in the same run.
LABELS=("/health/live" "$BENCH_PATH" "$BENCH_PATH (uncached)")
PATHS=("/health/live" "$BENCH_PATH" "$BENCH_PATH")
HEADERS=("" "" "X-OpenRegion-Bench-NoCache: 1")
if [[ -n $BENCH_PATH2 ]]; then
    LABELS+=("$BENCH_PATH2" "$BENCH_PATH2 (uncached)")
    PATHS+=("$BENCH_PATH2" "$BENCH_PATH2")
    HEADERS+=("" "X-OpenRegion-Bench-NoCache: 1")
fi

# Warm-up: a page rendered on every request runs much more code than the cache does; it gets long enough for the
# JIT's tiered compilation to finish (a 5 s warm-up left the first measured round ~20 % low).
log "warm-up: 5s on each cached target, 15s on each uncached one"
for i in "${!PATHS[@]}"; do
    warm=5
    [[ -n ${HEADERS[$i]} ]] && warm=15
    run_wrk "$BASE${PATHS[$i]}" "$warm" "${HEADERS[$i]}" >/dev/null
done

# Each target is measured right after its own /health/live run, and its ratio is taken within that pair: the
# machine's speed drifts by 10-20 % over a run (other work on the host), which a ratio of medians taken minutes
# apart would mix into the result. Reported: median req/s, median of the per-pair ratios, median p99.
declare -A RPS P99 RATIO
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!PATHS[@]}"; do
        ((i == 0)) && continue
        read -r hr hl < <(run_wrk "$BASE${PATHS[0]}" "$DURATION" "")
        read -r r l < <(run_wrk "$BASE${PATHS[$i]}" "$DURATION" "${HEADERS[$i]}")
        RPS[0]+="$hr "
        P99[0]+="$hl "
        RPS[$i]+="$r "
        P99[$i]+="$l "
        RATIO[$i]+="$(awk -v a="$r" -v b="$hr" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else print "0.0" }') "
        printf 'round %d  %-60s %10.1f req/s  p99 %7.2f ms   (/health/live just before: %.1f req/s)\n' "$round" "${LABELS[$i]}" "$r" "$l" "$hr"
    done
done

echo
printf '%-62s %12s %8s %10s\n' "target" "median req/s" "ratio" "p99 (ms)"
failed=0
for i in "${!PATHS[@]}"; do
    m="$(median ${RPS[$i]})"
    p="$(median ${P99[$i]})"
    if ((i == 0)); then
        ratio="100.0"
    else
        ratio="$(median ${RATIO[$i]})"
    fi
    printf '%-62s %12.1f %7.1f%% %10.2f   ratios: %s\n' "${LABELS[$i]}" "$m" "$ratio" "$p" "${RATIO[$i]:-}"
    if ((i > 0)); then
        goal=$GOAL_PERCENT
        [[ ${LABELS[$i]} == *"(uncached)" ]] && goal=$GOAL_UNCACHED_PERCENT
        if awk -v r="$ratio" -v g="$goal" 'BEGIN { exit !(r < g) }' || awk -v p="$p" -v g="$GOAL_P99_MS" 'BEGIN { exit !(p >= g) }'; then
            log "${LABELS[$i]}: ratio $ratio% (goal >= $goal%), p99 $p ms (goal < $GOAL_P99_MS ms) -- below the goal"
            failed=1
        fi
    fi
done

if [[ ${BENCH_ENFORCE_GOAL:-0} == 1 && $failed == 1 ]]; then
    exit 3
fi
