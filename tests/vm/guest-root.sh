#!/bin/bash
# Runs in the tst_vm guest as root (vmtest.service, output on ttyS0):
# installs the .deb from the payload disk with apt (no network needed: the
# image holds its dependencies), makes the test's HTTP server in a network
# namespace of its own, runs guest-user.sh as tester inside
# user@1000.service, then purges the package and checks what is left.
set -u
failures=0
say() { echo "VMTEST $*"; }
pass() { say "PASS $*"; }
fail() { say "FAIL $*"; failures=$((failures + 1)); }
payload=/mnt/payload
user_cg=/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service

say "INFO up $(cut -d' ' -f1 /proc/uptime) s; kernel $(uname -r); $(systemctl --version | head -1)"
if [ "$(stat -fc %T /sys/fs/cgroup)" = cgroup2fs ]; then pass "pure cgroup v2 (/sys/fs/cgroup is cgroup2fs)"
else fail "/sys/fs/cgroup is $(stat -fc %T /sys/fs/cgroup), not cgroup2"; fi
say "INFO user@1000.service: $(systemctl is-active user@1000.service), offers: $(cat "$user_cg/cgroup.controllers" 2>&1)"
echo 'nameserver 10.0.2.3' >/etc/resolv.conf  # QEMU user-mode network's DNS, for the debian-slim build
for _ in $(seq 60); do ip route | grep -q '^default' && break; sleep 1; done
say "INFO network: $(ip -4 -o addr show scope global | awk '{print $2, $4}' | tr '\n' ' ')"

t0=$(date +%s)
if DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$payload"/sandbox-studio_*.deb >/tmp/apt.log 2>&1; then
    pass "apt-get install ./sandbox-studio_*.deb works offline ($(( $(date +%s) - t0 )) s)"
else
    fail "apt-get install of the .deb: $(tail -15 /tmp/apt.log | tr '\n' ' ')"
    say "DONE failures=$failures"; exit 0
fi
dpkg -L sandbox-studio >/tmp/package-files

# The test's own server, in a network namespace it makes: the only thing
# the sandboxes' default network is asked to reach.
ip netns add vmtest-srv
ip link add vmtest0 type veth peer name vmtest1 netns vmtest-srv
ip addr add 10.200.0.1/24 dev vmtest0 && ip link set vmtest0 up
ip -n vmtest-srv addr add 10.200.0.2/24 dev vmtest1 && ip -n vmtest-srv link set vmtest1 up && ip -n vmtest-srv link set lo up
mkdir -p /srv/www && echo "served from the test namespace" >/srv/www/index.html
ip netns exec vmtest-srv busybox httpd -f -p 10.200.0.2:8080 -h /srv/www &
httpd=$!

t0=$(date +%s)
systemd-run --user -M tester@ --wait --pipe --quiet --collect /bin/bash "$payload/guest-user.sh" </dev/null 2>&1 | tee /tmp/user.log
grep -q '^VMTEST USERDONE' /tmp/user.log || fail "the user's tests did not finish"
say "INFO the user's tests took $(( $(date +%s) - t0 )) s"
kill "$httpd" 2>/dev/null

data=/home/tester/.local/share/sandbox-studio
read -r sub_start sub_count < <(awk -F: '$1 == "tester" {print $2, $3}' /etc/subuid)
foreign=$(find "$data" -xdev -printf '%U\n' 2>/dev/null | sort -un | awk -v s="$sub_start" -v c="$sub_count" '$1 != 1000 && ($1 < s || $1 >= s + c)' | tr '\n' ' ')
if [ "$(stat -c %U "$data" 2>/dev/null)" = tester ] && [ -z "$foreign" ]; then
    pass "the data directory is tester's own (tester and its subordinate ids only; $(du -sh "$data" | cut -f1))"
else
    fail "the data directory $data: owner $(stat -c %U "$data" 2>&1), foreign uids: $foreign"
fi
say "INFO cgroups left under user@1000.service: $(cd "$user_cg" && find . -type d -name 'sandbox-studio*' | tr '\n' ' ')"

DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq sandbox-studio >/tmp/purge.log 2>&1 || fail "apt-get purge: $(tail -5 /tmp/purge.log)"
left=$(while read -r f; do [ -f "$f" ] || [ -L "$f" ] && echo "$f"; done </tmp/package-files)
left="$left$(find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /home/tester -o -path /mnt \) -prune -o \( -iname '*sandbox-studio*' -o -iname 'sandbox-run*' -o -iname '*sandboxstudio*' \) -print)"
if [ -z "$left" ]; then pass "apt purge leaves no file of the package"; else fail "left after purge: $(echo "$left" | tr '\n' ' ')"; fi
say "DONE failures=$(( failures + $(grep -c '^VMTEST FAIL' /tmp/user.log) ))"
