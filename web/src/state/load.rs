//! Why the story could not be loaded, in words for the person looking at the page.

/// The largest bundle the explorer downloads. The page holds the decoded story, the worker its
/// own part of it and the search engine: past this a tab runs out of memory (wasm32 has 4 GiB
/// at most, and browsers kill a tab well before), so the explorer refuses up front instead of
/// failing halfway (issue 7; docs/json.md, "Limits").
pub const MAX_BUNDLE_BYTES: u64 = 500_000_000;

/// A failure to load the story. `Clone + PartialEq` so it can live in component state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The download did not happen at all (offline, blocked, a `file://` page).
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The bytes arrived but are not a bundle this explorer reads.
    Bundle {
        url: String,
        error: claimlens_bundle::Error,
    },
    /// The bundle is (or says it is, in its `Content-Length` or its own header) larger than
    /// [`MAX_BUNDLE_BYTES`], or the browser could not find memory for it.
    TooLarge { url: String, bytes: u64 },
    /// The browser failed in some other way while reading the download.
    Browser(String),
    /// A part of the bundle fetched after its head (issue 16) could not be loaded.
    Part {
        part: claimlens_bundle::Part,
        error: Box<LoadError>,
    },
}

impl LoadError {
    /// One sentence saying what went wrong.
    pub fn message(&self) -> String {
        match self {
            LoadError::Network { url, detail } => {
                format!("The story at {url} could not be downloaded ({detail}).")
            }
            LoadError::Http { url, status: 404 } => {
                format!("There is no story at {url}: the server answered 404 (not found).")
            }
            LoadError::Http { url, status } => {
                format!("The server would not send the story at {url}: it answered HTTP {status}.")
            }
            LoadError::Bundle { url, error } => {
                format!("The file at {url} cannot be read: {error}.")
            }
            LoadError::TooLarge { url, bytes } if *bytes <= MAX_BUNDLE_BYTES => format!(
                "The story at {url} ({}) is too large for the memory this browser gives the page.",
                big_size(*bytes)
            ),
            LoadError::TooLarge { url, bytes } => format!(
                "The story at {url} is too large for the explorer to open in a browser: it is {}, and the explorer opens bundles of up to {}.",
                big_size(*bytes),
                big_size(MAX_BUNDLE_BYTES)
            ),
            LoadError::Browser(detail) => {
                format!("The browser could not read the story ({detail}).")
            }
            LoadError::Part { part, error } => {
                format!("The story's {part} could not be loaded. {}", error.message())
            }
        }
    }

    /// What the person can do about it.
    pub fn hint(&self) -> &'static str {
        use claimlens_bundle::Error;
        match self {
            LoadError::Network { .. } => {
                "Check the connection. If this page was opened from a file on disk, serve its folder over HTTP instead (for example `python3 -m http.server`): browsers do not let pages read files next to them."
            }
            LoadError::Http { status: 404, .. } | LoadError::Bundle { error: Error::Html, .. } => {
                "The explorer looks for claimlens.bundle next to this page. Build the site with `claimlens build CORPUS --out SITE` and serve the SITE folder, or name another bundle with ?bundle=URL."
            }
            LoadError::Http { .. } => "Try again later, or ask whoever runs this site.",
            LoadError::Bundle { error: Error::UnsupportedVersion { .. }, .. } => {
                "The site and its bundle were built by different versions of claimlens: build the site again with `claimlens build`."
            }
            LoadError::Bundle { .. } => "The bundle may have been cut short or changed on the way: build the site again with `claimlens build`, or reload the page.",
            LoadError::TooLarge { .. } => "Build smaller stories from the corpus (a bundle is meant for up to about 10,000 articles), or search this one with `claimlens search BUNDLE \"query\"`.",
            LoadError::Browser(_) => "Reload the page; if that does not help, try another browser.",
            LoadError::Part { error, .. } => error.hint(),
        }
    }
}

/// A large size for a person: "114 MB", "8.6 GB".
fn big_size(bytes: u64) -> String {
    if bytes >= 1_000_000_000 {
        format!("{} GB", in_units(bytes, 1_000_000_000, 1))
    } else {
        format!("{} MB", in_units(bytes, 1_000_000, 0))
    }
}

/// `bytes` in `unit`s with `places` (0 or 1) decimals, rounded half to even as `{:.1}` rounds.
/// Whole numbers only: formatting a float would link the standard library's float printing
/// (grisu and dragon, with their tables) into the page for a progress line (issue 16).
pub fn in_units(bytes: u64, unit: u64, places: u32) -> String {
    let scale = 10u64.pow(places.min(1));
    let step = (unit / scale).max(1);
    let (mut steps, rest) = (bytes / step, bytes % step);
    if rest * 2 > step || (rest * 2 == step && steps % 2 == 1) {
        steps += 1;
    }
    if scale == 1 {
        steps.to_string()
    } else {
        format!("{}.{}", steps / scale, steps % scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_bundle::Error;

    #[test]
    fn sizes_round_like_float_formatting() {
        assert_eq!(in_units(1_250_000, 1_000_000, 1), "1.2");
        assert_eq!(in_units(1_350_000, 1_000_000, 1), "1.4");
        assert_eq!(in_units(1_249_999, 1_000_000, 1), "1.2");
        assert_eq!(in_units(1_250_001, 1_000_000, 1), "1.3");
        assert_eq!(in_units(39_569, 1_000, 0), "40");
        assert_eq!(in_units(499, 1_000, 0), "0");
        assert_eq!(in_units(8_640_000_000, 1_000_000_000, 1), "8.6");
        assert_eq!(in_units(999_960_000, 1_000_000_000, 1), "1.0");
    }

    #[test]
    fn each_failure_says_what_and_what_to_do() {
        let missing = LoadError::Http {
            url: "claimlens.bundle".into(),
            status: 404,
        };
        assert!(missing.message().contains("no story at claimlens.bundle"));
        assert!(missing.hint().contains("claimlens build"));
        let html = LoadError::Bundle {
            url: "x".into(),
            error: Error::Html,
        };
        assert!(html.message().contains("HTML page"), "{}", html.message());
        assert_eq!(html.hint(), missing.hint());
        let version = LoadError::Bundle {
            url: "x".into(),
            error: Error::UnsupportedVersion {
                found: 9,
                supported: 1,
            },
        };
        assert!(version.message().contains("version 9"));
        assert!(version.hint().contains("different versions"));
        let corrupt = LoadError::Bundle {
            url: "x".into(),
            error: Error::Checksum,
        };
        assert!(corrupt.message().contains("corrupted"));
        let huge = LoadError::TooLarge {
            url: "x".into(),
            bytes: 8 * 1024 * 1024 * 1024,
        };
        assert!(
            huge.message().contains("too large") && huge.message().contains("8.6 GB"),
            "{}",
            huge.message()
        );
        assert!(huge.message().contains("up to 500 MB"));
        assert!(huge.hint().contains("claimlens search"));
        let part = LoadError::Part {
            part: claimlens_bundle::Part::Texts,
            error: Box::new(LoadError::Http {
                url: "claimlens.texts.bundle".into(),
                status: 404,
            }),
        };
        assert!(
            part.message()
                .starts_with("The story's article texts could not be loaded.")
                && part.message().contains("claimlens.texts.bundle")
                && part.message().contains("404"),
            "{}",
            part.message()
        );
        assert!(LoadError::Network {
            url: "u".into(),
            detail: "Failed to fetch".into()
        }
        .hint()
        .contains("file on disk"));
    }
}
