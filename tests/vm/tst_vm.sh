#!/usr/bin/env bash
# The ordinary user's desktop path, proven in a Debian 13 guest under QEMU:
# systemd, pure cgroup v2, a lingering user with a subordinate id range,
# crun, runc, pasta. Builds the .deb, boots a cached guest image (built
# with mmdebstrap, keyed by its inputs, kept in ~/.cache/sandbox-studio)
# with the package and the guest scripts on a second disk; the guest
# installs the package with apt, runs tests/vm/guest-user.sh as the user
# inside user@1000.service, reports on the serial console and powers off.
# KVM when /dev/kvm works, software emulation (TCG) otherwise.
# Exit 77 means SKIP (the reason is printed).
#   tst_vm.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir=$1
source_dir=$2
here=$source_dir/tests/vm
skip() { echo "SKIP: $*"; exit 77; }
step() { echo "== [$((SECONDS))s] $*"; }

[ "$(id -u)" = 0 ] || skip "needs root (builds the guest image with mmdebstrap)"
# Opt-in until it passes within its limit: under software emulation on a
# loaded 2-core machine its first run did not finish in 40 minutes.
[ "${SANDBOX_STUDIO_VM_TEST:-}" = 1 ] || skip "opt-in: set SANDBOX_STUDIO_VM_TEST=1 (40+ minutes under software emulation here)"
for tool in cpack dpkg-deb mmdebstrap mkfs.ext4 qemu-system-x86_64 qemu-img; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done

work=$(mktemp -d "$build_dir/vm-test.XXXXXX")
qemu_pid=
cleanup() {
    [ -n "$qemu_pid" ] && kill "$qemu_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

step "building the package"
cpack_log=$work/cpack.log
(cd "$build_dir" && cpack -G DEB -B "$work/deb" >"$cpack_log" 2>&1) || { cat "$cpack_log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/deb/sandbox-studio_*.deb)

# Everything the package depends on goes into the cached image, so that
# apt installs the .deb in the guest without a network.
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/[[:space:]]//g' | grep -v '^$' | sort -u | paste -sd, -)
base=systemd-sysv,linux-image-amd64,udev,dbus,dbus-user-session,systemd-container,libpam-systemd,kmod,login,passwd
base=$base,crun,runc,runsc,uidmap,passt,iproute2,procps,busybox,xvfb,x11-utils,xauth,ca-certificates
packages=$base,$depends
key=$(printf '%s\n%s\n' "$packages" "$(sha256sum "$here/guest-image.sh" | cut -c1-64)" | sha256sum | cut -c1-16)
cache_root=${SANDBOX_STUDIO_VM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sandbox-studio}
image=$cache_root/vm-$key
mkdir -p "$cache_root"
if [ ! -s "$image/disk.img" ]; then
    exec 9>"$cache_root/vm.lock"
    flock 9
    if [ ! -s "$image/disk.img" ]; then
        step "building the guest image $image (once per input set)"
        start=$SECONDS
        "$here/guest-image.sh" "$image" "$packages" || { echo "FAIL: the guest image did not build"; exit 1; }
        echo "guest image built in $((SECONDS - start)) s"
    fi
    exec 9>&-
fi

step "preparing the run's disks"
qemu-img create -q -f qcow2 -b "$image/disk.img" -F raw "$work/disk.qcow2"
mkdir "$work/payload"
cp "$deb" "$here/guest-root.sh" "$here/guest-user.sh" "$work/payload/"
cp "$source_dir/tests/vm/"*.json "$work/payload/" 2>/dev/null || true
truncate -s $(( $(stat -c %s "$deb") + 64 * 1024 * 1024 )) "$work/payload.img"
mkfs.ext4 -q -F -d "$work/payload" "$work/payload.img"

# KVM when it works: a /dev/kvm of a nested host can exist and still fail
# to start a CPU (seen here: "failed to set MSR 0x10a"), so ask QEMU first.
accel=(-accel tcg,tb-size=128 -cpu max)
if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
    if (echo quit | timeout 30 qemu-system-x86_64 -accel kvm -cpu host -display none -nodefaults -monitor stdio -S) >/dev/null 2>&1; then
        accel=(-accel kvm -cpu host)
    else
        echo "note: /dev/kvm exists but QEMU cannot start a CPU with it; software emulation instead"
    fi
fi
if ! echo quit | timeout 30 qemu-system-x86_64 "${accel[@]}" -display none -nodefaults -monitor stdio -S >"$work/probe.log" 2>&1; then
    cat "$work/probe.log"; skip "QEMU cannot start a machine here"
fi
serial=$work/serial.log
step "booting the guest (${accel[*]})"
limit=${SANDBOX_STUDIO_VM_TIMEOUT:-2400}
timeout "$limit" qemu-system-x86_64 "${accel[@]}" -m 1024 -smp 2 \
    -display none -serial "file:$serial" -monitor none -no-reboot \
    -kernel "$image/vmlinuz" -initrd "$image/initrd.img" \
    -append "root=/dev/vda rw console=ttyS0 quiet loglevel=3 systemd.show_status=0" \
    -drive "file=$work/disk.qcow2,format=qcow2,if=virtio,cache=unsafe" \
    -drive "file=$work/payload.img,format=raw,if=virtio,readonly=on" \
    -nic user,model=virtio-net-pci >"$work/qemu.log" 2>&1 &
qemu_pid=$!
rc=0
wait "$qemu_pid" || rc=$?
qemu_pid=
step "the guest is off (qemu exit $rc)"

tr -d '\r' <"$serial" >"$work/report.txt" || true
grep '^VMTEST ' "$work/report.txt" || true
tail_log() { echo "---- guest log tail ----"; tail -80 "$work/report.txt"; echo "---- qemu ----"; cat "$work/qemu.log"; }
if [ "$rc" = 124 ]; then tail_log; echo "FAIL: the guest did not finish within $limit s"; exit 1; fi
grep -q '^VMTEST DONE' "$work/report.txt" || { tail_log; echo "FAIL: the guest reported no result"; exit 1; }
if grep -q '^VMTEST FAIL' "$work/report.txt" || ! grep -q '^VMTEST DONE failures=0$' "$work/report.txt"; then
    tail_log; echo "FAIL: $(grep -c '^VMTEST FAIL' "$work/report.txt") check(s) failed in the guest"; exit 1
fi
echo "PASS: $(grep -c '^VMTEST PASS' "$work/report.txt") checks passed in the guest, in $SECONDS s"
