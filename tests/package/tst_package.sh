#!/usr/bin/env bash
# Builds the .deb, checks its metadata, installs it into a fresh Debian 13
# root and uses it there: sandbox-run --version, a real sandbox, and the
# window on a virtual display. Exit 77 means SKIP (the reason is printed).
#   tst_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir=$1
source_dir=$2
skip() { echo "SKIP: $*"; exit 77; }
step() { echo "== $*"; }
# quiet_step / network_step: a failing step shows its output's tail.
. "$(dirname "${BASH_SOURCE[0]}")/../StepSupport.sh"

[ "$(id -u)" = 0 ] || skip "needs root (installs into a fresh root and runs containers)"
for tool in cpack mmdebstrap lintian appstreamcli desktop-file-validate Xvfb xwininfo unshare; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done

work=$(mktemp -d "$build_dir/package-test.XXXXXX")
root=$work/root
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    # Unmount anything left under the root, deepest first, then remove it.
    { grep -o " $work/[^ ]*" /proc/self/mountinfo || true; } | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

step "building the package"
(cd "$build_dir" && rm -f sandbox-studio_*.deb && quiet_step "$work/cpack.log" cpack -G DEB)
deb=$(ls "$build_dir"/sandbox-studio_*.deb)

step "checking its metadata"
dpkg-deb -x "$deb" "$work/contents"
desktop-file-validate "$work/contents/usr/share/applications/dev.sandboxstudio.SandboxStudio.desktop"
appstreamcli validate --no-net "$work/contents/usr/share/metainfo/dev.sandboxstudio.SandboxStudio.metainfo.xml"
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'root privileges' || true)
echo "$lintian_out"
if grep -q '^E:' <<<"$lintian_out"; then echo "FAIL: lintian reports errors"; exit 1; fi
for f in usr/bin/sandbox-run usr/bin/sandbox-studio usr/share/man/man1/sandbox-run.1.gz \
         usr/share/man/man1/sandbox-studio.1.gz usr/share/icons/hicolor/scalable/apps/sandbox-studio.svg \
         usr/share/icons/hicolor/48x48/apps/sandbox-studio.png; do
    [ -e "$work/contents/$f" ] || { echo "FAIL: the package lacks $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q 'runc | crun' || { echo "FAIL: Depends lacks the OCI runtime"; exit 1; }

# A fresh Debian 13 root each time, from a cached tarball of a bare one.
cache=${SANDBOX_STUDIO_DATA_DIR:-$build_dir/test-data}/package-test-cache
mkdir -p "$cache/archives/partial"
if [ ! -s "$cache/trixie-apt-mount.tar" ]; then
    step "making a bare Debian 13 root (once)"
    network_step "$work/mmdebstrap.log" \
        mmdebstrap --variant=apt --format=tar --include=ca-certificates,mount trixie "$cache/trixie-apt-mount.tar.partial"
    mv "$cache/trixie-apt-mount.tar.partial" "$cache/trixie-apt-mount.tar"
fi
mkdir -p "$root"
tar -C "$root" -xf "$cache/trixie-apt-mount.tar"
cp "$deb" "$root/tmp/sandbox-studio.deb"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# Enter with pivot_root in a private mount namespace, not chroot: runc
# needs pivot_root for its own containers inside.
in_root() {
    unshare --mount --propagation private -- sh -c '
        set -e
        root=$1; archives=$2; shift 2
        mount --rbind "$root" "$root"
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        mount --bind "$archives" "$root/var/cache/apt/archives"
        mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        cd "$root" && mkdir -p .old && pivot_root . .old && umount -l /.old && rmdir /.old
        exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
    ' sh "$root" "$cache/archives" "$@"
}

step "installing the package with apt"
network_step "$work/apt-update.log" in_root apt-get update --error-on=any
network_step "$work/apt-install.log" in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/sandbox-studio.deb'

step "sandbox-run --version"
version=$(in_root sandbox-run --version)
echo "$version"
[[ "$version" == "sandbox-run "* ]] || { echo "FAIL: unexpected version output"; exit 1; }

step "sandbox-studio --version (no display needed)"
studio_version=$(in_root sandbox-studio --version)
echo "$studio_version"
[ "$studio_version" = "${version/sandbox-run/sandbox-studio}" ] || { echo "FAIL: unexpected sandbox-studio version output"; exit 1; }

step "sandbox-studio --run with a bad spec fails clearly"
echo 'not json' > "$root/tmp/bad.json"
if in_root sandbox-studio --run /tmp/bad.json 2>"$work/bad.err"; then echo "FAIL: a bad spec was accepted"; exit 1; fi
grep -q '/tmp/bad.json: not a JSON object' "$work/bad.err" || { cat "$work/bad.err"; echo "FAIL: the error does not name the file and problem"; exit 1; }
rm "$root/tmp/bad.json"

step "sandbox-run -- echo ok (builds the default image inside the fresh root)"
out=$(in_root sandbox-run -- echo ok 2>"$work/run.err") || { cat "$work/run.err"; echo "FAIL: sandbox-run failed"; exit 1; }
[ "$out" = ok ] || { cat "$work/run.err"; echo "FAIL: expected 'ok', got '$out'"; exit 1; }

step "the window opens from the installed files, as the desktop entry runs it with a file"
printf 'print("hi")\n' > "$root/tmp/hello.py"
exec_line=$(sed -n 's/^Exec=//p' "$work/contents/usr/share/applications/dev.sandboxstudio.SandboxStudio.desktop")
[ "$exec_line" = "sandbox-studio %U" ] || { echo "FAIL: unexpected Exec line: $exec_line"; exit 1; }
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
in_root env DISPLAY="$display" ${exec_line/\%U/file:///tmp/hello.py} >"$work/studio.log" 2>&1 &
studio=$!
found=
for _ in $(seq 100); do
    if xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"Sandbox Studio"'; then found=1; break; fi
    sleep 0.2
done
kill "$studio" 2>/dev/null || true
wait "$studio" 2>/dev/null || true
[ -n "$found" ] || { cat "$work/studio.log"; step_tail "$work/xvfb.log"; echo "FAIL: no Sandbox Studio window appeared"; exit 1; }
if grep -q 'sandbox-studio:' "$work/studio.log"; then cat "$work/studio.log"; echo "FAIL: the file did not open"; exit 1; fi
rm "$root/tmp/hello.py"
step "uninstalling leaves the system as it was"
quiet_step "$work/apt-purge.log" in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq --autoremove sandbox-studio && rm /tmp/sandbox-studio.deb'
# What the user's own runs created lives in their XDG data directory (user
# data, removed from the settings dialog); nothing else may remain.
left=$(in_root sh -c 'find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /root/.local/share/sandbox-studio -o -path /root/.cache/sandbox-studio -o -path /root/.config/sandbox-studio \) -prune -o \( -iname "*sandbox-studio*" -o -iname "sandbox-run*" -o -iname "*sandboxstudio*" \) -print')
[ -z "$left" ] || { echo "FAIL: left after purge:"; echo "$left"; exit 1; }
echo "PASS: the package installs, works and uninstalls cleanly in a fresh Debian 13 root"
