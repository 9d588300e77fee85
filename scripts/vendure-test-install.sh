#!/usr/bin/env bash
# Installs the local Vendure server of the integration tests into a directory of the build
# tree and prints that directory.
#
#   vendure-test-install.sh <install-dir>
#
# Copies tests/integration/vendure (package.json, the committed package-lock.json, server.js,
# seed data) and runs `npm ci` there, unless the same lock file was installed before.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 <install-dir>" >&2
    exit 2
fi
source_dir=$(cd "$(dirname "$0")/../tests/integration/vendure" && pwd)
install_dir=$1
mkdir -p "$install_dir"
install_dir=$(cd "$install_dir" && pwd)

if ! command -v npm > /dev/null; then
    echo "npm is required for the Vendure integration tests (Node.js 20 or later)" >&2
    exit 1
fi

cp "$source_dir/package.json" "$source_dir/package-lock.json" "$source_dir/server.js" \
    "$source_dir/seed.json" "$source_dir/products.csv" "$install_dir/"
if ! cmp -s "$source_dir/package-lock.json" "$install_dir/node_modules/.installed-lock.json"; then
    (cd "$install_dir" && npm ci --no-audit --no-fund >&2)
    cp "$source_dir/package-lock.json" "$install_dir/node_modules/.installed-lock.json"
fi
echo "$install_dir"
