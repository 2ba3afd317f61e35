//! Why the story could not be loaded, in words for the person looking at the page.

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
    /// The browser failed in some other way while reading the download.
    Browser(String),
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
            LoadError::Browser(detail) => {
                format!("The browser could not read the story ({detail}).")
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
            LoadError::Browser(_) => "Reload the page; if that does not help, try another browser.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_bundle::Error;

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
        assert!(LoadError::Network {
            url: "u".into(),
            detail: "Failed to fetch".into()
        }
        .hint()
        .contains("file on disk"));
    }
}
