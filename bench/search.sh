#!/usr/bin/env bash
# bench/search.sh: the search benchmark: build speed and memory, bundle and wasm sizes, query latency natively and in wasm, as one report.
#
# Usage: bench/search.sh [--smoke] [--sizes "1000 10000"] [--passes N] [--queries N] [--seed N]
#
#   --smoke      a 30-article corpus, 10 queries, one pass, dev builds and a light wasm-opt:
#                what tests/run does so that the harness cannot rot (its figures mean nothing)
#   --sizes      corpus sizes in articles (default "1000 10000"); latency runs on the first
#   --passes     timed passes over the queries (default 5)
#   --queries    queries in the set (default 60)
#   --seed       corpus seed (default 1): the same seed gives the same corpus and queries
#
# Everything is written under target/bench-search/ (corpora, sites, the wasm package, the
# report in report.txt). Timings are printed, never checked. wasm-opt comes from npm binaryen@132
# (the repository's package.json), installed on first use; twiggy, if on PATH, adds a size profile.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

die() { printf 'bench/search.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'bench: %s\n' "$*" >&2; }

smoke=false sizes="1000 10000" passes=5 query_count=60 seed=1
while (($#)); do
    case $1 in
        --smoke) smoke=true ;;
        --sizes | --passes | --queries | --seed)
            (($# >= 2)) || die "$1 needs a value"
            case $1 in
                --sizes) sizes=$2 ;;
                --passes) passes=$2 ;;
                --queries) query_count=$2 ;;
                --seed) seed=$2 ;;
            esac
            shift ;;
        -h | --help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done
for n in $sizes $passes $query_count $seed; do
    [[ $n =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
query_limit=$query_count
if $smoke; then
    sizes=30 passes=1 query_limit=10
    # The smoke run reuses tests/run's dev builds; -O0 keeps wasm-opt quick on the large
    # unoptimised module while still running it.
    profile=dev profile_dir=debug wasm_profile=dev wasm_profile_dir=debug wasm_opt_flags=(-O0 --strip-debug)
    # Brotli at high quality is slow in an unoptimised build: measure sizes at a low quality.
    quality=3 wasm_quality=3
else
    profile=release profile_dir=release wasm_opt_flags=(-Oz --strip-debug)
    # The wasm is built as the explorer ships it: Cargo.toml's web-release profile (opt-level z,
    # LTO, one codegen unit).
    wasm_profile=web-release wasm_profile_dir=web-release
    # The corpus is compressed at brotli quality 9 (the bundle as served: claimlens build writes
    # its .br at quality 5, index-builder/src/build_cmd.rs); a static .wasm is pre-compressed
    # once, at 11.
    quality=9 wasm_quality=11
fi
[[ -x /usr/bin/time ]] || die "needs /usr/bin/time (GNU time, Debian package time) for peak memory"
command -v wasm-bindgen >/dev/null || die "needs wasm-bindgen on PATH (.ci/setup installs it)"
command -v node >/dev/null || die "needs node"

target="${CARGO_TARGET_DIR:-$root/target}"
out="$target/bench-search"
mkdir -p "$out"
summary="$out/summary.tsv"
: >"$summary"
cd "$root"

# wasm-opt: Debian's binaryen cannot read current Rust wasm output (shared/docs/TOOLCHAIN.md);
# npm's binaryen@132 can. It is the repository's devDependency (package.json, also Trunk's
# wasm-opt), installed into node_modules from package-lock.json when missing.
wasm_opt="$root/node_modules/.bin/wasm-opt"
if "$wasm_opt" --version 2>/dev/null | grep -q 'version 132'; then
    say "wasm-opt: $("$wasm_opt" --version)"
else
    say "installing the repository's npm tools (binaryen@132 for wasm-opt) into node_modules"
    npm install --prefix "$root" --no-save --no-audit --no-fund --loglevel=error >&2  # not npm ci: see .ci/setup
    "$wasm_opt" --version | grep -q 'version 132' || die "node_modules/.bin/wasm-opt is not binaryen 132 (see package.json)"
fi

say "building: claimlens and claimlens-search-bench ($profile), the wasm search module ($wasm_profile)"
cargo build --quiet --profile "$profile" -p claimlens-index-builder --bin claimlens \
    -p claimlens-bench --bin claimlens-search-bench
cargo build --quiet --profile "$wasm_profile" -p claimlens-bench-search-wasm --target wasm32-unknown-unknown
claimlens="$target/$profile_dir/claimlens"
bench() { "$target/$profile_dir/claimlens-search-bench" --summary "$summary" "$@"; }

report="$out/report.txt"
: >"$report"
# Sections go to the terminal and to report.txt as they finish.
section() { printf '\n== %s\n' "$1" | tee -a "$report"; }
show() { tee -a "$report"; }

section "machine"
{
    echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(rustc --version), node $(node --version)"
    echo "native profile $profile, wasm profile $wasm_profile; corpus seed $seed; sizes: $sizes articles"
    # Other work on the machine skews timings: say how busy it was.
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | show

for n in $sizes; do
    dir="$out/corpus-$n"
    say "writing a $n-article corpus"
    bench corpus --articles "$n" --seed "$seed" --out "$dir/articles" \
        --queries "$dir/queries.txt" --query-count "$query_count" >&2
    site="$out/site-$n"
    rm -rf "$site"
    say "claimlens build of $n articles"
    # Peak memory and wall time of the real CLI from GNU time; its own timings of each step
    # (CLAIMLENS_TIMINGS) say where the time goes.
    CLAIMLENS_TIMINGS=1 /usr/bin/time -v -o "$out/time-$n.txt" "$claimlens" build "$dir/articles" --out "$site" \
        2>"$out/build-$n.log" || { cat "$out/build-$n.log" >&2; die "claimlens build failed on the $n-article corpus"; }
    bytes=$(cat "$dir"/articles/*.md | wc -c)
    section "claimlens build, $n articles ($profile CLI, as a user runs it)"
    {
        awk -v n="$n" -v bytes="$bytes" -v summary="$summary" -F': ' '
            /Elapsed \(wall clock\)/ { k = split($2, t, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + t[i] }
            /Maximum resident set size/ { rss = $2 / 1024 }
            /Percent of CPU/ { cpu = $2 }
            END {
                printf "%d articles, %.2f MB: %.2f s wall, %.0f articles/s, %.2f MB/s, peak RSS %.0f MiB, CPU %s\n",
                    n, bytes / 1e6, s, n / s, bytes / 1e6 / s, rss, cpu
                printf "build.%d.seconds\t%.3f\nbuild.%d.articles_per_s\t%.0f\nbuild.%d.mb_per_s\t%.2f\nbuild.%d.rss_mib\t%.0f\n",
                    n, s, n, n / s, n, bytes / 1e6 / s, n, rss >> summary
            }' "$out/time-$n.txt"
        echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
        echo "steps, as claimlens build times them (CLAIMLENS_TIMINGS=1):"
        awk -v n="$n" 'BEGIN { k = 0 }
            /^timing: / { name[k] = $2; secs[k] = $3 + 0; total += secs[k]; k++ }
            END {
                if (k == 0) { print "  (no timing lines: does claimlens build still honour CLAIMLENS_TIMINGS?)"; exit }
                printf "  %-10s %9s %7s %12s\n", "step", "seconds", "share", "articles/s"
                for (i = 0; i < k; i++)
                    printf "  %-10s %9.3f %6.0f%% %12.0f\n", name[i], secs[i], 100 * secs[i] / total, n / (secs[i] > 0 ? secs[i] : 1e-9)
                printf "  %-10s %9.3f %6.0f%% %12.0f\n", "total", total, 100, n / total
            }' "$out/build-$n.log"
    } | show
    section "bundle size, $n articles"
    bench anatomy "$site/claimlens.bundle" --corpus "$dir/articles" --quality "$quality" | show
    awk -F'\t' -v n="$n" '$1 == "size.ratio" { r = $2 } END { print "size." n ".ratio\t" r }' "$summary" >>"$summary"
done

section "search engine wasm size (bench/search-wasm: open + search, wasm-bindgen --remove-name-section, wasm-opt ${wasm_opt_flags[*]})"
pkg="$out/wasm-pkg"
rm -rf "$pkg" "$out/wasm-named"
module="$target/wasm32-unknown-unknown/$wasm_profile_dir/claimlens_bench_search_wasm.wasm"
wasm-bindgen --target nodejs --remove-name-section --out-dir "$pkg" "$module"
cp "$pkg/claimlens_bench_search_wasm_bg.wasm" "$out/before-wasm-opt.wasm"
start=$(date +%s)
"$wasm_opt" "${wasm_opt_flags[@]}" "$pkg/claimlens_bench_search_wasm_bg.wasm" -o "$pkg/claimlens_bench_search_wasm_bg.wasm"
say "wasm-opt took $(($(date +%s) - start)) s"
cp "$pkg/claimlens_bench_search_wasm_bg.wasm" "$out/search.wasm"
bench size "$out/search.wasm" --key wasm --quality "$wasm_quality" | show
bench size "$out/before-wasm-opt.wasm" --quality "$wasm_quality" | tail -n +2 | show
if command -v twiggy >/dev/null; then
    # Names are needed to say where bytes go: the module as wasm-bindgen leaves it, names kept.
    # It is not run through wasm-opt again (minutes on two cores), so its items are somewhat
    # larger than in search.wasm; the shares are what matter.
    wasm-bindgen --target nodejs --out-dir "$out/wasm-named" "$module"
    named="$out/wasm-named/claimlens_bench_search_wasm_bg.wasm"
    section "wasm size by crate (twiggy: shallow bytes before wasm-opt, name section left out)"
    twiggy top -n 100000 "$named" | awk -F'┊' '
        NR > 2 {
            name = $3; gsub(/^ +| +$/, "", name)
            # The total row and the name section (which the shipped module does not have).
            if (name ~ /^(Σ|\.\.\. and)/ || name ~ /names" subsection$/) next
            # Drop glue and trait impls count for the type'"'"'s crate: strip the wrappers first.
            sub(/^core::ptr::drop_in_place</, "", name)
            sub(/^(<|&|dyn |mut |\[)+/, "", name)
            if (name ~ /^(data\[|data segment)/) crate = "(data segments: constants, tables, strings)"
            else if (name ~ /^(code|elem|type|import|export|table|memory|global|custom section)/) crate = "(wasm sections, headers)"
            else if (name ~ /::/) {
                crate = name; sub(/::.*/, "", crate)
                # "<I as core::iter::Iterator>": a generic type; count it for the trait'"'"'s crate.
                sub(/^.* as /, "", crate); sub(/\[[0-9a-f]+\]$/, "", crate)
            }
            else crate = "(unnamed: " substr(name, 1, 30) ")"
            bytes[crate] += $1; total += $1
        }
        END {
            for (c in bytes) printf "%10d  %5.1f%%  %s\n", bytes[c], 100 * bytes[c] / total, c
        }' | sort -rn | head -20 | show
    section "largest wasm items (twiggy top, before wasm-opt)"
    twiggy top -n 20 "$named" | show
else
    echo "(cargo install twiggy for a breakdown by crate and item)" | show
fi

first=${sizes%% *}
section "query latency, $first-article bundle, $passes passes of $query_limit queries, 10 hits with highlights"
{
    bench latency "$out/site-$first/claimlens.bundle" --queries "$out/corpus-$first/queries.txt" \
        --query-limit "$query_limit" --passes "$passes" >"$out/latency-native.txt"
    node "$root/bench/wasm/search.mjs" "$pkg/claimlens_bench_search_wasm.js" "$out/site-$first/claimlens.bundle" \
        "$out/corpus-$first/queries.txt" --query-limit "$query_limit" --passes "$passes" --summary "$summary" \
        >"$out/latency-wasm.txt"
    { head -2 "$out/latency-native.txt"; head -1 "$out/latency-wasm.txt"; } | column -t -s $'\t'
    tail -n +3 "$out/latency-native.txt"
    tail -n +2 "$out/latency-wasm.txt"
} | show

section "summary (goals from issue #3; nothing here is checked)"
awk -F'\t' -v first="$first" -v sizes="$sizes" '
    { v[$1] = $2 }
    function row(what, value, goal, met) { printf "%-42s %14s  %-14s %s\n", what, value, goal, met }
    function yes(ok) { return ok ? "met" : "NOT met" }
    END {
        row("figure", "value", "goal", "")
        n = split(sizes, s, " ")
        for (i = 1; i <= n; i++) {
            a = v["build." s[i] ".articles_per_s"]
            row("build " s[i] " articles: articles/s", a, ">= 1000", yes(a >= 1000))
            row("build " s[i] " articles: MB/s", v["build." s[i] ".mb_per_s"], "", "")
            row("build " s[i] " articles: peak RSS MiB", v["build." s[i] ".rss_mib"], "", "")
        }
        for (i = 1; i <= n; i++) {
            r = v["size." s[i] ".ratio"]
            row("bundle brotli / corpus brotli, " s[i] " art.", r, "<= 1.3", yes(r <= 1.3))
        }
        row("analysis share of brotli parts, " s[n], v["size.analysis_br_share"], "", "")
        w = v["wasm.br"] / 1000
        row("search wasm, brotli KB", sprintf("%.1f", w), "<= 450", yes(w <= 450))
        row("search wasm, raw KB", sprintf("%.1f", v["wasm.raw"] / 1000), "", "")
        p = v["latency.wasm.p95"]
        row("wasm query p95 ms (" first " articles)", p, "<= 5", yes(p <= 5))
        row("wasm query p50 ms", v["latency.wasm.p50"], "", "")
        row("native query p95 ms", v["latency.native.p95"], "", "")
        row("wasm bundle open ms", v["latency.wasm.open"], "", "")
    }' "$summary" | show
say "report written to $report"
