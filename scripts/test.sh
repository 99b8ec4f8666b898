#!/usr/bin/env bash
# The single test command of OpenRegion.Cms: `bash scripts/test.sh [dotnet test arguments...]`
#
# - installs what is missing (PostgreSQL, Redis, Chromium) with apt-get, quietly and only once;
# - starts a throw-away PostgreSQL cluster in a temporary directory on a free loopback port,
#   with a NON-superuser role `openregion` (row-level security is bypassed by superusers);
# - starts a throw-away Redis server on another free loopback port (the several-nodes tests);
# - exports OPENREGION_TEST_POSTGRES, OPENREGION_TEST_POSTGRES_ADMIN, OPENREGION_TEST_REDIS and OPENREGION_CHROMIUM;
# - runs `dotnet test OpenRegion.Cms.sln -c Release "$@"`;
# - prints a closing line `N passed, N failed, N skipped` and exits with dotnet test's exit code;
# - stops both servers and removes the temporary directory on exit, whatever happened.
#
# Extra arguments go to dotnet test, e.g. `bash scripts/test.sh --filter FullyQualifiedName~Tenancy`.
# OPENREGION_TEST_HANG_TIMEOUT (default 15m) aborts a test run that hangs, naming the hung test.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[test.sh] %s\n' "$*" >&2; }
# Fails before any test ran: say why, close with the plain summary line CI reads, exit non-zero.
fail() {
    log "$*"
    echo "0 passed, 1 failed"
    exit 1
}

# ---------------------------------------------------------------------------------------------
# 1. Prerequisites
# ---------------------------------------------------------------------------------------------
SUDO=()
if [[ ${EUID} -ne 0 ]]; then
    SUDO=(sudo)
fi

missing=()
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    missing+=(postgresql)
fi
if ! command -v redis-server >/dev/null 2>&1; then
    missing+=(redis-server)
fi
if ! command -v chromium >/dev/null 2>&1; then
    # Fonts: a headless browser without any font renders pages without text.
    missing+=(chromium fonts-liberation)
fi
if ((${#missing[@]} > 0)); then
    log "installing: ${missing[*]}"
    apt_log="$(mktemp)"
    if ! { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
           "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
           >"$apt_log" 2>&1; then
        cat "$apt_log" >&2
        rm -f "$apt_log"
        fail "apt-get failed"
    fi
    rm -f "$apt_log"
fi

PG_BIN="$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"

# PostgreSQL refuses to run as root: run its server tools as `postgres` when we are root.
as_pg() {
    if [[ ${EUID} -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# ---------------------------------------------------------------------------------------------
# 2. Temporary directory and cleanup
# ---------------------------------------------------------------------------------------------
TEST_TMP="$(mktemp -d "${TMPDIR:-/tmp}/openregion-test.XXXXXX")"
PG_STARTED=0
PGDATA_DIR="$TEST_TMP/pgdata"
PG_SOCK_DIR="$TEST_TMP/sock"
PG_LOG="$TEST_TMP/postgres.log"

# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
    local status=$?
    set +e
    if [[ -n ${REDIS_PID:-} ]]; then
        kill "$REDIS_PID" 2>/dev/null
        wait "$REDIS_PID" 2>/dev/null
    fi
    if [[ $PG_STARTED -eq 1 ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 ||
            log "warning: could not stop the PostgreSQL cluster in $PGDATA_DIR"
    fi
    rm -rf "$TEST_TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ${EUID} -eq 0 ]]; then
    chown postgres: "$TEST_TMP"
    # TMPDIR may be somewhere `postgres` cannot reach (e.g. under /root): fall back to /tmp.
    if ! runuser -u postgres -- test -w "$TEST_TMP"; then
        rm -rf "$TEST_TMP"
        TEST_TMP="$(mktemp -d /tmp/openregion-test.XXXXXX)"
        PGDATA_DIR="$TEST_TMP/pgdata"
        PG_SOCK_DIR="$TEST_TMP/sock"
        PG_LOG="$TEST_TMP/postgres.log"
        chown postgres: "$TEST_TMP"
    fi
fi
as_pg mkdir -p "$PG_SOCK_DIR"

# ---------------------------------------------------------------------------------------------
# 3. Throw-away PostgreSQL cluster
# ---------------------------------------------------------------------------------------------
if ! (cd "$TEST_TMP" && as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync) >"$TEST_TMP/initdb.log" 2>&1; then
    cat "$TEST_TMP/initdb.log" >&2
    fail "initdb failed"
fi

# Durability is worthless for a throw-away test cluster; speed is not.
as_pg tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null <<EOF

# --- scripts/test.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_SOCK_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF

port_in_use() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        return 0
    fi
    if command -v ss >/dev/null 2>&1 && ss -Htln "sport = :$1" 2>/dev/null | grep -q .; then
        return 0
    fi
    return 1
}

PG_PORT=""
for candidate in $(seq 55432 55531); do
    if port_in_use "$candidate"; then
        continue
    fi
    if (cd "$TEST_TMP" && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 \
            -o "-p $candidate" start) >/dev/null 2>&1; then
        PG_PORT=$candidate
        PG_STARTED=1
        break
    fi
    # Lost a race for the port (or something else went wrong): look at the log, try the next port.
    if ! grep -qiE 'could not (bind|create listen)|address already in use' "$PG_LOG" 2>/dev/null; then
        cat "$PG_LOG" >&2 2>/dev/null || true
        fail "PostgreSQL failed to start"
    fi
done
if [[ -z $PG_PORT ]]; then
    fail "no free loopback port found for PostgreSQL"
fi

for _ in $(seq 1 60); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres; then
        break
    fi
    sleep 0.5
done
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres || {
    cat "$PG_LOG" >&2
    fail "PostgreSQL is not ready"
}

PGPASSWORD=postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
    -c "CREATE ROLE openregion WITH LOGIN PASSWORD 'openregion' CREATEDB NOSUPERUSER NOCREATEROLE NOBYPASSRLS;" >/dev/null ||
    fail "could not create the role openregion"

# Sanity check: the application role can log in over TCP and is not a superuser.
is_super="$(PGPASSWORD=openregion "$PG_BIN/psql" -X -tA -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" \
    -U openregion -d postgres -c 'select rolsuper or rolbypassrls from pg_roles where rolname = current_user')" || true
if [[ $is_super != "f" ]]; then
    fail "role openregion cannot log in, or bypasses row-level security (got: '$is_super')"
fi

# ---------------------------------------------------------------------------------------------
# 3b. Throw-away Redis server (nothing saved to disk)
# ---------------------------------------------------------------------------------------------
REDIS_PORT=""
for candidate in $(seq 56379 56478); do
    if port_in_use "$candidate"; then
        continue
    fi
    redis-server --port "$candidate" --bind 127.0.0.1 --save "" --appendonly no --dir "$TEST_TMP" \
        --logfile "$TEST_TMP/redis.log" --daemonize no &
    REDIS_PID=$!
    for _ in $(seq 1 50); do
        if port_in_use "$candidate"; then
            REDIS_PORT=$candidate
            break 2
        fi
        if ! kill -0 "$REDIS_PID" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    kill "$REDIS_PID" 2>/dev/null || true
    REDIS_PID=""
done
if [[ -z $REDIS_PORT ]]; then
    cat "$TEST_TMP/redis.log" >&2 2>/dev/null || true
    fail "Redis failed to start"
fi
export OPENREGION_TEST_REDIS="127.0.0.1:$REDIS_PORT"

export OPENREGION_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=openregion;Password=openregion;Database=postgres"
export OPENREGION_TEST_POSTGRES_ADMIN="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Database=postgres"
OPENREGION_CHROMIUM="$(command -v chromium)"
export OPENREGION_CHROMIUM
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PGDATA_DIR); Redis on $OPENREGION_TEST_REDIS; chromium: $OPENREGION_CHROMIUM"

# Another program that needs this server instead of the tests (e.g. scripts/bench-outbox.sh): run it and stop.
# It also learns where the cluster lives, to crash and restart it (scripts/bench-ballots.sh).
# (The tests use OPENREGION_TEST_PG_BIN too: the backup test runs pg_dump and pg_restore.)
export OPENREGION_TEST_PG_BIN="$PG_BIN"
if [[ -n ${OPENREGION_WITH_POSTGRES_RUN:-} ]]; then
    export OPENREGION_TEST_PGDATA="$PGDATA_DIR" OPENREGION_TEST_PG_PORT="$PG_PORT" \
        OPENREGION_TEST_PG_SOCKETS="$PG_SOCK_DIR" OPENREGION_TEST_PG_LOG="$PG_LOG"
    set +e
    bash -c "$OPENREGION_WITH_POSTGRES_RUN"
    exit $?
fi

# ---------------------------------------------------------------------------------------------
# 4. Tests
# ---------------------------------------------------------------------------------------------
TEST_OUTPUT="$TEST_TMP/dotnet-test.log"
set +e
dotnet test OpenRegion.Cms.sln -c Release \
    --results-directory "$TEST_TMP/TestResults" \
    --blame-hang-timeout "${OPENREGION_TEST_HANG_TIMEOUT:-15m}" --blame-hang-dump-type none \
    "$@" 2>&1 | tee "$TEST_OUTPUT"
rc=${PIPESTATUS[0]}
set -e

# Per-project summary lines, e.g.
#   Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 1 s - X.Tests.dll (net10.0)
#   Failed!  - Failed:     1, Passed:    11, Skipped:     0, Total:    12, ...
# A test run aborted by a crash or by the hang timeout prints "Test Run Aborted." and no such line:
# each counts as one failed test.
clean_output="$(sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$TEST_OUTPUT")"
read -r passed failed skipped projects < <(
    grep -E '^[[:space:]]*[A-Za-z]+![[:space:]]+-[[:space:]]+Failed:[[:space:]]*[0-9]+,[[:space:]]*Passed:[[:space:]]*[0-9]+,[[:space:]]*Skipped:[[:space:]]*[0-9]+,[[:space:]]*Total:' <<<"$clean_output" |
        sed -E 's/.*Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+),.*/\1 \2 \3/' |
        awk '{ f += $1; p += $2; s += $3; n++ } END { printf "%d %d %d %d\n", p, f, s, n }'
)
aborted="$(grep -cE '^[[:space:]]*Test Run Aborted' <<<"$clean_output" || true)"
failed=$((failed + aborted))

if [[ $projects -eq 0 && $aborted -eq 0 ]]; then
    log "dotnet test printed no test summary (exit code $rc): build failure, or no test ran"
    echo "0 passed, 1 failed"
    if [[ $rc -eq 0 ]]; then
        rc=1
    fi
    exit "$rc"
fi
if [[ $aborted -gt 0 ]]; then
    log "$aborted test run(s) aborted (crash or hang), counted as failed"
fi
if [[ $rc -ne 0 ]]; then
    log "dotnet test exited with code $rc"
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$rc"
