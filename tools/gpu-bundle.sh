#!/usr/bin/env bash
# Packs what tools/gpu-check.sh needs on a bare GPU machine (no Qt, no
# network, maybe another glibc) into one archive: a minimal root holding
# sandbox-run, runc and every library they load, plus a tiny image
# (dash and glibc) to run nvidia-smi in. Run it after tools/build.
#
#   tools/gpu-bundle.sh [OUT]     default OUT: build/gpu-bundle.tar.xz
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(cd "$here/.." && pwd)
out=${1:-$checkout/build/gpu-bundle.tar.xz}

if [ -z "${SANDBOX_STUDIO_DEVROOT:-}" ] && ! "$here/devroot" native; then
    exec "$here/devroot" run "$here/gpu-bundle.sh" "$@"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/root
mkdir -p "$root"/{usr/bin,usr/sbin,lib/x86_64-linux-gnu,lib64,dev,proc,sys,tmp,host,etc}

copy_with_libs() { # BINARY DEST
    install -m 755 "$1" "$root/$2"
    ldd "$1" | awk '/=> \//{print $3} /^\t\/lib64/{print $1}' | while read -r lib; do
        case $lib in
        /lib64/*) cp -L "$lib" "$root/lib64/" ;;
        *) cp -L "$lib" "$root/lib/x86_64-linux-gnu/" ;;
        esac
    done
}
copy_with_libs "$checkout/build/app/sandbox-run" usr/bin/sandbox-run
copy_with_libs "$(command -v runc)" usr/sbin/runc
# Importing a directory image copies it with cp.
copy_with_libs "$(command -v cp)" usr/bin/cp
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
# Qt wants a UTF-8 locale; C.UTF-8 is small.
mkdir -p "$root/usr/lib/locale"
cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"

# The image: dash, glibc, and the marker ImageStore looks for.
image=$root/image
mkdir -p "$image"/{bin,usr/bin,usr/lib/x86_64-linux-gnu,lib64,etc,root,tmp,proc,sys,dev}
cp -L /bin/dash "$image/bin/sh"
for lib in libc.so.6 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libgcc_s.so.1; do
    cp -L "/lib/x86_64-linux-gnu/$lib" "$image/usr/lib/x86_64-linux-gnu/"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$image/lib64/"
ln -s usr/lib "$image/lib"
printf '#!/bin/sh\necho "placeholder: this image has no python" >&2; exit 127\n' > "$image/usr/bin/python3"
chmod 755 "$image/usr/bin/python3"
echo 'nameserver 127.0.0.1' > "$image/etc/resolv.conf"

tar -C "$stage" -cJf "$out" root
echo "gpu bundle: $out ($(du -h "$out" | cut -f1))"
