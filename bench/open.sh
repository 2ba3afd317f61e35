#!/usr/bin/env bash
# bench/open.sh: the #/open benchmark (issue 18): the time from choosing files to the figures view
# in headless Chromium, for the five seed reports and for a synthetic corpus, the tab's memory
# while it builds, and the size of the #/open module (brotli).
#
# Usage: bench/open.sh [--smoke] [--articles N] [--runs N]
#
#   --smoke      the seed reports only, one run: what a test suite runs so the harness cannot rot
#   --articles   size of the synthetic corpus (default 200; seed 1, bench/src/corpus.rs)
#   --runs       runs per corpus, the median printed (default 3)
#
# Uses the explorer Trunk built (target/dist, embedded by the CLI): build it first with
# `trunk build --release`. Writes the site and the corpus under $CARGO_TARGET_DIR/bench-open/.
# Figures are printed, never checked.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
die() { printf 'bench/open.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'bench: %s\n' "$*" >&2; }

smoke=false articles=200 runs=3
while (($#)); do
    case $1 in
        --smoke) smoke=true ;;
        --articles | --runs)
            (($# >= 2)) || die "$1 needs a value"
            [[ $2 =~ ^[0-9]+$ ]] || die "$1: not a whole number: $2"
            [[ $1 == --articles ]] && articles=$2 || runs=$2
            shift ;;
        -h | --help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done

seed_corpus="$root/../shared/corpus/belarus-2025-12"
[[ -d "$seed_corpus" ]] || die "missing $seed_corpus"
[[ -f "$root/target/dist/index.html" ]] || die "no explorer in target/dist: run trunk build --release first"
[[ -d "$root/node_modules/playwright-core" ]] || die "needs playwright-core: npm install (see .ci/setup)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
out="$target/bench-open"
mkdir -p "$out"
if $smoke; then profile=dev dir=debug; else profile=release dir=release; fi
say "building claimlens ($profile; it embeds target/dist)"
cargo build --quiet --profile "$profile" -p claimlens-index-builder --bin claimlens -p claimlens-bench --bin claimlens-search-bench
site="$out/site"
rm -rf "$site"
"$target/$dir/claimlens" build "$seed_corpus" --out "$site" 2>"$out/build.log" || { cat "$out/build.log" >&2; die "claimlens build failed"; }
corpora=("seed=$seed_corpus")
if ! $smoke; then
    synthetic="$out/corpus-$articles"
    rm -rf "$synthetic"
    say "writing a synthetic corpus of $articles articles"
    "$target/$dir/claimlens-search-bench" corpus --articles "$articles" --seed 1 --out "$synthetic/articles" \
        --queries "$synthetic/queries.txt" --query-count 1 >&2
    corpora+=("synthetic-$articles=$synthetic/articles")
else
    runs=1
fi
node bench/open/run.mjs "$site" "${corpora[@]}" --runs "$runs"
