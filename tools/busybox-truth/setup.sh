#!/bin/sh
# Builds a Docker-like topology in network namespaces so busybox applets can be run for real:
#   lh-appl-br  : "host" namespace holding bridge br0 (10.0.42.128/24 gateway) and bridge br1
#   lh-appl-1   : "container" with eth0 10.0.42.129/24 (MAC 02:42:0a:00:2a:81), eth1 10.0.43.129/24,
#                 default via 10.0.42.128
#   lh-appl-2   : peer container with eth0 10.0.42.130/24 on br0
# Usage: setup.sh up | down
set -e
B=lh-appl-br; C1=lh-appl-1; C2=lh-appl-2
down() {
    for n in $C1 $C2 $B; do ip netns del $n 2>/dev/null || true; done
}
up() {
    down
    for n in $B $C1 $C2; do ip netns add $n; ip -n $n link set lo up; done
    ip -n $B link add br0 type bridge; ip -n $B link add br1 type bridge
    ip -n $B addr add 10.0.42.128/24 brd 10.0.42.255 dev br0
    ip -n $B addr add 10.0.43.128/24 brd 10.0.43.255 dev br1
    # pad indexes so the container's eth0 gets a docker-like peer suffix
    ip -n $B link add vethA type veth peer name eth0 netns $C1
    ip -n $B link add vethB type veth peer name eth1 netns $C1
    ip -n $B link add vethC type veth peer name eth0 netns $C2
    for v in vethA vethC; do ip -n $B link set $v master br0 up; done
    ip -n $B link set vethB master br1 up
    ip -n $B link set br0 up; ip -n $B link set br1 up
    ip -n $C1 link set eth0 address 02:42:0a:00:2a:81
    ip -n $C1 link set eth1 address 02:42:0a:00:2b:81
    ip -n $C2 link set eth0 address 02:42:0a:00:2a:82
    ip -n $C1 addr add 10.0.42.129/24 brd 10.0.42.255 dev eth0
    ip -n $C1 addr add 10.0.43.129/24 brd 10.0.43.255 dev eth1
    ip -n $C2 addr add 10.0.42.130/24 brd 10.0.42.255 dev eth0
    ip -n $C1 link set eth0 up; ip -n $C1 link set eth1 up; ip -n $C2 link set eth0 up
    ip -n $C1 route add default via 10.0.42.128
    ip -n $C2 route add default via 10.0.42.128
}
"${1:-up}"
