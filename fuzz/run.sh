#!/usr/bin/env bash
# Runs the fuzz targets one after the other.
#
#   bash fuzz/run.sh [MODE] [TARGET...]
#
# MODE (default `fast`):
#   fast   no sanitizer (the crates have no `unsafe`), a length limit per target, the
#          grammar dictionary: the main run
#   large  no sanitizer, inputs up to 1 MB from the start (-len_control=0) and a 10 s
#          timeout per input, to reach quadratic cases; a slow input is saved as timeout-*
#   asan   AddressSanitizer (cargo-fuzz's default), length limit and dictionary: an
#          occasional check of the dependencies' unsafe code
# TARGET: parse_page load_catalog expand_derive client_parse (default: all four).
# FUZZ_SECONDS: time per target (default 600). FUZZ_ARGS: extra libFuzzer arguments.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP lets it use a stable toolchain.
set -euo pipefail
cd "$(dirname "$0")"
export RUSTC_BOOTSTRAP=1

mode=fast
case "${1:-}" in
  fast | large | asan) mode=$1; shift ;;
esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_page load_catalog expand_derive client_parse)
seconds=${FUZZ_SECONDS:-600}

max_len() {
  case $1 in
    parse_page) echo 4096 ;;
    load_catalog) echo 16384 ;;
    expand_derive) echo 1024 ;;
    client_parse) echo 2048 ;;
    *) echo "unknown target $1" >&2; exit 2 ;;
  esac
}

# The targets that write files use a scratch folder below this one, removed at exit.
base=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && base=/dev/shm
ERRDOCS_FUZZ_TMP=$(mktemp -d "$base/errdocs-fuzz.XXXXXX")
export ERRDOCS_FUZZ_TMP
trap 'rm -rf "$ERRDOCS_FUZZ_TMP"' EXIT

[ -d corpus/load_catalog ] || bash seed.sh

for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  corpora=("corpus/$target")
  case $mode in
    fast)
      build=(-s none --target-dir target/none)
      args=(-max_len="$(max_len "$target")" -dict=page.dict)
      ;;
    large)
      build=(-s none --target-dir target/none)
      args=(-max_len=1000000 -len_control=0 -timeout=10 -rss_limit_mb=4096 -dict=page.dict)
      # new inputs go to the -large corpus (seeded with large inputs); the main one is read only
      mkdir -p "corpus/$target-large"
      corpora=("corpus/$target-large" "corpus/$target")
      ;;
    asan)
      build=()
      args=(-max_len="$(max_len "$target")" -dict=page.dict)
      ;;
  esac
  echo "== $target ($mode, ${seconds}s)"
  # shellcheck disable=SC2086
  cargo fuzz run "${build[@]}" "$target" "${corpora[@]}" -- \
    "${args[@]}" -max_total_time="$seconds" -print_final_stats=1 ${FUZZ_ARGS:-}
done
