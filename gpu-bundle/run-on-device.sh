#!/usr/bin/env bash
# Runs on the lent GPU machine (as root): unpacks gpu-bundle/root.tar.gz,
# writes a CDI spec for the host's NVIDIA devices, enters the tiny root with
# pivot_root and runs `sandbox-run --gpu any -- nvidia-smi` there.
set -uo pipefail
bundle=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
echo "== host"
id; uname -r; grep PRETTY /etc/os-release; nproc
command -v nvidia-smi && nvidia-smi -L
ls -l /dev/nvidia* 2>&1 | head
mount | grep -E ' /sys/fs/cgroup' | head -3
command -v unshare pivot_root mount

work=/tmp/sandbox-studio-gpu
rm -rf "$work"; mkdir -p "$work/root"
tar -C "$work/root" -xzf "$bundle/root.tar.gz"

echo "== CDI spec"
smi=$(readlink -f "$(command -v nvidia-smi)")
nvml=$(ldconfig -p 2>/dev/null | awk '/libnvidia-ml\.so\.1 /{print $NF; exit}')
[ -n "$nvml" ] || nvml=$(find / -xdev -name 'libnvidia-ml.so.1' 2>/dev/null | head -1)
nvml=$(readlink -f "$nvml")
nodes=""
for dev in /dev/nvidiactl /dev/nvidia-uvm /dev/nvidia-uvm-tools /dev/nvidia-modeset; do
    [ -e "$dev" ] && nodes="$nodes{\"path\":\"$dev\"},"
done
gpus=""
i=0
for dev in /dev/nvidia[0-9]*; do
    [ -e "$dev" ] || continue
    gpus="$gpus{\"name\":\"$i\",\"containerEdits\":{\"deviceNodes\":[{\"path\":\"$dev\"}]}},"
    i=$((i + 1))
done
mkdir -p "$work/root/etc/cdi"
cat > "$work/root/etc/cdi/nvidia.json" <<JSON
{"cdiVersion":"0.6.0","kind":"nvidia.com/gpu",
 "devices":[${gpus%,}],
 "containerEdits":{"deviceNodes":[${nodes%,}],
   "env":["NVIDIA_VISIBLE_DEVICES=void"],
   "mounts":[{"hostPath":"/host$smi","containerPath":"/usr/bin/nvidia-smi","options":["ro","nosuid","nodev","bind"]},
             {"hostPath":"/host$nvml","containerPath":"/usr/lib/x86_64-linux-gnu/libnvidia-ml.so.1","options":["ro","nosuid","nodev","bind"]}]}}
JSON
cat "$work/root/etc/cdi/nvidia.json"

echo "== sandbox-run --gpu any -- nvidia-smi"
unshare --mount --propagation private -- sh -c '
    set -e
    r=$1
    mount --rbind "$r" "$r"
    mount -t proc proc "$r/proc"
    mount --rbind /dev "$r/dev"
    mount --rbind /sys "$r/sys"
    mount --rbind / "$r/host"
    mount -t tmpfs tmpfs "$r/tmp"
    cd "$r" && mkdir -p .old && pivot_root . .old
    exec /usr/sbin/chroot . /bin/sh -c "
        export LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin HOME=/root SANDBOX_STUDIO_DATA_DIR=/data SANDBOX_STUDIO_CDI_DIRS=/etc/cdi
        sandbox-run --version
        sandbox-run --block-network -- sh -c \"echo plain sandbox ok\"; echo rc=\$?
        sandbox-run --block-network --gpu any -- nvidia-smi; echo rc=\$?
        sandbox-run --block-network --gpu any -- nvidia-smi -L; echo rc=\$?
        sandbox-run --block-network -- sh -c \"ls /dev/nvidia* || echo no GPU device without --gpu\"; echo rc=\$?
        sandbox-run --block-network --gpu 9 -- true; echo rc=\$?
    "
' sh "$work/root" 2>&1
