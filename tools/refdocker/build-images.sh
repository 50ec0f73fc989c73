#!/usr/bin/env bash
# build-images.sh CACHE — build (once) the rootfs tarballs alpine.tar and busybox.tar from the
# host's busybox-static, into CACHE.  Deterministic: fixed owner, mode and mtime.
set -euo pipefail
CACHE=$1
BB=${LABHOST_BUSYBOX:-/bin/busybox}
mkdir -p "$CACHE"
stamp=$(sha1sum "$BB" "$0" | sha1sum | cut -c1-12)
if [ -f "$CACHE/alpine.tar" ] && [ -f "$CACHE/busybox.tar" ] && [ "$(cat "$CACHE/stamp" 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
tmp=$(mktemp -d "$CACHE/build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

mkroot() {  # mkroot ROOT
  local r=$1 a
  mkdir -p "$r"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp,proc,sys,dev,var/run,home}
  chmod 1777 "$r/tmp"; chmod 700 "$r/root"
  cp "$BB" "$r/bin/busybox"; chmod 755 "$r/bin/busybox"
  for a in $("$BB" --list); do
    [ "$a" = busybox ] && continue
    ln -sf /bin/busybox "$r/bin/$a"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n' > "$r/etc/passwd"
  printf 'root:x:0:root\nnogroup:x:65534:\n' > "$r/etc/group"
  : > "$r/etc/hosts"; : > "$r/etc/resolv.conf"; : > "$r/etc/hostname"
  printf '/bin/sh\n' > "$r/etc/shells"
}

mkroot "$tmp/alpine"
cat > "$tmp/alpine/etc/os-release" <<'OS'
NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.3
PRETTY_NAME="Alpine Linux v3.20"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
OS
printf '3.20.3\n' > "$tmp/alpine/etc/alpine-release"
mkroot "$tmp/busybox"

for img in alpine busybox; do
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2024-01-01 00:00:00Z' \
      -C "$tmp/$img" -cf "$tmp/$img.tar" .
  mv "$tmp/$img.tar" "$CACHE/$img.tar"
done
echo "$stamp" > "$CACHE/stamp"
