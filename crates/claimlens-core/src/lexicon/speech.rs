//! Vocabulary of reported speech: cue verbs and phrases and pronouns. The closed classes that
//! bound the phrase naming a speaker live in `grammar` and are re-exported here.
//!
//! Every list here is general English newswire usage, written for no story in particular: the
//! verbs reporters use for speech on any beat.

use super::{word_map, WordMap};
use crate::names::Gender;

pub(crate) use super::grammar::*;

/// A verb of reported speech, by its base form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpeechVerb {
    pub base: &'static str,
    /// The verb reports facts and figures as well as words ("confirmed", "estimated"), so the
    /// figures of its sentence have this speaker as their source.
    pub reports: bool,
    /// A cue only when it frames a quotation ("Okafor continued:", "“…,” she sang"): in running
    /// text the verb mostly means something else ("the talks continued").
    pub frames_only: bool,
    /// A verb of judgement whose object comes before the words quoted ("branded the decision
    /// “a joke”", "hailed the striker as “the best in the league”"): a cue when a quotation
    /// opens a few words after it.
    pub judges: bool,
}

const fn verb(base: &'static str, reports: bool) -> SpeechVerb {
    SpeechVerb {
        base,
        reports,
        frames_only: false,
        judges: false,
    }
}

const fn framing(base: &'static str) -> SpeechVerb {
    SpeechVerb {
        base,
        reports: false,
        frames_only: true,
        judges: false,
    }
}

const fn judging(base: &'static str) -> SpeechVerb {
    SpeechVerb {
        base,
        reports: false,
        frames_only: true,
        judges: true,
    }
}

/// Verbs that news copy on every beat uses to report what someone said, wrote or posted.
const SPEECH_VERBS: &[SpeechVerb] = &[
    verb("say", true),
    verb("tell", true),
    verb("add", true),
    verb("write", true),
    verb("state", true),
    verb("note", true),
    verb("describe", false),
    verb("call", false),
    verb("express", false),
    verb("assert", true),
    verb("stress", false),
    verb("urge", false),
    verb("share", false),
    verb("explain", true),
    verb("insist", true),
    verb("warn", true),
    verb("ask", false),
    verb("reply", false),
    verb("respond", false),
    verb("answer", false),
    verb("announce", true),
    verb("declare", true),
    verb("argue", true),
    verb("claim", true),
    verb("confirm", true),
    verb("recall", false),
    verb("vow", false),
    verb("acknowledge", true),
    verb("admit", true),
    verb("comment", false),
    verb("emphasize", false),
    verb("emphasise", false),
    verb("underscore", false),
    verb("post", true),
    verb("tweet", true),
    verb("text", false),
    verb("email", false),
    verb("conclude", false),
    // A judge's words: "“…,” Justice Wambui ruled".
    verb("rule", true),
    verb("remark", false),
    verb("observe", false),
    verb("indicate", true),
    verb("estimate", true),
    verb("report", true),
    verb("praise", false),
    verb("concede", true),
    verb("maintain", true),
    verb("suggest", true),
    verb("predict", true),
    verb("promise", true),
    verb("pledge", false),
    verb("quip", false),
    verb("joke", false),
    verb("wonder", false),
    verb("caution", true),
    verb("disclose", true),
    verb("reveal", true),
    verb("counter", false),
    verb("demand", false),
    verb("testify", true),
    verb("complain", false),
    verb("boast", false),
    verb("plead", false),
    verb("shout", false),
    verb("whisper", false),
    verb("exclaim", false),
    verb("mutter", false),
    verb("yell", false),
    verb("scream", false),
    // How a voice sounds: "“Order!” he bellowed", "she snapped", "he fumed".
    verb("bellow", false),
    verb("roar", false),
    verb("snap", false),
    verb("growl", false),
    verb("murmur", false),
    verb("sigh", false),
    verb("gasp", false),
    verb("sob", false),
    verb("stammer", false),
    verb("fume", false),
    verb("hiss", false),
    verb("interject", false),
    verb("retort", false),
    verb("contend", true),
    verb("allege", true),
    verb("lament", false),
    verb("scoff", false),
    verb("affirm", true),
    verb("assure", false),
    // Court and formal copy: "counsel submitted that", "the petitioner averred".
    verb("submit", true),
    verb("aver", true),
    verb("opine", false),
    verb("inform", true),
    verb("reiterate", true),
    verb("mention", false),
    verb("recount", false),
    verb("elaborate", false),
    verb("depose", true),
    framing("intone"),
    framing("repeat"),
    framing("press"),
    framing("interrupt"),
    framing("echo"),
    framing("thunder"),
    framing("continue"),
    framing("sing"),
    framing("fume"),
    framing("laugh"),
    framing("sigh"),
    framing("muse"),
    framing("snap"),
    framing("chant"),
    // Verbs of judgement that quote the words of the verdict: "branded the decision “a joke”",
    // "dismissed the report as “fantasy”".
    judging("brand"),
    judging("slam"),
    judging("hail"),
    judging("dismiss"),
    judging("term"),
    judging("label"),
    judging("dub"),
    judging("blast"),
    judging("criticise"),
    judging("criticize"),
    judging("condemn"),
    judging("decry"),
    judging("deride"),
    judging("blame"),
    judging("denounce"),
    judging("cite"),
    judging("reject"),
    // "accused the union of “holding patients hostage”", "mocked the plan as “a fantasy”".
    judging("accuse"),
    judging("lambast"),
    judging("mock"),
    judging("ridicule"),
    judging("commend"),
];

/// Verbs that report speech with their particle ("hit back", "shot back", "chimed in", "pointed
/// out", "went on").
pub(crate) fn is_speech_particle_verb(verb: &str, particle: &str) -> bool {
    match particle {
        "back" => matches!(
            verb,
            "hit" | "hits" | "shot" | "shoots" | "fired" | "fires" | "snapped" | "snaps"
        ),
        "in" => matches!(verb, "chimed" | "chimes" | "cut" | "cuts"),
        "out" => matches!(verb, "pointed" | "points"),
        "on" => matches!(verb, "went" | "goes"),
        _ => false,
    }
}

/// Past forms that no suffix rule derives.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("sang", "sing"),
];

/// How a speech verb is inflected where it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// "said", "says", "say": a verb with a subject of its own.
    Finite,
    /// "saying", "adding": the subject is the clause's.
    Participle,
}

fn base(b: &str) -> Option<&'static SpeechVerb> {
    static BY_BASE: WordMap<SpeechVerb> = WordMap::new(|| word_map(SPEECH_VERBS, |v| v.base));
    BY_BASE.get(b).copied()
}

/// `stem + tail` as a base: "argu" + "e".
fn base_of(stem: &str, tail: &str) -> Option<&'static SpeechVerb> {
    if tail.is_empty() {
        base(stem)
    } else {
        base(&[stem, tail].concat())
    }
}

/// The stem, its doubled final consonant undone ("admitt" → "admit").
fn undoubled(stem: &str) -> Option<&str> {
    let mut rev = stem.chars().rev();
    let last = rev.next()?;
    let doubled = last.is_ascii_alphabetic() && rev.next() == Some(last) && stem.len() > 2;
    doubled.then(|| &stem[..stem.len() - 1])
}

/// Regular English inflection read backwards: the base a form may come from.
fn deinflect(w: &str, suffix: &str, tails: &[&str]) -> Option<&'static SpeechVerb> {
    let stem = w.strip_suffix(suffix)?;
    if stem.len() < 2 {
        return None;
    }
    tails
        .iter()
        .find_map(|t| base_of(stem, t))
        .or_else(|| undoubled(stem).and_then(base))
}

/// The speech verb whose base form `lower` is ("warn", "urge"), for the places where a base
/// form is a verb ("“…,” residents warn").
pub(crate) fn speech_verb_base(lower: &str) -> Option<&'static SpeechVerb> {
    base(lower).filter(|v| !v.judges)
}

/// Is `lower` a form of a speech verb ("argued", "urges", "said", "adding")? "put" ("as she put
/// it") and the base form "say" ("they say") are the only base forms: other bases are nouns as
/// often as verbs ("a report", "the call").
pub(crate) fn speech_verb(lower: &str) -> Option<(&'static SpeechVerb, VerbForm)> {
    if lower == "say" {
        return base("say").map(|v| (v, VerbForm::Finite));
    }
    if let Some(&(_, b)) = IRREGULAR.iter().find(|(form, _)| *form == lower) {
        return base(b).map(|v| (v, VerbForm::Finite));
    }
    if lower.len() > 5 {
        if let Some(v) =
            deinflect(lower, "ying", &["y"]).or_else(|| deinflect(lower, "ing", &["", "e"]))
        {
            return Some((v, VerbForm::Participle));
        }
    }
    let finite = deinflect(lower, "ied", &["y"])
        .or_else(|| deinflect(lower, "ies", &["y"]))
        .or_else(|| deinflect(lower, "ed", &["", "e"]))
        .or_else(|| deinflect(lower, "es", &[""]))
        .or_else(|| deinflect(lower, "s", &[""]));
    finite.map(|v| (v, VerbForm::Finite))
}

/// A finite form of a speech verb ("said", "warns")?
pub(crate) fn is_finite_speech_verb(lower: &str) -> bool {
    matches!(speech_verb(lower), Some((_, VerbForm::Finite)))
}

/// A participle of a speech verb ("adding", "noting")?
pub(crate) fn is_speech_participle(lower: &str) -> bool {
    matches!(speech_verb(lower), Some((_, VerbForm::Participle)))
}

/// Nouns for what a platform carries, after its name ("a Facebook post", "its YouTube
/// channel"): the name is the medium, not who speaks.
pub(crate) fn is_medium_noun(lower: &str) -> bool {
    matches!(
        lower,
        "post" | "page" | "video" | "account" | "live" | "story" | "feed" | "channel"
    )
}

/// Nouns for a written or recorded statement, which speak for whoever issued them: "according
/// to a statement from the ministry" is the ministry.
pub(crate) fn is_statement_noun(lower: &str) -> bool {
    matches!(
        lower,
        "statement"
            | "statements"
            | "release"
            | "report"
            | "letter"
            | "post"
            | "message"
            | "email"
            | "e-mail"
            | "filing"
            | "transcript"
            | "memo"
            | "notice"
            | "announcement"
            | "video"
            | "tweet"
            | "readout"
            | "communique"
            | "communiqué"
            | "summary"
    )
}

/// Dashes that introduce the speaker after a quotation in vox pops and lists ("“…” — Dana
/// Whitlow"): em dash, horizontal bar, en dash and a spaced hyphen.
pub(crate) fn is_attribution_dash(c: char) -> bool {
    matches!(c, '—' | '―' | '–' | '-')
}

/// Words that label a photo caption or credit ("Photo:", "Photograph: Jo Doe/Agency").
pub(crate) fn is_credit_label(lower: &str) -> bool {
    matches!(
        lower,
        "photo"
            | "photos"
            | "photograph"
            | "photographs"
            | "picture"
            | "pictured"
            | "image"
            | "images"
            | "caption"
            | "credit"
            | "illustration"
            | "video"
            | "graphic"
    )
}

/// Subject pronouns of a speaker: gender (when the pronoun has one) and plurality.
pub(crate) fn pronoun(lower: &str) -> Option<(Option<Gender>, bool)> {
    match lower {
        "he" => Some((Some(Gender::Male), false)),
        "she" => Some((Some(Gender::Female), false)),
        "they" => Some((None, true)),
        _ => None,
    }
}

/// Possessive determiners of a person or a group, as [`pronoun`] gives them: "his" words, "her"
/// verdict, "their" reply.
pub(crate) fn possessive_pronoun(lower: &str) -> Option<(Option<Gender>, bool)> {
    match lower {
        "his" => Some((Some(Gender::Male), false)),
        "her" => Some((Some(Gender::Female), false)),
        "their" => Some((None, true)),
        _ => None,
    }
}

/// Forms of "be" that make the verb after them passive ("was told", "have been confirmed").
pub(crate) fn is_passive_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "been" | "be" | "being" | "is" | "are" | "was" | "were"
    )
}

/// Words after "Name," that open a clause or a list rather than an apposition ("Ruiz, who
/// ...", "Ruiz, along with ...").
pub(crate) fn opens_clause_not_apposition(lower: &str) -> bool {
    matches!(
        lower,
        "along" | "near" | "who" | "which" | "whose" | "including" | "among" | "like"
    )
}

/// Words that deny the speech verb after them ("did not say", "never said", "declined to
/// say"): the sentence reports that nothing was said.
pub(crate) fn negates_speech(lower: &str) -> bool {
    matches!(lower, "not" | "never" | "declined" | "refused")
}

/// Listeners after the base form "tell" that make it a report of speech ("organisers tell us",
/// "residents tell me"), where "tell" alone is as often an order or a noun.
pub(crate) fn is_told_listener(lower: &str) -> bool {
    matches!(lower, "us" | "me" | "reporters" | "journalists")
}

/// Nouns of a figure a source "puts at" a value ("put the figure at", "put the toll at").
pub(crate) fn is_estimate_noun(lower: &str) -> bool {
    matches!(
        lower,
        "figure" | "number" | "toll" | "total" | "cost" | "count" | "tally" | "bill" | "damage"
    )
}

/// Nouns for a crowd's voice before the words it used ("chants of “Resign!”", "cries of"):
/// the crowd speaks, not whoever reports the noise.
pub(crate) fn is_crowd_voice(lower: &str) -> bool {
    matches!(
        lower,
        "chants" | "chant" | "cries" | "shouts" | "chorus" | "chanting" | "roars" | "jeers"
    )
}

/// Words that open the clause naming a crowd after its words ("… as protesters reached").
pub(crate) fn opens_crowd_clause(lower: &str) -> bool {
    matches!(lower, "as" | "while" | "from" | "among")
}

/// Nouns for what someone just said, which a sentence after a quotation uses to say whose it
/// was ("The mayor’s words drew applause.").
pub(crate) fn is_words_noun(lower: &str) -> bool {
    matches!(
        lower,
        "words" | "remarks" | "comments" | "comment" | "remark" | "plea" | "warning" | "speech"
    )
}

/// Nouns for what someone answered or judged, written before a colon and their words ("Her
/// verdict: “…”", "His reply: “…”").
pub(crate) fn is_answer_noun(lower: &str) -> bool {
    is_words_noun(lower)
        || matches!(
            lower,
            "verdict"
                | "reply"
                | "answer"
                | "response"
                | "message"
                | "advice"
                | "view"
                | "take"
                | "conclusion"
                | "explanation"
                | "assessment"
                | "prediction"
                | "retort"
                | "reaction"
                | "motto"
                | "reasoning"
                | "argument"
                | "point"
                | "plea"
                | "warning"
                | "position"
        )
}

/// Short courtesy titles, which say nothing of a person's role.
pub(crate) fn is_courtesy_title(w: &str) -> bool {
    matches!(
        w,
        "mr." | "ms." | "mrs." | "mr" | "ms" | "mrs" | "miss" | "mx" | "dr." | "prof."
            // Honorifics of respect that hold no office ("Alhaji Musa Bello", "Shri Anil
            // Rao", "Mzee Juma Ali", "Haji Musa").
            | "alhaji" | "alhaja" | "shri" | "smt" | "smt." | "mzee" | "haji" | "hajah" | "hj"
            | "hj." | "sir" | "dame"
    )
}

/// Nouns of evidence, which "suggest" or "show" only through the person who cites them ("said
/// the data suggested", "said the results indicated"): never a speaker of words in marks.
pub(crate) fn is_evidence_noun(head: &str) -> bool {
    matches!(
        head,
        "data"
            | "results"
            | "figures"
            | "numbers"
            | "evidence"
            | "findings"
            | "find"
            | "statistics"
            | "readings"
            | "samples"
            | "tests"
            | "trends"
    )
}

/// Verbs of opinion and intent in the plural present, as polls report them ("58% prefer hybrid
/// work", "Just 14 per cent want an office"), or after a modal ("61% would vote again"): after
/// a share, what the share of people do.
pub(crate) fn is_opinion_verb(w: &str) -> bool {
    matches!(
        w,
        "want"
            | "prefer"
            | "support"
            | "oppose"
            | "back"
            | "favour"
            | "favor"
            | "approve"
            | "disapprove"
            | "believe"
            | "think"
            | "expect"
            | "plan"
            | "agree"
            | "disagree"
            | "trust"
            | "distrust"
            | "fear"
            | "worry"
            | "intend"
            | "feel"
            | "vote"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_speech_verbs() {
        for w in [
            "said", "says", "say", "argued", "argues", "urges", "replied", "replies",
        ] {
            assert!(is_finite_speech_verb(w), "{w}");
        }
        for w in [
            "admitted",
            "testified",
            "stresses",
            "wrote",
            "sang",
            "texted",
        ] {
            assert!(is_finite_speech_verb(w), "{w}");
        }
        for w in [
            "adding",
            "noting",
            "asking",
            "replying",
            "admitting",
            "arguing",
        ] {
            assert!(is_speech_participle(w), "{w}");
        }
        for w in [
            "sad", "stated_", "add", "report", "bed", "ss", "notes_", "ééing", "aééed",
        ] {
            assert!(speech_verb(w).is_none(), "{w}");
        }
    }
}
