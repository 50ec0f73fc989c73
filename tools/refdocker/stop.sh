#!/usr/bin/env bash
# stop.sh DIR — stop the reference engine started by start.sh DIR and remove everything it left:
# processes, network namespaces (the veth pair dies with them), mounts, and DIR itself.
# Safe to run on a half-started DIR, and more than once.
set -u
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
DIR=$(realpath -m "$1")
[ -d "$DIR" ] || exit 0

ID=$(printf '%s' "$DIR" | sha1sum | cut -c1-10)
NS=$(cat "$DIR/netns" 2>/dev/null || echo "labhost-ref-$ID")
case $NS in labhost-ref-*) ;; *) echo "stop.sh: odd netns name '$NS', refusing" >&2; exit 1;; esac

# kill -0 succeeds on zombies (orphans end up under a PID 1 that may never reap them),
# so look at the process state as well.
alive() {
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
  local st; st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}
pid=$(cat "$DIR/dockerd.pid" 2>/dev/null || true)
lpid=$(cat "$DIR/launcher.pid" 2>/dev/null || true)

# 1. ask dockerd to stop; the data is thrown away, so do not wait long for it.
for p in $pid $lpid; do alive "$p" && kill -TERM "$p" 2>/dev/null; done
for _ in $(seq 1 30); do
  alive "$pid" || alive "$lpid" || break
  sleep 0.1
done
# 2. container processes: start.sh passes --cgroup-parent /$NS, so every container of this
#    engine (and nothing else) lives in cgroup $NS in each hierarchy.
cgkill() {
  local f p
  for f in /sys/fs/cgroup/*/"$NS"/*/cgroup.procs /sys/fs/cgroup/*/"$NS"/cgroup.procs; do
    [ -r "$f" ] || continue
    # a cgroup may vanish while it is read: that is the goal, not an error
    { while read -r p; do kill -KILL "$p" 2>/dev/null; done < "$f"; } 2>/dev/null
  done
}
cgkill
# 3. dockerd, containerd and the shims all carry DIR in their argv.
for p in $pid $lpid $(grep -lsF -- "$DIR/" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3); do
  [ "$p" != "$$" ] && alive "$p" && kill -KILL "$p" 2>/dev/null
done
# anything else still inside the engine's own netns
for n in "$NS" "$NS-gw"; do
  [ -e "/run/netns/$n" ] || continue
  for p in $(ip netns pids "$n" 2>/dev/null); do kill -KILL "$p" 2>/dev/null; done
done
sleep 0.2
cgkill
for d in /sys/fs/cgroup/*/"$NS"; do
  [ -d "$d" ] || continue
  find "$d" -depth -type d -exec rmdir {} \; 2>/dev/null
done

# 4. namespaces (deleting them removes eth0 and its peer).
ip netns del "$NS" 2>/dev/null
ip netns del "$NS-gw" 2>/dev/null

# 5. mounts that escaped to the root mount namespace (should be none), deepest first.
grep -F " $DIR/" /proc/self/mounts | awk '{print $2}' | sort -r | while read -r m; do
  umount -l "$m" 2>/dev/null
done

# 6. data.
rm -rf "$DIR" 2>/dev/null || { sleep 1; rm -rf "$DIR"; }
[ ! -e "$DIR" ] || { echo "stop.sh: could not remove $DIR" >&2; exit 1; }
exit 0
