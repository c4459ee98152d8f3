# Shared by the scripts under bench/ (sourced, not run): the budget check every script
# applies to its figures, and the ingest benchmark's catalogs.

# The median of the numbers on standard input (the mean of the middle two for an even count).
median() {
    tr ' ' '\n' | grep -v '^$' | sort -g |
        awk '{ a[NR] = $1 } END { if (NR % 2) printf "%.3f\n", a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# `$1 / $2`, three decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", a / b }'; }

# Whether the figure `$1` meets the budget `$2` (at most it).
within() { awk -v r="$1" -v b="$2" 'BEGIN { exit !(r <= b) }'; }

# `ok (<= budget)` or `MISSED (> budget)` for the figure `$1` and the budget `$2`.
verdict() { if within "$1" "$2"; then echo "ok (<= $2)"; else echo "MISSED (> $2)"; fi; }

# Makes the 1 000-page catalogs of the ingest benchmark under target/bench-catalogs/ (the
# benchmark writes them on its first run); run from the repository's root.
ensure_ingest_catalogs() {
    if [ ! -f target/bench-catalogs/full-1000/.complete ] || [ ! -f target/bench-catalogs/seed-1000/.complete ]; then
        cargo bench --quiet -p errdocs-catalog --bench ingest -- floor --sample-count 1 >/dev/null
    fi
}
