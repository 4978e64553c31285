#!/usr/bin/env bash
# Builds and runs the benchmark (tools/bench/bench.cpp) as root in the build
# root, on the same data directory as the tests. Arguments: [runs].
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
if ! "$here/devroot" native; then
    exec "$here/devroot" run env SANDBOX_STUDIO_DATA_DIR="${SANDBOX_STUDIO_DATA_DIR:-$build_dir/test-data}" \
        "$build_dir/tools/bench/sandbox-bench" "$@"
fi
SANDBOX_STUDIO_DATA_DIR="${SANDBOX_STUDIO_DATA_DIR:-$build_dir/test-data}" exec "$build_dir/tools/bench/sandbox-bench" "$@"
