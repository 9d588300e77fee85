#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in a build directory of their own and runs
# each one for a while, starting from the seeds generated from tests/fixtures plus whatever the
# earlier runs found (kept in <build>/tests/fuzz/corpus/<target>). A crash, a sanitizer report,
# a broken invariant, a leak or a time-out fails the run; libFuzzer leaves the input as
# <build>/tests/fuzz/artifacts/<target>/crash-* (or leak-*, timeout-*), to replay with
#   <build>/tests/fuzz/<target> <that file>
#
#   scripts/ci-fuzz.sh [seconds per target] [target...]
# The default is 10 s per target (the CI run); a long run, e.g. an hour each on both cores:
#   SYNCLINE_FUZZ_FORKS=2 scripts/ci-fuzz.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-10}
shift || true
build=${SYNCLINE_FUZZ_DIR:-build-fuzz}
jobs=${SYNCLINE_JOBS:-$(nproc)}
forks=${SYNCLINE_FUZZ_FORKS:-1}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

cmake -S . -B "$build" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DSYNCLINE_FUZZ=ON -DSYNCLINE_WERROR=ON >/dev/null
cmake --build "$build" -- -j"$jobs"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_webhook_request fuzz_shopify_mapping fuzz_woocommerce_mapping fuzz_event_json
             fuzz_csv_reader fuzz_x12_reader)
fi

export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
fuzz_dir=$build/tests/fuzz
fork_flags=()
if [ "$forks" -gt 1 ]; then
    fork_flags=(-fork="$forks")
fi
status=0
for target in "${targets[@]}"; do
    corpus=$fuzz_dir/corpus/$target
    artifacts=$fuzz_dir/artifacts/$target/
    mkdir -p "$corpus" "$artifacts"
    echo "== $target: ${seconds} s"
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: one allocating over 2 GiB
    # is unbounded growth. Both are findings.
    if ! "$fuzz_dir/$target" "$corpus" "$fuzz_dir/seeds/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        "${fork_flags[@]}" -artifact_prefix="$artifacts" -print_final_stats=1 \
        >"$fuzz_dir/$target.log" 2>&1; then
        echo "FAILED: $target (log: $fuzz_dir/$target.log)"
        grep -E "ERROR|SUMMARY|invariant broken|Test unit written" "$fuzz_dir/$target.log" | head -20
        status=1
    else
        { grep -E "^#[0-9]+" "$fuzz_dir/$target.log" || true; } | tail -n 1
    fi
done
exit $status
