#!/usr/bin/env bash
# Builds and runs the benchmarks (tools/bench/bench.cpp, then the window
# under an output flood, tools/bench/flood.cpp, under xvfb-run) as root in
# the build root, on the same data directory as the tests.
# Arguments: [runs]; SANDBOX_BENCH_FLOOD_MB="30 300" picks the flood sizes
# (empty: no flood benchmark).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(cd "$here/.." && pwd)
build_dir=${SANDBOX_STUDIO_BUILD_DIR:-$checkout/build}
# The build's progress stays out of the figures; a failure shows its tail.
mkdir -p "$build_dir"
"$here/build" >"$build_dir/bench-build.log" 2>&1 || {
    status=$?
    tail -n 40 "$build_dir/bench-build.log"
    echo "bench.sh: the build failed ($status); the whole log is $build_dir/bench-build.log" >&2
    exit "$status"
}
data_dir=${SANDBOX_STUDIO_DATA_DIR:-$build_dir/test-data}
run() {
    if ! "$here/devroot" native; then
        "$here/devroot" run env SANDBOX_STUDIO_DATA_DIR="$data_dir" "$@"
    else
        SANDBOX_STUDIO_DATA_DIR="$data_dir" "$@"
    fi
}
run "$build_dir/tools/bench/sandbox-bench" "$@"
flood_mb=${SANDBOX_BENCH_FLOOD_MB-30 300}
if [ -n "$flood_mb" ]; then
    # shellcheck disable=SC2086 # one argument per size
    run xvfb-run -a -s "-screen 0 1280x1024x24" "$build_dir/tools/bench/sandbox-bench-flood" $flood_mb
fi
