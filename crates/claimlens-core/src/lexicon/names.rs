//! Vocabulary of names: titles, honorifics and roles, name particles and the gendered forms of
//! names, and the nouns that describe unnamed sources and bodies. The words that make a name
//! an organisation's are in `lexicon::organisations`.
//!
//! All of it is general English newswire vocabulary or general morphology of the languages whose
//! names news romanises; no word here belongs to one story.

use crate::names::Gender;

pub(crate) use super::roles::is_role_noun;

/// Nouns that call back a person just named by age, experience or a new office, as sports,
/// feature and election copy does instead of a pronoun ("O’Rourke, 19, scored twice … the
/// teenager said").
pub(crate) fn is_epithet(head: &str) -> bool {
    matches!(
        head,
        "teenager"
            | "teen"
            | "youngster"
            | "veteran"
            | "rookie"
            | "newcomer"
            | "debutant"
            | "octogenarian"
            | "nonagenarian"
            | "centenarian"
    ) || head.ends_with("-year-old")
        // "the governor-elect", "the minister-designate": someone the story has just named to
        // an office.
        || head.ends_with("-elect")
        || head.ends_with("-designate")
}

/// Is `title word` a street named after a rank ("Queen Street", "King Road", "Bishop Lane")
/// rather than a person with that rank? Courtesy titles stay people ("Mr Street").
pub(crate) fn is_street_after_rank(title: &str, word: &str) -> bool {
    matches!(
        title,
        "queen" | "king" | "prince" | "princess" | "duke" | "duchess" | "earl" | "lord" | "bishop"
    ) && matches!(
        word,
        "Street" | "Road" | "Avenue" | "Lane" | "Square" | "Terrace" | "Crescent" | "Parade"
    )
}

/// Words that mark a capitalised run as a place, an event, a document, a date or page furniture,
/// never a person: geographic and street words, continents, events and awards, weekdays and
/// holidays, and the labels news sites print around an article ("Photo", "Related"). Months are
/// `lexicon::MONTHS`, asked only of a month standing alone ("April Ross" is a name).
/// Platforms and prizes are not listed by name: `mentions` recognises them by how the text uses
/// them ("posted on X", "the X Prize").
pub(crate) const NON_PERSON_WORDS: &[&str] = &[
    // Named storms ("Storm Fionnuala", "Typhoon Karding", "Cyclone Varsha").
    "Storm",
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Tropical",
    "Prize",
    "Europe",
    "America",
    "Asia",
    "Africa",
    "Oceania",
    "States",
    "Kingdom",
    "Republic",
    "Emirates",
    "Sea",
    "Ocean",
    "River",
    "Lake",
    "Island",
    "Islands",
    "Street",
    "Avenue",
    "Road",
    "Square",
    "City",
    "County",
    "Province",
    "Region",
    "Border",
    "Bridge",
    "Port",
    "Airport",
    "Station",
    "Palace",
    "Hall",
    "Park",
    "Valley",
    "Mountains",
    "Bay",
    "Sound",
    "Harbour",
    "Harbor",
    "Creek",
    "Canyon",
    "Heights",
    "Reservoir",
    "Loch",
    "Town",
    "Village",
    "Gulf",
    "Strait",
    "Peninsula",
    "Coast",
    "East",
    "West",
    "North",
    "South",
    "Day",
    "War",
    "Revolution",
    "Act",
    "Law",
    "Treaty",
    "Agreement",
    "Accord",
    "Plan",
    "Summit",
    "Games",
    "Cup",
    "Olympics",
    "Championship",
    "Festival",
    "Award",
    "Awards",
    "Medal",
    "Peace",
    "Talks",
    "Conference",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Credit",
    "Photo",
    "Comments",
    "Related",
    "Content",
    "Reply",
    "Read",
    "More",
    "Share",
    "Key",
    "Takeaways",
    "Internet",
    "Web",
    "Christmas",
    "Easter",
];

/// Particles inside names in the languages news romanises ("de", "van", "bin", "al").
pub(crate) fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "ter"
            | "ten"
            | "zu"
            | "af"
            | "bin"
            | "al"
            | "el"
            | "la"
            | "le"
            | "du"
            | "di"
            | "do"
            | "dos"
            | "das"
            | "ibn"
            | "ap"
            // Kenyan Kalenjin "arap" (son of), Malay "binti" and Arabic "bint" (daughter of).
            | "arap"
            | "binti"
            | "bint"
    )
}

/// The Arabic article as romanised before a family name, hyphenated and in lower case: "al-",
/// "el-", and its assimilated forms before sun letters ("ad-Din", "ash-Shami", "an-Nur").
pub(crate) fn is_arabic_article(word: &str) -> bool {
    matches!(
        word,
        "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ul"
    )
}

/// Nouns for people or sources in general that open a sentence with a capital and speak
/// ("Police said", "Management says", "Everyone agreed"): no one's name.
pub(crate) fn is_collective_noun(lower: &str) -> bool {
    matches!(
        lower,
        "police"
            | "staff"
            | "management"
            | "government"
            | "opposition"
            | "people"
            | "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "nobody"
            | "anyone"
            | "anybody"
            | "research"
            | "evidence"
            | "data"
            | "history"
            | "experience"
            | "science"
            | "media"
            | "security"
            | "crew"
            | "family"
            | "clergy"
            | "military"
            | "army"
            | "navy"
            | "team"
            | "court"
            | "council"
            | "committee"
            | "board"
            | "company"
            | "union"
            | "parliament"
            | "congress"
    )
}

/// English function words (articles, prepositions, pronouns, conjunctions, common adverbs and
/// quantifiers) that begin a sentence with a capital but never begin a name.
pub(crate) fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "and"
            | "but"
            | "or"
            | "after"
            | "before"
            | "when"
            | "while"
            | "as"
            | "if"
            | "since"
            | "until"
            | "during"
            | "with"
            | "without"
            | "by"
            | "from"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "there"
            | "here"
            | "some"
            | "many"
            | "most"
            | "other"
            | "others"
            | "all"
            | "both"
            | "each"
            | "every"
            | "no"
            | "not"
            | "just"
            | "also"
            | "only"
            | "one"
            | "two"
            | "three"
            | "among"
            | "about"
            | "according"
            | "despite"
            | "following"
            | "under"
            | "over"
            | "between"
            | "against"
            | "into"
            | "through"
            | "upon"
            | "however"
            | "meanwhile"
            | "yet"
            | "so"
            | "still"
            | "then"
            | "now"
            | "once"
            | "why"
            | "what"
            | "who"
            | "how"
            | "where"
            | "which"
            | "although"
            | "though"
            | "because"
            | "instead"
            | "currently"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "new"
            | "former"
            | "another"
            | "such"
            | "more"
            | "less"
            | "even"
            | "already"
    )
}

/// Generational suffixes written after a name ("Jr.", "III").
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Letters of honours and offices written after a name ("Imelda Keough KC", "Dana Pryce MP").
pub(crate) fn is_postnominal(w: &str) -> bool {
    matches!(
        w,
        "KC" | "QC"
            | "MP"
            | "MEP"
            | "MSP"
            | "MLA"
            | "TD"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "PhD"
            // Senior counsel and barristers in Ireland, India and Africa; members of state,
            // provincial and county assemblies; Australian honours; doctors and justices.
            | "SC"
            | "BL"
            | "SAN"
            | "MCA"
            | "MPP"
            | "MNA"
            | "MHA"
            | "MLC"
            | "MHR"
            | "OAM"
            | "AO"
            | "JP"
            | "MD"
            | "FRS"
    )
}

/// Nouns for a person whose gender the noun itself says ("a spokeswoman", "the man's father").
pub(crate) fn head_gender(head: &str) -> Option<Gender> {
    match head {
        "spokeswoman" | "woman" | "mother" | "sister" | "wife" | "daughter" | "chairwoman"
        | "businesswoman" | "congresswoman" | "policewoman" | "grandmother" | "girl" | "lass"
        | "gran" | "granny" | "grandma" | "mum" | "heroine" | "schoolgirl" | "niece" | "aunt"
        | "auntie" | "granddaughter" | "stepdaughter" | "stepmother" | "widow" | "fiancee"
        | "girlfriend" => Some(Gender::Female),
        "spokesman" | "man" | "father" | "brother" | "husband" | "son" | "chairman"
        | "businessman" | "congressman" | "policeman" | "grandfather" | "boy" | "lad"
        | "grandad" | "grandpa" | "dad" | "schoolboy" | "nephew" | "uncle" | "grandson"
        | "stepson" | "stepfather" | "widower" | "fiance" | "boyfriend" => Some(Gender::Male),
        _ => None,
    }
}

/// Nouns of kinship and partnership ("the mother of …", "the widow of …"): someone's relative,
/// never a role they hold.
pub(crate) fn is_kin_noun(w: &str) -> bool {
    matches!(
        w,
        "mother"
            | "father"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "widow"
            | "widower"
            | "aunt"
            | "uncle"
            | "niece"
            | "nephew"
            | "grandmother"
            | "grandfather"
            | "grandson"
            | "granddaughter"
            | "cousin"
            | "partner"
            | "fiance"
            | "fiancee"
            | "girlfriend"
            | "boyfriend"
            | "parents"
            | "stepmother"
            | "stepfather"
    )
}

/// Collective nouns that, with a country ("Moldovan officials", "the government of Moldova"),
/// name the country's state as one speaking body. Distinct arms of the state (police,
/// military, courts) are not in it: they speak for themselves.
pub(crate) fn is_state_body_noun(head: &str) -> bool {
    matches!(
        head,
        "authorities" | "officials" | "government" | "administration" | "leadership" | "ministry"
    )
}

/// Verbs after which "on X" names where something was published ("wrote on X", "posted on X"):
/// X is a platform, site or channel, not a person.
pub(crate) fn is_publishing_verb(lower: &str) -> bool {
    matches!(
        lower,
        "posted"
            | "wrote"
            | "said"
            | "shared"
            | "published"
            | "announced"
            | "tweeted"
            | "streamed"
            | "uploaded"
            | "commented"
            | "reported"
            | "posting"
            | "writing"
            | "saying"
    )
}

/// Nouns a capitalised word names the provider of ("a Flitter account", "his Vidlo channel"):
/// the word is a platform or a medium, an organisation rather than a person.
pub(crate) fn is_platform_noun(lower: &str) -> bool {
    matches!(
        lower,
        "channel"
            | "account"
            | "accounts"
            | "post"
            | "posts"
            | "feed"
            | "page"
            | "app"
            | "messenger"
    )
}

/// Nouns a capitalised word names the award of ("the Halvorsen Prize", "a Halvorsen laureate"):
/// the word names a prize, not a person.
pub(crate) fn is_award_noun(lower: &str) -> bool {
    matches!(
        lower,
        "prize" | "prizes" | "laureate" | "laureates" | "award" | "awards"
    )
}
