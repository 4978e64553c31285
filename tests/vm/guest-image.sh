#!/usr/bin/env bash
# Builds the Debian 13 guest that tst_vm boots: systemd with a lingering
# ordinary user (tester, uid 1000, a subordinate id range), a small
# initramfs for virtio disks, networkd on QEMU's user-mode network, and a
# oneshot unit that runs /mnt/payload/guest-root.sh (the second disk) with
# its output on the serial console, then powers off.
#   guest-image.sh OUT_DIR PACKAGES     (OUT_DIR gets disk.img, vmlinuz, initrd.img)
#   guest-image.sh customize ROOT       (mmdebstrap's customize hook)
set -euo pipefail

customize() {
    local root=$1
    chroot "$root" useradd -m -s /bin/bash -u 1000 tester
    grep -q '^tester:' "$root/etc/subuid" || { echo "no subordinate uid range for tester" >&2; exit 1; }
    chroot "$root" passwd -d root >/dev/null
    echo vm > "$root/etc/hostname"
    echo '/dev/vda / ext4 rw 0 1' > "$root/etc/fstab"
    mkdir -p "$root/var/lib/systemd/linger"
    touch "$root/var/lib/systemd/linger/tester"
    mkdir -p "$root/etc/systemd/network"
    printf '[Match]\nName=en*\n\n[Network]\nDHCP=ipv4\n' > "$root/etc/systemd/network/10-user-net.network"
    cat > "$root/usr/local/sbin/vmtest-start" <<'SCRIPT'
#!/bin/sh
mkdir -p /mnt/payload
mount -o ro /dev/vdb /mnt/payload || { echo "VMTEST FAIL the payload disk does not mount"; echo "VMTEST DONE failures=1"; exit 1; }
exec /bin/bash /mnt/payload/guest-root.sh
SCRIPT
    chmod 755 "$root/usr/local/sbin/vmtest-start"
    cat > "$root/etc/systemd/system/vmtest.service" <<'UNIT'
[Unit]
Description=tst_vm payload
Wants=user@1000.service
After=user@1000.service systemd-networkd.service

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/vmtest-start
StandardOutput=tty
StandardError=tty
TTYPath=/dev/ttyS0
TimeoutStartSec=infinity
ExecStopPost=/usr/bin/systemctl --no-block poweroff

[Install]
WantedBy=multi-user.target
UNIT
    chroot "$root" systemctl enable --quiet vmtest.service systemd-networkd.service
    chroot "$root" systemctl mask --quiet getty@tty1.service serial-getty@ttyS0.service \
        apt-daily.timer apt-daily-upgrade.timer fstrim.timer e2scrub_all.timer man-db.timer dpkg-db-backup.timer
}

if [ "${1:-}" = customize ]; then customize "$2"; exit 0; fi

out=$1
packages=$2
mirror=${SANDBOX_STUDIO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
tmp=$out.partial
rm -rf "$tmp"
mkdir -p "$tmp"
root=$tmp/root
# The initramfs needs only the virtio disk and ext4 (a small one builds fast).
mmdebstrap --mode=root --variant=apt --format=directory --include="$packages" \
    --essential-hook='mkdir -p "$1/etc/initramfs-tools/conf.d" "$1/usr/share/initramfs-tools/modules.d" && echo MODULES=list > "$1/etc/initramfs-tools/conf.d/vm.conf" && printf "virtio_pci\nvirtio_blk\next4\n" > "$1/usr/share/initramfs-tools/modules.d/vm"' \
    --customize-hook="\"$(readlink -f "$0")\" customize \"\$1\"" \
    trixie "$root" "$mirror" >"$tmp/mmdebstrap.log" 2>&1 || { tail -30 "$tmp/mmdebstrap.log"; exit 1; }
cp "$(ls "$root"/boot/vmlinuz-* | tail -1)" "$tmp/vmlinuz"
cp "$(ls "$root"/boot/initrd.img-* | tail -1)" "$tmp/initrd.img"
truncate -s 6G "$tmp/disk.img"
mkfs.ext4 -q -F -L guest -d "$root" "$tmp/disk.img"
rm -rf "$root"
mv "$tmp" "$out"
