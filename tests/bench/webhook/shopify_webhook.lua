-- wrk script: signed Shopify-style order webhooks. The body and its signature are fixed (passed
-- in by run_webhook_bench.sh through BENCH_BODY and BENCH_SIGNATURE); every request carries its
-- own X-Shopify-Event-Id so that each one is a new delivery for the listener.

local body = os.getenv("BENCH_BODY")
local signature = os.getenv("BENCH_SIGNATURE")
local run = os.getenv("BENCH_RUN") or tostring(os.time())

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("thread_id", thread_count)
   table.insert(threads, thread)
end

local counter = 0

function init(args)
   wrk.method = "POST"
   wrk.body = body
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["X-Shopify-Hmac-Sha256"] = signature
   wrk.headers["X-Shopify-Topic"] = "orders/create"
   wrk.headers["X-Shopify-Shop-Domain"] = "bench.myshopify.com"
   wrk.headers["X-Shopify-API-Version"] = "2026-04"
   wrk.headers["X-Shopify-Webhook-Id"] = "bench-webhook"
end

function request()
   counter = counter + 1
   wrk.headers["X-Shopify-Event-Id"] = run .. "-" .. tostring(thread_id) .. "-" .. counter
   return wrk.format()
end

function done(summary, latency, requests)
   local non2xx = summary.errors.status
   io.write(string.format("non2xx %d\n", non2xx))
   io.write(string.format("p99_ms %.3f\n", latency:percentile(99) / 1000.0))
end
