#!/usr/bin/env bash
# Ingest in instructions: `load` (the library's load and validate, one thread) against
# `pulldown_floor` (read every page, walk pulldown-cmark's events) over the ingest
# benchmark's 1 000-page catalogs, counted by callgrind. Instruction counts do not move
# with the machine's load, so this is the figure to compare one change against another.
#
#   bash bench/ingest-ir.sh
#   STRICT=1 bash bench/ingest-ir.sh   # exit 1 when a ratio is over the 1.3x budget
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 2; }
cargo build --quiet --release -p errdocs-catalog --examples
ensure_ingest_catalogs
count() {
  ERRDOCS_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
    awk '/refs:/ { gsub(",", "", $NF); print $NF }'
}
printf '%-28s %14s %14s %8s\n' catalog load floor ratio
for name in seed-1000 full-1000/errors; do
  dir=target/bench-catalogs/$name
  load=$(count target/release/examples/load "$dir")
  floor=$(count target/release/examples/pulldown_floor "$dir")
  r=$(ratio "$load" "$floor")
  printf '%-28s %14d %14d %7.3fx  %s\n' "$name" "$load" "$floor" "$r" "$(verdict "$r" 1.3)"
  within "$r" 1.3 || missed=1
done
if [[ "${STRICT:-0}" == 1 && "${missed:-0}" == 1 ]]; then exit 1; fi
