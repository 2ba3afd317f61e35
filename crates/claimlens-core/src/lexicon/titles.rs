//! Titles written before a name: honorifics, ranks and offices, with the gender a title
//! implies, and the nouns their abbreviations stand for ("Det. Insp." is a detective inspector,
//! "the detective" later).

use super::{word_map, WordMap};
use crate::names::Gender;

/// The noun a title or its abbreviation stands for, lower case without its stop ("sen." and
/// "sen": senator; "det": detective), or the word itself.
pub(crate) fn title_noun(word: &str) -> &str {
    match word.trim_end_matches('.') {
        "sen" => "senator",
        "rep" => "representative",
        "del" => "delegate",
        "gov" => "governor",
        "det" => "detective",
        "insp" => "inspector",
        "supt" => "superintendent",
        "sgt" => "sergeant",
        "con" => "constable",
        "cllr" | "coun" => "councillor",
        "prof" => "professor",
        "gen" => "general",
        "capt" => "captain",
        "col" => "colonel",
        "lt" => "lieutenant",
        "adm" => "admiral",
        "maj" => "major",
        "rev" => "reverend",
        "dr" => "doctor",
        w => w,
    }
}

/// Honorifics, ranks and offices written before a name in English news copy ("Ms.", "Gen.",
/// "Governor"), with the gender the word itself implies. Any beat: politics, military, church,
/// courts, sports ("Coach").
pub(crate) const TITLES: &[(&str, Option<Gender>)] = &[
    ("Mr.", Some(Gender::Male)),
    ("Mr", Some(Gender::Male)),
    ("Mrs.", Some(Gender::Female)),
    ("Mrs", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
    ("Madam", Some(Gender::Female)),
    ("Madame", Some(Gender::Female)),
    ("Mdm", Some(Gender::Female)),
    ("Mdm.", Some(Gender::Female)),
    ("Sir", Some(Gender::Male)),
    ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)),
    ("Dame", Some(Gender::Female)),
    ("King", Some(Gender::Male)),
    ("Queen", Some(Gender::Female)),
    ("Prince", Some(Gender::Male)),
    ("Princess", Some(Gender::Female)),
    ("Father", Some(Gender::Male)),
    ("Sister", Some(Gender::Female)),
    ("Dr.", None),
    ("Dr", None),
    ("Prof.", None),
    ("Professor", None),
    ("President", None),
    ("Vice", None),
    ("Prime", None),
    ("Minister", None),
    ("Chancellor", None),
    ("Pope", None),
    ("Gen.", None),
    ("General", None),
    ("Col.", None),
    ("Colonel", None),
    ("Capt.", None),
    ("Captain", None),
    ("Lt.", None),
    ("Sgt.", None),
    ("Adm.", None),
    ("Admiral", None),
    ("Maj.", None),
    ("Major", None),
    ("Sen.", None),
    ("Senator", None),
    ("Rep.", None),
    // A delegate of a state's lower house ("Del. Ana Ruiz"); "Del" with no stop is a name.
    ("Del.", None),
    ("Gov.", None),
    ("Governor", None),
    ("Mayor", None),
    ("Judge", None),
    ("Justice", None),
    ("Justices", None),
    ("Ambassador", None),
    ("Envoy", None),
    ("Secretary", None),
    // "Leader of the Opposition Sunanda Kulkarni", "Majority Leader Ana Ruiz".
    ("Leader", None),
    // "Undersecretary", "Usec.": a deputy minister in Philippine and Latin American copy.
    ("Undersecretary", None),
    ("Under-Secretary", None),
    ("Usec.", None),
    ("Usec", None),
    ("Chairman", None),
    ("Chairwoman", None),
    ("Director", None),
    ("Commissioner", None),
    ("Inspector", None),
    ("Sheikh", None),
    ("Rev.", None),
    ("Rev", None),
    ("Reverend", None),
    ("Counsel", None),
    ("Bishop", None),
    ("Cardinal", None),
    ("Deputy", None),
    ("Chief", None),
    ("Speaker", None),
    ("Leader", None),
    ("Coach", None),
    ("Officer", None),
    ("Detective", None),
    ("Councillor", None),
    ("Councilor", None),
    // British police and council ranks, written without stops ("Det Con Harriet Moss", "Cllr
    // Aled Pryce-Morgan"). Stopless "Sen", "Gen" or "Col" are left out: they are names too.
    ("Det", None),
    ("Det.", None),
    ("Con", None),
    ("Con.", None),
    ("Const.", None),
    ("Constable", None),
    ("Sergeant", None),
    ("Sgt", None),
    ("Insp", None),
    ("Insp.", None),
    ("Supt", None),
    ("Supt.", None),
    ("Superintendent", None),
    ("Cllr", None),
    ("Cllr.", None),
    ("PC", None),
    ("DC", None),
    ("DS", None),
    ("DI", None),
    ("DCI", None),
    ("Prof", None),
    ("Rabbi", None),
    ("Imam", None),
    ("Pastor", None),
    // Honorifics and offices of Commonwealth and Irish copy written before a name ("Rt. Hon.
    // Ada Obi", "Alhaji Musa Bello", "Cr Jo Tran", "Independent TD Pat Byrne").
    ("Rt", None),
    ("Rt.", None),
    ("Hon", None),
    ("Hon.", None),
    ("Alhaji", Some(Gender::Male)),
    ("Alhaja", Some(Gender::Female)),
    ("Shri", Some(Gender::Male)),
    ("Smt", Some(Gender::Female)),
    ("Smt.", Some(Gender::Female)),
    ("Cr", None),
    ("MP", None),
    ("MLA", None),
    ("TD", None),
    ("MEP", None),
    // Offices written by their initials before a name in South Asian copy ("PM Modi", "CM
    // Stalin", "FM Sitharaman", "HM Shah"), and a director general ("DG Ahmed").
    ("PM", None),
    ("CM", None),
    ("FM", None),
    ("HM", None),
    ("DG", None),
    // The Irish head of government and deputy, written as titles ("Taoiseach Ciara Byrne").
    ("Taoiseach", None),
    ("Tánaiste", None),
    // Honorifics of Malaysian, Bruneian, Indonesian and Singaporean copy ("Datuk Seri Anwar
    // Ibrahim", "Haji Musa", "Hj. Rozana"), East African ("Mzee") and Filipino ("Ka", comrade)
    // copy, and of the churches ("Fr Tadhg Ryan", "Msgr.", "Deacon").
    ("Datuk", None),
    ("Dato", None),
    // Elders addressed as kin in Aboriginal and Torres Strait Islander, Pacific and West African
    // copy ("Aunty Rhonda Ingram", "Uncle Jack Charles").
    ("Aunty", Some(Gender::Female)),
    ("Auntie", Some(Gender::Female)),
    ("Uncle", Some(Gender::Male)),
    // Offices of Indian municipal and Kenyan police copy ("Corporator Venkatesh Iyer", "OCPD
    // Samuel Kiptoo": the officer commanding a police division or station).
    ("Corporator", None),
    ("OCPD", None),
    ("OCS", None),
    ("Datin", Some(Gender::Female)),
    ("Seri", None),
    ("Haji", Some(Gender::Male)),
    ("Hajah", Some(Gender::Female)),
    ("Hajjah", Some(Gender::Female)),
    ("Hj", Some(Gender::Male)),
    ("Hj.", Some(Gender::Male)),
    ("Hjh", Some(Gender::Female)),
    ("Hjh.", Some(Gender::Female)),
    ("Mzee", Some(Gender::Male)),
    ("Ka", None),
    ("Fr", Some(Gender::Male)),
    ("Fr.", Some(Gender::Male)),
    ("Msgr", Some(Gender::Male)),
    ("Msgr.", Some(Gender::Male)),
    ("Deacon", None),
    ("Deaconess", Some(Gender::Female)),
    ("Sheikha", Some(Gender::Female)),
    ("Ustaz", Some(Gender::Male)),
    ("Ustazah", Some(Gender::Female)),
    // Military ranks without a stop that are no names ("Brig Kagiso Dube", "Lt Gen Ian Moyo"),
    // and ranks written out.
    ("Lt", None),
    ("Lieutenant", None),
    ("Brig", None),
    ("Maj", None),
    ("Brig.", None),
    ("Brigadier", None),
    ("Commander", None),
    ("Cmdr", None),
    ("Cmdr.", None),
    ("Cdr", None),
    ("Commodore", None),
    ("Marshal", None),
    ("Vice-Marshal", None),
    ("Corporal", None),
    ("Cpl", None),
    ("Cpl.", None),
    // South Asian police ranks by their initials ("DSP Ngozi Eze", "SSP Ali Khan"), and the
    // heads of a force.
    ("DSP", None),
    ("SSP", None),
    ("ASP", None),
    ("DCP", None),
    ("ACP", None),
    ("IGP", None),
    ("DIG", None),
    // Honorifics of South Asian ("Swami") and Nigerian ("Engr", "Barr.") copy, a
    // council's "Coun." and the "Honourable" of parliaments.
    ("Swami", Some(Gender::Male)),
    ("Engr", None),
    ("Engr.", None),
    ("Barr.", None),
    ("Coun", None),
    ("Coun.", None),
    ("Honourable", None),
    ("Honorable", None),
    // Members of provincial and devolved legislatures ("MPL", "MPP", "MNA", "MHA", "MLC",
    // "MSP").
    ("MPL", None),
    ("MPP", None),
    ("MNA", None),
    ("MHA", None),
    ("MLC", None),
    ("MSP", None),
    ("MHR", None),
    ("Congressman", Some(Gender::Male)),
    ("Congresswoman", Some(Gender::Female)),
    ("Assemblyman", Some(Gender::Male)),
    ("Assemblywoman", Some(Gender::Female)),
];

/// Is `word` (without its stop) a title written with a stop ("Hon" of "Hon.")? The tokenizer
/// keeps such a stop on the word rather than ending a sentence there.
pub(crate) fn is_stopped_title(word: &[char]) -> bool {
    TITLES.iter().any(|(t, _)| {
        t.strip_suffix('.')
            .is_some_and(|bare| bare.chars().eq(word.iter().copied()))
    })
}

pub(crate) fn title_gender(word: &str) -> Option<Option<Gender>> {
    static BY_WORD: WordMap<(&str, Option<Gender>)> = WordMap::new(|| word_map(TITLES, |t| t.0));
    BY_WORD.get(word).map(|&&(_, g)| g)
}

/// Is `word`, in any case, a title ("secretary" in a lower-cased description)?
pub(crate) fn is_title_any_case(word: &str) -> bool {
    TITLES.iter().any(|(t, _)| t.eq_ignore_ascii_case(word))
}
