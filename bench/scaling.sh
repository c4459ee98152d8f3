#!/usr/bin/env bash
# Linear growth: `errdocs check` (release) on catalogs of about 1, 10 and 50 MB of
# seed-style pages; prints time and peak memory per MB. Runs are interleaved, medians kept.
#
#   bash bench/scaling.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --quiet --release -p errdocs-cli
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

make_catalog() { # MB -> folder
  local mb=$1 dir=target/bench-catalogs/scaling-${1}mb
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 - "$dir" "$mb" <<'PY'
import os, sys
dir, mb = sys.argv[1], int(sys.argv[2])
seed = open("docs/errors/unauthorized.md").read()
n = max(1, mb * 1024 * 1024 // len(seed.encode()))
os.makedirs(f"{dir}/errors")
open(f"{dir}/errdocs.toml", "w").write('doc_url = "https://docs.lasscyber.com/errors/{slug}"\n')
for i in range(n):
    code, nxt = f"e{i:06d}", f"e{(i + 1) % n:06d}"
    page = seed.replace("/errors/forbidden", f"/errors/{nxt}").replace("unauthorized", code)
    open(f"{dir}/errors/{code}.md", "w").write(page)
PY
    touch "$dir/.complete"
  fi
  echo "$dir/errors"
}

sizes=(1 10 50)
declare -A times mems dirs
for mb in "${sizes[@]}"; do dirs[$mb]=$(make_catalog "$mb"); done
for ((r = 0; r < runs; r++)); do
  for mb in "${sizes[@]}"; do
    /usr/bin/time -o target/bench-catalogs/time.txt -f "%e %M" target/release/errdocs check "${dirs[$mb]}" >/dev/null 2>&1
    out=$(tail -1 target/bench-catalogs/time.txt)
    times[$mb]+="${out%% *} "
    mems[$mb]+="${out##* } "
  done
done
median() { printf '%s\n' $1 | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
printf '%-8s %10s %12s %12s %14s\n' size pages "time (s)" "s per MB" "peak MB per MB"
for mb in "${sizes[@]}"; do
  t=$(median "${times[$mb]}")
  m=$(median "${mems[$mb]}")
  pages=$(ls "${dirs[$mb]}" | wc -l)
  awk -v mb="$mb" -v t="$t" -v m="$m" -v p="$pages" \
    'BEGIN { printf "%-8s %10d %12.3f %12.4f %14.2f\n", mb " MB", p, t, t / mb, m / 1024 / mb }'
done
