//! One speaker: their spellings and descriptions, and each of their statements with every
//! outlet's wording side by side (the words that differ from the first marked), a hundred statements at a time (someone quoted in every
//! article of a large story has thousands).

use yew::prelude::*;

use crate::components::cite_actions::CiteActions;
use crate::components::download_button::DownloadButton;
use crate::components::marked_text::speaker_class;
use crate::components::missing::Missing;
use crate::components::{and_list, plural, StoryRef};
use crate::hooks::use_part;
use crate::hooks::use_texts;
use crate::hooks::use_view_focus::{HEADING_ID, TARGET_ID};
use crate::state::diff::{base_version, word_diff};
use crate::state::export::Download;
use crate::state::route::{ItemKind, Route};
use crate::state::story::Version;
use claimlens_core::Statement;

#[derive(PartialEq, Properties)]
pub struct SpeakerPageProps {
    pub story: StoryRef,
    /// The speaker's entity id.
    pub entity: String,
    pub route: Route,
}

/// How many statements the page shows at first, and how many more each click adds.
const STATEMENTS_SHOWN: usize = 100;

#[component]
pub fn SpeakerPage(props: &SpeakerPageProps) -> Html {
    use_texts();
    let story = &props.story;
    let route = &props.route;
    let part = use_part(STATEMENTS_SHOWN, STATEMENTS_SHOWN);
    let all = Route::speakers(None).keeping_search(route);
    let Some(entity) = story.entity(&props.entity) else {
        return html! { <Missing message={format!("This story has no speaker “{}”.", props.entity)} back={all} back_label="All speakers" /> };
    };
    let summary = story
        .speakers
        .iter()
        .find(|s| story.analysis.entities[s.entity].id == entity.id);
    let statements = story.statements_of(&entity.id);
    // The statement holding the quote a permalink points at is shown even past the first
    // hundred.
    let marked = route.item.as_ref().filter(|i| i.kind == ItemKind::Quote);
    let holds = |statement: &Statement| {
        marked.is_some_and(|item| {
            statement
                .quotes
                .iter()
                .any(|r| item.is(ItemKind::Quote, &r.article, r.index))
        })
    };
    let shown = part.shown.max(
        statements
            .iter()
            .position(|s| holds(s))
            .map_or(0, |at| at + 1),
    );
    let their_quotes = Route {
        speaker_filter: Some(entity.id.clone()),
        ..Route::default()
    };
    let variants: Vec<String> = entity
        .aliases
        .iter()
        .filter(|a| **a != entity.name)
        .cloned()
        .collect();
    html! {
        <section class={classes!("view", "speaker-page", speaker_class(story.colour(&entity.id)))} aria-labelledby={HEADING_ID}>
            <p class="breadcrumb"><a href={all.to_hash()}>{ "← All speakers" }</a></p>
            <h1 id={HEADING_ID} tabindex="-1">{ entity.name.clone() }</h1>
            if !entity.descriptions.is_empty() {
                <p class="description">{ entity.descriptions.join(" · ") }</p>
            }
            <p class="counts">
                if let Some(s) = summary {
                    { format!("{} and {} in {}: {}. ", plural(s.quotes, "quote", "quotes"), plural(statements.len(), "statement", "statements"), plural(s.outlets.len(), "outlet", "outlets"), and_list(&s.outlets)) }
                }
                if !variants.is_empty() {
                    { format!("Also spelled {}.", and_list(&variants)) }
                }
            </p>
            <p><a href={their_quotes.to_hash()}>{ format!("Search the passages quoting {}", entity.name) }</a></p>
            if !statements.is_empty() {
                <DownloadButton story={story.clone()} what={Download::Quotes(entity.id.clone())} holds={format!("the quotes of {}", entity.name)} />
            }
            if statements.is_empty() {
                <p>{ "No quotations are attributed to this speaker." }</p>
            }
            <ol class="statements">
                { for statements.iter().take(shown).enumerate().map(|(n, statement)| {
                    let versions = story.versions(statement);
                    let marked_article = marked.filter(|_| holds(statement)).map(|item| item.article.as_str());
                    let base = base_of(&versions);
                    let compared = versions.len() > 1;
                    let heading = format!("claimlens-statement-{}", statement.id);
                    html! {
                        <li key={statement.id.clone()}>
                            <section class="statement" aria-labelledby={heading.clone()}>
                                <h2 id={heading}>{ format!("Statement {}", n + 1) }<span class="muted">{ format!(", quoted in {}", plural(versions.len(), "article", "articles")) }</span></h2>
                                if versions.len() > 1 {
                                    <p class="muted diff-legend">{ "Words that differ from the wording marked “compared with” are highlighted." }</p>
                                }
                                <div class="versions">
                                    { for versions.iter().enumerate().map(|(i, v)| html! {
                                        <VersionFigure story={story.clone()} speaker={entity.id.clone()} version={v.clone()} base={compared.then(|| versions[base].text.clone())} is_base={compared && i == base} selected={marked_article == Some(story.analysis.articles[v.article].id.as_str())} route={route.clone()} />
                                    }) }
                                </div>
                            </section>
                        </li>
                    }
                }) }
            </ol>
            { part.button(statements.len(), "statements", "more-results") }
        </section>
    }
}

#[derive(PartialEq, Properties)]
struct VersionFigureProps {
    story: StoryRef,
    /// The speaker's entity id, for the permalink.
    speaker: String,
    version: Version,
    /// The wording the versions are compared with (`None` when there is only one version).
    base: Option<String>,
    /// This version is that wording.
    is_base: bool,
    /// A permalink points at this version's quote.
    selected: bool,
    route: Route,
}

/// One outlet's wording of a statement, its words that differ from the first version marked,
/// with a link into the article, its citation and its permalink.
#[component]
fn VersionFigure(props: &VersionFigureProps) -> Html {
    let story = &props.story;
    let v = &props.version;
    let read = Route::reader(&story.analysis.articles[v.article].id, Some(v.start))
        .keeping_search(&props.route);
    let article_id = &story.analysis.articles[v.article].id;
    let permalink = Route::quote_of_speaker(&props.speaker, article_id, v.quote);
    let words = props
        .base
        .as_deref()
        .and_then(|base| word_diff(base, &v.text));
    html! {
        <figure class={classes!("version", props.selected.then_some("selected"))} id={props.selected.then_some(TARGET_ID)} tabindex={props.selected.then_some("-1")}>
            <blockquote>
                if let Some(words) = words {
                    { for words.into_iter().map(|w| {
                        let word = w.text.trim_end().to_string();
                        let space = w.text[word.len()..].to_string();
                        if w.changed {
                            html! { <><mark class="diff">{ word }</mark>{ space }</> }
                        } else {
                            html! { { w.text } }
                        }
                    }) }
                } else {
                    { v.text.clone() }
                }
            </blockquote>
            <figcaption>
                <span class="outlet">{ story.outlet(v.article) }</span>
                { " · " }
                <a href={read.to_hash()}>{ "in context" }</a>
                { " " }
                <CiteActions story={story.clone()} article={v.article} start={v.start} end={v.end} kind={ItemKind::Quote} permalink={Some(permalink)} />
                if props.is_base {
                    <span class="base-version">{ "compared with" }</span>
                }
            </figcaption>
        </figure>
    }
}

/// Which of a statement's versions the others are compared with.
fn base_of(versions: &[Version]) -> usize {
    let texts: Vec<&str> = versions.iter().map(|v| v.text.as_str()).collect();
    base_version(&texts)
}
