//! `claimlens serve`: a small static server on loopback for looking at a built site.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use anyhow::{anyhow, Context, Result};
use tiny_http::{Header, Response, Server};

/// Serves `site` on 127.0.0.1:`port` until the process is stopped, printing the URL first.
pub fn serve(site: &Path, port: u16, out: &mut dyn Write) -> Result<()> {
    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| anyhow!("listening on 127.0.0.1:{port}: {e}"))?;
    let addr = server
        .server_addr()
        .to_ip()
        .context("reading the server address")?;
    writeln!(
        out,
        "claimlens: serving {} at http://{addr}/ (Ctrl-C to stop)",
        site.display()
    )?;
    out.flush()?;
    for request in server.incoming_requests() {
        let accepts_br = request
            .headers()
            .iter()
            .any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains("br"));
        let response = match resolve(site, request.url()) {
            Some(path) => respond(&path, accepts_br),
            None => Response::from_string("not found").with_status_code(404),
        };
        // A client that went away is not a server error.
        let _ = request.respond(response);
    }
    Ok(())
}

/// The file a URL path names inside `site`, refusing anything that leaves it.
fn resolve(site: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let full = site.join(relative);
    let full = if full.is_dir() {
        full.join("index.html")
    } else {
        full
    };
    full.is_file().then_some(full)
}

fn respond(path: &Path, accepts_br: bool) -> Response<std::io::Cursor<Vec<u8>>> {
    let content_type = match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    let compressed = PathBuf::from(format!("{}.br", path.display()));
    let (bytes, encoding) = match accepts_br.then(|| fs::read(&compressed).ok()).flatten() {
        Some(bytes) => (bytes, Some("br")),
        None => match fs::read(path) {
            Ok(bytes) => (bytes, None),
            Err(_) => return Response::from_string("unreadable").with_status_code(500),
        },
    };
    let mut response = Response::from_data(bytes)
        .with_header(Header::from_bytes("Content-Type", content_type).expect("a valid header"));
    if let Some(encoding) = encoding {
        response = response
            .with_header(Header::from_bytes("Content-Encoding", encoding).expect("a valid header"));
    }
    response
}
