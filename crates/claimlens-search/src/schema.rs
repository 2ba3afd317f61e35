//! The index schema and the tokenizer, defined once for the indexer and the browser.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};

/// The tokenizer's name in tantivy's registry.
pub(crate) const TOKENIZER: &str = "claimlens";

/// Words are split on anything not alphanumeric, lowercased and folded to ASCII, so "Nausėda"
/// and "Nauseda" are one term.
pub(crate) fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(64))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Fields of a passage document.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "build"), allow(dead_code))]
pub(crate) struct Fields {
    /// The passage text: words and their counts, no positions (phrases are checked against the
    /// passage text, see `Engine::phrase`).
    pub body: Field,
    /// Passage number (see [`crate::Passage`]).
    pub passage: Field,
    /// Article number, for filters.
    pub article: Field,
    /// Ids of the entities named in the passage, whatever the spelling.
    pub entities: Field,
    /// Ids of the speakers of quotations in the passage.
    pub speakers: Field,
}

/// The schema the index writer (feature `build`) creates and readers require of an index.
pub(crate) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(TOKENIZER)
        .set_index_option(IndexRecordOption::WithFreqs);
    let body = builder.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(indexing),
    );
    let passage = builder.add_u64_field("passage", FAST);
    let article = builder.add_u64_field("article", INDEXED | FAST);
    let entities = builder.add_text_field("entities", STRING);
    let speakers = builder.add_text_field("speakers", STRING);
    (
        builder.build(),
        Fields {
            body,
            passage,
            article,
            entities,
            speakers,
        },
    )
}

/// The index fields of an existing schema.
pub(crate) fn fields(schema: &Schema) -> Option<Fields> {
    Some(Fields {
        body: schema.get_field("body").ok()?,
        passage: schema.get_field("passage").ok()?,
        article: schema.get_field("article").ok()?,
        entities: schema.get_field("entities").ok()?,
        speakers: schema.get_field("speakers").ok()?,
    })
}
