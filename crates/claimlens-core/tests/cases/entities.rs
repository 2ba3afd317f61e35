//! Cases of entities: people, organisations and unnamed sources across mentions and outlets.

#[allow(unused_imports)]
use crate::support::*;

/// Two spokeswomen for different bodies are two people; "the spokeswoman" later is the one
/// mentioned last.
#[test]
fn unnamed_sources_with_different_affiliations_stay_apart() {
    let a = run(&[
        "The port will close at dusk. “We have no choice,” a spokeswoman for the Harbor \
         Authority said on Monday. “The governor was never consulted,” a spokeswoman for \
         Governor Ellery said. “We will appeal,” the spokeswoman added.",
    ]);
    let first = speaker_of(&a, "no choice").expect("first speaker");
    let second = speaker_of(&a, "never consulted").expect("second speaker");
    assert_ne!(first, second);
    assert!(first.contains("Harbor Authority"), "{first}");
    assert!(second.contains("Ellery"), "{second}");
    assert_eq!(speaker_of(&a, "will appeal"), Some(second));
    for e in &a.entities {
        assert!(
            !(e.aliases.iter().any(|f| f.contains("Harbor"))
                && e.aliases.iter().any(|f| f.contains("Ellery"))),
            "{e:#?}"
        );
    }
}

/// The same affiliation written again is the same unnamed source.
#[test]
fn unnamed_source_named_again_with_its_affiliation_is_one() {
    let a = run(&[
        "“Rates will rise,” a spokesman for the Northgate Bank said. “Savers will \
         benefit,” a spokesman for the rival Kellam Trust said. “Not this year,” the spokesman \
         for the Northgate Bank added.",
    ]);
    let bank = speaker_of(&a, "Rates will rise").expect("speaker");
    assert_eq!(speaker_of(&a, "Not this year"), Some(bank));
    assert_ne!(speaker_of(&a, "Savers will benefit"), Some(bank));
}

/// A country's authorities named three ways are one body.
#[test]
fn one_body_named_several_ways_is_one_speaker() {
    let a = run(&[
        "“The dam is safe,” Moldovan authorities said on Tuesday. Engineers disagreed. \
         “Repairs begin next week,” Moldovan officials said later. “No village is at risk,” the \
         authorities in Moldova said in a statement.",
    ]);
    let body = speaker_of(&a, "dam is safe").expect("speaker");
    assert_eq!(speaker_of(&a, "Repairs begin"), Some(body));
    assert_eq!(speaker_of(&a, "No village"), Some(body));
}

/// Bodies of different countries stay apart.
#[test]
fn bodies_of_different_countries_stay_apart() {
    let a = run(&[
        "“The border stays open,” Kenyan officials said. “We will close it,” Ugandan officials \
         said. “Trade will suffer,” the government of Uganda said.",
    ]);
    let kenya = speaker_of(&a, "stays open").expect("speaker");
    let uganda = speaker_of(&a, "close it").expect("speaker");
    assert_ne!(kenya, uganda);
    assert_eq!(speaker_of(&a, "Trade will suffer"), Some(uganda));
}

/// Descriptions show the text as written, capitals and all.
#[test]
fn descriptions_keep_the_texts_casing() {
    let a = run(&[
        "Priya Raman, the EU Trade Commissioner’s chief negotiator, arrived in \
         Geneva. “We are close,” Raman said. Deputy Mayor Tomas Reyes welcomed her. The city’s \
         oldest ferryman, Jonas Ekholm, watched.",
    ]);
    let raman = a
        .entities
        .iter()
        .find(|e| e.name == "Priya Raman")
        .expect("Priya Raman");
    assert!(
        raman
            .descriptions
            .iter()
            .any(|d| d == "the EU Trade Commissioner’s chief negotiator"),
        "{:?}",
        raman.descriptions
    );
    let reyes = a
        .entities
        .iter()
        .find(|e| e.name == "Tomas Reyes")
        .expect("Tomas Reyes");
    assert!(
        reyes.descriptions.iter().any(|d| d == "Deputy Mayor"),
        "{:?}",
        reyes.descriptions
    );
    // A capital that only the start of a sentence gave is not the text's casing.
    let ek = a
        .entities
        .iter()
        .find(|e| e.name == "Jonas Ekholm")
        .expect("Jonas Ekholm");
    assert_eq!(ek.descriptions, ["the city’s oldest ferryman"]);
}

/// A word the text uses as a platform ("wrote on Chirpline") speaks as a company, not a person.
#[test]
fn a_platform_that_speaks_is_an_organisation() {
    let a = run(&[
        "The city’s water board wrote on Chirpline that the taps were safe. Chirpline \
         later removed the post. “We acted on a court order,” Chirpline said in a statement.",
    ]);
    let name = speaker_of(&a, "court order").expect("speaker");
    let e = a.entities.iter().find(|e| e.name == name).unwrap();
    assert_eq!(e.kind, claimlens_core::EntityKind::Organization, "{e:#?}");
}

/// A word the text uses as a prize ("the Ostrander Prize", "an Ostrander laureate") is not the
/// surname of the person the prize is named after.
#[test]
fn a_prize_named_after_someone_is_not_that_person() {
    let a = run(&[
        "The Ostrander Prize was founded by the chemist Lena Ostrander in 1990. This \
         year the jury chose Kaito Brandt. “It is humbling,” said Brandt, the first Ostrander \
         laureate from Osaka.",
    ]);
    let lena = a
        .entities
        .iter()
        .find(|e| e.name == "Lena Ostrander")
        .expect("Lena Ostrander");
    assert_eq!(lena.aliases, ["Lena Ostrander"], "{lena:#?}");
}

/// A place of two words written after "in" is not a person, wherever else it appears; nor is
/// a place called "New ...".
#[test]
fn a_two_word_place_is_not_a_person() {
    let a = run(&[
        "Protests spread in Santa Irena on Friday. Santa Irena has no mayor. “We are \
         tired,” said Ada Quist, a teacher.",
    ]);
    assert!(
        a.entities.iter().all(|e| e.name != "Santa Irena"),
        "{:#?}",
        a.entities
    );
    let b = run(&["Prices rose in New Carlow. “Fares will fall,” New Carlow said on Monday."]);
    assert!(
        b.entities
            .iter()
            .all(|e| !e.name.contains("Carlow") || e.kind != claimlens_core::EntityKind::Person),
        "{:#?}",
        b.entities
    );
}

/// A country written as its initials is one body too, however the sentence puts it.
#[test]
fn a_country_by_its_initials_is_one_body() {
    let a = run(&[
        "“The tariff is final,” U.S. officials said. “Talks continue,” the government \
         of the U.S. said on Friday. “We are ready,” Canadian officials said.",
    ]);
    let us = speaker_of(&a, "tariff is final").expect("speaker");
    assert_eq!(speaker_of(&a, "Talks continue"), Some(us));
    assert_ne!(speaker_of(&a, "We are ready"), Some(us));
}

/// A month is a date only standing alone: "Dana May" and "April Ross" are people.
#[test]
fn a_month_inside_a_name_is_a_name() {
    let a = run(&[
        "The vote is in May. “We will win,” said Dana May, the party’s treasurer. \
         April Ross, a voter, disagreed.",
    ]);
    assert_eq!(speaker_of(&a, "We will win"), Some("Dana May"));
    assert!(
        a.entities.iter().any(|e| e.name == "April Ross"),
        "{:#?}",
        a.entities
    );
    assert!(
        a.entities.iter().all(|e| e.name != "May"),
        "{:#?}",
        a.entities
    );
}

/// "A spokesperson" met again as "the spokeswoman" is one source; a spokesman is another.
#[test]
fn one_role_in_either_gender_is_one_source() {
    let a = run(&[
        "“Fares will rise,” a spokesperson for the Tidewater Ferry Company said. “Not \
         before June,” the spokeswoman added. “We object,” a spokesman for the riders’ union \
         said.",
    ]);
    let ferry = speaker_of(&a, "Fares will rise").expect("speaker");
    assert_eq!(speaker_of(&a, "Not before June"), Some(ferry));
    assert_ne!(speaker_of(&a, "We object"), Some(ferry));
}

/// The kind of the entity called `name`, if there is one.
fn kind_of(a: &claimlens_core::Analysis, name: &str) -> Option<claimlens_core::EntityKind> {
    a.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

/// A role, office, occupation or party written capitalised before a name describes the person
/// and is not part of the name, with an adjective in front of it too ("Defeated MP").
#[test]
fn a_role_before_a_name_is_a_description() {
    let a = run(&[
        "Sheriff Maren Tolle closed the pass. “Nobody drives up tonight,” Sheriff Maren Tolle \
         said.\nRepublican Odile Brask disagreed. “The road is fine,” Brask said.\nDefeated MP \
         Adrian Lindell conceded. “I wish them well,” Lindell said.\n“We will reopen the depot,” \
         Chief Executive Piet Rhee told reporters. Businessman Ivo Stark was unmoved. “Too \
         late,” Stark said.",
    ]);
    assert_eq!(speaker_of(&a, "Nobody drives up"), Some("Maren Tolle"));
    assert_eq!(speaker_of(&a, "road is fine"), Some("Odile Brask"));
    assert_eq!(speaker_of(&a, "wish them well"), Some("Adrian Lindell"));
    assert_eq!(speaker_of(&a, "reopen the depot"), Some("Piet Rhee"));
    assert_eq!(speaker_of(&a, "Too late"), Some("Ivo Stark"));
    let tolle = a.entities.iter().find(|e| e.name == "Maren Tolle").unwrap();
    assert!(
        tolle.descriptions.iter().any(|d| d == "Sheriff"),
        "{tolle:#?}"
    );
}

/// A capitalised word the article also uses in lower case as a noun ("the beekeeper") is a
/// description before a name, whatever the word; so is a word in capitals opening a paragraph
/// in tabloid style ("PENSIONER Edna Pryce").
#[test]
fn a_common_noun_or_tabloid_capitals_before_a_name_is_a_description() {
    let a = run(&[
        "Every hive in the valley died this spring, the beekeeper says.\nBeekeeper Tilde Marsh \
         counted the losses. “Not one colony survived,” Beekeeper Tilde Marsh said.",
    ]);
    assert_eq!(speaker_of(&a, "Not one colony"), Some("Tilde Marsh"));
    let b = run(&[
        "PENSIONER Edna Pryce told last night how a conman took her savings.\nMrs Pryce, 81, \
         said: ‘He seemed so kind. I trusted him completely.’",
    ]);
    assert_eq!(speaker_of(&b, "seemed so kind"), Some("Edna Pryce"));
}

/// A run of capitals ending in a generic company word ("Telecom", "Mobile", "Services") is an
/// organisation, and its first word alone later is the same organisation.
#[test]
fn a_company_is_named_by_its_whole_run_and_its_short_form() {
    let a = run(&[
        "Regulators cleared Harwick Telecom's purchase of Pellam Mobile on Friday, and fined \
         Osterby Cash Services for late filings.\nHarwick said it was “delighted with the \
         outcome.” Pellam, which has 900 staff, said it would “keep its own brand.” Osterby \
         said it would “pay the fine in full.”",
    ]);
    assert_eq!(speaker_of(&a, "delighted"), Some("Harwick Telecom"));
    assert_eq!(speaker_of(&a, "own brand"), Some("Pellam Mobile"));
    assert_eq!(
        speaker_of(&a, "pay the fine"),
        Some("Osterby Cash Services")
    );
    for name in ["Harwick Telecom", "Pellam Mobile", "Osterby Cash Services"] {
        assert_eq!(
            kind_of(&a, name),
            Some(claimlens_core::EntityKind::Organization),
            "{name}: {:#?}",
            a.entities
        );
    }
}

/// An institution named with a possessive ("St. Agnes’s Regional Medical Center") is one
/// organisation, not a person called "St. Agnes"; "the hospital" later is that organisation,
/// though its name does not say "Hospital".
#[test]
fn an_institution_with_a_possessive_is_one_organisation() {
    let a = run(&[
        "A court sided with a midwife who said a hospital ignored her warnings.\nThe midwife, \
         Ida Brun, worked at St. Agnes’s Regional Medical Center for 20 years. “I only \
         wanted the ward to be safe,” she said.\nThe hospital said in a statement that it was \
         “studying the ruling.”",
    ]);
    assert_eq!(speaker_of(&a, "ward to be safe"), Some("Ida Brun"));
    assert_eq!(
        speaker_of(&a, "studying the ruling"),
        Some("St. Agnes’s Regional Medical Center")
    );
    assert!(
        a.entities.iter().all(|e| !e.name.starts_with("St. Agnes")
            || e.kind == claimlens_core::EntityKind::Organization),
        "{:#?}",
        a.entities
    );
}

/// "Board of Estoria": an organisation word followed by "of" and a capitalised word goes on
/// naming the organisation, and "the board" later is it.
#[test]
fn an_organisation_of_a_place_is_named_whole() {
    let a = run(&[
        "The Fair Trading Board of Estoria blocked the merger on Monday. “Households would have \
         paid more,” the board said.",
    ]);
    assert_eq!(
        speaker_of(&a, "Households would"),
        Some("Fair Trading Board of Estoria")
    );
}

/// Readers and voters in a live blog or vox pop: the role before the name is a description.
#[test]
fn a_reader_or_voter_before_a_name_is_a_description() {
    let a = run(&[
        "Reader Noor Haddad says the river has reached her door. “It is at the step,” Haddad \
         said.\nVoter Tomas Eke was unmoved. “Same every year,” Eke said.",
    ]);
    assert_eq!(speaker_of(&a, "at the step"), Some("Noor Haddad"));
    assert_eq!(speaker_of(&a, "Same every year"), Some("Tomas Eke"));
}

/// An organisation or a place written before a title is part of the description ("Treasury
/// Secretary", "County Sheriff"): the name after the title is a person's, not an organisation's.
#[test]
fn an_organisation_before_a_title_is_the_titles() {
    let a = run(&[
        "“Rates will hold,” Treasury Secretary Ilse Varn said. Police Chief Omar Tills \
         disagreed. “They will not,” Tills said. “We are ready,” said Harbor Authority Director \
         Lisa Kemp. County Sheriff Dana Roe closed the road. “Stay home,” Roe said.",
    ]);
    assert_eq!(speaker_of(&a, "Rates will hold"), Some("Ilse Varn"));
    assert_eq!(speaker_of(&a, "They will not"), Some("Omar Tills"));
    assert_eq!(speaker_of(&a, "We are ready"), Some("Lisa Kemp"));
    assert_eq!(speaker_of(&a, "Stay home"), Some("Dana Roe"));
    let varn = a.entities.iter().find(|e| e.name == "Ilse Varn").unwrap();
    assert_eq!(varn.kind, claimlens_core::EntityKind::Person);
    assert_eq!(varn.descriptions, ["Treasury Secretary"]);
}

/// A given name shaped like a demonym ("Julian", "Brian") is a name; before a lone surname such
/// a word is a nationality only when the article names the country. A title word that only a
/// suffix follows ("King Jr.") is part of the name.
#[test]
fn given_names_shaped_like_demonyms_or_titles_stay_names() {
    let a = run(&[
        "“We lost,” Julian Grant said. Brian Cox, a farmer, agreed. “Rain ruined it,” Cox said.",
    ]);
    assert_eq!(speaker_of(&a, "We lost"), Some("Julian Grant"));
    assert_eq!(speaker_of(&a, "Rain ruined"), Some("Brian Cox"));
    let b = run(&["Runners from Nigeria won again. “It was hard,” said Nigerian Okafor."]);
    assert_eq!(speaker_of(&b, "It was hard"), Some("Okafor"));
    let c = run(&["“We will march,” said Dr. Amos King Jr. at the rally."]);
    assert_eq!(speaker_of(&c, "We will march"), Some("Amos King Jr."));
}

/// A surname that is also a role noun ("Alderman") is still a name when it stands alone.
#[test]
fn a_surname_that_is_a_role_noun_is_a_name() {
    let a = run(&["Ruth Alderman chairs the panel. “We need more time,” Alderman said on Friday."]);
    assert_eq!(speaker_of(&a, "more time"), Some("Ruth Alderman"));
}

#[test]
fn another_official_is_a_new_source() {
    let a = run(&[
        "“We are close,” said one senior administration official. Another official \
                   cautioned that talks could fail. “There are people who want this to \
                   collapse,” the official said.",
    ]);
    let first = speaker_of(&a, "We are close");
    let second = speaker_of(&a, "people who want");
    assert!(first.is_some() && second.is_some());
    assert_ne!(first, second);
}

#[test]
fn a_role_in_front_stops_at_a_headline_without_a_stop() {
    let a = run(&[
        "Footballer raises £1.2m for children's hospice\n\nKingsbridge striker Kwame \
                   Osei said the money would fund two nurses.",
    ]);
    let osei = a.entities.iter().find(|e| e.name == "Kwame Osei").unwrap();
    assert!(
        osei.descriptions.iter().all(|d| !d.contains("hospice")),
        "{:?}",
        osei.descriptions
    );
}
