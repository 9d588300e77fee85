#!/usr/bin/env bash
# Starts the simulated storefront, ERP and warehouse (syncline-sim) for the demo configuration
# resources/demo/syncline-sim.toml, in the background, and prints its ports and process id:
#   shop=8701 erp=8702 pid=12345
# Then run the engine with: synclined run --config resources/demo/syncline-sim.toml
#
# Usage: scripts/start-demo.sh [BUILD_DIR]   (the build directory holding app/syncline-sim;
#        default $BUILD_DIR, else build)
# Environment (defaults in brackets):
#   SCENARIO         scenario file [resources/demo/scenarios/business-day.json]
#   SPEED            scenario seconds per real second [1]
#   SHOP_PORT, ERP_PORT           [8701, 8702], as in syncline-sim.toml
#   SYNCLINE_WEBHOOK_PORT         synclined's webhook port [8090], as in syncline-sim.toml
#   SYNCLINE_DEMO_* secrets       demo values unless already set
# The simulator's log goes to resources/demo/var/sim/syncline-sim.log; stop it with kill PID.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${BUILD_DIR:-$root/build}}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
sim="$build/app/syncline-sim/syncline-sim"
if [[ ! -x "$sim" ]]; then
    echo "start-demo: $sim not found; build the syncline-sim target first" >&2
    exit 1
fi

export SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET="${SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET:-demo-webhook-secret}"
export SYNCLINE_DEMO_SHOP_ACCESS_TOKEN="${SYNCLINE_DEMO_SHOP_ACCESS_TOKEN:-shpat_demo}"
export SYNCLINE_DEMO_ERP_API_KEY="${SYNCLINE_DEMO_ERP_API_KEY:-demo-erp-key}"
export SYNCLINE_DEMO_ERP_WEBHOOK_SECRET="${SYNCLINE_DEMO_ERP_WEBHOOK_SECRET:-demo-erp-secret}"

var="$root/resources/demo/var/sim"
mkdir -p "$var"
ports="$var/sim.ports"
rm -f "$ports"
webhook_port="${SYNCLINE_WEBHOOK_PORT:-8090}"
"$sim" --scenario "${SCENARIO:-$root/resources/demo/scenarios/business-day.json}" \
    --speed "${SPEED:-1}" \
    --shop-port "${SHOP_PORT:-8701}" --erp-port "${ERP_PORT:-8702}" \
    --syncline-webhook "http://127.0.0.1:$webhook_port/webhooks/shopify/shop-webhooks" \
    --erp-webhook "http://127.0.0.1:$webhook_port/webhooks/generic/erp-events" \
    --drop-folder "$var/wms" --ports-file "$ports" --effects-file "$var/effects.json" \
    >"$var/syncline-sim.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    [[ -s "$ports" ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "start-demo: syncline-sim exited; see $var/syncline-sim.log" >&2
        cat "$var/syncline-sim.log" >&2
        exit 1
    fi
    sleep 0.1
done
if [[ ! -s "$ports" ]]; then
    echo "start-demo: syncline-sim did not report its ports; see $var/syncline-sim.log" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
fi
echo "$(cat "$ports") pid=$pid"
