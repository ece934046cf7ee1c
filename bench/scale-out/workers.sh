#!/usr/bin/env bash
# Ingestion throughput of the PostgreSQL store with 1, 2 and 4 workers (issue 8).
# usage: bench/scale-out/workers.sh postgres://user@host:port/db-to-create-in [documents=2000] [corpus=../shared/data/antcorpus]
# Needs a server where the user may create databases; each run uses a fresh database, dropped afterwards.
# Prints wall time, documents per second, and where the workers' time went (analysis outside the merge lock,
# waiting for it, holding it, replaying others' links), from the workers' summaries and the per-document timings.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
server="${1:?postgres:// URL of a server}"
n="${2:-2000}"
corpus="${3:-$here/../shared/data/antcorpus}"
base="${server%/*}"
psql_url() { echo "$base/$1"; }
work=$(mktemp -d /tmp/rasd-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The first n ANT files (TREC, one article each), in a folder of their own.
mkdir -p "$work/in"
find "$corpus" -name '*.txt' | sort | sed -n "1,${n}p" | while read -r f; do ln -s "$f" "$work/in/$(basename "$f")"; done
"$here/rasd" --help >/dev/null  # build once
cli="dotnet $here/.build/cli/rasd.dll"
for w in 1 2 4; do
  psql "$server" -qAtc "DROP DATABASE IF EXISTS rasd_bench_w$w" >/dev/null
  psql "$server" -qAtc "CREATE DATABASE rasd_bench_w$w" >/dev/null
  url=$(psql_url "rasd_bench_w$w")
  $cli ingest "$work/in" --store "$url" --quiet >/dev/null
  start=$(date +%s.%N)
  for i in $(seq "$w"); do $cli worker --store "$url" --exit-when-idle --quiet >"$work/w$w-$i.out" 2>&1 & done
  wait
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  done_n=$(psql "$url" -qAtc "SELECT count(*) FROM documents WHERE status = 'done'")
  echo "== $w worker(s): $done_n documents in ${secs}s = $(echo "scale=1; $done_n / $secs" | bc) docs/s (load $(cut -d' ' -f1 /proc/loadavg))"
  cat "$work"/w$w-*.out
  psql "$url" -qAtc "SELECT 'per document: analysis ' || round(avg(analysis_ms)::numeric, 2) || ' ms, link ' || round(avg(link_ms)::numeric, 2) || ' ms, merge-lock wait ' || round(avg(lock_wait_ms)::numeric, 2) || ' ms' FROM documents"
  psql "$server" -qAtc "DROP DATABASE rasd_bench_w$w" >/dev/null
done
