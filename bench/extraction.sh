#!/usr/bin/env bash
# bench/extraction.sh: scores the article text claimlens extracts from saved news pages against
# the text a reader finds on them: precision, recall and F1 of word 4-gram shingles (the measure
# of public article-extraction benchmarks; see bench/src/extraction.rs), per page and overall,
# for the development pages (bench/extraction/dev/) and those kept aside (held-out/).
#
# Usage: bench/extraction.sh [--pages DIR] [--show NAME]
# --pages scores a folder laid out as Mozilla Readability's test pages (NAME/source.html and
# NAME/expected.html, whose visible text is expected) instead of our own pages.
# --show prints one page's extracted text and its differences from the expected text.
# Scores are printed, never checked.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$root"
cargo run --quiet -p claimlens-bench --bin claimlens-extraction-bench -- "$@"
