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

# The rows run interleaved, one round at a time, so that a busy machine
# slows them alike.
declare -A times
rows=(local srun cluster ssh)
# Each run's output goes to a log, shown (its tail) when the run fails.
run_row() {
    local status=0
    case $1 in
        local) "$bin" -- true ;;
        srun) srun true ;;
        cluster) "$bin" --on loop -- true ;;
        ssh) "$bin" --on loop-ssh -- true ;;
    esac >"$dir/run-$1.log" 2>&1 || status=$?
    if [ "$status" != 0 ]; then
        echo "FAIL: the $1 row exited with $status; its output:" >&2
        tail -n 40 "$dir/run-$1.log" >&2
    fi
    return "$status"
}
for row in "${rows[@]}"; do run_row "$row" || true; done # warm-up
for _ in $(seq "$runs"); do
    for row in "${rows[@]}"; do
        start=$(date +%s%N)
        run_row "$row"
        end=$(date +%s%N)
        times[$row]+="$(((end - start) / 1000000)) "
    done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf 'runs per row: %s, load average: %s\n' "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| what | median ms |\n|---|---|\n'
printf '| `sandbox-run -- true` (this computer) | %s |\n' "$(median <<<"${times[local]}")"
printf '| `srun true` (Slurm alone) | %s |\n' "$(median <<<"${times[srun]}")"
printf '| `sandbox-run --on loop -- true` (srun) | %s |\n' "$(median <<<"${times[cluster]}")"
printf '| `sandbox-run --on loop-ssh -- true` (ssh + srun) | %s |\n' "$(median <<<"${times[ssh]}")"
