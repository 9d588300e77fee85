#!/usr/bin/env bash
# Syncline against an equivalent Node-RED flow, in the same run, under the same load: signed
# Shopify-style order webhooks (tests/bench/webhook/shopify_webhook.lua, each request a new
# delivery) driven by wrk at 10 and 50 connections. Both verify the HMAC-SHA256 signature over
# the raw body and answer 200 only once the delivery is committed to SQLite in WAL mode with
# synchronous=FULL: Syncline through `synclined run` (listener, mapping, inbox commit with
# group commit), Node-RED through http in -> function (crypto + better-sqlite3) -> http response.
#
#   tests/bench/compare/run_compare_bench.sh build/app/synclined/synclined [seconds]
#
# Node-RED and better-sqlite3 are installed from the npm registry with the committed
# package-lock.json (npm ci). better-sqlite3 is compiled from its bundled SQLite source with
# node-gyp against the installed Node.js headers (python3, make and g++ are needed).
set -euo pipefail

synclined=$(realpath "${1:?usage: run_compare_bench.sh <synclined> [seconds]}")
duration=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
for tool in wrk node npm openssl curl; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (scripts/install-deps.sh)" >&2; exit 1; }
done

if [ ! -f "$here/node_modules/.package-lock.json" ] ||
    [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
    # No prebuilt binary download: better-sqlite3 builds from source against this Node.js.
    node_headers=$(dirname "$(dirname "$(command -v node)")")
    (cd "$here" && npm_config_build_from_source=true npm_config_nodedir="$node_headers" \
        npm ci --no-audit --no-fund --loglevel=error)
fi
# An npm that skipped the install script leaves better-sqlite3 without its native module.
if ! (cd "$here" && node -e "require('better-sqlite3')" 2>/dev/null); then
    node_headers=$(dirname "$(dirname "$(command -v node)")")
    (cd "$here" && npm_config_build_from_source=true npm_config_nodedir="$node_headers" \
        npm rebuild better-sqlite3 --loglevel=error)
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

secret=bench-secret
body='{"id":9007199254740993,"name":"#1001","email":"bench@example.com","currency":"EUR","financial_status":"paid","total_price":"41.39","subtotal_price":"39.80","total_tax":"1.59","updated_at":"2026-11-26T10:00:00Z","line_items":[{"id":466157049,"sku":"SKU-1","quantity":2,"price":"19.90","tax_lines":[{"price":"1.59"}]}]}'
signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret" -binary | base64)

# Syncline: the configuration of tests/bench/webhook/run_durable_webhook_bench.sh.
mkdir -p "$work/syncline"
cat >"$work/syncline/bench.toml" <<TOML
version = 1
[engine]
data_directory = "data"
listen_address = "127.0.0.1"
listen_port = 0
admin_address = "127.0.0.1"
admin_port = 0

[[system]]
name = "bench-shop"
kind = "shopify"

[[connection]]
name = "bench"
system = "bench-shop"
direction = "in"
transport = "webhook"
domains = ["order"]
secret = "env:SYNCLINE_BENCH_SECRET"
TOML
SYNCLINE_BENCH_SECRET=$secret "$synclined" run --config "$work/syncline/bench.toml" \
    --ports-file "$work/syncline/ports" >"$work/syncline/log" 2>&1 &
pids+=($!)

# Node-RED on a free port.
mkdir -p "$work/node-red"
cp "$here/flows.json" "$work/node-red/flows.json"
node_red_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BENCH_DATA_DIR="$work/node-red" BENCH_PORT=$node_red_port BENCH_SECRET=$secret \
    node "$here/node_modules/node-red/red.js" --settings "$here/settings.js" \
    >"$work/node-red/log" 2>&1 &
pids+=($!)

for _ in $(seq 1 300); do
    [ -s "$work/syncline/ports" ] && curl -s -o /dev/null "http://127.0.0.1:$node_red_port/" && break
    sleep 0.1
done
[ -s "$work/syncline/ports" ] || { echo "synclined did not start:"; cat "$work/syncline/log"; exit 1; } >&2
curl -s -o /dev/null "http://127.0.0.1:$node_red_port/" ||
    { echo "Node-RED did not start:"; cat "$work/node-red/log"; exit 1; } >&2
syncline_port=$(sed -n 's/.*webhook=\([0-9]*\).*/\1/p' "$work/syncline/ports")

declare -A urls=(
    [syncline]="http://127.0.0.1:${syncline_port}/webhooks/shopify/bench"
    [node-red]="http://127.0.0.1:${node_red_port}/webhooks/shopify/bench"
)
# One signed request each first: both must accept it, or the comparison means nothing.
for name in syncline node-red; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary "$body" \
        -H 'Content-Type: application/json' -H "X-Shopify-Hmac-Sha256: $signature" \
        -H 'X-Shopify-Topic: orders/create' -H 'X-Shopify-Shop-Domain: bench.myshopify.com' \
        -H 'X-Shopify-API-Version: 2026-04' -H 'X-Shopify-Webhook-Id: bench-webhook' \
        -H "X-Shopify-Event-Id: probe-$$" "${urls[$name]}")
    [ "$status" = 200 ] || { echo "$name answered $status to a signed webhook" >&2; exit 1; }
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), ${duration} s per run"
printf '%-12s %-10s %12s %10s %8s\n' connections system requests/s p99_ms non2xx
for connections in 10 50; do
    declare -A rate=()
    for name in syncline node-red; do
        out=$(BENCH_BODY="$body" BENCH_SIGNATURE="$signature" BENCH_RUN="$name-c${connections}-$$" \
              wrk -t 2 -c "$connections" -d "${duration}s" -s "$here/../webhook/shopify_webhook.lua" \
              "${urls[$name]}")
        rate[$name]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
        printf '%-12s %-10s %12s %10s %8s\n' "$connections" "$name" "${rate[$name]}" \
            "$(awk '/^p99_ms/ {print $2}' <<<"$out")" "$(awk '/^non2xx/ {print $2}' <<<"$out")"
    done
    awk -v c="$connections" -v s="${rate[syncline]}" -v n="${rate[node-red]}" \
        'BEGIN { printf "%-12s %-10s %12.2f\n", c, "ratio", (n > 0 ? s / n : 0) }'
done
# Every acknowledged request is a row: the count of each store, for the record.
echo "node-red rows: $(sqlite3 "$work/node-red/webhooks.db" 'SELECT count(*) FROM webhooks')"
admin=$(sed -n 's/.*admin=\([0-9]*\).*/\1/p' "$work/syncline/ports")
curl -s "http://127.0.0.1:${admin}/metrics" | grep '^syncline_feed_received_total' || true
