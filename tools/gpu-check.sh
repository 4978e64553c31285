#!/usr/bin/env bash
# Checks GPU sandboxes on a machine with an NVIDIA GPU, as root, offline:
# describes the GPUs in a CDI spec (nvidia-ctk when present, else written by
# hand from /dev/nvidia* and nvidia-smi), then runs nvidia-smi in a sandbox,
# asks for one GPU too many, and hits a memory limit.
#
#   tools/gpu-check.sh                     uses sandbox-run from PATH, or
#   tools/gpu-check.sh BUNDLE.tar.xz       the self-contained bundle made by
#                                          tools/gpu-bundle.sh (no Qt needed)
# Prints one PASS/FAIL line per check; exits 1 if any failed, 77 if the
# machine has no NVIDIA GPU or the check cannot run here.
set -uo pipefail
bundle=${1:-}
work=$(mktemp -d /var/tmp/gpu-check.XXXXXX)
failed=0
say() { printf 'gpu-check: %s\n' "$*"; }
check() { # NAME CONDITION-RESULT DETAIL
    if [ "$2" = 0 ]; then say "PASS $1"; else say "FAIL $1: $3"; failed=1; fi
}
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { say "SKIP: must run as root"; exit 77; }
ls /dev/nvidia[0-9]* >/dev/null 2>&1 || { say "SKIP: no /dev/nvidia[0-9]* device nodes"; exit 77; }
smi=$(command -v nvidia-smi || true)
say "host: $(uname -r), cgroup $(stat -fc %T /sys/fs/cgroup), $(grep -m1 PRETTY_NAME /etc/os-release 2>/dev/null | cut -d= -f2)"
[ -n "$smi" ] && say "host sees: $("$smi" -L 2>&1 | head -4 | tr '\n' ' ')"

# Where sandbox-run runs: natively, or inside the bundle's own root.
prefix=""
if [ -n "$bundle" ]; then
    tar -C "$work" -xJf "$bundle" || { say "SKIP: cannot unpack $bundle"; exit 77; }
    root=$work/root
    cdi_dir=$root/cdi
    prefix=/.old # the host's / as seen from inside the bundle's root
    run() {
        unshare --mount --propagation private sh -c '
            R=$1; shift
            mount --bind "$R" "$R" && mount --rbind /dev "$R/dev" && mount -t proc proc "$R/proc" &&
            mount --rbind /sys "$R/sys" && mount -t tmpfs tmpfs "$R/tmp" && mkdir -p "$R/.old" &&
            cd "$R" && pivot_root . .old || exit 125
            export PATH=/usr/sbin:/usr/bin HOME=/tmp LC_ALL=C.UTF-8 SANDBOX_STUDIO_DATA_DIR=/data SANDBOX_STUDIO_CDI_DIRS=/cdi
            exec /usr/bin/sandbox-run --image /image "$@"' sh "$root" "$@"
    }
else
    command -v sandbox-run >/dev/null || { say "SKIP: no sandbox-run on PATH and no bundle given"; exit 77; }
    cdi_dir=$work/cdi
    export SANDBOX_STUDIO_CDI_DIRS=$cdi_dir
    run() { sandbox-run "$@"; }
fi
mkdir -p "$cdi_dir"

# The CDI spec. nvidia-ctk's hooks and library paths assume the host's root,
# so it is used only when sandbox-run runs natively.
if [ -z "$prefix" ] && command -v nvidia-ctk >/dev/null; then
    nvidia-ctk cdi generate --format=json --output="$cdi_dir/nvidia.json" >"$work/ctk.log" 2>&1
    check "nvidia-ctk writes a JSON CDI spec" $? "$(tail -3 "$work/ctk.log")"
else
    [ -n "$smi" ] || { say "SKIP: no nvidia-smi to put in the sandbox"; exit 77; }
    nvml=$(ldconfig -p 2>/dev/null | awk '/libnvidia-ml.so.1 /{print $NF; exit}')
    [ -n "$nvml" ] || nvml=$(ls /usr/lib/x86_64-linux-gnu/libnvidia-ml.so.1 /usr/lib64/libnvidia-ml.so.1 /lib/x86_64-linux-gnu/libnvidia-ml.so.1 2>/dev/null | head -1)
    [ -n "$nvml" ] || { say "SKIP: libnvidia-ml.so.1 not found"; exit 77; }
    nvml=$(readlink -f "$nvml"); smi=$(readlink -f "$smi")
    devices=""; controls=""
    for node in /dev/nvidia[0-9]*; do
        n=${node#/dev/nvidia}
        devices="$devices${devices:+,}{\"name\":\"$n\",\"containerEdits\":{\"deviceNodes\":[{\"path\":\"$node\"}]}}"
    done
    for node in /dev/nvidiactl /dev/nvidia-uvm /dev/nvidia-uvm-tools /dev/nvidia-modeset; do
        [ -c "$node" ] && controls="$controls${controls:+,}{\"path\":\"$node\"}"
    done
    cat >"$cdi_dir/nvidia.json" <<JSON
{"cdiVersion":"0.5.0","kind":"nvidia.com/gpu","devices":[$devices],
 "containerEdits":{"deviceNodes":[$controls],
  "env":["NVIDIA_VISIBLE_DEVICES=void"],
  "mounts":[{"hostPath":"$prefix$smi","containerPath":"/usr/bin/nvidia-smi","options":["ro","nosuid","nodev","bind"]},
            {"hostPath":"$prefix$nvml","containerPath":"/usr/lib/x86_64-linux-gnu/libnvidia-ml.so.1","options":["ro","nosuid","nodev","bind"]}]}}
JSON
    say "wrote a CDI spec by hand: $(ls /dev/nvidia[0-9]* | wc -l) GPU(s), nvidia-smi $smi, NVML $nvml"
fi

count=$(ls /dev/nvidia[0-9]* | wc -l)
start=$(date +%s%N)
run --block-network --gpu any -- nvidia-smi -L >"$work/smi.out" 2>&1
rc=$?
say "sandboxed nvidia-smi -L took $(( ($(date +%s%N) - start) / 1000000 )) ms: $(head -3 "$work/smi.out" | tr '\n' ' ')"
check "nvidia-smi runs in a sandbox with --gpu any" $(( rc != 0 )) "rc=$rc"
grep -q '^GPU 0' "$work/smi.out"; check "the sandbox sees exactly one GPU" $(( $(grep -c '^GPU ' "$work/smi.out") != 1 )) "$(cat "$work/smi.out")"

run --block-network --gpu "$((count + 1))" -- true >"$work/toomany.out" 2>&1
rc=$?
grep -q "GPUs asked for, but this machine has $count" "$work/toomany.out"
check "one GPU too many is a clear error before start" $(( rc != 125 || $? != 0 )) "rc=$rc $(cat "$work/toomany.out")"

run --block-network --memory 32 -- sh -c 'a=0123456789abcdef; while :; do a=$a$a; done' >"$work/oom.out" 2>&1
rc=$?
grep -q "out of memory" "$work/oom.out"
check "a memory hog under 32 MiB ends out of memory (137)" $(( rc != 137 || $? != 0 )) "rc=$rc $(cat "$work/oom.out")"

exit $failed
