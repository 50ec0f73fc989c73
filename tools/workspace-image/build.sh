#!/usr/bin/env bash
# build.sh [--engine DOCKER_HOST] [--tag TAG] [--rootfs-tar FILE]
#
# Builds the LabHost workspace image OFFLINE from what Debian installed on this machine: a root
# filesystem assembled from the host's docker.io (dockerd, docker-proxy, docker-init),
# containerd, runc, iptables, bash, busybox-static and the Docker CLI on PATH, with every shared
# library they load, plus alpine.tar and busybox.tar (tools/refdocker/build-images.sh) that the
# entry point imports as alpine:latest and busybox:latest when the workspace boots. Then
# `docker import` makes it an image on the engine DOCKER_HOST names (default: the CLI's own).
# With --rootfs-tar only the root filesystem tar is written (no engine needed).
#
# The Dockerfile beside this script builds the same image from a registry's debian:12.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TAG=labhost/workspace:latest
DOCKER=${LABHOST_DOCKER_CLI:-/usr/local/bin/docker}
[ -x "$DOCKER" ] || DOCKER=$(command -v docker)
OUT_TAR=""
while [ $# -gt 0 ]; do
  case $1 in
    --engine) export DOCKER_HOST=$2; shift 2;;
    --tag) TAG=$2; shift 2;;
    --rootfs-tar) OUT_TAR=$2; shift 2;;
    -h|--help) sed -n '2,13p' "$0"; exit 0;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2;;
  esac
done

need() { command -v "$1" >/dev/null 2>&1 || { echo "build.sh: $1 is missing (apt-get install $2)" >&2; exit 1; }; }
need dockerd docker.io; need containerd containerd; need runc runc; need bash bash
[ -x /bin/busybox ] || { echo "build.sh: /bin/busybox is missing (apt-get install busybox-static)" >&2; exit 1; }
IPTABLES=$(readlink -f "$(command -v iptables || echo /usr/sbin/iptables)")
[ -x "$IPTABLES" ] || { echo "build.sh: iptables is missing (apt-get install iptables)" >&2; exit 1; }

work=$(mktemp -d /tmp/labhost-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
r=$work/rootfs
mkdir -p "$r"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,lib,lib64,etc,root,tmp,proc,sys,dev,run,var/lib/docker,var/log,opt/labhost/images}
chmod 1777 "$r/tmp"; chmod 700 "$r/root"

# copy FILE...: each file at its own path, with the shared libraries ldd says it loads.
copy() {
  local f lib
  for f in "$@"; do
    [ -e "$f" ] || continue
    mkdir -p "$r$(dirname "$f")"
    cp -L "$f" "$r$f"
    for lib in $(ldd "$f" 2>/dev/null | awk '/=> \// { print $3 } /^\t\/lib/ { print $1 }'); do
      [ -e "$r$lib" ] && continue
      mkdir -p "$r$(dirname "$lib")"; cp -L "$lib" "$r$lib"
    done
  done
}

copy /usr/sbin/dockerd /usr/sbin/docker-proxy /usr/bin/docker-init \
     /usr/bin/containerd /usr/bin/containerd-shim-runc-v2 /usr/bin/runc /usr/sbin/runc /bin/bash
copy "$IPTABLES" /usr/lib/x86_64-linux-gnu/xtables/*.so
for t in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
  ln -sf "$IPTABLES" "$r/usr/sbin/$t"
done
# readline needs the terminal's description, or it scrolls long lines sideways ("<" marks)
[ -d /lib/terminfo ] && mkdir -p "$r/lib" && cp -a /lib/terminfo "$r/lib/terminfo"
cp "$DOCKER" "$r/usr/local/bin/docker"
cp /bin/busybox "$r/bin/busybox"
for a in $(/bin/busybox --list); do
  case $a in busybox|bash) continue;; esac
  for d in bin sbin usr/bin usr/sbin; do [ -e "$r/$d/$a" ] && continue 2; done
  ln -s /bin/busybox "$r/bin/$a"
done

printf 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' > "$r/etc/passwd"
printf 'root:x:0:\ndocker:x:999:\nnogroup:x:65534:\n' > "$r/etc/group"
printf 'hosts: files dns\n' > "$r/etc/nsswitch.conf"
printf 'labhost\n' > "$r/etc/hostname"
: > "$r/etc/hosts"; : > "$r/etc/resolv.conf"
printf 'PRETTY_NAME="LabHost workspace (Debian 12 engine)"\nID=labhost-workspace\n' > "$r/etc/os-release"
cp -a "$HERE/rootfs/." "$r/"

"$ROOT/tools/refdocker/build-images.sh" "$work/cache" >&2
cp "$work/cache/alpine.tar" "$work/cache/busybox.tar" "$r/opt/labhost/images/"

tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2024-01-01 00:00:00Z' -C "$r" -cf "$work/rootfs.tar" .
if [ -n "$OUT_TAR" ]; then
  mv "$work/rootfs.tar" "$OUT_TAR"
  exit 0
fi
"$DOCKER" import \
  --change 'ENTRYPOINT ["/usr/local/bin/labhost-dind"]' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'VOLUME /var/lib/docker' \
  --change 'LABEL org.labhost.workspace-image=1' \
  "$work/rootfs.tar" "$TAG" >/dev/null
echo "$TAG"
