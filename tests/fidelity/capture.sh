#!/usr/bin/env bash
# capture.sh [--out DIR] [CASE...] — run fidelity cases against a fresh real Docker engine and
# write their transcripts (default: tests/fidelity/expected/<case>.txt).
#
# CASE is a case name ("02-default-networks"), a file name or a path; default: every case.
# Transcript format, per command line of the case:
#   "$ " + line + "\n"
#   everything the command printed (stdout+stderr merged in order, "\r\n" -> "\n", ANSI colour
#   codes removed), kept byte-exact except that a "\n" is appended when the output is non-empty
#   and does not end with one (such commands are reported on stderr)
#   "[exit N]\n" when the exit status N is not 0
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$HERE/expected
CMD_TIMEOUT=${LABHOST_CAPTURE_CMD_TIMEOUT:-120}
export LABHOST_REFDOCKER_CACHE=${LABHOST_REFDOCKER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/labhost-refdocker}

cases=()
while [ $# -gt 0 ]; do
  case $1 in
    --out) OUT=$2; shift 2;;
    --out=*) OUT=${1#--out=}; shift;;
    -h|--help) sed -n '2,12p' "$0"; exit 0;;
    *) cases+=("$1"); shift;;
  esac
done
if [ ${#cases[@]} -eq 0 ]; then
  for f in "$HERE"/cases/*.txt; do cases+=("$f"); done
fi
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)

ENGINE=""
cleanup() { [ -n "$ENGINE" ] && "$ROOT/tools/refdocker/stop.sh" "$ENGINE"; ENGINE=""; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

status=0
total_start=$SECONDS
for c in "${cases[@]}"; do
  if [ -f "$c" ]; then f=$c
  elif [ -f "$HERE/cases/$c" ]; then f=$HERE/cases/$c
  else f=$HERE/cases/$c.txt; fi
  [ -f "$f" ] || { echo "capture: no such case: $c" >&2; status=1; continue; }
  name=$(basename "$f" .txt)
  t0=$SECONDS
  work=$(mktemp -d /tmp/labhost-capture.XXXXXX)
  ENGINE=$work/engine
  if ! host=$("$ROOT/tools/refdocker/start.sh" "$ENGINE"); then
    echo "capture: $name: engine failed to start" >&2; cleanup; rm -rf "$work"; status=1; continue
  fi
  mkdir -p "$work/cli" "$work/home"
  tmpout=$work/transcript
  : > "$tmpout"
  n=0
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in ''|\#*) continue;; esac
    [ -z "${line//[[:space:]]/}" ] && continue
    n=$((n + 1))
    printf '$ %s\n' "$line" >> "$tmpout"
    env -i PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME="$work/home" DOCKER_CONFIG="$work/cli" DOCKER_HOST="$host" NO_COLOR=1 \
        LANG=C.UTF-8 TERM=dumb \
        timeout -k 5 "$CMD_TIMEOUT" bash -c "$line" < /dev/null > "$work/out" 2>&1
    rc=$?
    # \r\n -> \n, strip ANSI CSI/OSC sequences
    perl -0777 -pe 's/\r\n/\n/g; s/\e\[[0-9;?]*[ -\/]*[@-~]//g; s/\e\][^\a\e]*(?:\a|\e\\)//g' \
      "$work/out" > "$work/clean"
    cat "$work/clean" >> "$tmpout"
    if [ -s "$work/clean" ] && [ "$(tail -c1 "$work/clean" | od -An -c | tr -d ' ')" != '\n' ]; then
      echo "capture: $name: note: output of '$line' lacks a trailing newline (one was added)" >&2
      printf '\n' >> "$tmpout"
    fi
    [ "$rc" -ne 0 ] && printf '[exit %d]\n' "$rc" >> "$tmpout"
    [ "$rc" -eq 124 ] && echo "capture: $name: TIMEOUT: $line" >&2
  done < "$f"
  mv "$tmpout" "$OUT/$name.txt"
  cleanup
  rm -rf "$work"
  echo "capture: $name: $n commands, $((SECONDS - t0))s" >&2
done
echo "capture: done in $((SECONDS - total_start))s -> $OUT" >&2
exit $status
