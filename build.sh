#!/usr/bin/env bash
# The two commands of README.md:
#   ./build.sh run    install what is missing, build, and start the console on the embedded default
#   ./build.sh test   install what is missing, build with warnings as errors, and run every test
set -euo pipefail
cd "$(dirname "$0")"

usage() {
    echo "usage: $0 run [--data DIR] | test [ctest arguments...]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
command=$1
shift

jobs=$(nproc)

case "$command" in
run)
    scripts/install-deps.sh
    cmake --preset default >/dev/null
    cmake --build --preset default --target syncline synclined -- -j"$jobs"
    exec scripts/start-console.sh build "$@"
    ;;
test)
    # The integration tests run a real Tryton ERP (Debian's packages) and a real Vendure
    # storefront (npm, from the committed lock file, installed by the test itself).
    scripts/install-deps.sh tryton-server tryton-modules-sale
    cmake --preset ci
    cmake --build --preset ci -- -j"$jobs"
    export QT_QPA_PLATFORM=offscreen
    ctest --preset ci "$@"
    ;;
*)
    usage
    ;;
esac
