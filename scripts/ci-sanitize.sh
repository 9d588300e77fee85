#!/usr/bin/env bash
# Builds every unit and cli suite with AddressSanitizer + UndefinedBehaviorSanitizer in a build
# directory of their own and runs them (./build.sh test runs them all). The first report of
# either sanitizer aborts the process, so any finding fails its test. Leak reports are
# suppressed only for third-party libraries, see scripts/ci-lsan-suppressions.txt.
#   scripts/ci-sanitize.sh [ctest arguments...]
# SYNCLINE_PARTS limits it to some libraries and their unit suites (no cli suite then), e.g.
#   SYNCLINE_PARTS="util;model;wire;files" scripts/ci-sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SYNCLINE_SANITIZE_DIR:-build-sanitize}
jobs=${SYNCLINE_JOBS:-$(nproc)}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

# -O1 keeps the instrumented suites fast enough to run in CI; -g1 (line tables only) is all the
# sanitizers' stack traces need and compiles much faster than full debug information.
cmake -S . -B "$build" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DSYNCLINE_PARTS="${SYNCLINE_PARTS:-}" \
    -DSYNCLINE_WERROR=ON -DSYNCLINE_SANITIZE=ON \
    -DSYNCLINE_BUILD_UI=OFF -DSYNCLINE_BUILD_BENCH=OFF >/dev/null

labels='^(unit|cli)$'
# Each suite is a target of the same name; build only those (and what they link).
mapfile -t targets < <(ctest --test-dir "$build" -N -L "$labels" | sed -n 's/^ *Test *#[0-9]*: //p')
cmake --build "$build" --target "${targets[@]}" -- -j"$jobs"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/ci-lsan-suppressions.txt:print_suppressions=0
ctest --test-dir "$build" -L "$labels" --output-on-failure -j2 --timeout 900 "$@"
