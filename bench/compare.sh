#!/usr/bin/env bash
# bench/compare.sh: claimlens side by side with Pagefind and MiniSearch (issue 6): the same corpora, the same queries, one browser session, one report with charts.
#
# Usage: bench/compare.sh [--smoke] [--sizes "1000 10000"] [--seed N] [--runs N] [--passes N]
#                         [--per-class N] [--keystroke-queries N] [--reuse-dist] [--report DIR]
#
#   --smoke               the seed corpus only, 2 queries of each class, one cold visit, one
#                         timed pass, dev build of the CLI: what tests/run does so that the
#                         harness cannot rot. Its report goes under target/bench-compare/smoke/
#                         and never replaces the committed one (its figures mean little)
#   --sizes               synthetic corpus sizes in articles (default "1000 10000")
#   --seed                synthetic corpus seed (default 1): the same seed, the same corpus and queries
#   --runs                cold visits per engine and corpus, the median reported (default 3)
#   --passes              timed passes over the query set per engine (default 5)
#   --per-class           at most this many queries of each class (default 12)
#   --keystroke-queries   queries typed into claimlens's explorer for keystroke-to-results (default 20)
#   --reuse-dist          use target/dist as it is, even if sources changed since Trunk built it
#   --report              where the report goes (default bench/report)
#
# For each corpus (the seed corpus ../shared/corpus/belarus-2025-12, read in place, and the
# synthetic corpora of bench/src/corpus.rs), under target/bench-compare/NAME/: the articles as
# claimlens reads them and as HTML pages; the labelled query set (answers known by construction:
# `claimlens-search-bench compare-queries`, or bench/compare/queries-belarus.json for the seed
# corpus); the three index builds under GNU time -v (`claimlens build`, `pagefind --site` from
# npm, bench/compare/minisearch-build.mjs); then bench/compare/run.mjs measures everything in
# headless Chromium and bench/compare/report.mjs writes compare.md, compare.json and the SVG
# charts into the report folder. Timings are printed, never checked.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

die() { printf 'bench/compare.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'bench: %s\n' "$*" >&2; }

smoke=false sizes="1000 10000" seed=1 runs=3 passes=5 per_class=12 keystroke_queries=20 reuse_dist=false
report_dir="$root/bench/report"
while (($#)); do
    case $1 in
        --smoke) smoke=true ;;
        --reuse-dist) reuse_dist=true ;;
        --sizes | --seed | --runs | --passes | --per-class | --keystroke-queries | --report)
            (($# >= 2)) || die "$1 needs a value"
            case $1 in
                --sizes) sizes=$2 ;;
                --seed) seed=$2 ;;
                --runs) runs=$2 ;;
                --passes) passes=$2 ;;
                --per-class) per_class=$2 ;;
                --keystroke-queries) keystroke_queries=$2 ;;
                --report) report_dir=$2 ;;
            esac
            shift ;;
        -h | --help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done
for n in $sizes $seed $runs $passes $per_class $keystroke_queries; do
    [[ $n =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done

seed_corpus="$root/../shared/corpus/belarus-2025-12"
[[ -d "$seed_corpus" ]] || die "missing $seed_corpus (the shared corpus is expected beside the repository)"
[[ -x /usr/bin/time ]] || die "needs /usr/bin/time (GNU time, Debian package time) for build time and peak memory"
command -v node >/dev/null || die "needs node"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || die "needs Chromium at $chromium (apt-get install chromium; or set CHROMIUM)"

cd "$root"
# The peers and the browser driver are the repository's devDependencies (package.json): pagefind
# (its npm package ships the binary), minisearch, playwright-core (drives the system Chromium).
if [[ ! -x node_modules/.bin/pagefind || ! -d node_modules/minisearch || ! -d node_modules/playwright-core ]]; then
    say "installing the repository's npm tools (pagefind, minisearch, playwright-core) into node_modules"
    npm install --no-save --no-audit --no-fund --loglevel=error >&2  # not npm ci: see .ci/setup
fi
pagefind="$root/node_modules/.bin/pagefind"

target="${CARGO_TARGET_DIR:-$root/target}"
if $smoke; then
    # tests/run has just built the explorer and the dev CLI: reuse both.
    profile=dev profile_dir=debug
    sizes="" runs=1 passes=1 per_class=2 keystroke_queries=2
    out="$target/bench-compare/smoke"
    report_dir="$out/report"
else
    profile=release profile_dir=release
    out="$target/bench-compare"
    # The explorer as shipped: Trunk's release build in target/dist, which `claimlens build`
    # embeds; rebuilt when a source it is made from is newer (as bench/explorer.sh does).
    dist="$root/target/dist"
    stale() {
        [[ -f "$dist/index.html" ]] || return 0
        [[ -n "$(find web crates Cargo.toml Cargo.lock Trunk.toml \
            -path web/e2e -prune -o -type f -newer "$dist/index.html" -print -quit)" ]]
    }
    if $reuse_dist; then
        [[ -f "$dist/index.html" ]] || die "--reuse-dist: no build in $dist"
    elif stale; then
        command -v trunk >/dev/null || die "needs trunk (see ../shared/docs/TOOLCHAIN.md)"
        say "target/dist is missing or older than its sources: trunk build --release (a few minutes)"
        CARGO_TARGET_DIR="$root/target/webdev" PATH="$root/node_modules/.bin:$PATH" trunk build --release >&2
    fi
fi
mkdir -p "$out"

say "building claimlens and claimlens-search-bench ($profile)"
cargo build --quiet --profile "$profile" -p claimlens-index-builder --bin claimlens \
    -p claimlens-bench --bin claimlens-search-bench
claimlens="$target/$profile_dir/claimlens"
search_bench="$target/$profile_dir/claimlens-search-bench"

# build_engines WORK CORPUS_DIR: the three index builds, each under GNU time -v.
build_engines() {
    local work=$1 corpus=$2 n
    n=$(find "$corpus" -maxdepth 1 \( -name '*.md' -o -name '*.txt' \) | wc -l)
    rm -rf "$work/site-claimlens" "$work/site-minisearch" "$work/site-pagefind/pagefind"
    say "  claimlens build ($n articles)"
    /usr/bin/time -v -o "$work/time-claimlens.txt" "$claimlens" build "$corpus" --out "$work/site-claimlens" \
        2>"$work/build-claimlens.log" || { cat "$work/build-claimlens.log" >&2; die "claimlens build failed on $corpus"; }
    [[ -f "$work/site-claimlens/worker-loader.js" ]] ||
        die "claimlens build wrote no explorer: build it first (trunk build --release) so the CLI embeds it"
    say "  pagefind --site ($n pages)"
    /usr/bin/time -v -o "$work/time-pagefind.txt" "$pagefind" --site "$work/site-pagefind" \
        >"$work/build-pagefind.log" 2>&1 || { cat "$work/build-pagefind.log" >&2; die "pagefind failed on $work/site-pagefind"; }
    say "  minisearch index ($n documents)"
    mkdir -p "$work/site-minisearch"
    /usr/bin/time -v -o "$work/time-minisearch.txt" node "$root/bench/compare/minisearch-build.mjs" \
        "$work/docs.json" "$work/site-minisearch/index.json" 2>"$work/build-minisearch.log" ||
        { cat "$work/build-minisearch.log" >&2; die "the MiniSearch build failed"; }
    node "$root/bench/compare/prepare.mjs" pages "$work"
}

corpora=()
say "seed corpus: $seed_corpus"
work="$out/seed"
node "$root/bench/compare/prepare.mjs" corpus "$work" "$seed_corpus" --queries "$root/bench/compare/queries-belarus.json"
build_engines "$work" "$seed_corpus"
corpora+=(--corpus seed "belarus-2025-12" "$work")

for n in $sizes; do
    work="$out/synthetic-$n"
    say "synthetic corpus: $n articles, seed $seed"
    "$search_bench" corpus --articles "$n" --seed "$seed" --out "$work/articles" >&2
    "$search_bench" corpus --articles "$n" --seed "$seed" --format html --out "$work/html" >&2
    "$search_bench" compare-queries --articles "$n" --seed "$seed" --per-class "$per_class" --out "$work/queries.json" >&2
    node "$root/bench/compare/prepare.mjs" corpus "$work" "$work/articles" --html "$work/html"
    build_engines "$work" "$work/articles"
    corpora+=(--corpus "synthetic-$n" "synthetic $n" "$work")
done

say "measuring in $("$chromium" --version 2>/dev/null | head -1)"
node "$root/bench/compare/run.mjs" --out "$out/results.json" --runs "$runs" --passes "$passes" \
    --per-class "$per_class" --keystroke-queries "$keystroke_queries" "${corpora[@]}"
node "$root/bench/compare/report.mjs" "$out/results.json" "$report_dir"
say "report written to $report_dir/compare.md"
