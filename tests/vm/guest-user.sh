#!/bin/bash
# Runs in the tst_vm guest as the ordinary user (tester), inside its own
# user@1000.service cgroup subtree, with the installed package: runtime
# choice, limits that hold, pasta, the debian-slim build, a hostile subset.
# Every check prints "VMTEST PASS|FAIL|INFO ..."; the host parses them.
set -u
export LANG=C.UTF-8
failures=0
say() { echo "VMTEST $*"; }
pass() { say "PASS $*"; }
fail() { say "FAIL $*"; failures=$((failures + 1)); }
check() { if [ "$1" = 0 ]; then pass "$2"; else fail "$2${3:+: $3}"; fi; }
now() { date +%s%3N; }
data=$HOME/.local/share/sandbox-studio
delegated=/sys/fs/cgroup$(sed -n 's/^0:://p' /proc/self/cgroup | sed 's|/app.slice/.*||; s|/user@1000.service/.*|/user@1000.service|')
last_err=$(mktemp)

# sb_in SECONDS ARGS...: runs sandbox-run; sets out, rc, ms; stderr in $last_err.
sb_in() {
    local t0 limit=$1
    shift
    t0=$(now)
    out=$(timeout "$limit" sandbox-run "$@" 2>"$last_err" </dev/null)
    rc=$?
    ms=$(( $(now) - t0 ))
    if grep -q 'not enforced' "$last_err"; then fail "sandbox-run $* warned: $(grep 'not enforced' "$last_err")"; fi
}
err_tail() { tr '\n' ' ' <"$last_err" | tail -c 600; }

say "INFO user $(id -un) uid $(id -u) in cgroup $(sed -n 's/^0:://p' /proc/self/cgroup)"
say "INFO subuid range $(grep "^$(id -un):" /etc/subuid)"
say "INFO delegated subtree $delegated offers: $(cat "$delegated/cgroup.controllers")"

# 1. The first run builds debian-slim rootless (mmdebstrap unshare mode),
# bounded so that a stuck build shows its output instead of the host's timeout.
sb() { sb_in "${SB_LIMIT:-600}" "$@"; }
SB_LIMIT=${VMTEST_BUILD_LIMIT:-1500} sb --block-network -- echo ok
check $([ "$rc" = 0 ] && [ "$out" = ok ]; echo $?) "first run builds debian-slim rootless and prints ok (rc $rc, $ms ms)" "$(err_tail)"
[ "$rc" = 0 ] || { say "USERDONE failures=$failures"; exit 0; }
sb --block-network -- true
say "INFO a second run (image cached): $ms ms, rc $rc"

# 2. Limits with each runtime: which one runs, the cgroup values, an OOM kill.
limits() { # RUNTIME (empty: the engine's choice)
    local runtime=$1 label=${1:-default} opts=() sandbox_pid state cg="" i
    [ -n "$runtime" ] && opts=(--runtime "$runtime")
    sandbox-run "${opts[@]}" --block-network --memory 32 --cpu 0.5 -- sleep 25 </dev/null >/dev/null 2>"$last_err" &
    sandbox_pid=$!
    for i in $(seq 100); do
        cg=""
        for f in $(find "$delegated" -path '*sandbox-studio-*' -name cgroup.procs 2>/dev/null); do
            [ -n "$(cat "$f" 2>/dev/null)" ] && { cg=$f; break; }
        done
        [ -n "$cg" ] && [ -n "$(ls "$data/runtime" 2>/dev/null)" ] && break
        sleep 0.2
    done
    state=$(cd "$data/runtime" 2>/dev/null && find . -maxdepth 3 | sort | tr '\n' ' ')
    if [ -z "$runtime" ]; then
        case "$state" in
            *state.json*) fail "the engine picked runc on pure cgroup v2 (state: $state)" ;;
            *status*) pass "the engine picks crun (its state files: $state)" ;;
            *) fail "no runtime state seen (state: $state)" ;;
        esac
    fi
    if [ -n "$cg" ]; then
        cg=$(dirname "$cg")
        local mem cpu pids
        mem=$(cat "$cg/memory.max"); cpu=$(cat "$cg/cpu.max"); pids=$(cat "$cg/pids.max")
        say "INFO $label: sandbox cgroup ${cg#/sys/fs/cgroup} memory.max=$mem cpu.max=$cpu pids.max=$pids"
        check $([ "$mem" = 33554432 ]; echo $?) "$label: --memory 32 shows as memory.max=$mem in the sandbox's cgroup"
        check $([ "$cpu" = "50000 100000" ]; echo $?) "$label: --cpu 0.5 shows as cpu.max=$cpu"
        check $([ "$pids" = 4096 ]; echo $?) "$label: the pids limit shows as pids.max=$pids"
    else
        fail "$label: no cgroup with the sandbox's processes under $delegated: $(err_tail)"
    fi
    wait "$sandbox_pid"
    check $? "$label: the limited run ends cleanly" "$(err_tail)"
    grep -q 'not enforced' "$last_err" && fail "$label: warned: $(err_tail)"
    sb "${opts[@]}" --block-network --memory 32 -- python3 -c 'b = b"x" * (100 << 20); print("survived", len(b))'
    check $([ "$rc" = 137 ]; echo $?) "$label: a 100 MB allocation under --memory 32 exits 137 ($ms ms)" "rc $rc, out $out, $(err_tail)"
    check $(grep -q 'out of memory: the sandbox hit its 32 MiB limit' "$last_err"; echo $?) "$label: sandbox-run says out of memory" "$(err_tail)"
}
limits ""
limits runc
sb --runtime runsc --block-network -- echo ok
if [ "$rc" = 0 ] && [ "$out" = ok ]; then
    pass "runsc runs rootless here ($ms ms)"
    sb --runtime runsc --block-network --memory 32 -- python3 -c 'b = b"x" * (100 << 20); print("survived", len(b))'
    say "INFO runsc: 100 MB under --memory 32: rc $rc, out '$out', $(err_tail)"
else
    say "INFO runsc does not run rootless here (rc $rc): $(err_tail)"
fi

# 3. The network: pasta by default reaches the server in the test's own
# namespace (10.200.0.2, made by guest-root.sh); --block-network leaves lo.
sb -- python3 -c 'import urllib.request; print(urllib.request.urlopen("http://10.200.0.2:8080/index.html", timeout=20).read().decode().strip())'
check $([ "$out" = "served from the test namespace" ]; echo $?) "pasta: the default network reaches the test's server rootless ($ms ms)" "rc $rc, out $out, $(err_tail)"
sb --block-network -- python3 -c 'import socket; print(" ".join(sorted(n for _, n in socket.if_nameindex())))'
check $([ "$rc" = 0 ] && [ "$out" = lo ]; echo $?) "--block-network leaves only lo (saw: $out)" "$(err_tail)"

# 4. The window, as the user on Xvfb: `sandbox-studio --run SPEC` with a
# pasted script; it shows in the window and its output lands in the history.
token=window-$RANDOM$RANDOM
printf '{"command": ["sh", "-c", "echo %s; echo made > /tmp/made-by-window.txt"], "block_network": true}\n' "$token" >"$HOME/window-spec.json"
Xvfb :7 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -e /tmp/.X11-unix/X7 ] && break; sleep 0.1; done
t0=$(now)
DISPLAY=:7 sandbox-studio --run "$HOME/window-spec.json" >"$HOME/studio.log" 2>&1 &
studio=$!
window=""; shown=""
for _ in $(seq 300); do
    [ -z "$window" ] && xwininfo -display :7 -root -tree 2>/dev/null | grep -q '"Sandbox Studio"' && window=$(( $(now) - t0 ))
    [ -n "$window" ] && shown=$(grep -l "$token" "$data"/history/*/output.log 2>/dev/null | head -1) && [ -n "$shown" ] && break
    sleep 0.2
done
check $([ -n "$window" ]; echo $?) "the window opens on Xvfb as the user (${window:-never} ms)" "$(tail -c 400 "$HOME/studio.log")"
check $([ -n "$shown" ]; echo $?) "the window runs the pasted script; its output is in the run's history ($(( $(now) - t0 )) ms)" "$(tail -c 400 "$HOME/studio.log")"
[ -n "$shown" ] && say "INFO the window's run record: $(tr -d '\n' <"$(dirname "$shown")/run.json" | head -c 300)"
kill "$studio" 2>/dev/null; wait "$studio" 2>/dev/null
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null

# 5. A hostile subset, rootless.
echo "canary-$RANDOM$RANDOM" >"$HOME/canary.txt"
sb --block-network -- sh -c 'cat /home/tester/canary.txt /etc/shadow /mnt/payload/guest-root.sh 2>/dev/null; ls /home /mnt 2>/dev/null'
check $(grep -q "$(cat "$HOME/canary.txt")\|guest-root\|tester" <<<"$out"; [ $? = 1 ]; echo $?) "hostile: reading the user's and the guest's files sees none" "$out"
sb --block-network -- sh -c 'mount -t tmpfs t /mnt 2>/dev/null && echo ESCAPED:tmpfs
mount --bind /proc /mnt 2>/dev/null && echo ESCAPED:bind
mount -t proc p /mnt 2>/dev/null && echo ESCAPED:proc
mount -t cgroup2 c /mnt 2>/dev/null && echo ESCAPED:cgroup
mount -o remount,rw /sys 2>/dev/null && echo ESCAPED:remount
umount /proc/kcore 2>/dev/null && echo ESCAPED:unmask
echo TRIED'
check $([ "$out" = TRIED ]; echo $?) "hostile: mounting (tmpfs, bind, proc, cgroup2, remount /sys, unmask) is refused" "$out"
t0=$(now)
sb --block-network --memory 512 --timeout 240 -- sh -c 'sh -c "i=0; while [ \$i -lt 6000 ]; do sleep 600 & i=\$((i+1)); done" 2>/dev/null; set -- /proc/[0-9]*; echo procs $#'
n=${out#procs }
check $([ "$n" -ge 100 ] 2>/dev/null && [ "$n" -le 4096 ]; echo $?) "hostile: a fork bomb is bounded by pids.max 4096 ($n processes, rc $rc, $ms ms)" "out $out $(err_tail)"
sb --block-network --memory 32 -- sh -c 'exec dd if=/dev/zero of=/tmp/fill bs=1M'
check $([ "$rc" != 0 ]; echo $?) "hostile: a memory bomb through tmpfs pages under --memory 32 is stopped (rc $rc)" "$(err_tail)"
sb --block-network -- echo still-here
check $([ "$out" = still-here ]; echo $?) "the engine still works after the hostile subset"
left=$(ls "$data/sandboxes" "$data/runtime" 2>/dev/null | grep -v ':$' | grep -v '^$')
check $([ -z "$left" ]; echo $?) "no sandbox or runtime state is left" "$left"
say "USERDONE failures=$failures"
