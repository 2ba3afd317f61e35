//! The single file (issue 5): the explorer, its two wasm modules, its styles and the bundle in
//! one HTML file that opens from `file://` with no network. `claimlens build --single-file` and
//! the browser's "Save as one file" (issue 18) both write it with [`render`].
//!
//! A page opened from disk can fetch nothing and start no worker from a file, so everything is
//! inline: the style sheet in a `<style>`, the page module's JavaScript in one `<script
//! type="module">` followed by a short boot, and the three binaries (page wasm, worker wasm,
//! bundle) gzipped and base64-encoded in `<script type="application/octet-stream">` blocks,
//! which browsers never run. The boot unpacks them with `DecompressionStream`, hands the bundle
//! to the app as a `blob:` URL and starts the search worker from a `blob:` URL holding the
//! worker's script and its wasm (Chromium refuses `new Worker("file://...")`).
//!
//! The file carries its own Content-Security-Policy in a `<meta>` tag: [`policy`] names the
//! inline script and style by their SHA-256 and allows `blob:` only for the worker and the
//! bundle's fetch.

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::{Error, Result};

/// The explorer's files the single file is made of, found in Trunk's output.
pub struct Parts<'a> {
    /// The page module's wasm-bindgen JavaScript (an ES module).
    pub page_js: &'a str,
    /// The page module's wasm, gzipped.
    pub page_wasm_gz: &'a [u8],
    /// The worker's wasm-bindgen JavaScript (a classic script defining `wasm_bindgen`).
    pub worker_js: &'a str,
    /// The worker's wasm, gzipped.
    pub worker_wasm_gz: &'a [u8],
    pub css: &'a str,
}

/// The file names Trunk gave the page module and the style sheet, read from its index.html.
#[derive(Debug, PartialEq, Eq)]
pub struct Names {
    pub page_js: String,
    pub page_wasm: String,
    pub css: String,
}

impl Names {
    pub fn from_index(index: &str) -> Result<Names> {
        let attribute = |before: &str| -> Result<String> {
            let start = index.find(before).ok_or_else(|| {
                Error::Explorer(format!("the explorer's index.html has no {before}"))
            })? + before.len();
            let end = index[start..]
                .find('"')
                .ok_or_else(|| Error::Explorer("the explorer's index.html is cut short".into()))?;
            Ok(index[start..start + end]
                .trim_start_matches("./")
                .to_string())
        };
        Ok(Names {
            page_js: attribute("data-js=\"")?,
            page_wasm: attribute("data-wasm=\"")?,
            css: attribute("<link rel=\"stylesheet\" href=\"")?,
        })
    }
}

/// Unpacks a base64 block, gunzipped; in both the page and the worker.
const UNPACK: &str = r#"async function claimlensUnpack(text) {
  const packed = typeof Uint8Array.fromBase64 === "function"
    ? Uint8Array.fromBase64(text.trim())
    : Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
"#;

/// The worker's boot, after its wasm-bindgen script and `self.claimlensWasm` (base64).
const WORKER_BOOT: &str = r#"claimlensUnpack(self.claimlensWasm)
  .then((bytes) => wasm_bindgen({ module_or_path: bytes }))
  .catch((error) => {
    const detail = error && error.message ? error.message : String(error);
    postMessage(JSON.stringify({ type: "failed", message: `the search engine could not be loaded (${detail})` }));
  });
"#;

/// The page's boot, after the page module's own code in the same module script (whose
/// `__wbg_init` and `startPage` it calls).
const PAGE_BOOT: &str = r#"
const claimlensBlock = (id) => document.getElementById(id).textContent;
(async () => {
  const root = document.getElementById("claimlens");
  try {
    const wasm = await claimlensUnpack(claimlensBlock("claimlens-page-wasm"));
    // The bundle's three parts (head, texts, index), each a blob the app fetches when a view
    // needs it, as it fetches the files of a site.
    for (const [block, key] of [["claimlens-bundle", "bundle"], ["claimlens-bundle-texts", "bundleTexts"], ["claimlens-bundle-index", "bundleIndex"]]) {
      const part = await claimlensUnpack(claimlensBlock(block));
      root.dataset[key] = URL.createObjectURL(new Blob([part], { type: "application/octet-stream" }));
    }
    const worker = [
      claimlensBlock("claimlens-worker-js"),
      "\n", claimlensUnpack.toString(), "\n",
      "self.claimlensWasm = \"", claimlensBlock("claimlens-worker-wasm").trim(), "\";\n",
      claimlensBlock("claimlens-worker-boot"),
    ];
    root.dataset.worker = URL.createObjectURL(new Blob(worker, { type: "text/javascript" }));
    await __wbg_init({ module_or_path: wasm });
    startPage();
  } catch (error) {
    root.textContent = "";
    const box = document.createElement("section");
    box.className = "panel failure";
    box.setAttribute("role", "alert");
    const title = document.createElement("h1");
    title.textContent = "The explorer could not start";
    const text = document.createElement("p");
    text.textContent = `This file's program could not be started (${error && error.message ? error.message : error}). It needs a browser with WebAssembly and DecompressionStream (Chrome, Edge and Firefox since 2023, Safari 16.4).`;
    box.append(title, text);
    root.append(box);
  }
})();
"#;

/// The Content-Security-Policy the single file declares for itself: nothing from anywhere
/// (`default-src 'none'`), its one inline script and one inline style by hash, WebAssembly,
/// and `blob:` for the worker it starts and for the bundle it hands the app.
pub fn policy(script: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src '{}' 'wasm-unsafe-eval'; style-src '{}'; worker-src blob:; connect-src blob:; img-src data:; base-uri 'none'; form-action 'none'",
        hash(script),
        hash(style)
    )
}

fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Writes the single file's HTML for a bundle's parts (head, texts, index; already gzipped).
pub fn render(parts: &Parts, bundle_gz: &[&[u8]], title: &str) -> Result<String> {
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    for (what, text) in [
        ("the page module", parts.page_js),
        ("the worker script", parts.worker_js),
        ("the style sheet", parts.css),
    ] {
        // Inline, these would end their element early; wasm-bindgen never writes them.
        if text.contains("</script") || text.contains("</style") {
            return Err(Error::Explorer(format!(
                "{what} contains a closing tag and cannot be inlined"
            )));
        }
    }
    let script = format!("{}\n{UNPACK}{PAGE_BOOT}", parts.page_js);
    let style = parts.css;
    let title = escape(title);
    let mut html = String::with_capacity(
        (parts.page_wasm_gz.len()
            + parts.worker_wasm_gz.len()
            + bundle_gz.iter().map(|p| p.len()).sum::<usize>())
            * 4
            / 3
            + script.len()
            + parts.worker_js.len()
            + style.len()
            + 4096,
    );
    html.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
        policy(&script, style)
    ));
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n");
    html.push_str(&format!("<title>{title} · claimlens</title>\n"));
    html.push_str(&format!("<style>{style}</style>\n</head>\n<body>\n"));
    html.push_str("<div id=\"claimlens\" class=\"claimlens-root\">\n<noscript><section class=\"panel failure\"><h1>The explorer needs JavaScript</h1><p>claimlens runs in your browser with JavaScript and WebAssembly. Turn JavaScript on for this file.</p></section></noscript>\n<p class=\"fallback\">Loading the explorer…</p>\n</div>\n");
    for (id, bytes) in [
        ("claimlens-page-wasm", parts.page_wasm_gz),
        ("claimlens-worker-wasm", parts.worker_wasm_gz),
    ]
    .into_iter()
    .chain(
        [
            "claimlens-bundle",
            "claimlens-bundle-texts",
            "claimlens-bundle-index",
        ]
        .into_iter()
        .zip(bundle_gz.iter().copied()),
    ) {
        html.push_str(&format!(
            "<script type=\"application/octet-stream\" id=\"{id}\">{}</script>\n",
            b64(bytes)
        ));
    }
    html.push_str(&format!(
        "<script type=\"text/plain\" id=\"claimlens-worker-js\">{}</script>\n",
        parts.worker_js
    ));
    html.push_str(&format!(
        "<script type=\"text/plain\" id=\"claimlens-worker-boot\">{WORKER_BOOT}</script>\n"
    ));
    html.push_str(&format!(
        "<script type=\"module\">{script}</script>\n</body>\n</html>\n"
    ));
    Ok(html)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_trunks_index() {
        let index = r#"<link rel="stylesheet" href="./style-1.css" integrity="x"/>
<script type="module" id="claimlens-boot" src="./boot.js" data-js="./claimlens-web-2.js" data-wasm="./claimlens-web-2_bg.wasm"></script>"#;
        assert_eq!(
            Names::from_index(index).unwrap(),
            Names {
                page_js: "claimlens-web-2.js".into(),
                page_wasm: "claimlens-web-2_bg.wasm".into(),
                css: "style-1.css".into(),
            }
        );
        assert!(Names::from_index("<html></html>").is_err());
    }

    #[test]
    fn the_policy_names_the_inline_script_and_style_by_hash() {
        let parts = Parts {
            page_js: "export function startPage() {}",
            page_wasm_gz: b"w",
            worker_js: "let wasm_bindgen;",
            worker_wasm_gz: b"v",
            css: "body { margin: 0 }",
        };
        let html = render(&parts, &[b"h", b"t", b"i"], "A <story>").unwrap();
        let script_start = html.find("<script type=\"module\">").unwrap() + 22;
        let script_end = script_start + html[script_start..].find("</script>").unwrap();
        let script = &html[script_start..script_end];
        assert!(html.contains(&format!("script-src '{}'", hash(script))));
        assert!(html.contains(&format!("style-src '{}'", hash("body { margin: 0 }"))));
        assert!(html.contains("<title>A &lt;story&gt; · claimlens</title>"));
        // sha256("abc"), the FIPS 180-2 example, base64-encoded.
        assert_eq!(
            hash("abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
        let bad = Parts {
            page_js: "x = '</script>'",
            ..parts
        };
        assert!(render(&bad, &[b"b"], "t").is_err());
    }
}
