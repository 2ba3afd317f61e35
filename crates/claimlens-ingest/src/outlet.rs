//! An article's outlet from its file's name, for a file that names its outlet nowhere inside
//! and has no URL (issue 18: articles opened in a page were otherwise labelled by their
//! headlines). A page saved by a browser is named after its `<title>`, which is often the
//! headline and the site's name: `Dam gives way - Lakeside Herald.html` → "Lakeside Herald".
//!
//! A bare name (`reuters.txt`, but also `storm.md` or `belarus.txt`) is not read as an outlet:
//! nothing tells an outlet's name from a subject's, and a wrong outlet is worse than none. The
//! explorer and the exports label an article without an outlet by its file's name when that
//! reads as one (`claimlens_export::names`), without claiming it is an outlet.

/// What separates the headline from the site's name in a saved page's name; `_` is what some
/// systems write for a `|`, which a file name may not hold.
const SEPARATORS: [&str; 6] = [" | ", " _ ", " - ", " – ", " — ", " · "];

/// How many words the site's name after a headline may have.
const MAX_SITE_WORDS: usize = 5;

/// The outlet the file `name` (a file name or a `/`-separated path) says.
pub fn from_file_name(name: &str) -> Option<String> {
    let file_name = name.rsplit('/').next().unwrap_or(name);
    let (stem, _) = file_name.rsplit_once('.')?;
    site_after_headline(stem)
}

/// `Dam gives way - Lakeside Herald` → "Lakeside Herald": at least two words of headline, then
/// a short name with a letter in it.
fn site_after_headline(stem: &str) -> Option<String> {
    let (headline, site) = SEPARATORS
        .iter()
        .filter_map(|separator| stem.rsplit_once(separator))
        .max_by_key(|(headline, _)| headline.len())?;
    let site = site.trim();
    let words = site.split_whitespace().count();
    // A site's name is written with a capital (or a digit): "what we know" is the headline's.
    let fits = headline.split_whitespace().count() >= 2
        && (1..=MAX_SITE_WORDS).contains(&words)
        && site.chars().next().is_some_and(|c| !c.is_lowercase())
        && site.chars().any(char::is_alphabetic)
        && !SEPARATORS
            .iter()
            .any(|s| site.contains(s.trim()) && s.trim() != "-");
    fits.then(|| site.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_page_is_named_after_its_headline_and_site() {
        assert_eq!(
            from_file_name("Dam gives way - Lakeside Herald.html").as_deref(),
            Some("Lakeside Herald")
        );
        assert_eq!(
            from_file_name("saved/Belarus frees 123 prisoners _ BBC News.htm").as_deref(),
            Some("BBC News")
        );
        assert_eq!(
            from_file_name("Fighting in the north-east – live updates | The Guardian.html")
                .as_deref(),
            Some("The Guardian")
        );
        // A date or a long tail after the dash is no site.
        assert_eq!(from_file_name("Dam gives way - 2026-04-11.html"), None);
        assert_eq!(
            from_file_name("Dam gives way - what we know so far about it.html"),
            None
        );
        assert_eq!(from_file_name("Dam gives way - what we know.html"), None);
        assert_eq!(from_file_name("Dam - Herald.html"), None);
    }

    #[test]
    fn names_that_are_no_saved_page_give_none() {
        for name in [
            "reuters.txt",
            "belarus.txt",
            "000_157f15aab4e61d7f.txt",
            "03-orbis-wire.txt",
            "Dam gives way - Lakeside Herald",
            ".txt",
        ] {
            assert_eq!(from_file_name(name), None, "{name}");
        }
    }
}
