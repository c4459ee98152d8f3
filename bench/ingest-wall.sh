#!/usr/bin/env bash
# Ingest on the wall clock, side by side: `ingest_wall` times the library's load and validate
# (one thread) and the `pulldown_floor` walk in alternation, in one process, over the ingest
# benchmark's 1 000-page catalogs, and prints the medians and their ratio. The divan bench
# runs its rows one after another, so its ratio moves with the machine's load between rows;
# here both sides share every moment of it. Instructions: `bash bench/ingest-ir.sh`.
#
#   bash bench/ingest-wall.sh [ROUNDS=101]
#   STRICT=1 bash bench/ingest-wall.sh   # exit 1 when a ratio of the medians is over the 1.3x budget
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."
rounds=${1:-101}
cargo build --quiet --release -p errdocs-catalog --examples
ensure_ingest_catalogs
missed=0
for name in seed-1000 full-1000/errors; do
  line=$(ERRDOCS_THREADS=1 target/release/examples/ingest_wall "target/bench-catalogs/$name" "$rounds")
  echo "$line"
  ratio=$(sed -E 's/.*ratio of the medians ([0-9.]+)x.*/\1/' <<<"$line")
  echo "  $(verdict "$ratio" 1.3)"
  within "$ratio" 1.3 || missed=1
done
if [[ "${STRICT:-0}" == 1 && "$missed" == 1 ]]; then exit 1; fi
