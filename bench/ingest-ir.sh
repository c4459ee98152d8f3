#!/usr/bin/env bash
# Ingest in instructions: `load` (the library's load and validate, one thread) against
# `pulldown_floor` (read every page, walk pulldown-cmark's events) over the ingest
# benchmark's 1 000-page catalogs, counted by callgrind. Instruction counts do not move
# with the machine's load, so this is the figure to compare one change against another.
#
#   bash bench/ingest-ir.sh
#   STRICT=1 bash bench/ingest-ir.sh   # exit 1 when a ratio is over the 1.3x budget
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 2; }
cargo build --quiet --release -p errdocs-catalog --examples
# The catalogs are made by the ingest benchmark on its first run.
if [ ! -f target/bench-catalogs/full-1000/.complete ] || [ ! -f target/bench-catalogs/seed-1000/.complete ]; then
  cargo bench --quiet -p errdocs-catalog --bench ingest -- floor --sample-count 1 >/dev/null
fi
count() {
  ERRDOCS_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
    awk '/refs:/ { gsub(",", "", $NF); print $NF }'
}
printf '%-28s %14s %14s %8s\n' catalog load floor ratio
for name in seed-1000 full-1000/errors; do
  dir=target/bench-catalogs/$name
  load=$(count target/release/examples/load "$dir")
  floor=$(count target/release/examples/pulldown_floor "$dir")
  awk -v n="$name" -v l="$load" -v f="$floor" 'BEGIN { r = l / f; printf "%-28s %14d %14d %7.3fx  %s\n", n, l, f, r, (r <= 1.3 ? "met" : "MISSED (budget 1.3x)"); exit (r <= 1.3 ? 0 : 1) }' || missed=1
done
[[ "${STRICT:-0}" == 1 && "${missed:-0}" == 1 ]] && exit 1
exit 0
