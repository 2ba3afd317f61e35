#!/usr/bin/env bash
# bench/memory.sh: what a large bundle costs a reader's tab: a synthetic corpus built into a site, opened in headless Chromium, the renderer's peak memory and each wasm memory printed (issue 7).
#
# Usage: bench/memory.sh [--articles N] [--seed N]
#
#   --articles   size of the synthetic corpus (default 10000)
#   --seed       corpus seed (default 1): the same seed gives the same corpus
#
# Builds the release CLI and the corpus generator, writes the corpus (bench/src/corpus.rs, kept
# under target/bench-memory/ and reused when it is there), builds the site with `claimlens build`
# (the explorer as target/dist holds it: run `trunk build --release` first after changing web/),
# then bench/memory/run.mjs opens it and prints the figures, also kept in
# target/bench-memory/report-N.txt. Slow (about two minutes for 10,000 articles on two cores),
# so not part of tests/run. Figures are printed, never checked.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

die() { printf 'bench/memory.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'bench: %s\n' "$*" >&2; }

articles=10000 seed=1
while (($#)); do
    case $1 in
        --articles | --seed)
            (($# >= 2)) || die "$1 needs a value"
            [[ $2 =~ ^[0-9]+$ ]] || die "$1: not a whole number: $2"
            case $1 in
                --articles) articles=$2 ;;
                --seed) seed=$2 ;;
            esac
            shift ;;
        -h | --help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done
((articles >= 1)) || die "--articles must be at least 1"
command -v node >/dev/null || die "needs node"
[[ -x "${CHROMIUM:-/usr/bin/chromium}" ]] || die "needs Chromium at ${CHROMIUM:-/usr/bin/chromium} (or set CHROMIUM)"

cd "$root"
[[ -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund --loglevel=error >&2
[[ -f target/dist/index.html ]] || die "no explorer in target/dist: run trunk build --release first"

target="${CARGO_TARGET_DIR:-$root/target}"
say "building claimlens and the corpus generator (release)"
cargo build --quiet --release -p claimlens-index-builder --bin claimlens -p claimlens-bench --bin claimlens-search-bench
out="$target/bench-memory"
corpus="$out/corpus-$articles-seed-$seed"
site="$out/site-$articles"
mkdir -p "$out"
if [[ ! -d "$corpus/articles" ]]; then
    say "writing a synthetic corpus of $articles articles (seed $seed)"
    rm -rf "$corpus"
    "$target/release/claimlens-search-bench" corpus --articles "$articles" --seed "$seed" --out "$corpus/articles" >&2
fi
say "claimlens build of $articles articles"
rm -rf "$site"
"$target/release/claimlens" build "$corpus/articles" --out "$site" 2>"$out/build-$articles.log" ||
    { cat "$out/build-$articles.log" >&2; die "claimlens build failed"; }
# The explorer as Trunk last built it, in case the CLI embeds an older build.
for file in "$root"/target/dist/*; do
    base=${file##*/}
    [[ -f $file && $base != *.br && $base != *.gz ]] || continue
    cmp -s "$file" "$site/$base" || { cp "$file" "$site/$base"; rm -f "$site/$base.br" "$site/$base.gz"; }
done
say "opening it in Chromium"
node "$root/bench/memory/run.mjs" "$site" said | tee "$out/report-$articles.txt"
