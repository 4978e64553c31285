#!/usr/bin/env bash
# Measures what a cluster run costs over a local one: the median wall time
# of `sandbox-run -- true` here, through srun on the loopback cluster
# (local Slurm client) and through ssh + srun, N runs each.
#   tests/slurm/measure-overhead.sh BUILD_DIR [N]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:?usage: $0 BUILD_DIR [N]}" && pwd)
runs=${2:-10}
bin=$build/app/sandbox-run
dir=$build/slurm-measure
export SANDBOX_STUDIO_DATA_DIR=${SANDBOX_STUDIO_DATA_DIR:-$build/test-data}
export SANDBOX_STUDIO_CLUSTERS_FILE=$dir/clusters.json

"$here/slurm-cluster.sh" start "$dir"
trap '"$here/slurm-cluster.sh" stop "$dir"' EXIT
. "$dir/cluster.env"
export SLURM_CONF
"$bin" clusters add loop --node-sandbox-run "$bin" --node-data-dir "$SANDBOX_STUDIO_DATA_DIR"
"$bin" clusters add loop-ssh --ssh "$SSH_USER@$SSH_HOST" --port "$SSH_PORT" --identity "$SSH_KEY" \
    --known-hosts "$SSH_KNOWN_HOSTS" --node-sandbox-run "$bin" --node-data-dir "$SANDBOX_STUDIO_DATA_DIR"

median_ms() { # command...: median wall time of $runs runs, in ms
    local times=() start end
    "$@" >/dev/null 2>&1 || true # warm-up
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

printf 'runs per row: %s\n' "$runs"
printf '| what | median ms |\n|---|---|\n'
printf '| `sandbox-run -- true` (this computer) | %s |\n' "$(median_ms "$bin" -- true)"
printf '| `srun true` (Slurm alone) | %s |\n' "$(median_ms srun true)"
printf '| `sandbox-run --on loop -- true` (srun) | %s |\n' "$(median_ms "$bin" --on loop -- true)"
printf '| `sandbox-run --on loop-ssh -- true` (ssh + srun) | %s |\n' "$(median_ms "$bin" --on loop-ssh -- true)"
