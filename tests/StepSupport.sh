# Sourced by the shell tests: run a step so that its failure says why.
#
#   quiet_step LOG CMD [ARG...]     runs CMD with its output in LOG; on
#                                   failure prints LOG's last 40 lines and
#                                   returns CMD's status
#   network_step LOG CMD [ARG...]   the same for a step that downloads (the
#                                   Debian mirror): up to $STEP_TRIES (3)
#                                   tries, 10 s apart, while the failure looks
#                                   like the network's (each reason logged);
#                                   the end says whether it was the network
#
# Output is kept out of the way while a step works, never thrown away.

step_tail() {
    echo "---- last lines of $1 ----"
    tail -n 40 "$1" 2>/dev/null || echo "(no output)"
    echo "---- end of $1 ----"
}

quiet_step() {
    local log=$1; shift
    local status=0
    "$@" >"$log" 2>&1 || status=$?
    if [ "$status" != 0 ]; then
        echo "FAIL: '$*' exited with $status"
        step_tail "$log"
    fi
    return "$status"
}

# What apt, mmdebstrap, curl and the resolver print when the network (and
# not the step) failed.
looks_like_network() {
    grep -qiE 'Temporary failure (in name )?resol|Could not resolve|Failed to fetch|Unable to connect|Connection (timed out|refused|reset|failed)|Network is unreachable|No route to host|Hash Sum mismatch|File has unexpected size|(^|[^0-9])(5[0-9][0-9]) +(Internal|Bad Gateway|Service Unavailable|Gateway Time)|Some index files failed to download|Release file .* is not valid yet|Clearsigned file isn.t valid|timed out' "$1"
}

network_step() {
    local log=$1; shift
    local tries=${STEP_TRIES:-3} try status=0
    for ((try = 1; try <= tries; try++)); do
        status=0
        "$@" >"$log" 2>&1 || status=$?
        [ "$status" = 0 ] && return 0
        if looks_like_network "$log"; then
            echo "try $try/$tries of '$*' failed ($status), apparently the network: $(looks_like_network_line "$log")"
        else
            echo "FAIL: '$*' exited with $status (not apparently the network, so not tried again)"
            step_tail "$log"
            return "$status"
        fi
        [ "$try" -lt "$tries" ] && sleep "${STEP_RETRY_DELAY:-10}"
    done
    echo "FAIL (network): '$*' failed $tries times; the Debian mirror could not be reached or served bad data"
    step_tail "$log"
    return "$status"
}

looks_like_network_line() {
    grep -iE -m1 'Temporary failure|Could not resolve|Failed to fetch|Unable to connect|Connection|unreachable|No route|Hash Sum|unexpected size|Service Unavailable|Bad Gateway|Gateway Time|index files failed|not valid yet|Clearsigned|timed out' "$1" | cut -c1-200
}
