#!/usr/bin/env bash
# Packs what the GPU check needs into gpu-bundle/root.tar.gz: sandbox-run,
# runc and their libraries as a tiny root, plus a minimal image. The lent
# GPU machine is bare and offline, so nothing may be fetched there.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(cd "$here/../.." && pwd)
if [ "${SANDBOX_STUDIO_DEVROOT:-}" != 1 ] && ! "$checkout/tools/devroot" native; then
    exec "$checkout/tools/devroot" run "$here/make-bundle.sh" "$@"
fi
out=$checkout/gpu-bundle
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

copy_with_libs() {
    local file
    for file in "$@"; do
        mkdir -p "$stage/root$(dirname "$file")"
        cp -L "$file" "$stage/root$file"
        ldd "$file" 2>/dev/null | grep -o '/[^ ]*' | while read -r lib; do
            mkdir -p "$stage/root$(dirname "$lib")"
            cp -Ln "$lib" "$stage/root$lib" 2>/dev/null || true
        done
    done
}

root=$stage/root
mkdir -p "$root"/{usr/bin,usr/sbin,usr/lib64,etc,proc,dev,sys,tmp,host,data}
copy_with_libs "$checkout/build/app/sandbox-run" /usr/sbin/runc /usr/sbin/chroot /bin/sh /bin/cat /bin/ls /bin/mkdir
mv "$root$checkout/build/app/sandbox-run" "$root/usr/bin/sandbox-run"
rm -rf "$root/work"
ln -sf usr/bin "$root/bin"; ln -sf usr/sbin "$root/sbin"; ln -sf usr/lib "$root/lib"
[ -e "$root/lib64" ] || ln -sf usr/lib64 "$root/lib64"
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"

# The image sandboxes run from: only a shell and the C library, since
# nvidia-smi and its library come from the host through CDI.
image=$root/data/images/debian-slim-bookworm/rootfs
mkdir -p "$image"/{usr/bin,usr/lib/x86_64-linux-gnu,usr/lib64,proc,dev,sys,tmp,root,etc}
for f in /bin/sh /lib/x86_64-linux-gnu/libc.so.6 /lib/x86_64-linux-gnu/libm.so.6 \
         /lib/x86_64-linux-gnu/libdl.so.2 /lib/x86_64-linux-gnu/libpthread.so.0 \
         /lib/x86_64-linux-gnu/librt.so.1 /lib64/ld-linux-x86-64.so.2; do
    target=$image$(realpath -s "$f" | sed 's#^/bin#/usr/bin#; s#^/lib/#/usr/lib/#; s#^/lib64#/usr/lib64#')
    cp -L "$f" "$target"
done
cp -L /bin/ls "$image/usr/bin/ls"
ldd /bin/ls | grep -o '/[^ ]*' | while read -r lib; do cp -Ln "$lib" "$image/usr/lib/x86_64-linux-gnu/" 2>/dev/null || true; done
ln -sf usr/bin "$image/bin"; ln -sf usr/lib "$image/lib"; ln -sf usr/lib64 "$image/lib64"
touch "$image/usr/bin/python3"   # the store's "image is complete" marker

mkdir -p "$out"
tar -C "$root" -czf "$out/root.tar.gz" .
cp "$here/run-on-device.sh" "$out/"
du -sh "$out"/*
