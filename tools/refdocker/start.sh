#!/usr/bin/env bash
# start.sh DIR — start a fresh, isolated reference dockerd whose whole state lives under DIR.
# Prints the DOCKER_HOST value (unix://DIR/docker.sock) on stdout; diagnostics go to stderr.
#
# Isolation: the engine runs in its own network namespace "labhost-ref-<hash>" holding only
# lo and eth0 = 10.0.2.15/24 (default via 10.0.2.2), plus its own mount and UTS namespaces
# (hostname "labhost", fixed /etc/hosts, /etc/hostname and /etc/resolv.conf).  The kernel has
# no "dummy" driver, so eth0 is one end of a veth pair whose other end sits in a second
# namespace of ours ("labhost-ref-<hash>-gw", 10.0.2.2/24) that routes nowhere.
# Nothing is ever attached to the VM's real network.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=$(realpath -m "$1")
DOCKER=${LABHOST_DOCKER_CLI:-/usr/local/bin/docker}
DOCKERD=${LABHOST_DOCKERD:-/usr/sbin/dockerd}
CACHE=${LABHOST_REFDOCKER_CACHE:-$(dirname "$DIR")/.refdocker-cache}
TIMEOUT=${LABHOST_REFDOCKER_TIMEOUT:-60}

if [ -e "$DIR/dockerd.pid" ] || [ -e "$DIR/netns" ]; then
  echo "start.sh: $DIR already holds an engine; run stop.sh $DIR first" >&2; exit 1
fi
mkdir -p "$DIR"/{data,exec,etc}
ID=$(printf '%s' "$DIR" | sha1sum | cut -c1-10)
NS=labhost-ref-$ID
GW=$NS-gw
echo "$NS" > "$DIR/netns"       # stop.sh reads this even if we fail half-way

fail() {
  echo "start.sh: $*" >&2
  if [ -f "$DIR/dockerd.log" ]; then
    echo "---- last lines of $DIR/dockerd.log ----" >&2; tail -n 30 "$DIR/dockerd.log" >&2
  fi
  exit 1
}

# ---- network namespaces -------------------------------------------------------------------
ip netns add "$NS" || fail "ip netns add $NS failed"
ip netns add "$GW" || fail "ip netns add $GW failed"
ip link add name eth0 netns "$NS" address 52:54:00:12:34:56 type veth \
   peer name eth0 netns "$GW" address 52:55:0a:00:02:02 || fail "cannot create veth pair"
ip -n "$NS" link set lo up
ip -n "$NS" addr add 10.0.2.15/24 brd + dev eth0
ip -n "$NS" link set eth0 up
ip -n "$NS" route add default via 10.0.2.2 dev eth0
ip -n "$GW" link set lo up
ip -n "$GW" addr add 10.0.2.2/24 dev eth0
ip -n "$GW" addr add 10.0.2.3/24 dev eth0
ip -n "$GW" link set eth0 up
# the host's "upstream DNS" (10.0.2.3, as on a QEMU/VirtualBox user-mode network): a stub
# in the gateway namespace that answers NXDOMAIN to everything.
setsid ip netns exec "$GW" python3 "$HERE/fakedns.py" 10.0.2.3 > "$DIR/fakedns.log" 2>&1 < /dev/null &
echo $! > "$DIR/fakedns.pid"

# ---- fixed host identity files ---------------------------------------------------------------
printf 'labhost\n' > "$DIR/etc/hostname"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n10.0.2.15\tlabhost\n' > "$DIR/etc/hosts"
printf 'nameserver 10.0.2.3\n' > "$DIR/etc/resolv.conf"

# ---- dockerd -------------------------------------------------------------------------------
# `ip netns exec` gives a private mount namespace with /sys remounted for the netns; unshare
# adds a UTS namespace.  Every mount dockerd/containerd make (overlay, shm, netns bind mounts)
# lives in that mount namespace, so it vanishes when the engine exits.
# `ip netns exec` remounts /sys, which hides the cgroup hierarchies mounted under
# /sys/fs/cgroup ("Devices cgroup isn't mounted"): replay the VM's cgroup mounts inside.
cgmounts=$(awk '$3=="tmpfs" && $2=="/sys/fs/cgroup" {print "mount -t tmpfs -o mode=755 cgroup_root /sys/fs/cgroup"}
  $3=="cgroup" || $3=="cgroup2" {print "mkdir -p " $2 "; mount -t " $3 " -o " $4 " " $1 " " $2}' /proc/self/mounts)
cat > "$DIR/run-dockerd.sh" <<INNER
#!/bin/sh
set -e
mount --make-rprivate /
hostname labhost
$cgmounts
for f in hosts hostname resolv.conf; do mount --bind "$DIR/etc/\$f" /etc/\$f; done
# a fresh /run so nothing of the VM's engine state can leak in
mount -t tmpfs -o mode=755 tmpfs /run
exec "$DOCKERD" \\
  --data-root "$DIR/data" --exec-root "$DIR/exec" --pidfile "$DIR/dockerd.pid" \\
  --host "unix://$DIR/docker.sock" --containerd-namespace labhost-ref \\
  --containerd-plugins-namespace labhost-ref-plugins \\
  --log-level info --iptables=true --userland-proxy=false --shutdown-timeout 1 --cgroup-parent "/$NS"
INNER
chmod +x "$DIR/run-dockerd.sh"
setsid ip netns exec "$NS" unshare --uts --mount --propagation private "$DIR/run-dockerd.sh" \
  > "$DIR/dockerd.log" 2>&1 < /dev/null &
echo $! > "$DIR/launcher.pid"

export DOCKER_HOST="unix://$DIR/docker.sock"
deadline=$((SECONDS + TIMEOUT))
until "$DOCKER" version >/dev/null 2>&1; do
  kill -0 "$(cat "$DIR/launcher.pid")" 2>/dev/null || fail "dockerd exited during start-up"
  [ $SECONDS -lt $deadline ] || fail "dockerd did not answer within ${TIMEOUT}s"
  sleep 0.3
done

# ---- images --------------------------------------------------------------------------------
"$HERE/build-images.sh" "$CACHE" >&2 || fail "image build failed"
# `docker images` sorts by creation time in whole seconds and breaks ties at random: import
# busybox first and alpine in a later second, so alpine is always listed first.
"$DOCKER" import --change 'CMD ["/bin/sh"]' "$CACHE/busybox.tar" busybox:latest >/dev/null \
  || fail "import busybox failed"
python3 -c 'import time; time.sleep(1.02 - time.time() % 1)'
"$DOCKER" import --change 'CMD ["/bin/sh"]' "$CACHE/alpine.tar" alpine:latest >/dev/null \
  || fail "import alpine failed"

echo "$DOCKER_HOST"
