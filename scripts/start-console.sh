#!/usr/bin/env bash
# Starts the demo: the simulated storefront, ERP and warehouse (syncline-sim) playing a business
# day on loopback, and the console hosting the pipeline of resources/demo/syncline-sim.toml on a
# fresh data directory, wired to the simulator. Closing the console stops the simulator.
#   scripts/start-console.sh BUILD_DIR [--data DIR] [console options...]
# DIR (default $XDG_DATA_HOME/syncline/demo) is emptied and filled on every start: the generated
# configuration, the engine's store (DIR/data), the warehouse drop folders (DIR/wms) and the
# simulator's log. A directory this script did not create is never emptied.
# Environment: SCENARIO (default resources/demo/scenarios/business-day.json), SPEED (scenario
# seconds per real second, default 1), and the SYNCLINE_DEMO_* secrets (demo values if unset).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

usage="usage: $0 BUILD_DIR [--data DIR] [console options...]"
build=${1:?$usage}
shift
case "$build" in /*) ;; *) build="$root/$build" ;; esac
demo="${XDG_DATA_HOME:-$HOME/.local/share}/syncline/demo"
if [ "${1:-}" = "--data" ]; then
    demo=${2:?--data needs a directory}
    shift 2
fi
case "$demo" in /*) ;; *) demo="$root/$demo" ;; esac
sim="$build/app/syncline-sim/syncline-sim"
console="$build/app/syncline/syncline"
for program in "$sim" "$console"; do
    if [ ! -x "$program" ]; then
        echo "start-console: $program not found; build the syncline and syncline-sim targets" >&2
        exit 1
    fi
done

# Demo values only: the simulator signs and checks with the same ones. Real deployments set
# their own in the environment or in 0600 files (see docs).
export SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET="${SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET:-demo-webhook-secret}"
export SYNCLINE_DEMO_SHOP_ACCESS_TOKEN="${SYNCLINE_DEMO_SHOP_ACCESS_TOKEN:-shpat_demo}"
export SYNCLINE_DEMO_ERP_API_KEY="${SYNCLINE_DEMO_ERP_API_KEY:-demo-erp-key}"
export SYNCLINE_DEMO_ERP_WEBHOOK_SECRET="${SYNCLINE_DEMO_ERP_WEBHOOK_SECRET:-demo-erp-secret}"

marker="$demo/.syncline-demo"
if [ -e "$demo" ] && [ -n "$(ls -A "$demo")" ] && [ ! -e "$marker" ]; then
    echo "start-console: $demo is not empty and was not made by this script; choose another" \
        "directory with --data" >&2
    exit 1
fi
rm -rf "$demo"
mkdir -p "$demo"
touch "$marker"

# The simulator takes free ports and starts the day once the console has written its ports.
sim_ports="$demo/sim.ports"
console_ports="$demo/console.ports"
"$sim" --scenario "${SCENARIO:-$root/resources/demo/scenarios/business-day.json}" \
    --speed "${SPEED:-1}" --shop-port 0 --erp-port 0 \
    --syncline-webhook "http://127.0.0.1:{webhook-port}/webhooks/shopify/shop-webhooks" \
    --erp-webhook "http://127.0.0.1:{webhook-port}/webhooks/generic/erp-events" \
    --syncline-ports-file "$console_ports" --drop-folder "$demo/wms" \
    --ports-file "$sim_ports" --effects-file "$demo/effects.json" \
    >"$demo/syncline-sim.log" 2>&1 &
sim_pid=$!
stop_simulator() {
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
}
trap stop_simulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for _ in $(seq 1 100); do
    [ -s "$sim_ports" ] && break
    if ! kill -0 "$sim_pid" 2>/dev/null; then
        echo "start-console: syncline-sim exited:" >&2
        cat "$demo/syncline-sim.log" >&2
        exit 1
    fi
    sleep 0.1
done
read -r shop erp <"$sim_ports" || true
shop=${shop#shop=}
erp=${erp#erp=}
if [ -z "$shop" ] || [ -z "$erp" ]; then
    echo "start-console: syncline-sim did not report its ports; see $demo/syncline-sim.log" >&2
    exit 1
fi

# The demo configuration, pointed at the simulator's ports, at free ports of its own and at
# this directory (its relative paths are taken from the directory of the file).
sed -e "s|127\.0\.0\.1:8701|127.0.0.1:$shop|" -e "s|127\.0\.0\.1:8702|127.0.0.1:$erp|" \
    -e 's|^listen_port = .*|listen_port = 0|' -e 's|^admin_port = .*|admin_port = 0|' \
    -e 's|^data_directory = .*|data_directory = "data"|' -e 's|"var/sim/wms/|"wms/|' \
    resources/demo/syncline-sim.toml >"$demo/syncline.toml"

echo "Demo in $demo: storefront on 127.0.0.1:$shop, ERP on 127.0.0.1:$erp (simulator log:" \
    "$demo/syncline-sim.log)"
status=0
"$console" --config "$demo/syncline.toml" --ports-file "$console_ports" "$@" || status=$?
exit "$status"
