#!/usr/bin/env bash
# What a team adopting errdocs waits for: the example service built from scratch (all its
# dependencies, an empty target folder) against the same service written by hand.
#
#   bench/service.sh            # RUNS=3 by default; works from any directory
#   RUNS=1 bench/service.sh     # one run each (a run is a few minutes on 2 cores)
#   KEEP=1 bench/service.sh     # keep target/service-bench/ (workspace, targets, reports)
#   STRICT=1 bench/service.sh   # exit 1 when the wall-clock ratio is over BUDGET (default
#                               # 1.15, the crate-level compile budget of bench/compile.sh)
#   RELEASE=1 bench/service.sh  # also one clean `cargo build --release` of each side
#
# The two sides, copied into one temporary workspace, target/service-bench/ws, laid out as
# in the repository so their relative paths hold, with the repository's Cargo.lock (both
# resolve the same versions) and cargo's default profiles (the workspace's own
# `[profile.dev.package.pulldown-cmark]` is not copied: a user's crate does not get it):
#
#   with errdocs  examples/service: an axum service whose `AppError` derives
#                 `errdocs::ApiError` from docs/errors, `catalog!` for `GET /errors/{code}`,
#                 errdocs' request-id and framework-error layers (errdocs with `axum`);
#   by hand       bench/fixtures/service-hand: the same routes, statuses, JSON bodies,
#                 `x-request-id` and `Retry-After` handling with thiserror, a hand-written
#                 `IntoResponse` and an axum `from_fn` middleware; the pages are only
#                 `include_str!`ed for `GET /errors/{code}`.
#
# Measured, RUNS times each, interleaved (errdocs, hand, errdocs, …): the wall-clock seconds
# of `cargo build -p PACKAGE --timings` (dev profile, the binary and its library) into an
# empty target folder of its own (removed before every build; sources are fetched before the
# first build, so no download is timed). `--timings` costs both sides the same few
# milliseconds and gives each compiled unit's duration (cargo-timings HTML, `UNIT_DATA`).
# Printed: both medians and their ratio (and, with GNU time, the medians of the CPU seconds,
# user + system of cargo and every rustc: less sensitive to the other work on a shared machine
# than the wall clock); the number of crates (packages) and units
# compiled on each side; the units only the errdocs side compiles (errdocs' crates and the
# dependencies they alone bring; matched by name, version, target and features, so a
# shared crate built a second time with other features, e.g. for the proc macro, counts as
# well) with the median of their durations, and their sum. On 2 cores units overlap, so the
# sum is more than they add to the wall clock (the difference of the medians, which also
# holds what they delay); the service crate itself is shown apart (with errdocs its time
# includes the derive and `catalog!`).
#
# How to read it: the ratio and the "more" seconds are what adopting errdocs adds to a build
# from scratch (CI without a cache, a fresh clone); the unit list says where they go. A
# rebuild after editing the service is bench/compile.sh's business.
#
# After the first run's builds, both binaries are started on free ports and asked the same
# 17 requests (documented errors, framework errors, the explain route, a success); status,
# the `content-type`, `x-request-id`, `retry-after` and `allow` headers and the body must be
# equal (a fresh UUID compared as `<uuid>`, and an error body must carry its header's id), or
# the script stops: the two services cannot drift apart. Needs python3 (3.11+: tomllib).
#
# Environment: CARGO_PROFILE_* and CARGO_BUILD_* variables and RUSTC_WRAPPER are removed
# (the default profile is what a user gets, and a compiler cache would not build from
# scratch); RUSTFLAGS is kept.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-3}
BUDGET=${BUDGET:-1.15}
BENCH=$ROOT/target/service-bench
WS=$BENCH/ws
export PYTHONDONTWRITEBYTECODE=1
unset RUSTC_WRAPPER CARGO_TARGET_DIR CARGO_INCREMENTAL
while read -r name; do unset "$name"; done < <(compgen -e | grep -E '^CARGO_(PROFILE|BUILD)_' || true)

SIDES=(errdocs hand)
declare -A PACKAGE=([errdocs]=service-example [hand]=service-hand)
declare -A BIN=([errdocs]=service-example [hand]=service-hand)

cleanup() {
    if [[ "${KEEP:-0}" != 1 ]]; then
        rm -rf -- "$BENCH"
    fi
}
trap cleanup EXIT

log() { printf '%s\n' "$*" >&2; }

OFFLINE=()
if cargo fetch --offline --manifest-path "$ROOT/Cargo.toml" >/dev/null 2>&1; then
    OFFLINE=(--offline)
fi

# ---- the workspace ---------------------------------------------------------------------

rm -rf -- "$BENCH"
mkdir -p "$WS/examples" "$WS/bench/fixtures" "$WS/docs" "$BENCH/timings"
cp "$ROOT/Cargo.lock" "$WS/Cargo.lock"
cp "$ROOT/errdocs.toml" "$WS/errdocs.toml"
cp -r "$ROOT/docs/errors" "$WS/docs/errors"
cp -r "$ROOT/examples/service" "$WS/examples/service"
cp -r "$ROOT/bench/fixtures/service-hand" "$WS/bench/fixtures/service-hand"
rm -rf -- "$WS/examples/service/target" "$WS/bench/fixtures/service-hand/target" \
    "$WS/bench/fixtures/service-hand/Cargo.lock"
# The fixture is its own workspace in the repository; here it is a member.
grep -qx '\[workspace\]' "$WS/bench/fixtures/service-hand/Cargo.toml"
sed -i '/^\[workspace\]$/d' "$WS/bench/fixtures/service-hand/Cargo.toml"

# What examples/service inherits from the errdocs workspace, errdocs itself by path.
python3 - "$ROOT/Cargo.toml" "$WS/Cargo.toml" "$ROOT/runtime" <<'PY'
import sys
import tomllib

root_manifest, out, runtime = sys.argv[1:]
root = tomllib.load(open(root_manifest, "rb"))["workspace"]
package = root["package"]
deps = root["dependencies"]


def toml_value(v):
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + " }"
    return str(v)


lines = [
    "[workspace]",
    'resolver = "3"',
    'members = ["examples/service", "bench/fixtures/service-hand"]',
    "",
    "[workspace.package]",
]
lines += [f"{k} = {toml_value(package[k])}" for k in ("version", "edition", "rust-version", "license")]
lines += ["", "[workspace.dependencies]", f"errdocs = {{ path = {toml_value(runtime)} }}"]
for name in ("serde", "serde_json", "http"):
    lines.append(f"{name} = {toml_value(deps[name])}")
open(out, "w").write("\n".join(lines) + "\n")
PY

# Settle Cargo.lock for this workspace and fetch every source now, so no build downloads.
(cd "$WS" && cargo fetch "${OFFLINE[@]}" -q)
cp "$WS/Cargo.lock" "$BENCH/Cargo.lock.settled"

# ---- helpers ---------------------------------------------------------------------------

now() { date +%s.%N; }

# CPU seconds (user + system, cargo and every rustc it waited for) of each build, when GNU
# time is there.
TIME=()
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%U %S' -o /dev/null true 2>/dev/null; then
    TIME=(/usr/bin/time -f '%U %S' -o "$BENCH/cpu")
fi

# clean_build SIDE RUN [--release]: builds SIDE's package into an empty target folder with
# --timings, keeps the report as timings/SIDE-RUN.html; sets WALL to the wall-clock seconds
# and CPU_S to the CPU seconds ("-" without GNU time).
clean_build() {
    local side=$1 run=$2 target=$BENCH/target-$1 out start end report
    shift 2
    rm -rf -- "$target"
    start=$(now)
    if ! out=$(cd "$WS" && CARGO_TARGET_DIR=$target "${TIME[@]}" cargo build "${OFFLINE[@]}" --locked \
        -p "${PACKAGE[$side]}" --timings "$@" 2>&1); then
        printf '%s\n' "$out" >&2
        exit 1
    fi
    end=$(now)
    CPU_S=-
    if ((${#TIME[@]})); then
        CPU_S=$(awk '{ printf "%.1f", $1 + $2 }' "$BENCH/cpu")
    fi
    if ! grep -Eq "Compiling ${PACKAGE[$side]} " <<<"$out"; then
        printf '%s\n' "$out" >&2
        log "error: ${PACKAGE[$side]} was not compiled"
        exit 1
    fi
    report=$(find "$target/cargo-timings" -name 'cargo-timing-2*.html' | sort | tail -1)
    cp "$report" "$BENCH/timings/$side-$run.html"
    WALL=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
}


# same_answers: starts both binaries (dev builds in target-SIDE) on free ports and compares
# their answers to the same requests.
same_answers() {
    python3 - "$BENCH/target-errdocs/debug/${BIN[errdocs]}" "$BENCH/target-hand/debug/${BIN[hand]}" <<'PY'
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

binaries = sys.argv[1:]
REQUESTS = [
    # method, path, x-request-id sent (None: none)
    ("GET", "/me", "c-1"),
    ("GET", "/scans/7", "c-2"),
    ("DELETE", "/scans/7", "c-3"),
    ("GET", "/scans?limit=500", "c-4"),
    ("GET", "/scans?limit=many", "c-5"),
    ("POST", "/billing/charge", "c-6"),
    ("GET", "/search", "c-7"),
    ("GET", "/reports", "c-8"),
    ("GET", "/errors/unauthorized", None),
    ("GET", "/errors/card_declined", "c-9"),
    ("GET", "/errors/nope", "c-10"),
    ("GET", "/nowhere", "c-11"),
    ("POST", "/me", "c-12"),
    ("GET", "/scans/abc", "c-13"),
    ("GET", "/me", "<script>alert(1)</script>"),
    ("GET", "/me", None),
    ("GET", "/scans/1", "c-14"),
]
HEADERS = ("content-type", "x-request-id", "retry-after", "allow")
UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(binary):
    port = free_port()
    env = dict(os.environ, PORT=str(port), RUST_LOG="off")
    proc = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if proc.poll() is not None:
            sys.exit(f"{binary} exited with {proc.returncode} before listening")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit(f"{binary} did not listen on port {port} within 10 s")


def ask(port, method, path, request_id):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method)
    if request_id is not None:
        req.add_header("x-request-id", request_id)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            status, headers, body = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, headers, body = e.code, e.headers, e.read()
    picked = tuple((h, UUID.sub(b"<uuid>", (headers.get(h) or "").encode()).decode()) for h in HEADERS)
    # A fresh id is compared as <uuid>: an error body must still carry the header's.
    is_error_body = status >= 400 and headers.get("content-type") == "application/json"
    echoed = not is_error_body or f'"request_id":"{headers.get("x-request-id")}"'.encode() in body
    return status, picked, UUID.sub(b"<uuid>", body).decode(), f"request id of the header in the body: {echoed}"


procs = [start(b) for b in binaries]
try:
    failed = 0
    for method, path, request_id in REQUESTS:
        errdocs, hand = (ask(port, method, path, request_id) for _, port in procs)
        if errdocs != hand or not errdocs[3].endswith("True"):
            failed += 1
            print(f"different answers to {method} {path} (x-request-id {request_id}):", file=sys.stderr)
            print(f"  with errdocs: {errdocs}", file=sys.stderr)
            print(f"  by hand:      {hand}", file=sys.stderr)
        elif (method, path) == ("GET", "/me") and request_id == "c-1":
            print(f"GET /me: both {errdocs[0]} {errdocs[2]}")
    if failed:
        sys.exit(f"{failed} of {len(REQUESTS)} requests answered differently")
    print(f"same status, headers ({', '.join(HEADERS)}) and body on all {len(REQUESTS)} requests, the request id in each error body")
finally:
    for proc, _ in procs:
        proc.terminate()
        proc.wait()
PY
}

# ---- measurements ----------------------------------------------------------------------

log "service bench: $RUNS runs, $(nproc) cores, dev profile (cargo's default), workspace $WS"
declare -A T=([errdocs]="" [hand]="") CPU=([errdocs]="" [hand]="")
for ((run = 1; run <= RUNS; run++)); do
    for side in "${SIDES[@]}"; do
        clean_build "$side" "$run"
        T[$side]+=" $WALL"
        CPU[$side]+=" $CPU_S"
    done
    if ! cmp -s "$WS/Cargo.lock" "$BENCH/Cargo.lock.settled"; then
        log "error: a build changed Cargo.lock"
        exit 1
    fi
    if ((run == 1)); then
        same_answers
    fi
    log "run $run/$RUNS: with errdocs ${T[errdocs]##* } s (${CPU[errdocs]##* } s CPU), by hand ${T[hand]##* } s (${CPU[hand]##* } s CPU)"
done

declare -A M
for side in "${SIDES[@]}"; do M[$side]=$(median <<<"${T[$side]}"); done
clean_ratio=$(ratio "${M[errdocs]}" "${M[hand]}")
added=$(awk -v a="${M[errdocs]}" -v b="${M[hand]}" 'BEGIN { printf "%.1f", a - b }')

printf '\n%-44s %-13s %-13s %s\n' "clean build, empty target, median of $RUNS" "with errdocs" "by hand" "runs: errdocs | hand"
printf '%-44s %-13s %-13s %s |%s\n' "cargo build (dev), seconds" "${M[errdocs]}" "${M[hand]}" "${T[errdocs]# }" "${T[hand]}"
printf '%-44s %s (%s s more; budget %s: %s)\n' "ratio with errdocs / by hand" "$clean_ratio" "$added" "$BUDGET" \
    "$(if within "$clean_ratio" "$BUDGET"; then echo ok; else echo MISSED; fi)"
if ((${#TIME[@]})); then
    declare -A C
    for side in "${SIDES[@]}"; do C[$side]=$(median <<<"${CPU[$side]}"); done
    printf '%-44s %-13s %-13s %s |%s\n' "CPU seconds (user + system)" "${C[errdocs]}" "${C[hand]}" "${CPU[errdocs]# }" "${CPU[hand]}"
    printf '%-44s %s (%s CPU s more)\n' "ratio of CPU seconds" "$(ratio "${C[errdocs]}" "${C[hand]}")" \
        "$(awk -v a="${C[errdocs]}" -v b="${C[hand]}" 'BEGIN { printf "%.1f", a - b }')"
fi

python3 - "$BENCH/timings" "$RUNS" "${PACKAGE[errdocs]}" "${PACKAGE[hand]}" <<'PY'
import json
import re
import statistics
import sys
from collections import Counter, defaultdict

folder, runs, with_pkg, hand_pkg = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


def units(side, run):
    html = open(f"{folder}/{side}-{run}.html").read()
    data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
    return data


def key(u):
    # What makes two units the same compilation: package, target, mode and features.
    return (u["name"], u["version"], u.get("target", ""), u.get("mode", ""), tuple(u.get("features") or ()))


def durations(side):
    """key -> list (one entry per unit of that key) of per-run duration lists."""
    per_key = defaultdict(list)
    for run in range(1, runs + 1):
        seen = Counter()
        for u in units(side, run):
            k = key(u)
            i = seen[k]
            seen[k] += 1
            slots = per_key[k]
            while len(slots) <= i:
                slots.append([])
            slots[i].append(u["duration"])
    return per_key


sides = {"errdocs": durations("errdocs"), "hand": durations("hand")}
first = {side: units(side, 1) for side in sides}
for side, label in (("errdocs", "with errdocs"), ("hand", "by hand")):
    packages = {(u["name"], u["version"]) for u in first[side]}
    print(f"{label + ', compiled':44} {len(packages)} crates ({len(first[side])} units, build-script runs included)")

def surplus(a, b):
    """The units of side a that side b does not compile, with their median durations."""
    out = []
    for k, slots in sides[a].items():
        for slot in slots[len(sides[b].get(k, [])) :]:
            out.append((k, statistics.median(slot)))
    return sorted(out, key=lambda x: -x[1])


def label(k):
    name, version, target, mode = k[:4]
    if mode == "run-custom-build":
        return f"{name} {version} (build script run)"
    if "build-script" in target:
        return f"{name} {version} (build script)"
    return f"{name} {version}"


only = [(k, d) for k, d in surplus("errdocs", "hand") if k[0] != with_pkg]
print(f"\nunits only the errdocs side compiles, median of {runs} runs (cargo --timings), seconds:")
hand_packages = {k[:2] for k in sides["hand"]}
printed = set()
for k, d in only:
    text = label(k)
    if text in printed or k[:2] in hand_packages:
        text += " *"
    printed.add(label(k))
    print(f"  {text:46} {d:7.2f}")
total = sum(d for _, d in only)
print(f"  {'sum (unit time; units overlap on 2 cores)':46} {total:7.2f}")
print("  * a crate built once more for errdocs: with other features, or for the proc macro")
hand_only = [label(k) for k, _ in surplus("hand", "errdocs") if k[0] != hand_pkg]
print(f"units only the hand side compiles: {', '.join(hand_only) or 'none'} (besides {hand_pkg})")


def crate_time(side, pkg):
    return sum(statistics.median(slot) for k, slots in sides[side].items() if k[0] == pkg for slot in slots)


print(
    f"the service crate itself: {with_pkg} {crate_time('errdocs', with_pkg):.2f} s "
    f"(derive and catalog! expansions included), {hand_pkg} {crate_time('hand', hand_pkg):.2f} s"
)
PY

if [[ "${RELEASE:-0}" == 1 ]]; then
    declare -A R RC
    for side in "${SIDES[@]}"; do
        clean_build "$side" release --release
        R[$side]=$WALL
        RC[$side]=$CPU_S
    done
    printf '\n%-44s %-13s %-13s %s\n' "one clean build each, --release, seconds" "${R[errdocs]}" "${R[hand]}" \
        "ratio $(ratio "${R[errdocs]}" "${R[hand]}"); CPU seconds ${RC[errdocs]} | ${RC[hand]}"
fi

if [[ "${KEEP:-0}" == 1 ]]; then
    log "kept: $BENCH (cargo --timings reports in $BENCH/timings/)"
fi
if [[ "${STRICT:-0}" == 1 ]] && ! within "$clean_ratio" "$BUDGET"; then
    exit 1
fi
