#!/usr/bin/env bash
# Durable webhook benchmark: the real `synclined run` (listener + engine + SQLite WAL with
# synchronous=FULL and group commit) answers each signed Shopify-style webhook only after the
# commit that holds its event. Driven by wrk at 1, 10 and 50 connections.
#
#   tests/bench/webhook/run_durable_webhook_bench.sh build/app/synclined/synclined [seconds]
set -euo pipefail

synclined=${1:?usage: run_durable_webhook_bench.sh <synclined> [seconds]}
duration=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "wrk is not installed (scripts/install-deps.sh)" >&2; exit 1; }

work=$(mktemp -d)
export SYNCLINE_BENCH_SECRET=bench-secret
cat >"$work/bench.toml" <<TOML
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

body='{"id":9007199254740993,"name":"#1001","email":"bench@example.com","currency":"EUR","financial_status":"paid","total_price":"41.39","subtotal_price":"39.80","total_tax":"1.59","updated_at":"2026-11-26T10:00:00Z","line_items":[{"id":466157049,"sku":"SKU-1","quantity":2,"price":"19.90","tax_lines":[{"price":"1.59"}]}]}'
signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$SYNCLINE_BENCH_SECRET" -binary | base64)

"$synclined" run --config "$work/bench.toml" --ports-file "$work/ports" >"$work/log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    [ -s "$work/ports" ] && break
    sleep 0.1
done
[ -s "$work/ports" ] || { echo "synclined did not start:"; cat "$work/log"; exit 1; } >&2
port=$(sed -n 's/.*webhook=\([0-9]*\).*/\1/p' "$work/ports")
admin=$(sed -n 's/.*admin=\([0-9]*\).*/\1/p' "$work/ports")

url="http://127.0.0.1:${port}/webhooks/shopify/bench"
printf '%-12s %12s %10s %8s\n' connections requests/s p99_ms non2xx
for connections in 1 10 50; do
    threads=$(( connections < 2 ? connections : 2 ))
    out=$(BENCH_BODY="$body" BENCH_SIGNATURE="$signature" BENCH_RUN="d${connections}-$$" \
          wrk -t "$threads" -c "$connections" -d "${duration}s" -s "$here/shopify_webhook.lua" "$url")
    printf '%-12s %12s %10s %8s\n' "$connections" \
        "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")" \
        "$(awk '/^p99_ms/ {print $2}' <<<"$out")" "$(awk '/^non2xx/ {print $2}' <<<"$out")"
done
# Every acknowledged request is an event in the store.
curl -s "http://127.0.0.1:${admin}/metrics" | grep '^syncline_feed_received_total' || true
