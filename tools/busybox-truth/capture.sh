#!/bin/bash
# Runs busybox applets inside the namespaces of setup.sh and stores what they print as
# transcript files (<slug>.cmd, .out, .err, .rc) for the simulator's tests.
# Usage: capture.sh OUTDIR   (run setup.sh up first; needs root, python3 for the DNS part)
set -u
out=${1:?outdir}; mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
X="ip netns exec lh-appl-1"
mkdir -p /etc/netns/lh-appl-1
printf '127.0.0.1\tlocalhost\n127.0.0.1\tvm\n10.0.42.130\tpeer\n' > /etc/netns/lh-appl-1/hosts
printf 'nameserver 127.0.0.11\n' > /etc/netns/lh-appl-1/resolv.conf
run() { # slug command...
    local slug=$1; shift
    printf '%s\n' "$*" > "$out/$slug.cmd"
    (cd /tmp && $X busybox "$@" > "$out/$slug.out" 2> "$out/$slug.err"; echo $? > "$out/$slug.rc")
}
run ip-addr ip addr
run ip-a ip a
run ip-4-o-addr ip -f inet -4 -o addr
run ip-o-addr ip -o addr
run ip-6-addr ip -6 addr
run ip-addr-show-eth1 ip addr show dev eth1
run ip-addr-show-nope ip addr show dev nope
run ip-link ip link
run ip-o-link ip -o link
run ip-link-show-nope ip link show nope
run ip-route ip route
run ip-r-dev-eth1 ip r show dev eth1
run ip-route-dev-nope ip route show dev nope
run ip-route-get ip route get 1.1.1.1
run ip-addr-foo ip addr foo
run ip-foo ip foo
run ip-x ip -x addr
run ip-f-bogus ip -f bogus addr
run ip-rule ip rule
run ifconfig ifconfig
run ifconfig-eth1 ifconfig eth1
run ifconfig-nope ifconfig nope
run route-n route -n
run route route
run hostname hostname
run hostname-i hostname -i
run ping-reply ping -c 2 -W 1 10.0.42.130
run ping-name ping -c 1 peer
run ping-quiet ping -q -c 2 10.0.42.130
run ping-deadline ping -w 2 10.0.42.130
run ping-timeout ping -c 2 -W 1 10.0.42.131
run ping-badname ping -c 1 nosuchname
run ping-noargs ping
run ping-badopt ping -x 1.2.3.4
run ping-badnum ping -c abc 1.2.3.4
ip -n lh-appl-1 route del default
run ping-unreachable ping -c 2 -W 1 192.0.2.1
ip -n lh-appl-1 route add default via 10.0.42.128
run nslookup-refused nslookup peer
ip -n lh-appl-1 addr add 127.0.0.11/32 dev lo
$X python3 "$here/tinydns.py" 127.0.0.11 peer=10.0.42.130 & dns=$!
sleep 1
run nslookup-peer nslookup peer
run nslookup-nosuch nslookup nosuch
run nslookup-type-a nslookup -type=a peer
run nslookup-noargs nslookup
kill $dns
ip -n lh-appl-1 addr del 127.0.0.11/32 dev lo
