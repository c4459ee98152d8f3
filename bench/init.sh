#!/usr/bin/env bash
# `errdocs init` on a folder of N pages written in another style than errdocs' own: Mintlify
# MDX pages as an API platform writes them (front-matter `title` as the code, the URN in a
# `<Danger>` callout, the status only in the `error.status` of a ```json Example block, no
# retry flag; every 40th page gives its status only in prose; one `overview.mdx` that is
# not an error page). The pages are written by the generator below. Each run copies the
# folder fresh (init `--write` creates errdocs.toml and refuses to overwrite it), and times
# `errdocs init DOCS --write` alone (wall clock); the median of the runs is compared with the
# budget. The machine is shared: the figure moves with its load.
#
#   bash bench/init.sh [PAGES=10000] [RUNS=7]
#   BIN=path/to/errdocs bash bench/init.sh    # time another build (e.g. before a change)
#   STRICT=1 bash bench/init.sh               # exit 1 when the median is over the budget
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."
pages=${1:-10000}
runs=${2:-7}
budget_ms=2000

if [ -z "${BIN:-}" ]; then
  cargo build --quiet --release -p errdocs-cli
  BIN=$PWD/target/release/errdocs
fi
bin=$(realpath "$BIN")
dir=target/bench-catalogs/init-$pages
if [ ! -f "$dir/.complete" ]; then
  rm -rf "$dir" && mkdir -p "$dir/errors"
  awk -v pages="$pages" -v out="$dir/errors" 'BEGIN {
    split("400 401 403 404 409 429 500 503", statuses, " ")
    split("Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Service Unavailable", titles, "|")
    split("authentication authorization data limits application", categories, " ")
    split("unkey user frontline", systems, " ")
    f = out "/overview.mdx"
    print "---\ntitle: \"Error Codes\"\ndescription: \"How errors are structured.\"\n---\n" > f
    print "## Error Response Format\n\nEvery error answers with this shape:\n" > f
    print "```json\n{\n  \"meta\": {\n    \"requestId\": \"req_2c9a0jf23l4k567\"\n  },\n  \"error\": {\n    \"detail\": \"Authentication credentials were not provided\",\n    \"status\": 401,\n    \"title\": \"Unauthorized\",\n    \"type\": \"https://api.example.com/docs/errors/unkey/authentication/missing\"\n  }\n}\n```" > f
    close(f)
    for (i = 1; i < pages; i++) {
      k = (i * 7) % 8 + 1
      status = statuses[k]
      sys = systems[i % 3 + 1]
      category = categories[i % 5 + 1]
      code = sprintf("%s_%s_%05d", category, (k % 2 ? "missing" : "exceeded"), i)
      subdir = out "/" sys "/" category
      if (!(subdir in made)) {
        system("mkdir -p \"" subdir "\"")
        made[subdir] = 1
      }
      f = subdir "/" code ".mdx"
      printf "---\ntitle: \"%s\"\ndescription: \"The request to %s %05d could not be completed.\"\n---\n\n", code, category, i > f
      printf "<Danger>`err:%s:%s:%s`</Danger>\n\n", sys, category, code > f
      if (i % 40 == 0) {
        printf "## What Happened?\n\nThe gateway returns `%s %s` when the upstream for shard %d cannot answer.\n\n", status, titles[k], i > f
      } else {
        printf "```json Example\n{\n  \"meta\": {\n    \"requestId\": \"req_%012d\"\n  },\n  \"error\": {\n", i > f
        printf "    \"detail\": \"The %s check of request %d failed.\",\n    \"status\": %s,\n", category, i, status > f
        printf "    \"title\": \"%s\",\n    \"type\": \"https://api.example.com/docs/errors/%s/%s/%s\"\n  }\n}\n```\n\n", titles[k], sys, category, code > f
        printf "## What Happened?\n\nThe %s layer rejected call %d before it reached the handler.\n", category, i > f
        printf "The limit is counted per workspace, across every project in it.\n\n" > f
      }
      printf "## How To Fix\n\n1. Check the `%s` settings of the workspace.\n2. Change the request, then send it again.\n\n", category > f
      printf "```bash\ncurl -X POST https://api.example.com/v2/%s.check \\\n  -H \"Authorization: Bearer KEY\" \\\n  -d %c{\"id\": %d}%c\n```\n\n", category, 39, i, 39 > f
      printf "## Common Mistakes\n\n- **Sending the old key**: keys rotate every %d days.\n- **Skipping the check**: the %s layer always runs.\n\n", i % 90 + 1, category > f
      printf "## Related Errors\n\n- [err:%s:%s:other](../%s/other) - When the other check fails\n", sys, category, category > f
      close(f)
    }
  }'
  touch "$dir/.complete"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s%N; }
times=()
for ((r = 0; r < runs; r++)); do
  rm -rf "$work/run" && mkdir -p "$work/run" && cp -r "$dir/errors" "$work/run/errors"
  # The copy's writes are flushed before the clock starts: the figure is init's own.
  sync -f "$work/run/errors"
  t0=$(now)
  (cd "$work/run" && "$bin" init errors --write 2>/dev/null)
  t1=$(now)
  test -s "$work/run/errdocs.toml"
  times+=($(((t1 - t0) / 1000000)))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
m=$(median "${times[@]}")
echo "pages: $(find "$dir/errors" -type f | wc -l), runs: $runs, errdocs init --write, milliseconds: ${times[*]}"
grep -E '^(#   |(# )?[a-z_]+ =)' "$work/run/errdocs.toml" | sed 's/^/  /'
echo "median: $m ms, $(verdict "$m" "$budget_ms")"
if [[ "${STRICT:-0}" == 1 ]] && ! within "$m" "$budget_ms"; then exit 1; fi
