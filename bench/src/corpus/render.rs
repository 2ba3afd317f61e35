//! How a synthetic article is written to a file: Markdown with front matter (what `claimlens
//! build` reads) or a standalone HTML page (what a static-site search tool such as Pagefind
//! indexes), from the same article.

use super::Article;

/// The file format of a generated corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }

    /// Reads `md` or `html`.
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "md" | "markdown" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

impl Article {
    /// The file name in a corpus folder: the slug and the format's extension.
    pub fn file_name(&self, format: Format) -> String {
        format!("{}.{}", self.slug, format.extension())
    }

    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Markdown => self.markdown(),
            Format::Html => self.html(),
        }
    }

    /// Front matter (title, outlet, date, url, author) and the paragraphs, blank-line separated.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "---\ntitle: {}\noutlet: {}\ndate: {}\nurl: {}\nauthor: {}\n---\n\n",
            self.title, self.outlet, self.date, self.url, self.author
        );
        out.push_str(&self.paragraphs.join("\n\n"));
        out.push('\n');
        out
    }

    /// A page as a news site serves it: site chrome around an `<article>` holding the headline,
    /// byline and paragraphs; the metadata is in `<meta>` tags as well.
    pub fn html(&self) -> String {
        let mut out =
            String::with_capacity(self.paragraphs.iter().map(String::len).sum::<usize>() + 1024);
        out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str(&format!(
            "<title>{} | {}</title>\n",
            escape(&self.title),
            escape(&self.outlet)
        ));
        out.push_str(&format!(
            "<meta name=\"author\" content=\"{}\">\n",
            escape(&self.author)
        ));
        out.push_str(&format!(
            "<meta property=\"og:site_name\" content=\"{}\">\n",
            escape(&self.outlet)
        ));
        out.push_str(&format!(
            "<meta property=\"article:published_time\" content=\"{}\">\n",
            self.date
        ));
        out.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">\n",
            escape(&self.url)
        ));
        out.push_str("</head>\n<body>\n");
        out.push_str(&format!(
            "<header><nav><a href=\"/\">{}</a></nav></header>\n",
            escape(&self.outlet)
        ));
        out.push_str("<main>\n<article>\n");
        out.push_str(&format!("<h1>{}</h1>\n", escape(&self.title)));
        out.push_str(&format!(
            "<p class=\"byline\">By {} · <time datetime=\"{}\">{}</time></p>\n",
            escape(&self.author),
            self.date,
            self.date
        ));
        for paragraph in &self.paragraphs {
            out.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
        }
        out.push_str("</article>\n</main>\n<footer><p>Synthetic article for benchmarks.</p></footer>\n</body>\n</html>\n");
        out
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
