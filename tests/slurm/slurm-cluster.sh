#!/usr/bin/env bash
# A real single-node Slurm cluster on loopback, for the cluster tests:
# munged, slurmctld and slurmd on 127.0.0.1, plus sshd on 127.0.0.1 for
# the SSH path. No systemd: the daemons run as children of this script's
# session and everything they need lives in one state directory.
#
#   slurm-cluster.sh start DIR   start everything; writes DIR/cluster.env
#   slurm-cluster.sh stop DIR    stop everything and remove what it made
#
# Must run as root (slurmd runs jobs as their user; sshd). The node offers
# 2 CPUs and 1000 MiB to jobs, whatever the machine has, so that the
# tests can fill it on purpose.
set -euo pipefail

action=${1:-}
dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
log() { printf 'slurm-cluster: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
skip() { log "skipped: $*"; exit 77; } # ctest's SKIP_RETURN_CODE

# Named after the state directory, so that clusters of several checkouts
# (their node names, cgroups and /etc/hosts lines) never meet.
set_names() {
    node=ss$(printf '%s' "$dir" | sha256sum | cut -c1-8)
    hosts_marker="# sandbox-studio slurm-cluster.sh $node"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() { # seconds, description, command...
    local seconds=$1 what=$2; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        if ((SECONDS >= deadline)); then
            echo "the last probe said:" >&2
            { "$@" 2>&1 || true; } | tail -n 20 >&2
            die "$what did not come up in ${seconds} s (logs in $dir)"
        fi
        sleep 0.1
    done
}

stop_pidfile() { # file: TERM, then KILL after 10 s
    local file=$1 pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file" 2>/dev/null || true)
    rm -f "$file"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

remove_slurm_cgroups() {
    local path
    for path in /sys/fs/cgroup/*/slurm_"$node"; do
        [ -d "$path" ] || continue
        # Deepest first: a cgroup directory goes only once it is empty.
        find "$path" -depth -type d -exec rmdir {} + 2>/dev/null || true
    done
}

start() {
    [ "$(id -u)" = 0 ] || skip "needs root"
    for tool in munged slurmctld slurmd srun /usr/sbin/sshd ssh-keygen python3; do
        command -v "$tool" >/dev/null || skip "$tool is not installed"
    done
    [ -d "$dir" ] && stop
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    set_names
    rm -rf "${dir:?}"/{state,spool,ssh} "$dir"/*.log "$dir"/*.out
    mkdir -p "$dir"/{state,spool,ssh}

    # munge: its own key and socket, run as the munge user. munged refuses
    # paths it cannot vouch for under the checkout; a private /tmp dir works.
    local munge_dir
    munge_dir=$(mktemp -d /tmp/sandbox-studio-munge.XXXXXX)
    ln -sfn "$munge_dir" "$dir/munge"
    chown munge:munge "$munge_dir"
    chmod 0755 "$munge_dir"
    # mungekey refuses to write outside /etc/munge here; any 1 KiB of
    # randomness is a valid key.
    head -c 1024 /dev/urandom >"$munge_dir/munge.key"
    chown munge:munge "$munge_dir/munge.key"
    chmod 0600 "$munge_dir/munge.key"
    runuser -u munge -- munged --force --origin=127.0.0.1 --key-file="$munge_dir/munge.key" \
        --socket="$munge_dir/munge.socket" --pid-file="$munge_dir/munged.pid" \
        --log-file="$munge_dir/munged.log" --seed-file="$munge_dir/munged.seed"
    wait_for 10 munged test -S "$munge_dir/munge.socket"

    local ctld_port slurmd_port ssh_port
    ctld_port=$(free_port)
    slurmd_port=$(free_port)
    ssh_port=$(free_port)

    cat >"$dir/slurm.conf" <<CONF
ClusterName=sandboxtest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$munge_dir/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/cgroup
TaskPlugin=task/cgroup
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SlurmdParameters=config_overrides
SchedulerParameters=batch_sched_delay=0
DefMemPerCPU=100
EnforcePartLimits=ALL
KillWait=5
OverTimeLimit=0
InactiveLimit=0
MinJobAge=300
MailProg=/bin/true
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
ReturnToService=2
NodeName=$node NodeAddr=127.0.0.1 CPUs=2 Sockets=1 CoresPerSocket=2 ThreadsPerCore=1 RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
    cat >"$dir/cgroup.conf" <<CONF
CgroupPlugin=cgroup/v1
CgroupMountpoint=/sys/fs/cgroup
ConstrainCores=yes
ConstrainRAMSpace=yes
CONF
    export SLURM_CONF=$dir/slurm.conf
    # slurmctld calls back to srun by the submitting host's name; a machine
    # whose own name does not resolve (a bare build root) stalls every job
    # end for 10 s and pins the node for a minute. Debian's installer puts
    # the name in /etc/hosts; do the same, marked, and undo it on stop.
    # Another checkout's line may vanish when its cluster stops: add ours.
    if ! getent hosts "$(hostname)" >/dev/null || grep -q "sandbox-studio slurm-cluster.sh" /etc/hosts; then
        printf '127.0.0.1 %s %s\n' "$(hostname)" "$hosts_marker" >>/etc/hosts
        log "added $(hostname) to /etc/hosts (it did not resolve)"
    fi
    remove_slurm_cgroups
    setsid slurmctld -D -i -f "$SLURM_CONF" >>"$dir/slurmctld.out" 2>&1 </dev/null &
    echo $! >"$dir/slurmctld.pid.own"
    setsid slurmd -D -N "$node" -f "$SLURM_CONF" >>"$dir/slurmd.out" 2>&1 </dev/null &
    echo $! >"$dir/slurmd.pid.own"
    wait_for 30 "the node" bash -c "sinfo -h -n $node -o %t | grep -qx idle"

    # sshd on loopback, with its own host key and root's key for the tests.
    mkdir -p /run/sshd
    chmod 0755 /run/sshd
    ssh-keygen -q -t ed25519 -N '' -f "$dir/ssh/host_key"
    ssh-keygen -q -t ed25519 -N '' -f "$dir/ssh/client_key"
    cp "$dir/ssh/client_key.pub" "$dir/ssh/authorized_keys"
    printf '[127.0.0.1]:%s %s\n' "$ssh_port" "$(cut -d' ' -f1,2 "$dir/ssh/host_key.pub")" >"$dir/ssh/known_hosts"
    cat >"$dir/ssh/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $ssh_port
HostKey $dir/ssh/host_key
PidFile $dir/ssh/sshd.pid
AuthorizedKeysFile $dir/ssh/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
SetEnv SLURM_CONF=$SLURM_CONF
CONF
    setsid /usr/sbin/sshd -D -e -f "$dir/ssh/sshd_config" >>"$dir/ssh/sshd.log" 2>&1 </dev/null &
    echo $! >"$dir/ssh/sshd.pid.own"
    wait_for 10 sshd ssh -F /dev/null -i "$dir/ssh/client_key" -o BatchMode=yes \
        -o UserKnownHostsFile="$dir/ssh/known_hosts" -p "$ssh_port" root@127.0.0.1 true

    cat >"$dir/cluster.env" <<ENV
SLURM_CONF=$SLURM_CONF
SLURM_NODE=$node
SSH_HOST=127.0.0.1
SSH_PORT=$ssh_port
SSH_USER=root
SSH_KEY=$dir/ssh/client_key
SSH_KNOWN_HOSTS=$dir/ssh/known_hosts
ENV
    log "up: SLURM_CONF=$SLURM_CONF, sshd on 127.0.0.1:$ssh_port"
}

stop() {
    dir=$(cd "$dir" 2>/dev/null && pwd) || return 0
    set_names
    rm -f "$dir/cluster.env"
    # Cancel jobs while the controller still runs (a dead one makes
    # scancel retry until its timeout).
    if [ -f "$dir/slurm.conf" ] && kill -0 "$(cat "$dir/slurmctld.pid.own" 2>/dev/null || echo none)" 2>/dev/null; then
        SLURM_CONF=$dir/slurm.conf timeout 5 scancel --full --quiet --user=root 2>/dev/null || true
    fi
    stop_pidfile "$dir/ssh/sshd.pid.own"
    stop_pidfile "$dir/slurmd.pid.own"
    stop_pidfile "$dir/slurmctld.pid.own"
    # Job steps that outlived their slurmd: whatever is still in the node's
    # cgroups is ours.
    local pid
    for pid in $(cat /sys/fs/cgroup/*/slurm_$node/cgroup.procs /sys/fs/cgroup/*/slurm_$node/*/cgroup.procs \
                     /sys/fs/cgroup/*/slurm_$node/*/*/cgroup.procs /sys/fs/cgroup/*/slurm_$node/*/*/*/cgroup.procs \
                     2>/dev/null | sort -u); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    sleep 0.2
    stop_pidfile "$dir/munge/munged.pid"
    if [ -L "$dir/munge" ]; then
        rm -rf "$(readlink "$dir/munge")"
        rm -f "$dir/munge"
    fi
    remove_slurm_cgroups
    if grep -qF "$hosts_marker" /etc/hosts 2>/dev/null; then
        grep -vF "$hosts_marker" /etc/hosts >/etc/hosts.sandbox-studio.tmp || true
        cat /etc/hosts.sandbox-studio.tmp >/etc/hosts
        rm -f /etc/hosts.sandbox-studio.tmp
    fi
    rm -rf "${dir:?}"/{state,spool}
    log "stopped"
}

case "$action" in
    start) start ;;
    stop) stop ;;
    *) die "usage: $0 start|stop DIR" ;;
esac
