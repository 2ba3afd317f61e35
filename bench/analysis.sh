#!/usr/bin/env bash
# bench/analysis.sh: runs the analysis throughput benchmark natively and in wasm (Node) and prints both side by side.
#
# Usage: bench/analysis.sh [--smoke] [--iterations N] [--min-time SECONDS] [--synthetic N] [DIR...]
# DIRs default to ../shared/corpus/belarus-2025-12 and corpus/demo. Timings are reported, never
# checked: --smoke (used by tests/run) only proves the harness builds and runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

die() { printf 'bench/analysis.sh: %s\n' "$*" >&2; exit 1; }

flags=()
dirs=()
smoke=false
while (($#)); do
    case $1 in
        --smoke) smoke=true; flags+=("$1") ;;
        --iterations | --min-time | --synthetic)
            (($# >= 2)) || die "$1 needs a value"
            flags+=("$1" "$2"); shift ;;
        -h | --help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        -*) die "unknown flag $1 (see --help)" ;;
        *) [[ -d "$1" ]] || die "no directory $1"; dirs+=("$(cd "$1" && pwd)") ;;
    esac
    shift
done
if ((${#dirs[@]} == 0)); then
    shared="$root/../shared/corpus/belarus-2025-12"
    [[ -d "$shared" ]] || die "missing $shared (the shared corpus is expected beside the repository)"
    dirs=("$(cd "$shared" && pwd)" "$root/corpus/demo")
fi

# Timings want optimised code; the smoke run reuses the dev builds tests/run has just made.
if $smoke; then profile=dev profile_dir=debug; else profile=release profile_dir=release; fi
target="${CARGO_TARGET_DIR:-$root/target}"
pkg="$target/bench-wasm/$profile_dir"

cd "$root"
echo "bench: building ($profile profile, native and wasm32)" >&2
cargo build --quiet -p claimlens-bench --bin claimlens-bench --profile "$profile"
cargo build --quiet -p claimlens-bench --lib --target wasm32-unknown-unknown --profile "$profile"
wasm-bindgen --target nodejs --out-dir "$pkg" \
    "$target/wasm32-unknown-unknown/$profile_dir/claimlens_bench.wasm"

echo "bench: corpus ${dirs[*]}" >&2
echo "bench: running native" >&2
native="$("$target/$profile_dir/claimlens-bench" "${flags[@]}" "${dirs[@]}")"
echo "bench: running wasm (node $(node --version))" >&2
wasm="$(node "$root/bench/wasm/run.mjs" "$pkg/claimlens_bench.js" "${flags[@]}" "${dirs[@]}")"

echo
printf '%s\n' "$native"
printf '%s\n' "$wasm" | tail -n +2
echo
# Side by side, from the rows above: $2 workload, $8 MB/s, $9 articles/s.
{ printf '%s\n' "$native" | tail -n +2; printf '%s\n' "$wasm" | tail -n +2; } | awk '
    { key = $2; if (!(key in seen)) { seen[key] = 1; order[n++] = key }
      mbs[$1, key] = $8; arts[$1, key] = $9 }
    END {
        printf "%-14s %12s %12s %14s %14s %12s\n", "workload", "native MB/s", "wasm MB/s",
            "native art/s", "wasm art/s", "wasm/native"
        for (i = 0; i < n; i++) {
            k = order[i]
            ratio = mbs["native", k] > 0 ? sprintf("%.2f", mbs["wasm", k] / mbs["native", k]) : "-"
            printf "%-14s %12s %12s %14s %14s %12s\n", k, mbs["native", k], mbs["wasm", k],
                arts["native", k], arts["wasm", k], ratio
        }
    }'
