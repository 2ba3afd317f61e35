//! The marks of boilerplate on one element: hidden by an attribute or a style, an ARIA role such
//! as `navigation`, a class or id whose words name a share bar, an ad, a cookie banner, related
//! links, comments and the like (`shareBar-top_2`), or text that is mostly links.

use scraper::node::Element;

use super::body::Weight;

/// Words in a class or id that mark a comment section, whatever its size.
const COMMENT_WORDS: &[&str] = &["comment", "comments", "disqus", "replies"];

/// Words in a class or id that mark boilerplate, unless the element holds a story's worth of
/// text (see [`LARGE_ELEMENT_CHARS`]).
const BOILERPLATE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "adunit",
    "adsbygoogle",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "bylines",
    "caption",
    "consent",
    "cookie",
    "cookies",
    "credit",
    "credits",
    "cutline",
    "donate",
    "donation",
    "footer",
    "gdpr",
    "login",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "pager",
    "pagination",
    "paywall",
    "poll",
    "popular",
    "popup",
    "promo",
    "promoted",
    "puff",
    "republish",
    "recirculation",
    "recommendations",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "skip",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "teaser",
    "teasers",
    "toolbar",
    "trending",
    "upsell",
];

/// Words that mark boilerplate only on small elements: an author box or a tag list, but also
/// words a page may put on a container of the story (`video-story`, `author-page`).
const SMALL_BOILERPLATE_WORDS: &[&str] = &[
    "author",
    "authors",
    "banner",
    "bio",
    "card",
    "cards",
    "date",
    "hidden",
    "meta",
    "player",
    "social",
    "tag",
    "tags",
    "timestamp",
    "video",
    "widget",
    // The author's sign-off box under a story (French and other European sites' `signature`).
    "signature",
];

/// Below this many visible chars an element is small (see [`SMALL_BOILERPLATE_WORDS`]).
const SMALL_ELEMENT_CHARS: usize = 200;

/// An element with this many chars of text outside links holds a story, whatever its class
/// says: a wrapper such as `<div class="site-content sidebar-right">` is not a sidebar. Share
/// bars, ads, cookie banners and menus are far smaller, and link lists are caught by their
/// links.
const LARGE_ELEMENT_CHARS: usize = 1000;

/// Whole class names that hide text from the screen (but not from screen readers).
const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
];

/// Words that turn the rest of a class name into a state (`has-comments`, `layout-with-sidebar`,
/// `js-share-tracking`) rather than what the element is; what follows them is not read.
const STATE_WORDS: &[&str] = &[
    "has", "with", "without", "is", "no", "js", "show", "enable", "can",
];

pub fn names_boilerplate(el: &Element, weight: Weight, page_para: usize) -> bool {
    let names = el.classes().chain(el.id());
    let small = weight.text < SMALL_ELEMENT_CHARS;
    // A story's worth of text, or most of the page's paragraphs: a short story's container
    // named with a word that is only its state (Drupal's `node-promoted`).
    let large = weight.text.saturating_sub(weight.link) >= LARGE_ELEMENT_CHARS
        || (page_para > 0 && weight.para * 2 > page_para);
    for name in names {
        let lower = name.to_ascii_lowercase();
        if SCREEN_READER_CLASSES.contains(&lower.as_str()) {
            return true;
        }
        let mut words = words(name);
        if let Some(state) = words
            .iter()
            .position(|word| STATE_WORDS.contains(&word.as_str()))
        {
            words.truncate(state);
        }
        for word in &words {
            let word = word.as_str();
            if COMMENT_WORDS.contains(&word)
                || (!large && BOILERPLATE_WORDS.contains(&word))
                || (small && SMALL_BOILERPLATE_WORDS.contains(&word))
            {
                return true;
            }
        }
        // "most-read", "mostRead"
        let most_read = words.windows(2).any(|pair| {
            pair[0] == "most" && matches!(pair[1].as_str(), "read" | "viewed" | "shared")
        });
        if most_read && !large {
            return true;
        }
    }
    false
}

/// The lower-case words of a class or id: split at `-`, `_`, `.`, digits' edges and camelCase.
pub fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_alphabetic() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

pub fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

pub fn is_boilerplate_role(role: &str) -> bool {
    role.split_ascii_whitespace().any(|role| {
        matches!(
            role.to_ascii_lowercase().as_str(),
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "dialog"
                | "alertdialog"
                | "search"
                | "menu"
                | "menubar"
                | "toolbar"
        )
    })
}

/// Lists and blocks that are mostly links: menus, "Read more" boxes, tag lists. A paragraph or
/// heading that is mostly a link but ends like a sentence stays.
pub fn is_link_list(name: &str, weight: Weight) -> bool {
    if weight.text == 0 || weight.link * 10 < weight.text * 6 {
        return false;
    }
    match name {
        "ul" | "ol" | "dl" | "li" | "table" | "div" | "section" => true,
        "p" | "h2" | "h3" | "h4" | "h5" | "h6" => !weight
            .last
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '»' | ')')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(html: &str) -> String {
        super::super::body::extract(&scraper::Html::parse_document(html), None).text
    }

    #[test]
    fn class_words_are_split_and_state_classes_ignored() {
        assert_eq!(words("shareBar-top_2"), ["share", "bar", "top"]);
        let html = "<body><div class=\"post has-comments\"><p>Kept paragraph.</p></div><div class=\"comment-list\"><p>Gone.</p></div></body>";
        assert_eq!(text_of(html), "Kept paragraph.\n");
    }

    #[test]
    fn link_lists_go_and_sentences_with_links_stay() {
        let html = "<body><p>The <a href=/c>council</a> said 40 homes were emptied.</p>\
            <ul><li><a href=/a>Other story</a></li><li><a href=/b>Another story</a></li></ul>\
            <p><a href=/s>Read the full statement from the council.</a></p>\
            <p>Read more: <a href=/r>Dam passed inspection last autumn</a></p></body>";
        assert_eq!(
            text_of(html),
            "The council said 40 homes were emptied.\nRead the full statement from the council.\n"
        );
    }

    #[test]
    fn a_signature_box_is_boilerplate_and_a_story_so_named_is_not() {
        let story =
            "<p>The long story paragraph that carries the news of the day, at some length.</p>";
        let html = format!(
            "<body><article><div class=body>{story}</div><div class=\"bg-grey signature\">\
             <a href=/j/dk>Dana Kell</a> (with Paul Mercier)<br><span>Reporter at the Valley Post</span>\
             </div></article></body>"
        );
        assert_eq!(text_of(&html), format!("{}\n", &story[3..story.len() - 4]));
        let signed = format!(
            "<body><div class=signature>{}</div></body>",
            story.repeat(4)
        );
        assert_eq!(text_of(&signed).lines().count(), 4);
    }
}
