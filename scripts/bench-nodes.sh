#!/usr/bin/env bash
# Two nodes against one under the same load: `bash scripts/bench-nodes.sh`   (about 4 minutes)
#
# Starts a throw-away PostgreSQL and Redis (scripts/test.sh, reused for that), publishes the platform, starts node A
# (which sets up the demo) and then node B on the same database, Redis and shared folder, and puts nginx in front as
# the load balancer (round robin, keep-alive). Then, in one run, for each page below and in alternating rounds:
#   - one node:  nginx → A, A pinned to CPU 0;
#   - two nodes: nginx → A and B, A pinned to CPU 0, B to CPU 1;
# wrk (BENCH_CONNECTIONS=64 connections, BENCH_SECONDS=10 per round, BENCH_ROUNDS=3) through nginx. nginx, wrk and
# PostgreSQL are not pinned: they share the two CPUs with the nodes, as a small deployment's load balancer and
# database would not. Prints requests/s (median of the rounds) and p99 per set-up, and the ratio two/one per page.
# Between rounds it also checks the cluster: a change made on A (a feature switched off) must be seen on B.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 LC_ALL=C

log() { printf '[bench-nodes.sh] %s\n' "$*" >&2; }
die() {
    printf '[bench-nodes.sh] FAILED: %s\n' "$*" >&2
    exit 1
}

# First the servers: run again under scripts/test.sh, which starts them and exports where they are.
if [[ -z ${OPENREGION_TEST_POSTGRES:-} || -z ${OPENREGION_TEST_REDIS:-} ]]; then
    SUDO=()
    [[ ${EUID} -ne 0 ]] && SUDO=(sudo)
    missing=()
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
    if ((${#missing[@]} > 0)); then
        log "installing: ${missing[*]}"
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    OPENREGION_WITH_POSTGRES_RUN="bash '$REPO_ROOT/scripts/bench-nodes.sh'" exec bash scripts/test.sh
fi

SECONDS_PER_ROUND="${BENCH_SECONDS:-10}"
ROUNDS="${BENCH_ROUNDS:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
PAGES=("/beni-mellal/" "/beni-mellal/news/programme-communes-ouvertes-objectifs-principes-methode" "/beni-mellal/petitions")

BENCH_TMP="$(mktemp -d "${TMPDIR:-/tmp}/openregion-bench-nodes.XXXXXX")"
PIDS=()
NGINX_PID=""

# shellcheck disable=SC2317 # invoked by traps
cleanup() {
    local status=$?
    set +e
    [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null
    for pid in "${PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null
    done
    if [[ $status -ne 0 ]]; then
        for f in "$BENCH_TMP"/node-*.log "$BENCH_TMP"/nginx-error.log; do
            [[ -s $f ]] && { log "last lines of $f:"; tail -n 30 "$f" >&2; }
        done
    fi
    rm -rf "$BENCH_TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local p
    for p in $(seq "$1" $(($1 + 99))); do
        port_in_use "$p" || { echo "$p"; return; }
    done
    die "no free port from $1"
}
http_status() { curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$@" 2>/dev/null || true; }

log "publishing src/OpenRegion.Cms.Web (Release)"
dotnet publish src/OpenRegion.Cms.Web -c Release -o "$BENCH_TMP/app" >"$BENCH_TMP/publish.log" 2>&1 || { cat "$BENCH_TMP/publish.log" >&2; die "dotnet publish failed"; }

DB="openregion_bench_nodes"
PGPASSWORD=openregion "$OPENREGION_TEST_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$OPENREGION_TEST_PG_PORT" -U openregion -d postgres \
    -c "CREATE DATABASE $DB" >/dev/null || die "could not create the database"
CONNECTION="Host=127.0.0.1;Port=$OPENREGION_TEST_PG_PORT;Username=openregion;Password=openregion;Database=$DB;Maximum Pool Size=100"
mkdir -p "$BENCH_TMP/shared"

# start_node NAME PORT CPU
start_node() {
    mkdir -p "$BENCH_TMP/data-$1"
    (
        cd "$BENCH_TMP/app"
        exec taskset -c "$3" env \
            OpenRegion__DataDirectory="$BENCH_TMP/data-$1" \
            OpenRegion__SharedDirectory="$BENCH_TMP/shared" \
            OpenRegion__Database__Provider=Postgres \
            ConnectionStrings__OpenRegion="$CONNECTION" \
            ConnectionStrings__Redis="$OPENREGION_TEST_REDIS" \
            OpenRegion__Cluster__Name=bench \
            OpenRegion__Admin__Email=admin@example.test \
            OpenRegion__Admin__Password='Bench-Passw0rd!' \
            Serilog__MinimumLevel__Default=Warning \
            dotnet OpenRegion.Cms.Web.dll --urls "http://127.0.0.1:$2"
    ) >"$BENCH_TMP/node-$1.log" 2>&1 </dev/null &
    PIDS+=($!)
    local deadline=$((SECONDS + 180))
    until [[ $(http_status "http://127.0.0.1:$2/health/ready") == 200 && $(http_status "http://127.0.0.1:$2${PAGES[0]}") == 200 ]]; do
        ((SECONDS < deadline)) || die "node $1 not ready after 180 s"
        sleep 1
    done
    log "node $1 ready on 127.0.0.1:$2 (CPU $3)"
}

PORT_A="$(free_port 58280)"
start_node a "$PORT_A" 0
PORT_B="$(free_port $((PORT_A + 1)))"
start_node b "$PORT_B" 1
PORT_LB="$(free_port $((PORT_B + 1)))"

# nginx_with UPSTREAMS...: (re)starts nginx as the load balancer of those ports.
nginx_with() {
    [[ -n $NGINX_PID ]] && { kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; }
    local servers="" port
    for port in "$@"; do servers+="server 127.0.0.1:$port; "; done
    mkdir -p "$BENCH_TMP/nginx"
    cat >"$BENCH_TMP/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $BENCH_TMP/nginx/nginx.pid;
error_log $BENCH_TMP/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    upstream nodes { $servers keepalive 128; }
    server {
        listen 127.0.0.1:$PORT_LB;
        location / {
            proxy_pass http://nodes;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
        }
    }
}
EOF
    nginx -p "$BENCH_TMP/nginx" -c "$BENCH_TMP/nginx/nginx.conf" 2>>"$BENCH_TMP/nginx-error.log" &
    NGINX_PID=$!
    local deadline=$((SECONDS + 20))
    until [[ $(http_status "http://127.0.0.1:$PORT_LB/health/ready") == 200 ]]; do
        ((SECONDS < deadline)) || die "nginx did not start"
        sleep 0.2
    done
}

# CPU time (clock ticks, user + system) the nodes have used so far.
node_ticks() {
    local pid total=0
    for pid in "${PIDS[@]}"; do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
    done
    echo "$total"
}
TICKS_PER_SECOND="$(getconf CLK_TCK)"

# run_wrk URL → "rps p99ms cpu-ms-per-1000-requests"
run_wrk() {
    local out rps p99 non2xx requests before after
    before="$(node_ticks)"
    out="$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUND}s" --latency "$1" 2>&1)" || die "wrk failed: $out"
    after="$(node_ticks)"
    requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    p99="$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' <<<"$out")"
    non2xx="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' <<<"$out")"
    [[ -z $non2xx || $non2xx == 0 ]] || die "$non2xx non-2xx responses from $1"
    echo "$rps $p99 $(awk -v t=$((after - before)) -v hz="$TICKS_PER_SECOND" -v n="$requests" 'BEGIN { printf "%.1f", t * 1000 / hz / n * 1000 }')"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The cluster works before it is measured: a feature switched off through A is gone on B.
check_cluster() {
    local jar="$BENCH_TMP/cookies" token
    rm -f "$jar"
    token="$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT_A/account/login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)"
    [[ $(http_status -c "$jar" -b "$jar" --data-urlencode "Input.Email=admin@example.test" --data-urlencode "Input.Password=Bench-Passw0rd!" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$PORT_A/account/login") == 302 ]] || die "log-in on A failed"
    # Signed in on A, the page of features opens on B: the keys are shared.
    token="$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT_B/beni-mellal/admin/features" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)"
    [[ -n $token ]] || die "signed in on A, not on B"
    local started=$SECONDS
    [[ $(http_status -c "$jar" -b "$jar" --data "feature=OpenRegion.Petitions&enable=false&__RequestVerificationToken=$token" "http://127.0.0.1:$PORT_A/beni-mellal/admin/features") == 200 ]] || die "switching a feature off on A failed"
    until [[ $(http_status "http://127.0.0.1:$PORT_B/beni-mellal/petitions") == 404 ]]; do
        ((SECONDS - started < 2)) || die "B did not see A's change within 2 s"
        sleep 0.05
    done
    [[ $(http_status -c "$jar" -b "$jar" --data "feature=OpenRegion.Petitions&enable=true&__RequestVerificationToken=$token" "http://127.0.0.1:$PORT_A/beni-mellal/admin/features") == 200 ]] || die "switching it on again failed"
    until [[ $(http_status "http://127.0.0.1:$PORT_B/beni-mellal/petitions") == 200 ]]; do
        ((SECONDS - started < 4)) || die "B did not see A's second change within 2 s"
        sleep 0.05
    done
    log "cluster checked: signed in on A, served on B; a feature switched off and on through A seen on B"
}
check_cluster

declare -A RPS P99 CPU
for page in "${PAGES[@]}"; do
    for setup in one two; do RPS["$setup $page"]=""; P99["$setup $page"]=""; CPU["$setup $page"]=""; done
done

for round in $(seq 1 "$ROUNDS"); do
    for setup in one two; do
        if [[ $setup == one ]]; then nginx_with "$PORT_A"; else nginx_with "$PORT_A" "$PORT_B"; fi
        for page in "${PAGES[@]}"; do
            wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$PORT_LB$page" >/dev/null 2>&1 # warm-up
            read -r rps p99 cpu < <(run_wrk "http://127.0.0.1:$PORT_LB$page")
            RPS["$setup $page"]+="$rps"$'\n'
            P99["$setup $page"]+="$p99"$'\n'
            CPU["$setup $page"]+="$cpu"$'\n'
            log "round $round, $setup node(s), $page: $rps req/s, p99 $p99 ms, nodes' CPU $cpu ms per 1000 requests"
        done
    done
done

printf '\n%-24s %11s %8s %9s %11s %8s %9s %7s\n' "page (medians)" "one: req/s" "p99 ms" "CPU/1000" "two: req/s" "p99 ms" "CPU/1000" "ratio"
for page in "${PAGES[@]}"; do
    one="$(printf '%s' "${RPS["one $page"]}" | median)"
    two="$(printf '%s' "${RPS["two $page"]}" | median)"
    printf '%-24s %11.0f %8.1f %9.0f %11.0f %8.1f %9.0f %7.2f\n' "${page:0:24}" "$one" "$(printf '%s' "${P99["one $page"]}" | median)" "$(printf '%s' "${CPU["one $page"]}" | median)" \
        "$two" "$(printf '%s' "${P99["two $page"]}" | median)" "$(printf '%s' "${CPU["two $page"]}" | median)" "$(awk -v a="$two" -v b="$one" 'BEGIN { print a / b }')"
done
log "$ROUNDS rounds of ${SECONDS_PER_ROUND}s, $CONNECTIONS connections; CPU/1000: the nodes' CPU time (ms) per 1,000 requests"
