#!/usr/bin/env bash
# The two commands of README.md:
#   ./build.sh run    install what is missing, build, and start the console wired to the simulated
#                     storefront, ERP and warehouse of the demo (scripts/start-console.sh)
#   ./build.sh test   install what is missing, build with warnings as errors, run every test, then
#                     clang-tidy, the unit and cli suites under ASan+UBSan, and a short fuzzing run
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

# Runs a step and says how long it took.
timed() {
    local started=$SECONDS
    echo "== $*"
    "$@"
    echo "== $*: $((SECONDS - started)) s"
}

case "$command" in
run)
    scripts/install-deps.sh
    cmake --preset default >/dev/null
    cmake --build --preset default --target syncline synclined syncline-sim -- -j"$jobs"
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
    # Static checks, the sanitized suites and a short fuzzing run, each in its own build
    # directory (build-tidy, build-sanitize, build-fuzz); see docs/ROBUSTNESS.md. clang-tidy
    # checks all of core/; the sanitizers run every unit and cli suite.
    export SYNCLINE_JOBS=$jobs
    timed scripts/ci-tidy.sh
    timed scripts/ci-sanitize.sh
    timed scripts/ci-fuzz.sh 10
    ;;
*)
    usage
    ;;
esac
