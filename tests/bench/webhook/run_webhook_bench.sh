#!/usr/bin/env bash
# Webhook listener benchmark: signed Shopify-style webhooks at 1, 10 and 50 connections.
#
#   cmake --build build --target webhook_bench_server
#   tests/bench/webhook/run_webhook_bench.sh build/tests/bench/webhook/webhook_bench_server [seconds]
#
# (or `cmake --build build --target run_bench_webhook`). Needs wrk and openssl
# (scripts/install-deps.sh installs wrk). Prints requests/s and the 99th percentile latency for
# each connection count. The listener answers only after the sink committed the event; here the
# sink acknowledges at once, so the numbers measure the HTTP, HMAC and mapping path.
set -euo pipefail

server=${1:?usage: run_webhook_bench.sh <webhook_bench_server> [seconds]}
duration=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
secret=bench-secret

command -v wrk >/dev/null || { echo "wrk is not installed (scripts/install-deps.sh)" >&2; exit 1; }

body='{"id":9007199254740993,"name":"#1001","email":"bench@example.com","currency":"EUR","financial_status":"paid","total_price":"41.39","subtotal_price":"39.80","total_tax":"1.59","updated_at":"2026-11-26T10:00:00Z","line_items":[{"id":466157049,"sku":"SKU-1","quantity":2,"price":"19.90","tax_lines":[{"price":"1.59"}]}]}'
signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret" -binary | base64)

log=$(mktemp)
"$server" --secret "$secret" --threads 2 >"$log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$log"' EXIT

port=""
for _ in $(seq 1 50); do
    port=$(sed -n 's/^port \([0-9]*\)$/\1/p' "$log")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { echo "the server did not start:"; cat "$log"; exit 1; } >&2

url="http://127.0.0.1:${port}/webhooks/shopify/bench"
printf '%-12s %12s %10s %8s\n' connections requests/s p99_ms non2xx
for connections in 1 10 50; do
    threads=$(( connections < 2 ? connections : 2 ))
    out=$(BENCH_BODY="$body" BENCH_SIGNATURE="$signature" BENCH_RUN="c${connections}-$$" \
          wrk -t "$threads" -c "$connections" -d "${duration}s" -s "$here/shopify_webhook.lua" "$url")
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(awk '/^p99_ms/ {print $2}' <<<"$out")
    non2xx=$(awk '/^non2xx/ {print $2}' <<<"$out")
    printf '%-12s %12s %10s %8s\n' "$connections" "$rps" "$p99" "$non2xx"
done

kill -TERM "$server_pid"
wait "$server_pid" || { echo "the server reported rejected requests:"; cat "$log"; exit 1; } >&2
tail -n 1 "$log"
