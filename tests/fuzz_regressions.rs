//! The fuzz targets on the stable toolchain: every seed (`fuzz/seeds/<target>/`) and every crash
//! reproducer (`fuzz/regressions/<target>/`) replayed through the same target bodies cargo-fuzz
//! runs, plus a short deterministic smoke run of simple mutations of the seeds. The bodies live
//! in `fuzz/src/lib.rs`, compiled here as a module, so the two cannot drift apart.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[path = "../fuzz/src/lib.rs"]
mod targets;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

/// The inputs under `fuzz/<kind>/<target>/`, sorted by path; none when the folder is absent.
fn inputs(kind: &str, target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = fuzz_dir().join(kind).join(target);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.expect("listing a fuzz folder").path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = fs::read(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
            (p, bytes)
        })
        .collect()
}

/// How long one input may take in a debug build. The slow inputs fuzzing found took seconds to
/// minutes here before their fixes and take well under one second after, so this catches a
/// blowup coming back without failing on a busy machine.
const SLOW: Duration = Duration::from_secs(10);

/// Runs every input through `body` and fails naming each input that panicked or was slow.
fn replay(body: fn(&[u8]), inputs: &[(String, Vec<u8>)]) {
    let failed: Vec<String> = inputs
        .iter()
        .filter_map(|(name, bytes)| {
            let started = Instant::now();
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| body(bytes)));
            let took = started.elapsed();
            match outcome {
                Err(e) => {
                    let message = e
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    Some(format!("{name}: panicked: {message}"))
                }
                Ok(()) if took > SLOW => Some(format!("{name}: took {took:?}")),
                Ok(()) => None,
            }
        })
        .collect();
    assert!(
        failed.is_empty(),
        "inputs that failed:\n{}",
        failed.join("\n")
    );
}

fn named(inputs: Vec<(PathBuf, Vec<u8>)>) -> Vec<(String, Vec<u8>)> {
    inputs
        .into_iter()
        .map(|(p, b)| (p.display().to_string(), b))
        .collect()
}

#[test]
fn every_target_has_seeds_and_every_folder_a_target() {
    for kind in ["seeds", "regressions"] {
        let Ok(entries) = fs::read_dir(fuzz_dir().join(kind)) else {
            continue;
        };
        for entry in entries {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                targets::TARGETS.iter().any(|(t, _)| *t == name),
                "fuzz/{kind}/{name} names no fuzz target"
            );
        }
    }
    for (target, _) in targets::TARGETS {
        assert!(
            !inputs("seeds", target).is_empty(),
            "fuzz/seeds/{target}/ has no seeds"
        );
    }
}

#[test]
fn seeds_and_regressions_replay_clean() {
    for (target, body) in targets::TARGETS {
        let mut all = named(inputs("seeds", target));
        all.extend(named(inputs("regressions", target)));
        replay(*body, &all);
    }
}

/// The bundle seed is a real bundle of this format version, so the fuzzer starts past the
/// header checks; after a format change, rebuild it as `fuzz/README.md` says.
#[test]
fn bundle_seed_is_a_current_bundle() {
    let bytes = fs::read(fuzz_dir().join("seeds/bundle/small.bundle")).unwrap();
    let engine = claimlens_search::Engine::from_bytes(&bytes)
        .expect("fuzz/seeds/bundle/small.bundle opens: rebuild it (fuzz/README.md)");
    assert!(!engine.search("bridge", 5).hits.is_empty());
}

/// A few hundred cheap mutations of the seeds (cut, flipped, spliced), the same every run: a
/// smoke run of the fuzz targets for CI, which has no nightly toolchain for libFuzzer.
#[test]
fn mutated_seeds_replay_clean() {
    // xorshift64: deterministic, so a failure here reproduces.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound.max(1) as u64) as usize
    };
    const INSERTS: &[&[u8]] = &[
        "“".as_bytes(),
        "”".as_bytes(),
        b"\"",
        b"'",
        "«".as_bytes(),
        b"\n\n",
        b"<p>",
        b"</div>",
        b"\0",
        b"123",
        b" said ",
        "\u{202E}".as_bytes(),
        b"\xff",
    ];
    for (target, body) in targets::TARGETS {
        let seeds = inputs("seeds", target);
        let mut mutants = Vec::new();
        for (path, seed) in &seeds {
            for round in 0..12 {
                let mut m = seed.clone();
                match round % 4 {
                    0 => m.truncate(next(m.len() + 1)),
                    1 => {
                        for _ in 0..4 {
                            if !m.is_empty() {
                                let at = next(m.len());
                                m[at] ^= 1 << next(8);
                            }
                        }
                    }
                    2 => {
                        let at = next(m.len() + 1);
                        let insert = INSERTS[next(INSERTS.len())];
                        m.splice(at..at, insert.iter().copied());
                    }
                    _ => {
                        // Repeat a slice in place, as a fuzzer does to find blowups.
                        let from = next(m.len() + 1);
                        let to = (from + next(64)).min(m.len());
                        let chunk = m[from..to].repeat(4);
                        m.splice(from..from, chunk);
                    }
                }
                mutants.push((format!("{} mutant {round}", path.display()), m));
            }
        }
        replay(*body, &mutants);
    }
}
