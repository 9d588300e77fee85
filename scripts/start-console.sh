#!/usr/bin/env bash
# Starts the console on the embedded default store. A fresh data directory is first seeded
# with the sample events of the demo environment, so the console is never empty on first start.
#   scripts/start-console.sh BUILD_DIR [--data DIR] [console options...]
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:?usage: $0 BUILD_DIR [--data DIR] [console options...]}
shift
data="${XDG_DATA_HOME:-$HOME/.local/share}/syncline/demo"
if [ "${1:-}" = "--data" ]; then
    data=${2:?--data needs a directory}
    shift 2
fi

if [ ! -e "$data/syncline.db" ]; then
    mkdir -p "$data"
    echo "Seeding $data with the demo events..."
    "$build/app/synclined/synclined" ingest --data "$data" resources/demo/sample-events.jsonl \
        || [ $? -eq 1 ] # a few demo records are refused on purpose: they show in the console
fi
exec "$build/app/syncline/syncline" --data "$data" "$@"
