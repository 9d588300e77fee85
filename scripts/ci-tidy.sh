#!/usr/bin/env bash
# Runs clang-tidy with the repository's .clang-tidy over every core/ source (and the core/
# headers they include); any finding fails. Only a configure is needed, for the compile commands.
#   scripts/ci-tidy.sh [source regex]    default: every core/ source, e.g. 'core/wire/'
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SYNCLINE_TIDY_DIR:-build-tidy}
jobs=${SYNCLINE_JOBS:-$(nproc)}
sources=${1:-core/}

cmake -S . -B "$build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DSYNCLINE_BUILD_UI=OFF \
    -DSYNCLINE_BUILD_TESTS=OFF -DSYNCLINE_BUILD_BENCH=OFF >/dev/null

log=$build/clang-tidy.log
set +e
# run-clang-tidy colours its output; the log is for reading, the findings for grep.
run-clang-tidy -quiet -p "$build" -j "$jobs" "$(pwd)/${sources}.*\\.cpp\$" 2>&1 |
    sed 's/\x1b\[[0-9;]*m//g' >"$log"
status=${PIPESTATUS[0]}
set -e
grep -E '^/.*: (warning|error): ' "$log" | sort -u >"$build/clang-tidy-findings.txt" || true
findings=$(wc -l <"$build/clang-tidy-findings.txt")
if [ "$findings" -ne 0 ] || [ "$status" -ne 0 ]; then
    cat "$build/clang-tidy-findings.txt"
    echo "clang-tidy: $findings findings, exit status $status (full output: $log)"
    exit 1
fi
echo "clang-tidy: no findings"
