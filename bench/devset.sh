#!/usr/bin/env bash
# bench/devset.sh: scores the analysis on the development set (bench/devset/*.toml) and prints
# quote, speaker, figure, qualifier and counts scores for the cases worked on and those kept aside.
#
# Usage: bench/devset.sh [--problems] [--show-held] [--only PREFIX] [DIR]
# The analysis runs in the dev profile: these are scores, not timings.
# --problems lists what went wrong in each case worked on; the cases kept aside only with
# --show-held (see bench/devset/README.md). Scores are printed, never checked.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$root"
cargo run --quiet -p claimlens-bench --bin claimlens-devset-bench -- "$@"
