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

scripts/install-deps.sh
jobs=$(nproc)

case "$command" in
run)
    cmake --preset default >/dev/null
    cmake --build --preset default --target syncline synclined -- -j"$jobs"
    exec scripts/start-console.sh build "$@"
    ;;
test)
    cmake --preset ci
    cmake --build --preset ci -- -j"$jobs"
    export QT_QPA_PLATFORM=offscreen
    ctest --preset ci "$@"
    ;;
*)
    usage
    ;;
esac
