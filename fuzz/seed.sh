#!/usr/bin/env bash
# Seeds the fuzz corpora (ignored by git) from docs/errors and the shared corpus beside
# the repository. Run from the repository root: bash fuzz/seed.sh
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/parse_page corpus/load_catalog
i=0
for page in ../docs/errors/*.md ../docs/errors/*/*.md ../tests/fixtures/bad/*/*.md ../../shared/corpus/*/*.md* ../../shared/corpus/*/*/*.md*; do
  [ -f "$page" ] || continue
  cp "$page" "corpus/parse_page/seed-$i"
  i=$((i + 1))
done
# load_catalog: groups of pages joined by NUL bytes.
python3 - <<'PY'
import glob, os
pages = sorted(glob.glob("../docs/errors/**/*.md", recursive=True))
for n in range(0, len(pages), 3):
    group = [open(p, "rb").read() for p in pages[n:n + 4]]
    open(f"corpus/load_catalog/seed-{n}", "wb").write(b"\0".join(group))
PY
echo "seeded $i pages"
