#!/usr/bin/env bash
# Whole-process ingest: `errdocs check` on N seed-style pages against the floor, a minimal
# program that only reads the files and walks pulldown-cmark's events. Runs are
# interleaved and the medians compared, since the machine is shared and noisy.
#
#   bash bench/ingest.sh [PAGES=2000] [RUNS=15]
#   STRICT=1 bash bench/ingest.sh   # exit 1 when the ratio is over the 1.5x budget
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."
pages=${1:-2000}
runs=${2:-15}

cargo build --quiet --release -p errdocs-cli
cargo build --quiet --release -p errdocs-catalog --example pulldown_floor
dir=target/bench-catalogs/ingest-$pages
if [ ! -f "$dir/.complete" ]; then
  rm -rf "$dir" && mkdir -p "$dir/errors"
  printf 'doc_url = "https://docs.lasscyber.com/errors/{slug}"\n' > "$dir/errdocs.toml"
  for ((i = 0; i < pages; i++)); do
    code=$(printf 'e%05d' "$i")
    next=$(printf 'e%05d' $(((i + 1) % pages)))
    sed -e "s#/errors/forbidden#/errors/$next#g" -e "s/unauthorized/$code/g" docs/errors/unauthorized.md > "$dir/errors/$code.md"
  done
  touch "$dir/.complete"
fi

now() { date +%s%N; }
check=()
floor=()
for ((r = 0; r < runs; r++)); do
  t0=$(now); target/release/errdocs check "$dir/errors" 2>/dev/null; t1=$(now)
  target/release/examples/pulldown_floor "$dir/errors" 2>/dev/null; t2=$(now)
  check+=($(((t1 - t0) / 1000)))
  floor+=($(((t2 - t1) / 1000)))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
mc=$(median "${check[@]}")
mf=$(median "${floor[@]}")
echo "pages: $pages, runs: $runs (interleaved), medians in microseconds"
echo "errdocs check:  $mc"
echo "pulldown floor: $mf"
r=$(ratio "$mc" "$mf")
echo "ratio: ${r}x, $(verdict "$r" 1.5)"
if [[ "${STRICT:-0}" == 1 ]] && ! within "$r" 1.5; then exit 1; fi
