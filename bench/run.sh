#!/usr/bin/env bash
# Kervan storefront, order and payment benchmark: bash bench/run.sh (from the repository root). See bench/README.md.
#
# 1. copies the built server (ear/target/server) to bench/target/server, so rebuilds cannot disturb a running benchmark
# 2. starts an embedded PostgreSQL as durable as production (fsync, synchronous_commit, full_page_writes on; data in
#    bench/target/pgdata, on a real disk) and that server on port 8980 (bench/src/BenchServer.java)
# 3. opens the "bench" shop through the API and seeds 10,000 products and 100,000 orders with SQL (bench/sql/seed.sql)
# 4. measures bare / tracking / listing / account / the storefront's pages (page-*) / the admin panel's order pages
#    (admin-*) / checkout / payments / webhooks with wrk (bench/wrk/*.lua), card payments with 3-D Secure through the
#    iyzico and PAYNET simulators (payments-iyzico, payments-paynet: bench/src/CardPayments.java), then times the
#    eSIM Go catalogue sync of 10,000 bundles from the eSIM Go simulator (esim), and 1,000 paid eSIM orders fulfilled
#    at once until every QR email is in the mail sink (esim-fulfillment); after checkout, the ceiling: the SQL of one
#    checkout, captured and replayed by pgbench against the same database (bench/ceiling.sh)
# 5. prints the result table and writes it to bench/results/latest.md
# The server and the database are stopped on every exit, failures included.
#
# Knobs (environment): BENCH_DURATION (s, default 25), BENCH_WARMUP (s, 5), BENCH_SERVER_WARMUP (s per scenario, 15),
# BENCH_CHECKOUT_WARMUP (s, at least 180), BENCH_CHECKOUT_WARMUP_MAX (s, 600),
# BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_CARD_SHOPPERS (8: shoppers at once in payments-iyzico and
# payments-paynet), BENCH_CARD_WARMUP (s, 30: their warm-up),
# BENCH_PRODUCTS (10000), BENCH_ORDERS (100000), BENCH_SCENARIOS ("tracking listing account page-home page-listing
# page-product page-tracking admin-orders admin-orders-filtered admin-order checkout payments payments-iyzico
# payments-paynet webhooks esim esim-fulfillment"; bare always runs), BENCH_WEBHOOK_EVENTS (150000), BENCH_ESIM_BUNDLES (10000, at most 10759),
# BENCH_ESIM_ORDERS (1000: paid eSIM orders of esim-fulfillment), BENCH_ESIM_TIMEOUT (600: at most this many seconds
# to wait for their mails),
# BENCH_QUIET_WAIT (180: at most this many seconds to wait for other work on the machine to stop before each scenario),
# BENCH_PGBENCH (the pgbench of the ceiling; default the newest /usr/lib/postgresql/*/bin/pgbench),
# BENCH_HOLD (seconds to keep the seeded server up after the run, for profiling).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
BENCH=$ROOT/bench
TARGET=$BENCH/target
SERVER=$TARGET/server
RESULTS=$BENCH/results/latest.md

DURATION=${BENCH_DURATION:-25}
WARMUP=${BENCH_WARMUP:-5}
SERVER_WARMUP=${BENCH_SERVER_WARMUP:-15}
# Checkout runs the most code (two requests, a transaction of about twenty statements, an order mail each): see
# checkout_warmup.
CHECKOUT_WARMUP=${BENCH_CHECKOUT_WARMUP:-180}
CHECKOUT_WARMUP_MAX=${BENCH_CHECKOUT_WARMUP_MAX:-600}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
# payments-iyzico and payments-paynet: shoppers paying at once. Kervan lets one shop's integration make 4 provider
# calls at once and queue 4 more (kervan.providers.bulkhead.limit and .queue): with 8 shoppers none is turned away,
# with 32 a loaded server answered most installment look-ups 503 "too many of this integration's calls are under way".
CARD_SHOPPERS=${BENCH_CARD_SHOPPERS:-8}
# Their warm-up: the server warm-up runs none of the payment code, and a fresh JIT makes the first payments slow.
CARD_WARMUP=${BENCH_CARD_WARMUP:-30}
PRODUCTS=${BENCH_PRODUCTS:-10000}
ORDERS=${BENCH_ORDERS:-100000}
CHECKOUT_STOCK=1000000
# Port offset 900 (HTTP 8980, management 10890): no test, helper or dev server uses it.
BASE=http://127.0.0.1:8980
SHOP=bench.localhost

COMMAND="bash bench/run.sh"
for knob in $(env | grep -o '^BENCH_[A-Z_]*' | sort || true); do COMMAND="$knob=${!knob} $COMMAND"; done

# Only the plain command writes bench/results/latest.md; experiments with knobs write bench/target/latest.md.
[[ $COMMAND == "bash bench/run.sh" ]] || RESULTS=$TARGET/latest.md

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------- stopping
LAUNCHER_PID=
SERVER_PIDS=
PG_PID=
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -z ${HOLD_PID:-} ]] || kill "$HOLD_PID" 2>/dev/null || true
    if [[ -n $LAUNCHER_PID ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
        log "stopping the server and the database"
        kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
        for _ in $(seq 90); do kill -0 "$LAUNCHER_PID" 2>/dev/null || break; sleep 1; done
        kill -KILL "$LAUNCHER_PID" 2>/dev/null || true
        wait "$LAUNCHER_PID" 2>/dev/null || true
    fi
    # Only if this run started a launcher that could not stop them: the processes it started, checked by what they
    # run (never those of another run, whose server.pids this file may be).
    if [[ -n $LAUNCHER_PID ]]; then
        SERVER_PIDS=$(cat "$TARGET/server.pids" 2>/dev/null || true)
        for pid in $SERVER_PIDS; do
            if grep -qs "$SERVER" "/proc/$pid/cmdline" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
        done
        if [[ -n $PG_PID ]] && grep -qs postgres "/proc/$PG_PID/cmdline" 2>/dev/null; then
            kill -INT "$PG_PID" 2>/dev/null || true
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------- tools
if ! command -v wrk >/dev/null || ! command -v jq >/dev/null; then
    log "installing wrk and jq (Debian packages)"
    apt-get install -y wrk jq >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk jq >/dev/null; }
fi
for tool in wrk jq curl psql java unzip; do command -v "$tool" >/dev/null || fail "$tool is missing"; done

mkdir -p "$TARGET" "$BENCH/results"
exec 9>"$TARGET/run.lock"
flock -n 9 || fail "another bench/run.sh is running (bench/target/run.lock)"
# shellcheck source=ceiling.sh
source "$BENCH/ceiling.sh"
for port in 8980 10890; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "port $port is in use: is another benchmark (or a server with port offset 900) running?"
    fi
done

# ---------------------------------------------------------------------------------------------------- the server
if [[ ! -x ear/target/server/bin/standalone.sh || ! -f devkit/target/devkit-0.1.0-SNAPSHOT.jar ]]; then
    log "no built server yet: ./mvnw -q install -DskipTests"
    ./mvnw -q install -DskipTests
fi

rm -f "$TARGET"/state.env "$TARGET"/server.pids "$TARGET"/wrk-*.txt "$TARGET"/wrk-*.time

copy_server() {
    local src=$ROOT/ear/target/server attempt
    for attempt in 1 2 3 4 5; do
        if [[ -x $src/bin/standalone.sh && -f $src/standalone/deployments/kervan.ear && -f devkit/target/devkit-0.1.0-SNAPSHOT.jar ]]; then
            rm -rf "$SERVER" "$TARGET/lib"
            mkdir -p "$SERVER" "$TARGET/lib"
            # data/, tmp/ and log/ belong to whoever runs that server now (the dev server does); this copy starts empty.
            if tar -C "$src" --exclude=./standalone/data --exclude=./standalone/tmp --exclude=./standalone/log \
                    --exclude=./standalone/configuration/standalone_xml_history -cf - . | tar -C "$SERVER" -xf - \
                && unzip -tq "$SERVER/standalone/deployments/kervan.ear" >/dev/null 2>&1 \
                && cp devkit/target/devkit-0.1.0-SNAPSHOT.jar "$TARGET/lib/devkit.jar" \
                && unzip -tq "$TARGET/lib/devkit.jar" >/dev/null 2>&1; then
                find "$SERVER/standalone/deployments" -maxdepth 1 -type f \( -name '*.deployed' -o -name '*.failed' \
                    -o -name '*.isdeploying' -o -name '*.pending' -o -name '*.undeployed' -o -name '*.dodeploy' \
                    -o -name '*.skipdeploy' -o -name '*.isundeploying' \) -delete
                mkdir -p "$SERVER/standalone/log"
                return 0
            fi
        fi
        log "ear/target/server is incomplete right now (being rebuilt?); trying again in 60 s (attempt $attempt of 5)"
        sleep 60
    done
    fail "could not copy a complete server from ear/target/server"
}
log "copying ear/target/server to bench/target/server"
copy_server

log "resolving the devkit classpath"
if ! ./mvnw -q -o dependency:build-classpath -pl devkit -Dmdep.outputFile="$TARGET/devkit.classpath" >"$TARGET/mvn.log" 2>&1; then
    ./mvnw -q dependency:build-classpath -pl devkit -Dmdep.outputFile="$TARGET/devkit.classpath" >"$TARGET/mvn.log" 2>&1 \
        || { cat "$TARGET/mvn.log"; fail "could not resolve the devkit classpath"; }
fi
CLASSPATH_DEVKIT="$TARGET/lib/devkit.jar:$(tr ':' '\n' <"$TARGET/devkit.classpath" | grep -v '\.ear$' | paste -sd:)"

# The database of the last run is emptied; it must be on a real disk, where an fsync waits for the device (on tmpfs it
# costs nothing, and write figures would be as unreal as with fsync off).
PGDATA_DIR=$TARGET/pgdata
rm -rf "$PGDATA_DIR"
PGDATA_FS=$(df --output=fstype,source "$TARGET" | tail -1 | awk '{ print $1 " on " $2 }')
[[ $PGDATA_FS != tmpfs* && $PGDATA_FS != ramfs* ]] \
    || fail "bench/target is on $PGDATA_FS: the durable database must be on a real disk"
log "starting embedded PostgreSQL (data in bench/target/pgdata, $PGDATA_FS) and WildFly (HTTP on 8980); launcher output in bench/target/bench-server.log"
java -Xmx512m -cp "$CLASSPATH_DEVKIT" "$BENCH/src/BenchServer.java" "$SERVER" "$TARGET/state.env" "$PGDATA_DIR" \
    >"$TARGET/bench-server.log" 2>&1 9>&- &
LAUNCHER_PID=$!

for _ in $(seq 180); do
    [[ -f $TARGET/state.env ]] && break
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { cat "$TARGET/bench-server.log"; fail "the launcher stopped"; }
    sleep 1
done
[[ -f $TARGET/state.env ]] || fail "PostgreSQL did not start within 180 s"
# shellcheck source=/dev/null
source "$TARGET/state.env"

sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -X -q -At -v ON_ERROR_STOP=1 "$@"; }
PG_PID=$(head -1 "$(sql -c 'show data_directory')/postmaster.pid" 2>/dev/null || true)
# What the server says, not what was asked for: every write figure depends on it.
DURABILITY=$(sql -c "select string_agg(name || ' ' || setting, ', ' order by array_position(
                         array['fsync', 'synchronous_commit', 'full_page_writes'], name::text))
                     from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")
[[ $DURABILITY == "fsync on, synchronous_commit on, full_page_writes on" ]] \
    || fail "PostgreSQL is not durable ($DURABILITY)"
PG_VERSION=$(sql -c 'show server_version')
log "PostgreSQL $PG_VERSION: $DURABILITY (data in bench/target/pgdata, $PGDATA_FS)"
pg_watch_setup

SERVER_LOG=$SERVER/standalone/log/server.log
ready=
for _ in $(seq 300); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Host: localhost' "$BASE/api/platform/ready/" || true) == 200 ]]; then
        ready=yes
        break
    fi
    if [[ -f $SERVER/standalone/deployments/kervan.ear.failed ]]; then
        grep -E 'ERROR' "$SERVER_LOG" | tail -20 || true
        fail "kervan.ear failed to deploy: $(cat "$SERVER/standalone/deployments/kervan.ear.failed")"
    fi
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -30 "$TARGET/bench-server.log"; fail "the launcher stopped"; }
    sleep 1
done
[[ -n $ready ]] || { tail -30 "$SERVER_LOG" || true; fail "the server was not ready within 300 s"; }
log "server ready: $(grep -o 'WFLYSRV0025.*' "$SERVER_LOG" | head -1 || true)"

# ---------------------------------------------------------------------------------------------------- data set
STATUS=
BODY=
api() { # METHOD HOST PATH TOKEN [BODY]: sets STATUS and BODY
    local args=(-s -o "$TARGET/api-body.json" -w '%{http_code}' -X "$1" -H "Host: $2" -H 'Content-Type: application/json')
    [[ -n $4 ]] && args+=(-H "Authorization: Bearer $4")
    [[ -n ${5:-} ]] && args+=(--data "$5")
    STATUS=$(curl "${args[@]}" "$BASE$3" || echo 000)
    BODY=$(cat "$TARGET/api-body.json" 2>/dev/null || true)
}
expect() { [[ $STATUS == "$1" ]] || fail "$2 answered HTTP $STATUS (expected $1): $BODY"; }

log "opening the bench shop through the platform API"
api POST localhost /api/platform/auth/login/ "" '{"email":"operator@bench.test","password":"operator-bench-password"}'
expect 200 "platform sign-in"
OPERATOR_TOKEN=$(jq -r .access_token <<<"$BODY")
api POST localhost /api/platform/tenants/ "$OPERATOR_TOKEN" '{"slug":"bench","display_name":"Bench","default_currency":"TRY","default_locale":"tr","owner_email":"owner@bench.test","owner_password":"owner-bench-password"}'
expect 201 "opening the shop"

api POST "$SHOP" /api/staff/auth/login/ "" '{"email":"owner@bench.test","password":"owner-bench-password"}'
expect 200 "owner sign-in"
OWNER_TOKEN=$(jq -r .access_token <<<"$BODY")
api POST "$SHOP" /api/staff/products/ "$OWNER_TOKEN" "{\"sku\":\"BENCH-CHECKOUT\",\"name\":\"Bench checkout product\",\"product_type\":\"physical\",\"price\":\"100.00\",\"currency\":\"TRY\",\"stock\":$CHECKOUT_STOCK}"
expect 201 "creating the checkout product"
api POST "$SHOP" /api/staff/shipping-methods/ "$OWNER_TOKEN" '{"name":"Aras","carrier":"Aras Kargo","price":"10.00","currency":"TRY","min_days":1,"max_days":3}'
expect 201 "creating the shipping method"

TENANT_ID=$(sql -c "select id from tenants where slug = 'bench'")
PRODUCT_ID=$(sql -c "select id from products where tenant_id = '$TENANT_ID' and sku = 'BENCH-CHECKOUT'")
SHIPPING_ID=$(sql -c "select id from shipping_methods where tenant_id = '$TENANT_ID' and name = 'Aras'")
[[ -n $TENANT_ID && -n $PRODUCT_ID && -n $SHIPPING_ID ]] || fail "shop, product or shipping method not found in the database"

log "seeding $PRODUCTS products and $ORDERS orders with SQL"
seed_started=$SECONDS
sql -v tenant_id="$TENANT_ID" -v shipping_id="$SHIPPING_ID" -v products="$PRODUCTS" -v orders="$ORDERS" \
    -f "$BENCH/sql/seed.sql" | tail -1 | { IFS='|' read -r p o l; log "seeded in $((SECONDS - seed_started)) s: $p products, $o orders, $l order lines (VACUUM ANALYZE done)"; }

sql -c "copy (select order_number from orders where tenant_id = '$TENANT_ID' order by random()) to stdout" \
    >"$TARGET/order-numbers.txt"
sql -c "copy (select id from orders where tenant_id = '$TENANT_ID' order by random()) to stdout" >"$TARGET/order-ids.txt"
ACTIVE=$(sql -c "select count(*) from products where tenant_id = '$TENANT_ID' and active")
PAGES=$(((ACTIVE + 19) / 20))
STOREFRONT_PAGES=$(((ACTIVE + 23) / 24)) # the storefront's listing shows 24 a page
sql -c "copy (select id from products where tenant_id = '$TENANT_ID' and active order by random()) to stdout" \
    >"$TARGET/product-ids.txt"

# One request of each kind before any load: a wrong status here is reported, not hidden in the numbers.
api GET "$SHOP" /api/public/ping/ ""
log "check: ping -> $STATUS"
api GET "$SHOP" "/api/orders/track/$(head -1 "$TARGET/order-numbers.txt")/" ""
log "check: tracking -> $STATUS $(head -c 200 <<<"$BODY")"
api GET "$SHOP" "/api/public/products/?page=$PAGES&page_size=20" ""
log "check: listing (last page $PAGES) -> $STATUS"
api GET "$SHOP" "/api/public/products/?search=lamba&page=1&page_size=20" ""
log "check: search -> $STATUS, $(jq -r '.pagination | tostring' <<<"$BODY" 2>/dev/null || true)"
api POST "$SHOP" /api/auth/register/ "" '{"email":"customer@bench.test","password":"customer-bench-password","first_name":"Bench","last_name":"Customer"}'
expect 201 "registering the bench customer"
CUSTOMER_TOKEN=$(jq -r .access_token <<<"$BODY")
api GET "$SHOP" /api/auth/me/ "$CUSTOMER_TOKEN"
log "check: account -> $STATUS"
for page in / "/products?page=$STOREFRONT_PAGES" "/products/$(head -1 "$TARGET/product-ids.txt")" \
    "/track/$(head -1 "$TARGET/order-numbers.txt")"; do
    api GET "$SHOP" "$page" ""
    log "check: storefront page $page -> $STATUS, $(wc -c <<<"$BODY") bytes"
done
admin_page() { # PATH: the admin panel's page with the owner's session cookie -> its HTTP status
    curl -s -o /dev/null -w '%{http_code}' -H "Host: $SHOP" -H "Cookie: admin_token=$OWNER_TOKEN" "$BASE$1" || echo 000
}
log "check: admin orders -> $(admin_page /admin/orders), filtered -> $(admin_page '/admin/orders?status=shipped&payment_status=paid&page=3'), an order -> $(admin_page "/admin/orders/$(head -1 "$TARGET/order-ids.txt")")"

# ---------------------------------------------------------------------------------------------------- load
to_ms() { awk '{ v = $1;
    if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v) }
    else if (v ~ /m$/) { sub(/m$/, "", v); v = v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }
    printf "%.2f", v }'; }

declare -A RPS P50 P99 STATUSES BAD SOCKET LOG_ERRORS CPU OTHER SERVER_CORES DB_CORES ERRORS
WARNINGS=()
read -r -a SCENARIOS <<<"bare ${BENCH_SCENARIOS:-tracking listing account page-home page-listing page-product page-tracking admin-orders admin-orders-filtered admin-order checkout payments payments-iyzico payments-paynet webhooks esim esim-fulfillment}"

wrk_run() { # OUTPUT DURATION SCRIPT ARGS...
    local out=$1 duration=$2 script=$3
    shift 3
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" --timeout 10s --latency -H "Host: $SHOP" \
        -s "$script" "$BASE" -- "$@" >"$out" 2>&1 || { cat "$out"; fail "wrk failed ($script)"; }
}

# Where the CPU went during a run, since wrk, the server and PostgreSQL share the cores (and anything else running
# on the machine takes its share): clock ticks from /proc.
CLK_TCK=$(getconf CLK_TCK)
ticks_of() { # PIDS... -> user + system ticks used so far
    local total=0 pid stat fields
    for pid in "$@"; do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        read -r -a fields <<<"${stat##*) }"
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# Other work on the machine (a build, a test suite) slows every scenario down; wait for a quiet moment first.
QUIET_WAIT=${BENCH_QUIET_WAIT:-180}
wait_for_quiet() {
    local waited=0 before
    while ((waited < QUIET_WAIT)); do
        before=$(machine_ticks)
        sleep 5
        waited=$((waited + 5))
        if (($(machine_ticks) - before < CLK_TCK)); then # less than 0.2 cores busy over those 5 s
            ((waited == 5)) || log "the machine is quiet again after ${waited} s"
            return 0
        fi
        ((waited % 30 == 5)) && log "the machine is busy with other work; waiting up to ${QUIET_WAIT} s for a quiet moment"
    done
    log "the machine did not get quiet within ${QUIET_WAIT} s; measuring anyway"
}
SERVER_JVM=
for pid in $(cat "$TARGET/server.pids" 2>/dev/null); do
    grep -qs jboss-modules "/proc/$pid/cmdline" && SERVER_JVM=$pid
done

# Checkout warms up in rounds of 30 s, each followed by a wait for a quiet machine: under full load the JIT compiler
# competes with every request thread (the server has four C2 threads for that, see WildFlyProcess), while on a quiet
# machine it compiles what the round before made hot within seconds. Rounds go on until three in a row are not 5%
# faster than the best before them (on this shared VM one round can be 20% off either way, so one slow round proves
# nothing), for at least BENCH_CHECKOUT_WARMUP and at most BENCH_CHECKOUT_WARMUP_MAX seconds of load; each round's rate
# is logged and reported, so the curve is in the results.
CHECKOUT_WARMUP_ROUNDS=
checkout_warmup() { # ARGS of the checkout scenario
    local spent=0 best=0 stale=0 rate
    log "checkout: warm-up in rounds of 30 s, each followed by a wait for a quiet machine, until orders/s stop rising (three rounds without a new best; at least ${CHECKOUT_WARMUP} s, at most ${CHECKOUT_WARMUP_MAX} s of load), then ${DURATION} s with $THREADS threads and $CONNECTIONS connections"
    while ((spent < CHECKOUT_WARMUP_MAX)); do
        wrk_run "$TARGET/wrk-checkout-warmup.txt" 30 bench/wrk/checkout.lua "$@"
        spent=$((spent + 30))
        rate=$(awk '/^ORDERS/ { printf "%.0f", $2 / $3 }' "$TARGET/wrk-checkout-warmup.txt")
        CHECKOUT_WARMUP_ROUNDS="${CHECKOUT_WARMUP_ROUNDS:+$CHECKOUT_WARMUP_ROUNDS, }$rate"
        log "checkout: warm-up round $((spent / 30)): $rate orders/s"
        wait_for_quiet
        if ((rate * 100 >= best * 105)); then
            stale=0
        else
            stale=$((stale + 1))
        fi
        ((rate > best)) && best=$rate
        # An if, not '&& break': a loop that ends at the maximum returns its last command's status, and under set -e a
        # false test there would end the benchmark.
        if ((spent >= CHECKOUT_WARMUP && stale >= 3)); then
            break
        fi
    done
}

# Tracking answers an order asked for before from the server's memory (TrackingCache), the product page a product shown
# before (ProductPageCache): how many of the measured requests still read the database is counted from PostgreSQL's
# own statistics, as scans of the index the lookup uses (nothing else looks orders up by number, or products by id,
# while those scenarios run). PostgreSQL publishes them within a second.
declare -A CACHED_BY=([tracking]=orders_order_number_key [page-tracking]=orders_order_number_key
    [page-product]=products_pkey)
declare -A CACHED_WHAT=([tracking]="the order" [page-tracking]="the order" [page-product]="the product")
declare -A CACHE_READS_LINE=()
index_scans() { # INDEX
    sleep 1
    sql -c "select idx_scan from pg_stat_user_indexes where indexrelname = '$1'"
}
cache_reads() { # NAME SCANS_BEFORE WRK_OUTPUT
    local reads requests
    reads=$(($(index_scans "${CACHED_BY[$1]}") - $2))
    requests=$(sed -n 's/^STATUS //p' "$3" | tr ' ' '\n' | awk -F= '{ n += $2 } END { print n + 0 }')
    CACHE_READS_LINE[$1]="$reads of the $requests measured requests read ${CACHED_WHAT[$1]} from the database ($(awk -v r="$reads" -v n="$requests" 'BEGIN { if (n > 0) printf "%.1f", 100 * r / n; else print "-" }')%); the others were answered from the server's memory (the warm-up had asked for them before, and nothing they show changed)"
    log "$1: ${CACHE_READS_LINE[$1]}"
}

scenario() { # NAME ARGS...
    local name=$1
    shift
    local out=$TARGET/wrk-$name.txt log_from pg_pids m0 s0 p0 t0 m1 s1 p1 t1 wrk_cpu lookups0
    wait_for_quiet
    log_from=$(($(wc -l <"$SERVER_LOG") + 1))
    if [[ $name == checkout ]]; then
        checkout_warmup "$@"
    else
        log "$name: warm-up ${WARMUP} s, then ${DURATION} s with $THREADS threads and $CONNECTIONS connections"
        # Scenarios that use things up (orders to pay, webhook events) warm up on their own set: WARMUP_FIRST_ARG.
        wrk_run "$TARGET/wrk-$name-warmup.txt" "$WARMUP" "bench/wrk/$name.lua" ${1+"${WARMUP_FIRST_ARG:-$1}" "${@:2}"}
    fi
    CHECKOUT_FROM=$(sql -c "select now()")
    pg_pids="$PG_PID $(ps -o pid= --ppid "$PG_PID" | tr '\n' ' ')"
    [[ -z ${CACHED_BY[$name]:-} ]] || lookups0=$(index_scans "${CACHED_BY[$name]}")
    m0=$(machine_ticks) s0=$(ticks_of $SERVER_JVM) p0=$(ticks_of $pg_pids) t0=$(date +%s.%N)
    local TIMEFORMAT='%U %S'
    [[ $name != checkout ]] || pg_watch_start checkout "$DURATION"
    { time wrk_run "$out" "$DURATION" "bench/wrk/$name.lua" "$@"; } 2>"$TARGET/wrk-$name.time"
    m1=$(machine_ticks) s1=$(ticks_of $SERVER_JVM) p1=$(ticks_of $pg_pids) t1=$(date +%s.%N)
    [[ $name != checkout ]] || pg_watch_stop checkout
    [[ -z ${CACHED_BY[$name]:-} ]] || cache_reads "$name" "$lookups0" "$out"
    wrk_cpu=$(awk '{ print $1 + $2 }' "$TARGET/wrk-$name.time")
    read -r "CPU[$name]" "OTHER[$name]" "SERVER_CORES[$name]" "DB_CORES[$name]" < <(awk -v m=$((m1 - m0)) \
        -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v w="$wrk_cpu" -v hz="$CLK_TCK" -v n="$(nproc)" \
        -v t="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" 'BEGIN {
        other = (m / hz - s / hz - p / hz - w) / t
        printf "machine_busy_%.2f_of_%d,_server_%.2f,_PostgreSQL_%.2f,_wrk_%.2f,_everything_else_%.2f %.2f %.3f %.3f\n",
            m / hz / t, n, s / hz / t, p / hz / t, w / t, other, other, s / hz / t, p / hz / t }')
    CPU[$name]=${CPU[$name]//_/ }
    if awk -v o="${OTHER[$name]}" 'BEGIN { exit !(o > 0.25) }'; then
        WARNINGS+=("$name: other processes on this machine used ${OTHER[$name]} cores during the run, so its numbers are lower than this code can do")
    fi
    RPS[$name]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    P50[$name]=$(awk '/Latency Distribution/ { f = 1; next } f && $1 == "50%" { print $2; exit }' "$out" | to_ms)
    P99[$name]=$(awk '/Latency Distribution/ { f = 1; next } f && $1 == "99%" { print $2; exit }' "$out" | to_ms)
    STATUSES[$name]=$(sed -n 's/^STATUS //p' "$out")
    BAD[$name]=$(tr ' ' '\n' <<<"${STATUSES[$name]}" | awk -F= '$1 >= 400 && $2 != "" { n += $2 } END { print n + 0 }')
    SOCKET[$name]=$(sed -n 's/^ *Socket errors: //p' "$out")
    LOG_ERRORS[$name]=$(tail -n +"$log_from" "$SERVER_LOG" | grep -c ' ERROR ' || true)
    log "$name: ${RPS[$name]} requests/s, p50 ${P50[$name]} ms, p99 ${P99[$name]} ms, statuses: ${STATUSES[$name]}${SOCKET[$name]:+, socket errors: ${SOCKET[$name]}}, server log ERROR lines: ${LOG_ERRORS[$name]}"
    log "$name: CPU in cores: ${CPU[$name]}"
    # What went wrong, if anything: the first error bodies wrk saw and the first ERROR lines of the server log.
    ERRORS[$name]=$({
        sed -n 's/^SAMPLE //p' "$out" | head -2
        tail -n +"$log_from" "$SERVER_LOG" | grep -A1 ' ERROR ' | grep -v '^--$' | head -4 || true
    } | cut -c1-400) || true
    [[ -z ${ERRORS[$name]} ]] || sed 's/^/    /' <<<"${ERRORS[$name]}"
}

# A JVM that has just started runs these endpoints several times slower than after a minute of load, and on 2 cores
# its JIT compiler competes with the requests: warm every path up first (results discarded); wait_for_quiet then lets
# the compiler finish before each measurement.
# Checkout is warmed up as long in its own warm-up, so that the order mails it queues do not load the read scenarios.
has() { [[ " ${SCENARIOS[*]} " == *" $1 "* ]]; }
log "warming the server up: three times ${SERVER_WARMUP} s each of bare, tracking and listing (and of the storefront's listing and product pages when they are measured), not measured, each time followed by a wait for a quiet machine (the JIT compiler's turn)"
for _ in 1 2 3; do
    wrk_run "$TARGET/wrk-warmup-bare.txt" "$SERVER_WARMUP" bench/wrk/bare.lua
    wrk_run "$TARGET/wrk-warmup-tracking.txt" "$SERVER_WARMUP" bench/wrk/tracking.lua "$TARGET/order-numbers.txt"
    wrk_run "$TARGET/wrk-warmup-listing.txt" "$SERVER_WARMUP" bench/wrk/listing.lua "$PAGES"
    ! has page-listing || wrk_run "$TARGET/wrk-warmup-page-listing.txt" "$SERVER_WARMUP" bench/wrk/page-listing.lua \
        "$STOREFRONT_PAGES"
    ! has page-product || wrk_run "$TARGET/wrk-warmup-page-product.txt" "$SERVER_WARMUP" bench/wrk/page-product.lua \
        "$TARGET/product-ids.txt"
    wait_for_quiet
done
scenario bare
has tracking && scenario tracking "$TARGET/order-numbers.txt"
has listing && scenario listing "$PAGES"
has account && scenario account "$CUSTOMER_TOKEN"
# The storefront's pages: the same reads as whole HTML pages (templates, the visitor's language and form token).
has page-home && scenario page-home
has page-listing && scenario page-listing "$STOREFRONT_PAGES"
has page-product && scenario page-product "$TARGET/product-ids.txt"
has page-tracking && scenario page-tracking "$TARGET/order-numbers.txt"
# The admin panel's order pages, read-only, over the seeded orders, signed in as the owner (the session cookie holds
# the same staff token as the API's).
has admin-orders && scenario admin-orders "$OWNER_TOKEN"
has admin-orders-filtered && scenario admin-orders-filtered "$OWNER_TOKEN"
has admin-order && scenario admin-order "$OWNER_TOKEN" "$TARGET/order-ids.txt"
if has checkout; then
    scenario checkout "$PRODUCT_ID" "$SHIPPING_ID"
    read -r ORDERS_PLACED CHECKOUT_SECONDS ORDERS_SENT ADDS_SENT < <(sed -n 's/^ORDERS //p' "$TARGET/wrk-checkout.txt") \
        || fail "wrk printed no ORDERS line; see bench/target/wrk-checkout.txt"
    ORDERS_PER_S=$(awk -v n="$ORDERS_PLACED" -v s="$CHECKOUT_SECONDS" 'BEGIN { printf "%.0f", n / s }')
    sleep 2
    ORDERS_IN_DB=$(sql -c "select count(distinct o.id) from orders o join order_lines l on l.order_id = o.id
                           where l.product_id = '$PRODUCT_ID' and o.created_at >= '$CHECKOUT_FROM'")
    IFS='|' read -r STOCK_LEFT ORDERED CHECKOUT_ORDERS < <(sql -c "
        select p.stock, coalesce(sum(l.quantity) filter (where o.status <> 'CANCELLED'), 0), count(distinct o.id)
        from products p
        left join order_lines l on l.product_id = p.id
        left join orders o on o.id = l.order_id
        where p.id = '$PRODUCT_ID'
        group by p.stock")
    if ((STOCK_LEFT + ORDERED == CHECKOUT_STOCK)); then OVERSELL="none"; else OVERSELL="MISMATCH"; fi
    OVERSELL_LINE="stock left $STOCK_LEFT + ordered (not cancelled) $ORDERED = $((STOCK_LEFT + ORDERED)), initial stock $CHECKOUT_STOCK: oversell $OVERSELL"
    CHECKOUT_MET=$([[ $ORDERS_PER_S -ge 200 && $OVERSELL == none ]] && echo yes || echo NO)
    JOBS=$(sql -c "select string_agg(status || ' ' || n, ', ' order by status) from (select status, count(*) n from jobs group by status) j")
    log "checkout: $ORDERS_PLACED orders placed in $CHECKOUT_SECONDS s = $ORDERS_PER_S orders/s ($ORDERS_IN_DB in the database for that window; $ORDERS_SENT order and $ADDS_SENT add-to-cart requests sent)"
    log "checkout: $OVERSELL_LINE ($CHECKOUT_ORDERS orders of the product in all, warm-up included)"
    log "checkout: background jobs (order mails) now: ${JOBS:-none}"
    pg_watch_report checkout "$ORDERS_PLACED"
    ceiling
fi
SANDBOX_CONNECTED=
connect_sandbox() { # the shop's sandbox gateway, as the demo shop has it (once, for payments and esim-fulfillment)
    [[ -z $SANDBOX_CONNECTED ]] || return 0
    api POST "$SHOP" /api/integrations/ "$OWNER_TOKEN" '{"provider_type":"sandbox","name":"Sandbox","status":"test_mode","config":{"return_url":"https://bench.test/thanks","cancel_url":"https://bench.test/cart"}}'
    expect 201 "connecting the sandbox gateway"
    SANDBOX_CONNECTED=yes
}
ESIMGO_CONNECTED=
connect_esimgo() { # the shop's eSIM Go integration: the simulator BenchServer started (once, for esim and esim-fulfillment)
    [[ -z $ESIMGO_CONNECTED ]] || return 0
    api POST "$SHOP" /api/integrations/ "$OWNER_TOKEN" "{\"provider_type\":\"esimgo\",\"name\":\"eSIM Go\",\"status\":\"test_mode\",\"api_key\":\"$ESIM_KEY\",\"test_endpoint\":\"$ESIM_URL\",\"config\":{\"markup_percent\":30,\"price_ending\":\"0.99\"}}"
    expect 201 "connecting eSIM Go"
    ESIMGO_CONNECTED=yes
}

if has payments; then
    # The unpaid orders (seeded, and those checkout placed).
    connect_sandbox
    sql -c "copy (select id from orders where tenant_id = '$TENANT_ID' and status = 'PENDING'
                  and payment_status = 'PENDING' order by random()) to stdout" >"$TARGET/unpaid-all.txt"
    # A fifth of them for the warm-up, the rest for the measured run: no order is paid twice.
    split -n l/5 -d "$TARGET/unpaid-all.txt" "$TARGET/unpaid-part-"
    cat "$TARGET"/unpaid-part-0[1-4] >"$TARGET/unpaid-orders.txt"
    WARMUP_FIRST_ARG=$TARGET/unpaid-part-00 scenario payments "$TARGET/unpaid-orders.txt"
    read -r PAYMENTS_DONE PAYMENTS_SECONDS PAYMENTS_CREATED < <(sed -n 's/^PAYMENTS //p' "$TARGET/wrk-payments.txt") \
        || fail "wrk printed no PAYMENTS line; see bench/target/wrk-payments.txt"
    PAYMENTS_PER_S=$(awk -v n="$PAYMENTS_DONE" -v s="$PAYMENTS_SECONDS" 'BEGIN { printf "%.0f", n / s }')
    # Exactly once: every completed payment confirmed its order, and no order has two completed payments.
    IFS='|' read -r PAID_COMPLETED PAID_ORDERS TWICE < <(sql -c "
        select count(*), count(distinct p.order_id) filter (where o.payment_status = 'PAID' and o.status = 'CONFIRMED'),
               count(*) - count(distinct p.order_id)
        from payments p join orders o on o.id = p.order_id
        where p.tenant_id = '$TENANT_ID' and p.status = 'COMPLETED'")
    PAYMENTS_LINE="$PAYMENTS_DONE payments verified completed in $PAYMENTS_SECONDS s = **$PAYMENTS_PER_S payments/s** ($PAYMENTS_CREATED created); in the database (warm-up included): $PAID_COMPLETED completed payments, $PAID_ORDERS of their orders confirmed and paid, orders paid twice: $TWICE"
    log "payments: $PAYMENTS_LINE"
fi
# payments-iyzico and payments-paynet: a whole card payment with 3-D Secure through the provider's simulator (started
# by BenchServer), as a shopper's browser makes it. Not wrk: the browser goes back and forth between Kervan and the
# simulator's bank page (another port), so src/CardPayments.java plays $CARD_SHOPPERS shoppers (see there), one
# payment in four in 3 installments, and reads the CPU of the server, PostgreSQL, the simulators' JVM and itself.
connect_card_provider() { # PROVIDER: connected in test mode as the ITs do it, without return_url (the order's page)
    local body
    case $1 in
        iyzico) body="{\"provider_type\":\"iyzico\",\"name\":\"iyzico\",\"status\":\"test_mode\",\"api_key\":\"$IYZICO_KEY\",\"api_secret\":\"$IYZICO_SECRET\",\"test_endpoint\":\"$IYZICO_URL\",\"api_endpoint\":\"https://api.iyzipay.com\",\"config\":{\"payment_flow\":\"direct_3ds\"}}" ;;
        paynet) body="{\"provider_type\":\"paynet\",\"name\":\"PAYNET\",\"status\":\"test_mode\",\"api_secret\":\"$PAYNET_KEY\",\"test_endpoint\":\"$PAYNET_URL\",\"api_endpoint\":\"https://api.paynet.com.tr\"}" ;;
    esac
    api POST "$SHOP" /api/integrations/ "$OWNER_TOKEN" "$body"
    expect 201 "connecting $1"
}
declare -A CARD_LINE=()
card_scenario() { # NAME PROVIDER
    local name=$1 provider=$2 out=$TARGET/$1.txt ledger=$TARGET/$1-ledger.txt log_from pg_pids
    local paid seconds p50 p99 pmax paid_all failed_all started_all requests r_seconds r50 r99 cpu_seconds m s p w d
    connect_card_provider "$provider"
    # Orders nobody has tried to pay yet (the seeded pending ones, those checkout placed), each paid once.
    sql -c "copy (select o.id from orders o where o.tenant_id = '$TENANT_ID' and o.status = 'PENDING'
                  and o.payment_status = 'PENDING' and not exists (select 1 from payments p where p.order_id = o.id)
                  order by random()) to stdout" >"$TARGET/$name-orders.txt"
    [[ -s $TARGET/$name-orders.txt ]] || fail "$name: no unpaid orders left to pay"
    wait_for_quiet
    log_from=$(($(wc -l <"$SERVER_LOG") + 1))
    pg_pids="$PG_PID $(ps -o pid= --ppid "$PG_PID" | tr '\n' ' ')"
    log "$name: $CARD_SHOPPERS shoppers pay $(wc -l <"$TARGET/$name-orders.txt") unpaid orders with $provider (card page, the simulator's 3-D Secure page, callback, paid page; 1 in 4 in 3 installments): warm-up ${CARD_WARMUP%s} s, then ${DURATION%s} s"
    java -cp "$CLASSPATH_DEVKIT" "$BENCH/src/CardPayments.java" "$BASE" "$SHOP" "$provider" "$TARGET/$name-orders.txt" \
        "$CARD_SHOPPERS" "${CARD_WARMUP%s}" "${DURATION%s}" 4 "$ledger" "$SERVER_JVM" "$(tr -s ' ' ',' <<<"${pg_pids% }")" \
        "$LAUNCHER_PID" >"$out" 2>&1 9>&- || { cat "$out"; fail "the $name shoppers failed"; }
    read -r paid seconds p50 p99 pmax paid_all failed_all started_all < <(sed -n 's/^PAYMENTS //p' "$out") \
        || { cat "$out"; fail "CardPayments printed no PAYMENTS line (bench/target/$name.txt)"; }
    read -r requests r_seconds r50 r99 < <(sed -n 's/^REQUESTS //p' "$out")
    read -r cpu_seconds m s p w d < <(sed -n 's/^CPU //p' "$out")
    RPS[$name]=$(awk -v n="$requests" -v t="$r_seconds" 'BEGIN { printf "%.0f", n / t }')
    P50[$name]=$r50
    P99[$name]=$r99
    STATUSES[$name]=$(sed -n 's/^STATUS //p' "$out")
    BAD[$name]=$(tr ' ' '\n' <<<"${STATUSES[$name]}" | awk -F= '$1 >= 400 && $2 != "" { n += $2 } END { print n + 0 }')
    SOCKET[$name]=
    LOG_ERRORS[$name]=$(tail -n +"$log_from" "$SERVER_LOG" | grep -c ' ERROR ' || true)
    read -r "CPU[$name]" "OTHER[$name]" "SERVER_CORES[$name]" "DB_CORES[$name]" < <(awk -v m="$m" -v s="$s" -v p="$p" \
        -v w="$w" -v d="$d" -v hz="$CLK_TCK" -v n="$(nproc)" -v t="$cpu_seconds" 'BEGIN {
        other = (m - s - p - w - d) / hz / t
        printf "machine_busy_%.2f_of_%d,_server_%.2f,_PostgreSQL_%.2f,_simulators_(BenchServer_JVM)_%.2f,_CardPayments_%.2f,_everything_else_%.2f %.2f %.3f %.3f\n",
            m / hz / t, n, s / hz / t, p / hz / t, w / hz / t, d / hz / t, other, other, s / hz / t, p / hz / t }')
    CPU[$name]=${CPU[$name]//_/ }
    if awk -v o="${OTHER[$name]}" 'BEGIN { exit !(o > 0.25) }'; then
        WARNINGS+=("$name: other processes on this machine used ${OTHER[$name]} cores during the run, so its numbers are lower than this code can do")
    fi
    ERRORS[$name]=$({
        sed -n 's/^SAMPLE //p' "$out" | head -2
        tail -n +"$log_from" "$SERVER_LOG" | grep -A1 ' ERROR ' | grep -v '^--$' | head -4 || true
    } | cut -c1-400) || true
    # Exactly once, against what each shopper was shown (the option's total) and what the bank page said it would
    # charge (the simulator's own figure): warm-up included.
    local type=${provider^^} checks
    checks=$(sql <<SQL
create temp table ledger (payment_number text, installments int, option_total text, bank_amount text, outcome text);
\copy ledger from '$ledger' with (delimiter ' ')
alter table ledger add column total numeric, add column bank numeric;
update ledger set total = case when option_total ~ '^[0-9.]+\$' then option_total::numeric end,
                  bank = case when bank_amount ~ '^[0-9.]+\$' then bank_amount::numeric end;
select count(*) filter (where l.outcome = 'paid'),
       count(*) filter (where l.outcome <> 'paid'),
       (select count(*) from payments where tenant_id = '$TENANT_ID' and provider_type = '$type' and status = 'COMPLETED'),
       (select count(distinct x.order_id) from payments x join orders o on o.id = x.order_id
        where x.tenant_id = '$TENANT_ID' and x.provider_type = '$type' and x.status = 'COMPLETED'
          and o.status in ('CONFIRMED', 'FULFILLMENT_FAILED') and o.payment_status = 'PAID'),
       (select count(distinct x.order_id) from payments x join orders o on o.id = x.order_id
        where x.tenant_id = '$TENANT_ID' and x.provider_type = '$type' and x.status = 'COMPLETED'
          and o.status = 'FULFILLMENT_FAILED'),
       (select count(*) - count(distinct order_id) from payments where tenant_id = '$TENANT_ID' and status = 'COMPLETED'),
       count(*) filter (where y.status = 'COMPLETED'),
       count(*) filter (where y.status = 'COMPLETED' and y.installment_count = l.installments
                          and y.charged_amount = l.total),
       count(*) filter (where y.status = 'COMPLETED' and l.installments > 1),
       count(*) filter (where y.status = 'COMPLETED' and l.installments > 1 and y.installment_count = l.installments
                          and y.charged_amount = l.total),
       count(l.bank),
       count(*) filter (where l.bank = l.total),
       (select coalesce(string_agg(status || ' ' || n, ', ' order by status), 'none') from (select status, count(*) n
        from payments where tenant_id = '$TENANT_ID' and provider_type = '$type' group by status) s),
       (select coalesce(string_agg(outcome || ' ' || n, ', ' order by outcome), 'none')
        from (select outcome, count(*) n from ledger group by outcome) o),
       (select coalesce(string_agg(n || ' × ' || reason, '; ' order by n desc), 'none') from (select count(*) n,
        regexp_replace(failure_reason, '[0-9]+([.,][0-9]+)?', 'N', 'g') reason from payments
        where tenant_id = '$TENANT_ID' and provider_type = '$type' and status = 'FAILED' group by 2
        order by 1 desc limit 3) f)
from ledger l left join payments y on y.payment_number = l.payment_number and y.tenant_id = '$TENANT_ID';
SQL
    )
    local l_paid l_failed completed confirmed undeliverable twice joined charged_ok inst inst_ok banked bank_ok statuses outcomes reasons once
    IFS='|' read -r l_paid l_failed completed confirmed undeliverable twice joined charged_ok inst inst_ok banked bank_ok statuses outcomes reasons <<<"$checks"
    # Exactly once: what the shoppers were told paid is what the database says paid, once, for the option's total.
    # A payment that did not end paid is counted apart (and warned about): it is a failure, not a double payment.
    if [[ $completed == "$l_paid" && $confirmed == "$completed" && $joined == "$completed" && $twice == 0
          && $charged_ok == "$completed" && $bank_ok == "$banked" ]]; then
        once="exactly once"
    else
        once="**MISMATCH**"
    fi
    if ((failed_all > 0)); then
        WARNINGS+=("$name: $failed_all of $started_all payments did not end on a paid page (shoppers' outcomes: $outcomes; why the failed $type payments failed: $reasons)")
    fi
    local per_payment
    per_payment=$(awk -v s="$s" -v p="$p" -v w="$w" -v hz="$CLK_TCK" -v n="$paid" 'BEGIN {
        if (n > 0) printf "server %.1f ms, PostgreSQL %.1f ms, simulators %.1f ms", 1000 * s / hz / n, 1000 * p / hz / n, 1000 * w / hz / n; else print "-" }')
    CARD_LINE[$name]="$paid payments paid in $seconds s = **$(awk -v n="$paid" -v t="$seconds" 'BEGIN { printf "%.0f", n / t }') payments/s**; per payment (create to the paid page, 6 requests to Kervan and 2 to the simulator): p50 **$p50 ms**, p99 **$p99 ms**, max $pmax ms; CPU per payment: $per_payment; steps p50/p99 ms: $(sed -n 's/^STEP //p' "$out" | awk '{ printf "%s%s %s/%s", (NR > 1 ? ", " : ""), $1, $3, $4 }'); in all (warm-up and the payments finished after the window included): $started_all started, $paid_all paid, $failed_all failed (shoppers' outcomes: $outcomes); exactly-once check: completed $type payments $completed (the shoppers saw $l_paid paid pages), their orders confirmed and paid $confirmed (of them $undeliverable moved on to fulfillment_failed: the seeded pending orders hold a digital product of the seed, which is no eSIM Go bundle, so nothing can deliver it), orders paid twice $twice, charged exactly the chosen option's total $charged_ok of $completed (in 3 installments: $inst_ok of $inst), bank page's amount = the option's total $bank_ok of $banked: $once; $type payments by status: $statuses; why the failed ones failed: $reasons"
    log "$name: ${RPS[$name]} Kervan requests/s, p50 ${P50[$name]} ms, p99 ${P99[$name]} ms, statuses: ${STATUSES[$name]}, server log ERROR lines: ${LOG_ERRORS[$name]}"
    log "$name: ${CARD_LINE[$name]}"
    log "$name: CPU in cores: ${CPU[$name]}"
    [[ -z ${ERRORS[$name]} ]] || sed 's/^/    /' <<<"${ERRORS[$name]}"
}
has payments-iyzico && card_scenario payments-iyzico iyzico
has payments-paynet && card_scenario payments-paynet paynet
if has webhooks; then
    api POST "$SHOP" /api/integrations/ "$OWNER_TOKEN" '{"provider_type":"stripe","name":"Stripe","status":"test_mode","api_key":"sk_test_bench_0000000000","webhook_secret":"whsec_bench_signing_secret","config":{"return_url":"https://bench.test/thanks","cancel_url":"https://bench.test/cart"}}'
    expect 201 "connecting Stripe"
    STRIPE_ID=$(jq -r .integration.id <<<"$BODY")
    # Signed just before they are sent: Stripe signatures are good for five minutes.
    wait_for_quiet
    java -cp "$CLASSPATH_DEVKIT" "$BENCH/src/WebhookEvents.java" "$TARGET/webhook-events.txt" "${BENCH_WEBHOOK_EVENTS:-150000}" \
        whsec_bench_signing_secret || fail "could not write the webhook events"
    WARMUP_FIRST_ARG=$TARGET/webhook-events.txt.warmup scenario webhooks "$TARGET/webhook-events.txt" "$STRIPE_ID"
    WEBHOOK_OUTCOMES=$(sql -c "select string_agg(outcome || ' ' || n, ', ' order by outcome)
                               from (select outcome, count(*) n from webhook_log where integration_id = '$STRIPE_ID' group by outcome) w")
    WEBHOOK_EVENTS=$(sql -c "select count(*) from webhook_events where tenant_id = '$TENANT_ID' and provider = 'stripe'")
    WEBHOOKS_LINE="webhook log (warm-up included): ${WEBHOOK_OUTCOMES:-none}; distinct events recorded: $WEBHOOK_EVENTS"
    log "webhooks: $WEBHOOKS_LINE"
fi

if has esim; then
    # Not a wrk scenario: the shop's eSIM Go catalogue (BENCH_ESIM_BUNDLES bundles in the simulator BenchServer started)
    # is synced by hand twice, timed from the outside. The first sync reads every page and creates every product; the
    # second reads them all again and finds nothing to change. It runs last, so its products touch no other scenario.
    connect_esimgo
    esim_sync() { # WHAT: sets ESIM_SECONDS and BODY
        local started
        started=$(date +%s.%N)
        api POST "$SHOP" /api/esim/catalogue/sync/ "$OWNER_TOKEN"
        expect 200 "$1"
        ESIM_SECONDS=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    }
    wait_for_quiet
    log "esim: syncing the catalogue of ${ESIM_BUNDLES} bundles from the eSIM Go simulator, twice"
    esim_sync "the first eSIM catalogue sync"
    ESIM_FIRST="$ESIM_SECONDS s ($(jq -r '"\(.sync.created) created, \(.sync.pages) pages; server \(.sync.duration_ms) ms"' <<<"$BODY"))"
    esim_sync "the second eSIM catalogue sync"
    ESIM_SECOND="$ESIM_SECONDS s ($(jq -r '"\(.sync.unchanged) unchanged, \(.sync.created) created; server \(.sync.duration_ms) ms"' <<<"$BODY"))"
    ESIM_PRODUCTS=$(sql -c "select count(*) from products p join esim_bundles b on b.product_id = p.id
                            where p.tenant_id = '$TENANT_ID' and p.active and p.product_type = 'DIGITAL'")
    ESIM_LINE="eSIM Go catalogue sync of $ESIM_BUNDLES bundles (POST /api/esim/catalogue/sync/, 200 per page, simulator on the same machine): first **$ESIM_FIRST**, second **$ESIM_SECOND**; $ESIM_PRODUCTS active eSIM products in the database"
    log "esim: $ESIM_LINE"
fi

if has esim-fulfillment; then
    # Not a wrk scenario either. BENCH_ESIM_ORDERS guests each order one eSIM (a mix of bundles spread evenly over the
    # synced catalogue) and get as far as the sandbox's hosted page, so every payment is pending;
    # then all the return addresses are visited at once ($CONNECTIONS at a time), which confirms the payments and queues
    # one esim-fulfillment job each, and the clock runs until the mail sink has every QR email (src/EsimOrders.java).
    ESIM_ORDERS=${BENCH_ESIM_ORDERS:-1000}
    connect_esimgo
    connect_sandbox
    if ! has esim; then
        log "esim-fulfillment: syncing the eSIM Go catalogue of ${ESIM_BUNDLES} bundles first (not measured)"
        api POST "$SHOP" /api/esim/catalogue/sync/ "$OWNER_TOKEN"
        expect 200 "the eSIM catalogue sync"
    fi
    sql -c "copy (select p.id from products p join esim_bundles b on b.product_id = p.id
                  where p.tenant_id = '$TENANT_ID' and p.active order by b.name) to stdout" >"$TARGET/esim-products.txt"
    log "esim-fulfillment: $ESIM_ORDERS guests order one eSIM each (of $(wc -l <"$TARGET/esim-products.txt") eSIM products) and leave a sandbox payment pending"
    prepare_started=$SECONDS
    java -cp "$CLASSPATH_DEVKIT" "$BENCH/src/EsimOrders.java" prepare "$BASE" "$SHOP" "$ESIM_ORDERS" \
        "$TARGET/esim-products.txt" "$TARGET/esim-returns.txt" 16 || fail "could not place the eSIM orders"
    log "esim-fulfillment: $(wc -l <"$TARGET/esim-returns.txt") orders with pending payments in $((SECONDS - prepare_started)) s"
    # The measurement starts with an empty job queue: the mails of the orders just placed are sent first.
    for _ in $(seq 120); do
        [[ $(sql -c "select count(*) from jobs where status = 'PENDING' and run_after <= now()") == 0 ]] && break
        sleep 1
    done
    wait_for_quiet
    log "esim-fulfillment: confirming the $ESIM_ORDERS payments at once, then waiting for every QR email (at most ${BENCH_ESIM_TIMEOUT:-600} s)"
    ESIM_LOG_FROM=$(($(wc -l <"$SERVER_LOG") + 1))
    pg_pids="$PG_PID $(ps -o pid= --ppid "$PG_PID" | tr '\n' ' ')"
    m0=$(machine_ticks) s0=$(ticks_of $SERVER_JVM) p0=$(ticks_of $pg_pids) t0=$(date +%s.%N)
    TIMEFORMAT='%U %S'
    { time java -cp "$CLASSPATH_DEVKIT" "$BENCH/src/EsimOrders.java" confirm "$BASE" "$SHOP" "$TARGET/esim-returns.txt" \
        "$CONNECTIONS" "$MAIL_URL" "${BENCH_ESIM_TIMEOUT:-600}" >"$TARGET/esim-fulfillment.txt" 2>&3 \
        || { cat "$TARGET/esim-fulfillment.txt"; fail "could not confirm the eSIM payments"; }; } 3>&2 2>"$TARGET/esim-fulfillment.time"
    unset TIMEFORMAT
    # Where the CPU went meanwhile (the helper: EsimOrders, which confirms and then waits; PostgreSQL's connections
    # opened meanwhile are not counted).
    m1=$(machine_ticks) s1=$(ticks_of $SERVER_JVM) p1=$(ticks_of $pg_pids) t1=$(date +%s.%N)
    read -r ESIM_CPU ESIM_OTHER < <(awk -v m=$((m1 - m0)) -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v hz="$CLK_TCK" \
        -v h="$(awk '{ print $1 + $2 }' "$TARGET/esim-fulfillment.time")" -v n="$(nproc)" \
        -v t="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" 'BEGIN {
        other = (m / hz - s / hz - p / hz - h) / t
        printf "machine_busy_%.2f_of_%d,_server_%.2f,_PostgreSQL_%.2f,_helper_%.2f,_everything_else_%.2f %.2f\n",
            m / hz / t, n, s / hz / t, p / hz / t, h / t, other, other }')
    ESIM_CPU=${ESIM_CPU//_/ }
    if awk -v o="$ESIM_OTHER" 'BEGIN { exit !(o > 0.25) }'; then
        WARNINGS+=("esim-fulfillment: other processes on this machine used $ESIM_OTHER cores during the run, so its times are longer than this code needs")
    fi
    read -r CONFIRM_START CONFIRM_SECONDS CONFIRMED CONFIRM_STATUSES < <(sed -n 's/^CONFIRMED //p' "$TARGET/esim-fulfillment.txt") \
        || fail "EsimOrders printed no CONFIRMED line; see bench/target/esim-fulfillment.txt"
    read -r ESIM_MAILS ESIM_MAIL_ORDERS MAILS_SECONDS _ < <(sed -n 's/^MAILS //p' "$TARGET/esim-fulfillment.txt") \
        || fail "EsimOrders printed no MAILS line; see bench/target/esim-fulfillment.txt"
    # From the database: how far each fulfillment got, when (from the first confirmation), and the latency of each
    # order from its payment's confirmation (the fulfillment is created in that transaction) to its mail (emailed_at).
    IFS='|' read -r F_ALL F_DELIVERED F_EMAILED F_FAILED F_REFERENCES DELIVERED_S LAT_D50 LAT_D99 LAT_P50 LAT_P99 LAT_MAX < <(sql -c "
        select count(*), count(*) filter (where status = 'DELIVERED'), count(emailed_at), count(*) filter (where status = 'FAILED'),
               count(distinct provider_reference),
               coalesce(round((extract(epoch from max(delivered_at)) - $CONFIRM_START)::numeric, 1), 0),
               coalesce(round(percentile_cont(0.5) within group (order by extract(epoch from delivered_at - created_at))::numeric, 1), 0),
               coalesce(round(percentile_cont(0.99) within group (order by extract(epoch from delivered_at - created_at))::numeric, 1), 0),
               coalesce(round(percentile_cont(0.5) within group (order by extract(epoch from emailed_at - created_at))::numeric, 1), 0),
               coalesce(round(percentile_cont(0.99) within group (order by extract(epoch from emailed_at - created_at))::numeric, 1), 0),
               coalesce(round(max(extract(epoch from emailed_at - created_at))::numeric, 1), 0)
        from esim_fulfillments where tenant_id = '$TENANT_ID'")
    IFS='|' read -r ESIMS ESIM_ORDERS_WITH ORDERS_DELIVERED < <(sql -c "
        select count(*), count(distinct e.order_id),
               (select count(*) from orders o join esim_fulfillments f on f.order_id = o.id
                where f.tenant_id = '$TENANT_ID' and o.status = 'DELIVERED')
        from esims e where e.tenant_id = '$TENANT_ID'")
    ESIMGO_ORDERS=$(curl -s -H "X-API-Key: $ESIM_KEY" -H 'Accept: application/json' "$ESIM_URL/orders?page=1&perPage=1" | jq -r '.rows // "?"')
    ESIM_JOBS=$(sql -c "select string_agg(kind || ' ' || status || ' ' || n || coalesce(' (' || retried || ' retried)', ''), ', ' order by kind, status)
                        from (select kind, status, count(*) n, nullif(count(*) filter (where attempts > 1), 0) retried
                              from jobs where kind like 'esim-%' group by kind, status) j")
    ESIM_LOG_ERRORS=$(tail -n +"$ESIM_LOG_FROM" "$SERVER_LOG" | grep -c ' ERROR ' || true)
    ESIM_PER_S=$(awk -v n="$ESIM_MAILS" -v s="$MAILS_SECONDS" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }')
    if [[ $ESIMGO_ORDERS == "$ESIM_ORDERS" && $ESIMS == "$ESIM_ORDERS" && $ESIM_ORDERS_WITH == "$ESIM_ORDERS"
          && $ESIM_MAILS == "$ESIM_ORDERS" && $ESIM_MAIL_ORDERS == "$ESIM_ORDERS" && $F_REFERENCES == "$ESIM_ORDERS" ]]; then
        ESIM_ONCE="exactly once"
    else
        ESIM_ONCE="**MISMATCH**"
    fi
    ESIM_FULFILLMENT_LINE="$ESIM_ORDERS paid eSIM orders (1 eSIM each, a mix of bundles) queued at once: $CONFIRMED payments confirmed in **$CONFIRM_SECONDS s** (return addresses, $CONNECTIONS at a time; statuses $CONFIRM_STATUSES); all $ORDERS_DELIVERED orders delivered after **$DELIVERED_S s**, $ESIM_MAILS QR emails in the mail sink after **$MAILS_SECONDS s** = **$ESIM_PER_S eSIMs/s** (from the first confirmation); per order from its payment's confirmation: delivered p50 $LAT_D50 s, p99 $LAT_D99 s; email sent p50 $LAT_P50 s, p99 $LAT_P99 s, max $LAT_MAX s; exactly-once check: eSIM Go orders at the simulator $ESIMGO_ORDERS, esims rows $ESIMS (of $ESIM_ORDERS_WITH orders), QR emails $ESIM_MAILS (to $ESIM_MAIL_ORDERS orders), fulfillments $F_ALL ($F_DELIVERED delivered, $F_EMAILED emailed, $F_FAILED failed, $F_REFERENCES eSIM Go references): $ESIM_ONCE; jobs: ${ESIM_JOBS:-none}; server log ERROR lines: $ESIM_LOG_ERRORS; CPU in cores from the first confirmation to the last email: $ESIM_CPU"
    log "esim-fulfillment: $ESIM_FULFILLMENT_LINE"
fi

# ---------------------------------------------------------------------------------------------------- results
ratio() { awk -v a="${RPS[$1]}" -v b="${RPS[bare]}" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'; }
meets() { awk -v a="${RPS[$1]}" -v b="${RPS[bare]}" -v t="$2" 'BEGIN { print (b > 0 && a / b >= t) ? "yes" : "NO" }'; }
meets_p99() { awk -v p="${P99[$1]}" -v t="$2" 'BEGIN { print (p != "" && p < t) ? "yes" : "NO" }'; }
per_request() { awk -v c="$1" -v r="$2" 'BEGIN { if (r > 0) printf "%.2f", 1000 * c / r; else print "-" }'; }
row() { # NAME LABEL TARGET MET
    echo "| $2 | ${RPS[$1]} | ${P50[$1]} | ${P99[$1]} | $(ratio "$1") | ${BAD[$1]} | $3 | $4 |" \
        "$(per_request "${SERVER_CORES[$1]}" "${RPS[$1]}") | $(per_request "${DB_CORES[$1]}" "${RPS[$1]}") |"
}

table() {
    echo "| scenario | requests/s | p50 (ms) | p99 (ms) | vs bare | errors | target | met | server CPU ms/request | PostgreSQL CPU ms/request |"
    echo "|---|---:|---:|---:|---:|---:|---|---|---:|---:|"
    row bare "bare: GET /api/public/ping/" "baseline" "-"
    has tracking && row tracking "tracking: GET /api/orders/track/{n}/" ">= 60% of bare" "$(meets tracking 0.60)"
    has listing && row listing "listing: GET /api/public/products/" ">= 50% of bare" "$(meets listing 0.50)"
    has account && row account "account: GET /api/auth/me/ (token and its version checked)" "reported" "-"
    has page-home && row page-home "page-home: GET / (storefront HTML)" "reported" "-"
    has page-listing && row page-listing "page-listing: GET /products?page=N (storefront HTML)" "reported" "-"
    has page-product && row page-product "page-product: GET /products/{id} (storefront HTML)" "reported" "-"
    has page-tracking && row page-tracking "page-tracking: GET /track/{n} (storefront HTML)" "reported" "-"
    has admin-orders && row admin-orders "admin-orders: GET /admin/orders (first page)" "p99 < 100 ms" "$(meets_p99 admin-orders 100)"
    has admin-orders-filtered && row admin-orders-filtered "admin-orders-filtered: GET /admin/orders?filters" "p99 < 100 ms" "$(meets_p99 admin-orders-filtered 100)"
    has admin-order && row admin-order "admin-order: GET /admin/orders/{id}" "p99 < 100 ms" "$(meets_p99 admin-order 100)"
    has checkout && row checkout "checkout: add to cart + order" ">= 200 orders/s, no oversell" "$CHECKOUT_MET"
    has checkout && echo "| ceiling: checkout's SQL replayed by pgbench, in orders/s (PostgreSQL alone) | $CEILING_TPS | - | - | - | ${CEILING_FAILED:-?} | checkout >= 50% of it | $CEILING_MET (${CEILING_SHARE}) | - | ${WATCH_PG_MS[ceiling]} |"
    has payments && row payments "payments: create + hosted page + verify (sandbox)" "reported" "-"
    has payments-iyzico && row payments-iyzico "payments-iyzico: card + 3-D Secure + charge (iyzico simulator)" "reported" "-"
    has payments-paynet && row payments-paynet "payments-paynet: card + 3-D Secure + charge (PAYNET simulator)" "reported" "-"
    has webhooks && row webhooks "webhooks: POST /api/webhooks/stripe/{id}/ (signed, 1 in 10 repeated)" "reported" "-"
    echo
    if has checkout; then
        echo "- checkout: **$ORDERS_PLACED orders in $CHECKOUT_SECONDS s = $ORDERS_PER_S orders/s** (HTTP 201; $ORDERS_IN_DB orders of that window in the database); its requests/s and latencies count both requests (add to cart, place order). Warm-up rounds of 30 s before it, in orders/s: $CHECKOUT_WARMUP_ROUNDS."
        echo "- oversell check: $OVERSELL_LINE."
        echo "- background jobs after checkout (order mails): ${JOBS:-none}"
        echo "- checkout in PostgreSQL: ${WATCH_LINE[checkout]}."
        echo "- ceiling: $CAPTURE_LINE."
        echo "- ceiling: $CEILING_LINE."
        echo "- ceiling in PostgreSQL: ${WATCH_LINE[ceiling]}."
        echo "- the disk under bench/target: $DISK_LINE; an order holds the stock row's lock until its commit is flushed, so orders of one product cannot commit faster than that."
    fi
    for name in tracking page-product page-tracking; do
        has "$name" && echo "- $name: ${CACHE_READS_LINE[$name]}."
    done
    has payments && echo "- payments: $PAYMENTS_LINE; its requests/s and latencies count all three requests."
    for name in payments-iyzico payments-paynet; do
        has "$name" && echo "- $name: ${CARD_LINE[$name]}; its requests/s and latencies count the six requests to Kervan (the simulator's two are in the steps)."
    done
    has webhooks && echo "- webhooks: $WEBHOOKS_LINE."
    has esim && echo "- esim: $ESIM_LINE."
    has esim-fulfillment && echo "- esim-fulfillment: $ESIM_FULFILLMENT_LINE."
    for warning in "${WARNINGS[@]}"; do
        echo "- **warning**: $warning"
    done
    for name in "${SCENARIOS[@]}"; do
        [[ $name != esim && $name != esim-fulfillment ]] || continue # timed, not wrk scenarios
        echo "- $name: statuses ${STATUSES[$name]:-?}${SOCKET[$name]:+; socket errors ${SOCKET[$name]}}; server log ERROR lines ${LOG_ERRORS[$name]}; CPU in cores: ${CPU[$name]}"
        if [[ -n ${ERRORS[$name]} ]]; then
            echo
            sed 's/^/        /' <<<"${ERRORS[$name]}"
            echo
        fi
    done
}

RESULT_TABLE=$(table)
echo
echo "$RESULT_TABLE"
echo

{
    echo "# Benchmark results"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory; load average before the run: $LOAD_BEFORE"
    echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$( [[ -n $(git status --porcelain 2>/dev/null | head -1) ]] && echo ' plus uncommitted changes')"
    echo "- command: \`$COMMAND\`"
    echo "- load: wrk -t$THREADS -c$CONNECTIONS; first three times ${SERVER_WARMUP} s each of bare, tracking and listing to warm the server up, each time followed by a quiet wait, then per scenario a wait for a quiet machine, ${WARMUP} s warm-up (checkout: rounds of 30 s, each followed by a quiet wait, until three rounds bring no new best, $CHECKOUT_WARMUP to $CHECKOUT_WARMUP_MAX s of load) and ${DURATION} s measured; wrk, the server and PostgreSQL share the machine"
    echo "- data: $PRODUCTS products ($ACTIVE active, $PAGES pages of 20), $ORDERS orders; PostgreSQL: embedded (zonky) $PG_VERSION, data in bench/target/pgdata ($PGDATA_FS), $DURABILITY (as the server reported them)"
    has checkout && echo "- ceiling: pgbench $PGBENCH_VERSION against PostgreSQL $PG_VERSION, \`-M prepared\`, checkout's clients, threads and duration, after a ${WARMUP} s warm-up"
    (has payments-iyzico || has payments-paynet) && echo "- card payments (payments-iyzico, payments-paynet): not wrk but \`src/CardPayments.java\`, $CARD_SHOPPERS shoppers at once (Java's HTTP client, one thread each), each paying one order after another through Kervan's card page and the simulator's 3-D Secure page, 1 in 4 in 3 installments; ${CARD_WARMUP%s} s warm-up, ${DURATION%s} s measured"
    echo "- earlier runs (the figures with fsync off among them): [bench/README.md, History](../README.md#history)"
    echo
    echo "$RESULT_TABLE"
} >"$RESULTS"
log "written to ${RESULTS#"$ROOT"/}"

if [[ -n ${BENCH_HOLD:-} ]]; then
    log "holding the server (Host: $SHOP, 127.0.0.1:8980) and PostgreSQL (port $DB_PORT) for $BENCH_HOLD s; Ctrl+C stops"
    sleep "$BENCH_HOLD" 9>&- &
    HOLD_PID=$!
    wait "$HOLD_PID"
fi
