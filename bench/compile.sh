#!/usr/bin/env bash
# Compile-time cost of `#[derive(errdocs::ApiError)]` against hand-written matches.
#
#   bench/compile.sh            # RUNS=7 by default (single clean builds spread ±20 % on a shared machine); works from any directory
#   RUNS=3 bench/compile.sh     # fewer runs
#   KEEP=1 bench/compile.sh     # keep the generated workspace (target/compile-bench/ws)
#   STRICT=1 bench/compile.sh   # exit 1 when a ratio misses its budget
#   TIMINGS=1 bench/compile.sh  # also write `cargo build --timings` reports of the clean builds
#   EXPLAIN=1 bench/compile.sh  # also break the clean-build gap down (see "Explain" below)
#
# One temporary cargo workspace, target/compile-bench/ws (removed on exit), built into one
# shared target dir, target/compile-bench/target (kept: it caches the dependencies):
#
#   with_errdocs   the pages of bench/fixtures/errors200 (copied to docs/errors, with an
#                  errdocs.toml) and a 200-variant
#                  `#[derive(Debug, thiserror::Error, errdocs::ApiError)]` enum; errdocs with
#                  its `axum` feature (derived `IntoResponse`) and default features;
#   hand_written   the same enum with thiserror, hand-written `status()`, `code()`,
#                  `doc_url()`, `is_retryable()`, `detail()` matches and a hand-written axum
#                  `IntoResponse` sending the same JSON body (serde_json);
#   shared_deps    depends on everything both use; built first, so only the two crates are
#                  measured.
#
# Measured, RUNS times each, interleaved (a, b, a, b, …), medians of wall-clock seconds of the
# whole `cargo build -p CRATE` (cargo's own start-up included, the same for both):
#   clean          `cargo clean -p CRATE`, then `cargo build -p CRATE`
#   page edit      with_errdocs: one page's summary changed (err_000.md), rebuild
#   rs edit        one `.rs` line changed (the detail string of Err000), rebuild; with_errdocs:
#                  its `#[error("…")]` (a 4xx detail is the Display); hand_written: its
#                  `detail()` arm
# Budgets (ratios of medians of the same run): clean with/hand <= 1.15; with_errdocs
# page-edit / rs-edit rebuild <= 1.2.
#
# Explain (EXPLAIN=1), all -Z-free: RUNS interleaved clean `cargo check` (front end only:
# expansion, name resolution, type check, const eval, metadata) and `cargo build` (plus
# codegen) of each variant:
#   expand_probe     runs `errdocs_build::expand_derive` on with_errdocs' enum outside rustc,
#                    built as cargo builds proc macros in dev (opt-level 0): how long the derive
#                    itself takes, and how much code it generates
#   x_expanded       with_errdocs with the derive's output pasted as source (no proc macro)
#   x_slim           … without the page payload (causes, fixes, sdk, related, example, markdown)
#   x_notrack        … without the `include_bytes!` rebuild-tracking consts
#   x_noresp         … without the derived axum `IntoResponse`
#   x_dynresp        x_noresp + `IntoResponse` through a prebuilt non-generic
#                    `fn(&dyn ApiError) -> Response` (what such an entry point in errdocs costs)
#   x_min            x_slim without tracking consts and without `IntoResponse`
#   hand_noresp      hand_written without its `IntoResponse`
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-7}
BENCH=$ROOT/target/compile-bench
WS=$BENCH/ws
export CARGO_TARGET_DIR=$BENCH/target
export PYTHONDONTWRITEBYTECODE=1
FIXTURE=$ROOT/bench/fixtures/errors200
DOC_URL='https://docs.example.com/errors/{slug}'
CLEAN_BUDGET=1.15
EDIT_BUDGET=1.2
EXPLAIN=${EXPLAIN:-0}

cleanup() {
    if [[ "${KEEP:-0}" != 1 ]]; then
        rm -rf -- "$WS"
    fi
}
trap cleanup EXIT

log() { printf '%s\n' "$*" >&2; }

OFFLINE=()
if cargo fetch --offline --manifest-path "$ROOT/Cargo.toml" >/dev/null 2>&1; then
    OFFLINE=(--offline)
fi

# ---- the workspace ---------------------------------------------------------------------

rm -rf -- "$WS"
mkdir -p "$WS/with_errdocs/src" "$WS/with_errdocs/docs/errors" "$WS/hand_written/src" "$WS/shared_deps/src"
cp "$ROOT/Cargo.lock" "$WS/Cargo.lock"
cp "$FIXTURE"/*.md "$WS/with_errdocs/docs/errors/"
PAGES=$(find "$WS/with_errdocs/docs/errors" -name '*.md' | wc -l)
# The nearest errdocs.toml to with_errdocs (else $ROOT/errdocs.toml would be found).
printf 'docs = "docs/errors"\ndoc_url = "%s"\n' "$DOC_URL" >"$WS/with_errdocs/errdocs.toml"

CRATES=(with_errdocs hand_written shared_deps)
VARIANTS=(x_expanded x_slim x_notrack x_noresp x_dynresp x_min hand_noresp dyn_shim expand_probe)
if [[ $EXPLAIN == 1 ]]; then
    CRATES+=("${VARIANTS[@]}")
fi
members=$(printf '"%s", ' "${CRATES[@]}")

cat >"$WS/Cargo.toml" <<EOF
[workspace]
resolver = "3"
members = [${members%, }]

[workspace.package]
version = "0.0.0"
edition = "2024"
publish = false

[workspace.dependencies]
errdocs = { path = "$ROOT/runtime", features = ["axum"] }
thiserror = "2"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
http = "1"
axum-core = "0.5"
EOF

for crate in "${CRATES[@]}"; do
    case $crate in
        with_errdocs | x_*) deps=$'errdocs.workspace = true\nthiserror.workspace = true' ;;
        hand_written) deps=$'thiserror.workspace = true\nserde.workspace = true\nserde_json.workspace = true\nhttp.workspace = true\naxum-core.workspace = true' ;;
        shared_deps) deps=$'errdocs.workspace = true\nthiserror.workspace = true\nserde.workspace = true\nserde_json.workspace = true\nhttp.workspace = true\naxum-core.workspace = true' ;;
        hand_noresp) deps=$'thiserror.workspace = true\nhttp.workspace = true' ;;
        dyn_shim) deps='errdocs.workspace = true' ;;
        expand_probe) deps="errdocs-build = { path = \"$ROOT/build\" }"$'\n'"errdocs-catalog = { path = \"$ROOT/catalog\" }"$'\nproc-macro2 = "1"' ;;
    esac
    if [[ $crate == x_dynresp ]]; then
        deps+=$'\ndyn_shim = { path = "../dyn_shim" }'
    fi
    if [[ $crate == x_* ]]; then
        mkdir -p "$WS/$crate"
        cp -r "$WS/with_errdocs/docs" "$WS/with_errdocs/errdocs.toml" "$WS/$crate/"
    fi
    mkdir -p "$WS/$crate/src"
    printf '[package]\nname = "%s"\nversion.workspace = true\nedition.workspace = true\npublish.workspace = true\n\n[dependencies]\n%s\n' \
        "$crate" "$deps" >"$WS/$crate/Cargo.toml"
    [[ $crate == expand_probe ]] || : >"$WS/$crate/src/lib.rs" # the x_* sources come later
done

echo '//! Only here to build the dependencies of both crates once.' >"$WS/shared_deps/src/lib.rs"

python3 - "$ROOT/bench" "$WS" "$PAGES" "$DOC_URL" <<'PY'
import sys

bench, ws, n, doc_url = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, bench)
import gen_catalog as g

specs = [g.Spec(i, n, doc_url) for i in range(n)]
with open(f"{ws}/with_errdocs/src/lib.rs", "w") as f:
    f.write(f"//! {n} errors from their pages.\n\n")
    f.write(g.rust_enums(specs, "docs/errors", with_hand=False))
with open(f"{ws}/hand_written/src/lib.rs", "w") as f:
    f.write(f"//! {n} errors written by hand.\n\n")
    f.write(g.rust_enums(specs, "", with_derive=False, hand_doc=False))
    f.write('''
use std::cell::RefCell;

use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, HeaderName};

thread_local! {
    static REQUEST_ID: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Sets the id that error responses on this thread carry.
pub fn set_request_id(id: &str) {
    REQUEST_ID.with(|r| id.clone_into(&mut r.borrow_mut()));
}

#[derive(serde::Serialize)]
struct Body<'a> {
    detail: &'a str,
    code: &'a str,
    request_id: &'a str,
    doc_url: &'a str,
}

impl IntoResponse for Hand {
    fn into_response(self) -> Response {
        let id = REQUEST_ID.with(|r| r.borrow().clone());
        let body = Body { detail: self.detail(), code: self.code(), request_id: &id, doc_url: self.doc_url() };
        let json = serde_json::to_vec(&body).unwrap_or_default();
        (
            self.status(),
            [(CONTENT_TYPE, "application/json"), (HeaderName::from_static("x-request-id"), id.as_str())],
            json,
        )
            .into_response()
    }
}
''')
PY

if [[ $EXPLAIN == 1 ]]; then
    cat >"$WS/dyn_shim/src/lib.rs" <<'RS'
//! A non-generic response entry point, compiled once, as errdocs could offer it.
pub fn into_response(e: &dyn errdocs::ApiError) -> errdocs::__private01::axum::axum_core::response::Response {
    errdocs::__private01::axum::into_response(e)
}
RS
    cat >"$WS/expand_probe/src/main.rs" <<'RS'
//! Runs the derive of with_errdocs outside rustc: catalog load, expansion, output size.
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let crate_dir = PathBuf::from(args.next().expect("usage: expand_probe CRATE_DIR DOC_URL OUT_FILE"));
    let doc_url = args.next().expect("DOC_URL");
    let out_file = args.next().expect("OUT_FILE");
    let lib = crate_dir.join("src/lib.rs");
    let source = std::fs::read_to_string(&lib).unwrap();
    let start = source.find("#[derive(").unwrap();
    let end = start + source[start..].find("\n}\n").unwrap() + 2;
    let input: proc_macro2::TokenStream = source[start..end].parse().unwrap();
    let ctx = errdocs_build::Context { manifest_dir: crate_dir.clone(), call_file: Some(lib), inline_markdown: false };
    let config = errdocs_catalog::Config { doc_url: Some(doc_url), ..Default::default() };
    let (mut load, mut expand) = (Vec::new(), Vec::new());
    let mut text = String::new();
    for _ in 0..11 {
        let t = Instant::now();
        let catalog = errdocs_catalog::load_catalog(crate_dir.join("docs/errors"), &config).unwrap();
        load.push(t.elapsed().as_secs_f64());
        assert!(!catalog.pages.is_empty());
        errdocs_build::clear_cache();
        let t = Instant::now();
        let out = errdocs_build::expand_derive(input.clone(), &ctx);
        expand.push(t.elapsed().as_secs_f64());
        text = out.to_string();
    }
    assert!(!text.contains("compile_error"), "the derive failed: {text}");
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2] * 1e3
    };
    println!("derive run outside rustc, built at opt-level 0 as cargo builds proc macros in dev:");
    println!("  load_catalog (read, parse, validate the pages)  {:6.1} ms", median(&mut load));
    println!("  expand_derive (catalog load + tokens)           {:6.1} ms", median(&mut expand));
    println!("  output: {} bytes of Rust, {} tokens", text.len(), text.split_whitespace().count());
    std::fs::write(out_file, text).unwrap();
}
RS
fi

# ---- helpers ---------------------------------------------------------------------------

now() { date +%s.%N; }

# build CRATE [build|check]: `cargo build|check -p CRATE`, checks that CRATE was compiled,
# prints the seconds.
build() {
    local crate=$1 cmd=${2:-build} out start end
    start=$(now)
    if ! out=$(cd "$WS" && cargo "$cmd" "${OFFLINE[@]}" -p "$crate" 2>&1); then
        printf '%s\n' "$out" >&2
        exit 1
    fi
    end=$(now)
    if ! grep -Eq "(Compiling|Checking) $crate " <<<"$out"; then
        printf '%s\n' "$out" >&2
        log "error: $crate was not rebuilt"
        exit 1
    fi
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

# clean_build CRATE [build|check]: `cargo clean -p CRATE`, then `build`.
clean_build() {
    (cd "$WS" && cargo clean "${OFFLINE[@]}" -q -p "$1")
    build "$@"
}

# set_line FILE PATTERN LINE: replaces the first line of FILE containing PATTERN with LINE.
set_line() {
    python3 - "$@" <<'PY'
import sys

path, pattern, line = sys.argv[1:]
lines = open(path).read().split("\n")
for i, l in enumerate(lines):
    if pattern in l:
        lines[i] = line
        break
else:
    sys.exit(f"no line with {pattern!r} in {path}")
open(path, "w").write("\n".join(lines))
PY
}

edit_page() {
    set_line "$WS/with_errdocs/docs/errors/err_000.md" '> HTTP 400 — ' \
        "> HTTP 400 — the request body of operation 0 is malformed (edit $1)."
    build with_errdocs
}
edit_rs_with() {
    set_line "$WS/with_errdocs/src/lib.rs" '#[error("The request body of operation 0 is malformed' \
        "    #[error(\"The request body of operation 0 is malformed (edit $1).\")]"
    build with_errdocs
}
edit_rs_hand() {
    set_line "$WS/hand_written/src/lib.rs" 'Hand::Err000 => "The request body of operation 0 is malformed' \
        "            Hand::Err000 => \"The request body of operation 0 is malformed (edit $1).\","
    build hand_written
}


# ---- prebuild --------------------------------------------------------------------------

log "compile bench: $PAGES pages, $RUNS runs, $(nproc) cores, target dir $CARGO_TARGET_DIR"
log "prebuilding the shared dependencies…"
(cd "$WS" && cargo build "${OFFLINE[@]}" -q -p shared_deps)
# Warm-up: a dependency built with other features for one crate alone is built here.
for crate in with_errdocs hand_written; do
    (cd "$WS" && cargo build "${OFFLINE[@]}" -q -p "$crate")
    out=$(cd "$WS" && cargo build "${OFFLINE[@]}" -p "$crate" 2>&1)
    if grep -q Compiling <<<"$out"; then
        printf '%s\n' "$out" >&2
        log "error: a no-op build of $crate compiled something"
        exit 1
    fi
done

# ---- measurements ----------------------------------------------------------------------

declare -A T=([clean_with]="" [clean_hand]="" [page_with]="" [rs_with]="" [rs_hand]="")
for ((run = 1; run <= RUNS; run++)); do
    T[clean_with]+=" $(clean_build with_errdocs)"
    T[clean_hand]+=" $(clean_build hand_written)"
    T[page_with]+=" $(edit_page "$run")"
    T[rs_with]+=" $(edit_rs_with "$run")"
    T[rs_hand]+=" $(edit_rs_hand "$run")"
    log "run $run/$RUNS: clean with=${T[clean_with]##* } hand=${T[clean_hand]##* }; page-edit with=${T[page_with]##* }; rs-edit with=${T[rs_with]##* } hand=${T[rs_hand]##* }"
done

declare -A M
for k in "${!T[@]}"; do M[$k]=$(median <<<"${T[$k]}"); done
clean_ratio=$(ratio "${M[clean_with]}" "${M[clean_hand]}")
edit_ratio=$(ratio "${M[page_with]}" "${M[rs_with]}")
rs_ratio=$(ratio "${M[rs_with]}" "${M[rs_hand]}")

printf '%-40s %-13s %-13s %s\n' "median of $RUNS runs, seconds" "with_errdocs" "hand_written" "runs: with | hand"
printf '%-40s %-13s %-13s %s |%s\n' "clean build of the crate" "${M[clean_with]}" "${M[clean_hand]}" "${T[clean_with]# }" "${T[clean_hand]}"
printf '%-40s %-13s %-13s %s\n' "rebuild after a page edit (summary)" "${M[page_with]}" "-" "${T[page_with]# }"
printf '%-40s %-13s %-13s %s |%s\n' "rebuild after a one-line .rs edit" "${M[rs_with]}" "${M[rs_hand]}" "${T[rs_with]# }" "${T[rs_hand]}"
printf '\n%-54s %-7s %s\n' "ratio of medians" "value" "budget"
printf '%-54s %-7s %s\n' "clean build, with_errdocs / hand_written" "$clean_ratio" "$(verdict "$clean_ratio" "$CLEAN_BUDGET")"
printf '%-54s %-7s %s\n' "with_errdocs rebuild, page edit / .rs edit" "$edit_ratio" "$(verdict "$edit_ratio" "$EDIT_BUDGET")"
printf '%-54s %-7s %s\n' ".rs-edit rebuild, with_errdocs / hand_written (info)" "$rs_ratio" "-"

if [[ "${TIMINGS:-0}" == 1 ]]; then
    rm -rf -- "$CARGO_TARGET_DIR/cargo-timings" "$BENCH/timings"
    mkdir -p "$BENCH/timings"
    printf '\ncargo build --timings, one clean build each (rustc sections of the crate, seconds):\n'
    for crate in with_errdocs hand_written; do
        (cd "$WS" && cargo clean "${OFFLINE[@]}" -q -p "$crate" && cargo build "${OFFLINE[@]}" -q -p "$crate" --timings >/dev/null 2>&1)
        report=$(find "$CARGO_TARGET_DIR/cargo-timings" -name 'cargo-timing-2*.html' -newer "$WS/Cargo.toml" | sort | tail -1)
        cp "$report" "$BENCH/timings/$crate.html"
        python3 - "$report" "$crate" <<'PY'
import json
import re
import sys

html, crate = sys.argv[1:]
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", open(html).read(), re.S).group(1))
for u in units:
    if u["name"] == crate:
        parts = ", ".join(f"{name} {s['end'] - s['start']:.2f}" for name, s in u.get("sections") or [])
        print(f"  {crate:14} total {u['duration']:.2f}  ({parts})")
PY
    done
    log "cargo --timings reports: $BENCH/timings/"
fi

# ---- explain ---------------------------------------------------------------------------

if [[ $EXPLAIN == 1 ]]; then
    log "explain: running the derive outside rustc…"
    printf '\n'
    (cd "$WS" && cargo run "${OFFLINE[@]}" -q -p expand_probe -- "$WS/with_errdocs" "$DOC_URL" "$WS/expanded.rs")
    python3 - "$WS" <<'PY'
import re
import sys

ws = sys.argv[1]
expansion = open(f"{ws}/expanded.rs").read()
derived = open(f"{ws}/with_errdocs/src/lib.rs").read()
# The enum without the derive: thiserror only, no `api_error` attributes.
plain = "\n".join(l for l in derived.split("\n") if "#[api_error(" not in l)
plain = plain.replace(", errdocs::ApiError)]", ")]")
assert plain != derived


def flex(pattern):
    """`pattern` with each space matching any whitespace (token streams print with spaces)."""
    return re.compile(pattern.replace(" ", r"\s*"))


STR = r'"(?:[^"\\]|\\.)*"'


def slim(t):
    # The page payload: the four lists (one string), the example and the markdown.
    t = flex(r"__lists : " + STR).sub('__lists : ""', t)
    t = flex(r"example : :: core :: option :: Option :: Some \( " + STR + r" \)").sub(
        "example : :: core :: option :: Option :: None", t)
    return flex(r":: errdocs :: __private01 :: markdown ! \( :: core :: include_str ! \( " + STR
                + r" \) , :: core :: include_bytes ! \( " + STR + r" \) \)").sub('""', t)


def notrack(t):
    return flex(r"const _ : & \[ u8 \] = :: core :: include_bytes ! \( " + STR + r" \) ;").sub("", t)


def noresp(t):
    return flex(r":: errdocs :: __private01 :: integrations ! \{[^}]*\}").sub("", t)


dynresp = """
impl ::errdocs::__private01::axum::axum_core::response::IntoResponse for Generated {
    fn into_response(self) -> ::errdocs::__private01::axum::axum_core::response::Response {
        dyn_shim::into_response(&self)
    }
}
"""
variants = {
    "x_expanded": expansion,
    "x_slim": slim(expansion),
    "x_notrack": notrack(expansion),
    "x_noresp": noresp(expansion),
    "x_dynresp": noresp(expansion) + dynresp,
    "x_min": noresp(notrack(slim(expansion))),
}
for name, text in variants.items():
    # Each ablation must have removed something.
    assert name == "x_expanded" or text != expansion, name
    open(f"{ws}/{name}/src/lib.rs", "w").write(plain + "\n" + text + "\n")
hand = open(f"{ws}/hand_written/src/lib.rs").read()
open(f"{ws}/hand_noresp/src/lib.rs", "w").write(hand[: hand.index("\nuse std::cell::RefCell;")])
PY
    # The expansion prints as one line; rustc's source map is slow to place spans on a line of
    # hundreds of kilobytes, which a real expansion (spans at the derive) never pays.
    for crate in x_expanded x_slim x_notrack x_noresp x_dynresp x_min; do
        rustfmt --edition 2024 "$WS/$crate/src/lib.rs"
    done
    EXPLAINED=(with_errdocs x_expanded x_slim x_notrack x_noresp x_dynresp x_min hand_written hand_noresp)
    for crate in "${EXPLAINED[@]}"; do
        (cd "$WS" && cargo build "${OFFLINE[@]}" -q -p "$crate" && cargo check "${OFFLINE[@]}" -q -p "$crate")
    done
    declare -A E
    for ((run = 1; run <= RUNS; run++)); do
        for crate in "${EXPLAINED[@]}"; do
            E[$crate.check]+=" $(clean_build "$crate" check)"
            E[$crate.build]+=" $(clean_build "$crate" build)"
        done
        log "explain: run $run/$RUNS done"
    done
    printf '\n%-14s %-7s %-7s %-8s %s\n' "clean, median" "check" "build" "codegen" "variant"
    for crate in "${EXPLAINED[@]}"; do
        c=$(median <<<"${E[$crate.check]}")
        b=$(median <<<"${E[$crate.build]}")
        case $crate in
            with_errdocs) what="the derive (as measured above)" ;;
            x_expanded) what="its expansion pasted as source, no proc macro" ;;
            x_slim) what="x_expanded minus the page payload (the lists, example and markdown)" ;;
            x_notrack) what="x_expanded minus the include_bytes! tracking consts (errdocs.toml)" ;;
            x_noresp) what="x_expanded minus the derived axum IntoResponse" ;;
            x_dynresp) what="x_noresp + IntoResponse through a prebuilt fn(&dyn ApiError)" ;;
            x_min) what="x_expanded minus payload, tracking consts and IntoResponse" ;;
            hand_written) what="hand-written (as measured above)" ;;
            hand_noresp) what="hand_written minus its IntoResponse" ;;
        esac
        printf '%-14s %-7s %-7s %-8s %s\n' "$crate" "$c" "$b" "$(awk -v b="$b" -v c="$c" 'BEGIN { printf "%.3f", b - c }')" "$what"
    done
    printf '(seconds; codegen = build - check; all variants in one interleaved loop)\n'
    rmeta() { find "$CARGO_TARGET_DIR/debug/deps" -name "lib$1-*.rmeta" -printf '%s\n' | sort -n | tail -1; }
    printf 'metadata (.rmeta): with_errdocs %s bytes, hand_written %s bytes\n' "$(rmeta with_errdocs)" "$(rmeta hand_written)"
fi

status=0
within "$clean_ratio" "$CLEAN_BUDGET" || status=1
within "$edit_ratio" "$EDIT_BUDGET" || status=1
if [[ "${STRICT:-0}" == 1 ]]; then
    exit "$status"
fi
