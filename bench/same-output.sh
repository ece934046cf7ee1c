#!/usr/bin/env bash
# Checks that a speed change leaves the output alone: the report of the shared examples and of samples/
# (`rasd analyze … --format json`) and the JSON export of a 1,000-document ANT run, ids and order included.
# usage: bench/same-output.sh save DIR     write the outputs of the current build into DIR
#        bench/same-output.sh check DIR    compare the current build's outputs with DIR (exit 1 on a difference)
# Save before the change, check after it. Each run uses fresh temporary stores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:?save or check}"
ref="${2:?folder of saved outputs}"
shared="${SHARED:-$here/../shared}"
work=$(mktemp -d /tmp/rasd-same.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$here/rasd" --help >/dev/null  # build once
cli=(dotnet "$here/.build/cli/rasd.dll")
mkdir -p "$work/out"
"${cli[@]}" analyze "$shared/examples" "$here/samples" --format json --store "$work/s1" --quiet >"$work/out/analyze.json"
# Every tenth ANT file in name order (all categories), the first 1,000 of them, in a folder of their own.
# A fixed folder: the sources recorded in the export are its paths.
in="$here/.build/same-output-ant1000"
rm -rf "$in"; mkdir -p "$in"
find "$shared/data/antcorpus" -name '*.txt' | sort | awk 'NR % 10 == 0' | head -n 1000 |
  while read -r f; do ln -s "$f" "$in/$(basename "$(dirname "$f")")-$(basename "$f")"; done
"${cli[@]}" ingest "$in" --store "$work/s2" --quiet >/dev/null
"${cli[@]}" export --format json --store "$work/s2" --out "$work/out/ant1000.json"
case "$mode" in
  save)
    mkdir -p "$ref"
    cp "$work/out/"*.json "$ref/"
    echo "saved $(ls "$work/out" | tr '\n' ' ')in $ref"
    ;;
  check)
    status=0
    for f in analyze.json ant1000.json; do
      if cmp -s "$ref/$f" "$work/out/$f"; then echo "$f: identical"
      else echo "$f: DIFFERS"; diff <(tr ',' '\n' <"$ref/$f") <(tr ',' '\n' <"$work/out/$f") | head -n 20 || true; status=1
      fi
    done
    exit $status
    ;;
  *) echo "usage: $0 save|check DIR" >&2; exit 2 ;;
esac
