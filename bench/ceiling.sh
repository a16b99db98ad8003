# Sourced by bench/run.sh (uses its sql, api, log, fail, wait_for_quiet, ticks_of, machine_ticks and settings).
#
# Where a write's time goes in PostgreSQL (pg_watch_start / pg_watch_stop around a measured run), and the ceiling:
# the SQL of one checkout, captured from PostgreSQL's statement log and replayed by pgbench with checkout's
# concurrency against the same database, is how many orders per second PostgreSQL alone could take on this machine.
# Kervan's checkout is reported as a share of it. Files go to bench/target/ceiling/.

CEILING_DIR=$TARGET/ceiling
rm -rf "$CEILING_DIR"
mkdir -p "$CEILING_DIR"

# ---------------------------------------------------------------------------------------------------- pgbench
# The newest pgbench of the machine's PostgreSQL packages. Debian ships it with the server package (postgresql-NN),
# not the client one. pgbench 12 or newer (for \gset) drives a newer server: the protocol has not changed.
PGBENCH=
find_pgbench() {
    PGBENCH=${BENCH_PGBENCH:-$(ls -v /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)}
    [[ -n $PGBENCH ]] || PGBENCH=$(command -v pgbench || true)
    if [[ -z $PGBENCH ]] || ! "$PGBENCH" --version >/dev/null 2>&1; then
        log "installing pgbench (Debian package postgresql-client, else postgresql, which holds it on Debian 12)"
        { apt-get install -y postgresql-client >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y postgresql-client >/dev/null 2>&1; }; } || true
        PGBENCH=$(ls -v /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)
        if [[ -z $PGBENCH ]]; then
            apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1 || true
            PGBENCH=$(ls -v /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)
        fi
    fi
    [[ -n $PGBENCH ]] && "$PGBENCH" --version >/dev/null 2>&1 \
        || fail "pgbench is missing: install the Debian package postgresql-15 (or newer), or set BENCH_PGBENCH"
    PGBENCH_VERSION=$("$PGBENCH" --version | awk '{ print $3 }')
    ((${PGBENCH_VERSION%%.*} >= 12)) || fail "$PGBENCH is version $PGBENCH_VERSION; the replay needs pgbench 12 or newer"
}

# ---------------------------------------------------------------------------------------------------- watching
# Counters of pg_stat_wal and pg_stat_database (commits, WAL flushes and the time they took: track_wal_io_timing),
# the WAL position, the next transaction id (only transactions that write get one), and PostgreSQL's CPU (the
# postmaster's own, that of its live children, and that of children that have exited and been reaped, so pgbench's
# sessions count too). Backends publish their counters at most once a second, so the per-order figures are good to a
# few per cent.
pg_counters() {
    local pids pid stat fields ticks=0
    pids="$PG_PID $(ps -o pid= --ppid "$PG_PID" | tr '\n' ' ')"
    for pid in $pids; do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        read -r -a fields <<<"${stat##*) }"
        ticks=$((ticks + fields[11] + fields[12]))
        [[ $pid != "$PG_PID" ]] || ticks=$((ticks + fields[13] + fields[14]))
    done
    echo "$(sql -F ' ' -c "select d.xact_commit, w.wal_sync, w.wal_sync_time, w.wal_write,
                               pg_current_wal_lsn() - '0/0'::pg_lsn, extract(epoch from clock_timestamp()),
                               pg_snapshot_xmax(pg_current_snapshot())::text::bigint
                        from pg_stat_wal w, pg_stat_database d where d.datname = current_database()") $ticks"
}

# What each session is doing, every 0.1 s for SECONDS: on the CPU, waiting (for a row lock, a WAL flush, ...), or
# idle in a transaction (waiting for its client: the application server between two statements). And, when sessions
# wait for a row lock (in checkout: the stock row), what the session holding it is doing meanwhile ("holder: ...").
# One procedure call whose every sample is a transaction of its own, so no snapshot is held open.
PG_SAMPLER='
create procedure pg_temp.sample(seconds float8, inout samples int default 0, inout counts text default null)
language plpgsql as $$
declare
    seen jsonb := jsonb_build_object();
    s record;
    waiter int;
    stop timestamptz := clock_timestamp() + make_interval(secs => seconds);
begin
    while clock_timestamp() < stop loop
        perform pg_stat_clear_snapshot();
        waiter := null;
        for s in select pid, wait_event,
                        case when state = $q$active$q$ then coalesce(wait_event_type || $q$ $q$ || wait_event, $q$CPU$q$)
                             else state end as what
                 from pg_stat_activity
                 where backend_type = $q$client backend$q$ and pid <> pg_backend_pid() and state <> $q$idle$q$ loop
            seen := jsonb_set(seen, array[s.what], to_jsonb(coalesce((seen ->> s.what)::int, 0) + 1));
            if s.wait_event = $q$transactionid$q$ then
                waiter := s.pid;
            end if;
        end loop;
        for s in select $q$holder: $q$ || case when state = $q$active$q$
                            then coalesce(wait_event_type || $q$ $q$ || wait_event, $q$CPU$q$) else state end as what
                 from pg_stat_activity where pid = (pg_blocking_pids(waiter))[1] loop
            seen := jsonb_set(seen, array[s.what], to_jsonb(coalesce((seen ->> s.what)::int, 0) + 1));
        end loop;
        samples := samples + 1;
        commit;
        perform pg_sleep(0.1);
    end loop;
    select string_agg(key || $q$=$q$ || value, $q$,$q$ order by value::int desc) into counts from jsonb_each_text(seen);
end $$;'

pg_watch_setup() { # once, when the database is up: flushes are timed (two clock readings each)
    sql -c "alter system set track_wal_io_timing = on" -c "select pg_reload_conf()" >/dev/null
}

declare -A WATCH_FROM WATCH_TO WATCH_SAMPLER WATCH_LINE WATCH_PG_MS WATCH_PG_CORES
pg_watch_start() { # NAME SECONDS
    WATCH_FROM[$1]=$(pg_counters)
    { sql -c "$PG_SAMPLER" -c "call pg_temp.sample($2)" >"$CEILING_DIR/sessions-$1.txt" 2>&1 || true; } 9>&- &
    WATCH_SAMPLER[$1]=$!
}
pg_watch_stop() { # NAME
    WATCH_TO[$1]=$(pg_counters)
    wait "${WATCH_SAMPLER[$1]}" 2>/dev/null || true
}

# NAME ORDERS: sets WATCH_LINE[NAME]
pg_watch_report() {
    local name=$1 orders=$(($2 > 0 ? $2 : 1)) samples counts
    IFS='|' read -r samples counts <"$CEILING_DIR/sessions-$name.txt" || true
    read -r "WATCH_PG_MS[$name]" "WATCH_PG_CORES[$name]" < <(awk -v from="${WATCH_FROM[$name]}" -v to="${WATCH_TO[$name]}" \
        -v n="$orders" -v hz="$CLK_TCK" 'BEGIN { split(from, a, " "); split(to, b, " ")
        printf "%.2f %.2f\n", 1000 * (b[8] - a[8]) / hz / n, (b[8] - a[8]) / hz / (b[6] - a[6]) }')
    WATCH_LINE[$name]=$(awk -v from="${WATCH_FROM[$name]}" -v to="${WATCH_TO[$name]}" -v n="$orders" -v hz="$CLK_TCK" \
        -v samples="${samples:-0}" -v counts="${counts:-}" 'BEGIN {
        split(from, a, " "); split(to, b, " ")
        # The sampler commits after each of its samples: those commits are not the workload.
        t = b[6] - a[6]; commits = b[1] - a[1] - samples; syncs = b[2] - a[2]; sync_ms = b[3] - a[3]; writes = b[7] - a[7]
        printf "per order: %.2f commits, %.2f of them of transactions that wrote, %.2f WAL flushes, %.1f kB of WAL, %.2f ms of PostgreSQL CPU", \
            commits / n, writes / n, syncs / n, (b[5] - a[5]) / n / 1024, 1000 * (b[8] - a[8]) / hz / n
        printf "; %.0f writing commits/s and %.0f WAL flushes/s (%.2f writing commits a flush), each flush %.2f ms, the disk flushing %.0f%% of the time", \
            writes / t, syncs / t, (syncs > 0 ? writes / syncs : 0), (syncs > 0 ? sync_ms / syncs : 0), sync_ms / 10 / t
        printf "; database sessions, on average over %d samples:", samples
        if (samples > 0 && counts != "") {
            k = split(counts, pair, ",")
            for (i = 1; i <= k; i++) { split(pair[i], kv, "="); printf "%s %s %.1f", (i > 1 ? "," : ""), kv[1], kv[2] / samples }
        } else printf " none active"
    }')
    log "$name: PostgreSQL: ${WATCH_LINE[$name]}"
}

# ---------------------------------------------------------------------------------------------------- capture
# Exact row counts of every table, and the checkout product's stock: "table count" lines.
table_counts() {
    {
        sql -c "select string_agg(format('select %L, count(*) from %I', tablename, tablename), ' union all ')
                from pg_tables where schemaname = 'public'" | sql -F ' '
        echo "stock(product) $(sql -c "select stock from products where id = '$PRODUCT_ID'")"
    } | LC_ALL=C sort
}
# BEFORE AFTER DIVISOR -> "table +n, ..." of the tables that changed, per DIVISOR
count_changes() {
    LC_ALL=C join "$1" "$2" | awk -v n="$3" '$3 != $2 { d = ($3 - $2) / n; printf "%s%s %s%s", sep, $1, (d > 0 ? "+" : ""), (d == int(d)) ? d : sprintf("%.3f", d); sep = ", " }'
}

capture_mark() { sql -c "select 'kervan-capture:$1'" >/dev/null; }
due_jobs_done() { # waits (at most 120 s) until no job is due: the order mails of what came before are sent
    for _ in $(seq 240); do
        [[ $(sql -c "select count(*) from jobs where status = 'PENDING' and run_after <= now()") == 0 ]] && return 0
        sleep 0.5
    done
    log "ceiling: order mail jobs still due after 120 s; capturing anyway"
}
checkout_once() { # sets CART_ID, ORDER_NUMBER
    api POST "$SHOP" /api/cart/add/ "" "{\"product_id\":\"$PRODUCT_ID\",\"quantity\":1}"
    expect 200 "adding to the cart (capture)"
    CART_ID=$(jq -r .cart.cart_id <<<"$BODY")
    [[ ${1:-} != marked ]] || capture_mark order
    api POST "$SHOP" /api/orders/ "" "{\"cart_id\":\"$CART_ID\",\"customer_email\":\"b@bench.test\",\"customer_first_name\":\"B\",\"customer_last_name\":\"B\",\"shipping_address\":{\"address_line1\":\"X\",\"city\":\"Istanbul\",\"postal_code\":\"34000\",\"country\":\"TR\"},\"shipping_method_id\":\"$SHIPPING_ID\"}"
    expect 201 "placing the order (capture)"
    ORDER_NUMBER=$(jq -r .order.order_number <<<"$BODY")
}

# One checkout with every statement logged, the same two requests as wrk/checkout.lua, after one that fills the
# server's caches as load keeps them (the shop's tenant is cached for 5 s). Sets CAPTURE_* and writes
# bench/target/ceiling/checkout.pgbench.
capture_checkout() {
    local csv
    due_jobs_done
    sql -c "alter system set log_destination = 'csvlog'" -c "alter system set log_statement = 'all'" \
        -c "alter system set log_filename = 'checkout-capture-%Y%m%d-%H%M%S.log'" -c "select pg_reload_conf()" >/dev/null
    sleep 1
    sql -c "select pg_rotate_logfile()" >/dev/null
    sleep 1
    csv=$(sql -c "select current_setting('data_directory') || '/' || pg_current_logfile('csvlog')")
    capture_mark start
    checkout_once
    due_jobs_done
    table_counts >"$CEILING_DIR/counts-capture-before.txt"
    capture_mark add
    checkout_once marked
    capture_mark end
    table_counts >"$CEILING_DIR/counts-capture-after.txt"
    due_jobs_done
    capture_mark jobs-done
    sql -c "alter system reset log_statement" -c "alter system reset log_destination" \
        -c "alter system reset log_filename" -c "select pg_reload_conf()" >/dev/null
    sql -c "select pg_rotate_logfile()" >/dev/null
    cp "$csv" "$CEILING_DIR/checkout-capture.csv"
    java "$BENCH/src/CheckoutCapture.java" "$CEILING_DIR/checkout-capture.csv" "$CEILING_DIR/checkout.pgbench" \
        "$CART_ID" "$ORDER_NUMBER" "$TENANT_ID" "$PRODUCT_ID" "$SHIPPING_ID" >"$CEILING_DIR/capture.txt" \
        || fail "could not turn the captured checkout into a pgbench script (bench/target/ceiling/checkout-capture.csv)"
    read -r _ CAPTURE_TRANSACTIONS CAPTURE_STATEMENTS CAPTURE_SQL CAPTURE_WRITES < <(grep '^CHECKOUT ' "$CEILING_DIR/capture.txt")
    read -r _ _ ADD_TRANSACTIONS ADD_STATEMENTS _ < <(grep '^REQUEST add ' "$CEILING_DIR/capture.txt")
    read -r _ _ ORDER_TRANSACTIONS ORDER_STATEMENTS _ < <(grep '^REQUEST order ' "$CEILING_DIR/capture.txt")
    read -r _ CAUSED_TRANSACTIONS CAUSED_STATEMENTS < <(grep '^CAUSED ' "$CEILING_DIR/capture.txt")
    CAPTURE_CHANGES=$(count_changes "$CEILING_DIR/counts-capture-before.txt" "$CEILING_DIR/counts-capture-after.txt" 1)
    CAPTURE_LINE="one checkout sends $CAPTURE_STATEMENTS statements in $CAPTURE_TRANSACTIONS transactions, $CAPTURE_WRITES of them writing ($CAPTURE_SQL statements besides BEGIN and COMMIT; add to cart: $ADD_STATEMENTS statements in $ADD_TRANSACTIONS, place order: $ORDER_STATEMENTS in $ORDER_TRANSACTIONS); its order mail job later $CAUSED_STATEMENTS statements in $CAUSED_TRANSACTIONS writing transaction(s) of the server's job workers (not replayed); rows: $CAPTURE_CHANGES"
    log "ceiling: $CAPTURE_LINE"
}

# ---------------------------------------------------------------------------------------------------- replay
# The captured script with pgbench -M prepared, checkout's clients and threads, a warm-up and the measured run.
# Sets CEILING_* (the orders/s, the results' line, Kervan's share and whether it is at least half).
replay_checkout() {
    local out=$CEILING_DIR/pgbench.txt m0 s0 m1 s1 t0 t1 processed
    local pgbench=("$PGBENCH" -h 127.0.0.1 -p "$DB_PORT" -U postgres -n -M prepared -c "$CONNECTIONS" -j "$THREADS"
        -f "$CEILING_DIR/checkout.pgbench" postgres)
    wait_for_quiet
    log "ceiling: pgbench $PGBENCH_VERSION (server $PG_VERSION) replays the checkout's SQL: warm-up ${WARMUP} s, then ${DURATION} s with $CONNECTIONS clients and $THREADS threads"
    "${pgbench[@]}" -T "$WARMUP" >"$CEILING_DIR/pgbench-warmup.txt" 2>&1 \
        || { tail -20 "$CEILING_DIR/pgbench-warmup.txt"; fail "pgbench failed replaying the checkout (warm-up)"; }
    table_counts >"$CEILING_DIR/counts-replay-before.txt"
    pg_watch_start ceiling "$DURATION"
    m0=$(machine_ticks) s0=$(ticks_of $SERVER_JVM) t0=$(date +%s.%N)
    local TIMEFORMAT='%U %S'
    { time "${pgbench[@]}" -T "$DURATION" -r >"$out" 2>&1; } 2>"$CEILING_DIR/pgbench.time" \
        || { tail -20 "$out"; fail "pgbench failed replaying the checkout"; }
    m1=$(machine_ticks) s1=$(ticks_of $SERVER_JVM) t1=$(date +%s.%N)
    pg_watch_stop ceiling
    processed=$(awk '/^number of transactions actually processed:/ { print $6 }' "$out")
    CEILING_FAILED=$(awk '/^number of failed transactions:/ { print $5 }' "$out")
    pg_watch_report ceiling "${processed:-0}"
    table_counts >"$CEILING_DIR/counts-replay-after.txt"
    CEILING_TPS=$(awk '/^tps = / { printf "%.0f", $3 }' "$out")
    CEILING_LATENCY=$(awk '/^latency average = / { print $4 }' "$out")
    CEILING_CHANGES=$(count_changes "$CEILING_DIR/counts-replay-before.txt" "$CEILING_DIR/counts-replay-after.txt" \
        "$((processed > 0 ? processed : 1))")
    # The statements that took longest on average, from pgbench -r.
    CEILING_SLOWEST=$(awk '/statement latencies in milliseconds/ { f = 1; next } f && $1 ~ /^[0-9.]+$/ {
            ms = $1; $1 = ""; if ($2 ~ /^[0-9]+$/) $2 = ""; sub(/^ +/, ""); sub(/;$/, "")
            if ($0 ~ /^select f\.\*/) $0 = "select ... gen_random_uuid() ... \\gset"
            else if (length($0) > 40) $0 = substr($0, 1, 40) "..."
            print ms "\t" $0 }' "$out" \
        | sort -t$'\t' -k1,1 -g -r | head -4 | awk -F'\t' '{ printf "%s`%s` %s ms", (NR > 1 ? ", " : ""), $2, $1 }')
    read -r CEILING_CPU CEILING_OTHER < <(awk -v m=$((m1 - m0)) -v s=$((s1 - s0)) -v hz="$CLK_TCK" -v n="$(nproc)" \
        -v w="$(awk '{ print $1 + $2 }' "$CEILING_DIR/pgbench.time")" -v p="${WATCH_PG_CORES[ceiling]}" \
        -v t="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" 'BEGIN { other = m / hz / t - w / t - s / hz / t - p
        printf "machine_busy_%.2f_of_%d,_PostgreSQL_%.2f,_pgbench_%.2f,_Kervan_server_(idle)_%.2f,_everything_else_%.2f %.2f\n",
            m / hz / t, n, p, w / t, s / hz / t, other, other }')
    CEILING_CPU=${CEILING_CPU//_/ }
    if awk -v o="$CEILING_OTHER" 'BEGIN { exit !(o > 0.25) }'; then
        WARNINGS+=("ceiling: other processes on this machine used $CEILING_OTHER cores during the replay, so PostgreSQL alone could take more")
    fi
    CEILING_SHARE=$(awk -v k="$ORDERS_PER_S" -v c="$CEILING_TPS" 'BEGIN { if (c > 0) printf "%.0f%%", 100 * k / c; else print "-" }')
    CEILING_MET=$(awk -v k="$ORDERS_PER_S" -v c="$CEILING_TPS" -v f="${CEILING_FAILED:-0}" 'BEGIN { print (c > 0 && f == 0 && k / c >= 0.5) ? "yes" : "NO" }')
    CEILING_LINE="pgbench -M prepared -c $CONNECTIONS -j $THREADS -T $DURATION replaying that SQL (script: ${CEILING_SCRIPT#"$ROOT"/}; one more statement per run makes the fresh ids): **$processed checkouts = $CEILING_TPS orders/s PostgreSQL alone could take**, latency average $CEILING_LATENCY ms, failed ${CEILING_FAILED:-?}; Kervan's checkout ($ORDERS_PER_S orders/s) is **$CEILING_SHARE of it** (target at least 50%); rows per replayed checkout: $CEILING_CHANGES; slowest statements (pgbench -r, average): $CEILING_SLOWEST; CPU in cores: $CEILING_CPU"
    log "ceiling: $CEILING_LINE"
}

# How often this disk can flush: pg_test_fsync (beside pgbench), one 8 kB write with the server's wal_sync_method, in
# the database's own folder. An order holds the stock row's lock until its commit is flushed, so orders of one product
# cannot commit faster than the disk flushes, whatever else is quick. Sets DISK_LINE.
disk_flushes() {
    local tool method rate
    tool=$(dirname "$PGBENCH")/pg_test_fsync
    if [[ ! -x $tool ]]; then
        DISK_LINE="not measured (no pg_test_fsync beside $PGBENCH)"
        return 0
    fi
    method=$(sql -c 'show wal_sync_method')
    "$tool" -s 1 -f "$PGDATA_DIR/pg_test_fsync.tmp" >"$CEILING_DIR/pg_test_fsync.txt" 2>&1 || true
    rm -f "$PGDATA_DIR/pg_test_fsync.tmp"
    rate=$(awk -v m="$method" '/using one 8kB write/ { f = 1; next } f && $1 == m { print $2 " flushes/s (" $4 / 1000 " ms each)"; exit }' \
        "$CEILING_DIR/pg_test_fsync.txt")
    DISK_LINE="${rate:-not measured (see target/ceiling/pg_test_fsync.txt)} with $method (pg_test_fsync -s 1, one 8 kB write, in bench/target/pgdata)"
    log "ceiling: the disk: $DISK_LINE"
}

# The script goes next to the results (bench/results/checkout.pgbench from the plain command), to be read.
ceiling() {
    find_pgbench
    log "ceiling: capturing the SQL of one checkout from PostgreSQL's statement log"
    capture_checkout
    CEILING_SCRIPT=$(dirname "$RESULTS")/checkout.pgbench
    cp "$CEILING_DIR/checkout.pgbench" "$CEILING_SCRIPT"
    disk_flushes
    replay_checkout
}
