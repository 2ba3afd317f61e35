#!/usr/bin/env bash
# bench/explorer.sh: the explorer benchmark: the real site in headless Chromium on loopback: time to the claims view and to a first search result, keystroke-to-results latency, bytes by file.
#
# Usage: bench/explorer.sh [--smoke] [--runs N] [--queries N] [--articles N] [--seed N] [--reuse-dist]
#
#   --smoke       the seed site only, one navigation of each kind, two queries, no warm-up, dev
#                 build of the CLI: what a test suite runs so that the harness cannot rot (its
#                 figures mean little)
#   --runs        cold navigations of each kind per site, the median reported (default 5)
#   --queries     queries typed per site, from the top of each list (default 20)
#   --articles    size of the synthetic site (default 1000)
#   --seed        synthetic corpus seed (default 1): the same seed gives the same corpus and queries
#   --reuse-dist  use target/dist as it is, even if sources changed since Trunk built it
#
# Builds what it needs: the explorer with Trunk (release, into target/dist, cargo's output in
# target/webdev; or into $CLAIMLENS_WEB_DIST, which the CLI then embeds, with cargo's output in
# $CARGO_TARGET_DIR, for a worktree that keeps its builds elsewhere) unless target/dist is newer
# than every source it is made from; the claimlens CLI, which embeds target/dist; and the sites
# under target/bench-explorer/ (the seed corpus
# ../shared/corpus/belarus-2025-12 and a synthetic one from bench/src/corpus.rs). Then
# bench/explorer/run.mjs serves each site, drives Chromium (the explorer itself, and the
# <claim-lens> widget on a page of another origin) and prints the tables, which are also
# kept in target/bench-explorer/report.txt (smoke/report.txt for --smoke). Timings are printed,
# never checked.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

die() { printf 'bench/explorer.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'bench: %s\n' "$*" >&2; }

smoke=false runs=5 queries=20 articles=1000 seed=1 reuse_dist=false
while (($#)); do
    case $1 in
        --smoke) smoke=true ;;
        --reuse-dist) reuse_dist=true ;;
        --runs | --queries | --articles | --seed)
            (($# >= 2)) || die "$1 needs a value"
            [[ $2 =~ ^[0-9]+$ ]] || die "$1: not a whole number: $2"
            case $1 in
                --runs) runs=$2 ;;
                --queries) queries=$2 ;;
                --articles) articles=$2 ;;
                --seed) seed=$2 ;;
            esac
            shift ;;
        -h | --help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done
((runs >= 1 && queries >= 1 && articles >= 1)) || die "--runs, --queries and --articles must be at least 1"

seed_corpus="$root/../shared/corpus/belarus-2025-12"
[[ -d "$seed_corpus" ]] || die "missing $seed_corpus (the shared corpus is expected beside the repository)"
command -v node >/dev/null || die "needs node"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || die "needs Chromium at $chromium (apt-get install chromium; or set CHROMIUM)"

cd "$root"
# playwright-core (drives the system Chromium, downloads nothing) and binaryen (Trunk's wasm-opt)
# are the repository's devDependencies (package.json).
if [[ ! -d node_modules/playwright-core || ! -x node_modules/.bin/wasm-opt ]]; then
    say "installing the repository's npm tools (playwright-core, binaryen) into node_modules"
    npm install --no-save --no-audit --no-fund --loglevel=error >&2  # not npm ci: see .ci/setup
fi

# The explorer, as shipped: Trunk's release build into target/dist (Trunk.toml). Rebuilt when
# any source it is made from is newer than the last build.
dist="${CLAIMLENS_WEB_DIST:-$root/target/dist}"
trunk_target="${CARGO_TARGET_DIR:-$root/target/webdev}"
stale() {
    [[ -f "$dist/index.html" ]] || return 0
    [[ -n "$(find web crates Cargo.toml Cargo.lock Trunk.toml package-lock.json \
        -path web/e2e -prune -o -type f -newer "$dist/index.html" -print -quit)" ]]
}
if $reuse_dist; then
    [[ -f "$dist/index.html" ]] || die "--reuse-dist: no build in $dist"
    say "reusing target/dist as it is (--reuse-dist)"
elif stale; then
    command -v trunk >/dev/null || die "needs trunk (see ../shared/docs/TOOLCHAIN.md)"
    say "target/dist is missing or older than its sources: trunk build --release (a few minutes)"
    CARGO_TARGET_DIR="$trunk_target" PATH="$root/node_modules/.bin:$PATH" trunk build --release --dist "$dist" >&2
else
    say "target/dist is up to date with its sources: reusing it"
fi

target="${CARGO_TARGET_DIR:-$root/target}"
# Timings of the page do not depend on the CLI's profile: the smoke run reuses the dev build
# tests/run makes; the full run builds release (as the other benchmarks do).
if $smoke; then profile=dev profile_dir=debug; else profile=release profile_dir=release; fi
say "building claimlens ($profile; it embeds target/dist)"
if $smoke; then
    cargo build --quiet --profile "$profile" -p claimlens-index-builder --bin claimlens
else
    cargo build --quiet --profile "$profile" -p claimlens-index-builder --bin claimlens -p claimlens-bench --bin claimlens-search-bench
fi
claimlens="$target/$profile_dir/claimlens"

out="$target/bench-explorer"
# A smoke run keeps its own folder: it never replaces the last full report.
$smoke && out="$out/smoke"
mkdir -p "$out"

# make_site NAME CORPUS: the site claimlens build writes (explorer, bundle, .br and .gz copies),
# checked against target/dist: a file the CLI did not write, or wrote from an older build, is
# copied from target/dist (without a .br, so the server measures its brotli size itself).
articles_in() { sed -n 's/^built .* from \([0-9]*\) articles.*/\1/p' "$1" | tail -1; }
make_site() {
    local name=$1 corpus=$2 site="$out/site-$1" copied=0
    rm -rf "$site"
    "$claimlens" build "$corpus" --out "$site" 2>"$out/build-$name.log" ||
        { cat "$out/build-$name.log" >&2; die "claimlens build failed for the $name site"; }
    for file in "$dist"/*; do
        [[ -f $file ]] || continue
        local base=${file##*/}
        [[ $base == *.br || $base == *.gz ]] && continue
        if ! cmp -s "$file" "$site/$base"; then
            cp "$file" "$site/$base"
            rm -f "$site/$base.br" "$site/$base.gz"
            copied=$((copied + 1))
        fi
    done
    ((copied == 0)) || say "$name site: $copied explorer file(s) copied from target/dist (claimlens did not embed this build)"
}

say "building the seed site from $seed_corpus"
make_site seed "$seed_corpus"
# The same story as one HTML file, for its size (issue 5).
"$claimlens" build "$seed_corpus" --single-file "$out/single-seed.html" 2>>"$out/build-seed.log" ||
    { cat "$out/build-seed.log" >&2; die "claimlens build --single-file failed for the seed corpus"; }
sites=(--single-file "$out/single-seed.html" --site seed "belarus-2025-12 ($(articles_in "$out/build-seed.log") articles)" "$out/site-seed" "$root/bench/explorer/queries-belarus.txt")

if $smoke; then
    flags=(--runs 1 --query-limit 2 --no-warmup)
else
    corpus="$out/corpus-$articles"
    say "writing a synthetic corpus of $articles articles (seed $seed)"
    "$target/$profile_dir/claimlens-search-bench" corpus --articles "$articles" --seed "$seed" \
        --out "$corpus/articles" --queries "$corpus/queries.txt" --query-count 60 >&2
    say "building the synthetic site"
    make_site "synthetic-$articles" "$corpus/articles"
    sites+=(--site "synthetic-$articles" "synthetic ($(articles_in "$out/build-synthetic-$articles.log") articles)" "$out/site-synthetic-$articles" "$corpus/queries.txt")
    flags=(--runs "$runs" --query-limit "$queries")
fi

say "measuring in $("$chromium" --version 2>/dev/null | head -1)"
node "$root/bench/explorer/run.mjs" "${flags[@]}" --out "$out" "${sites[@]}"
say "report written to $out/report.txt"
