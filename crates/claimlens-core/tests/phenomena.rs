//! One small handwritten text per phenomenon the analysis must handle; each test fails if that
//! phenomenon breaks.

use claimlens_core::{analyze, Analysis, ArticleInput, EntityKind, Qualifier, Quote};

fn run(texts: &[&str]) -> Analysis {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput {
            id: format!("a{i}"),
            text: t.to_string(),
            ..Default::default()
        })
        .collect();
    analyze(&inputs)
}

fn speaker<'a>(a: &'a Analysis, q: &Quote) -> Option<&'a str> {
    let id = q.speaker.as_ref()?;
    a.entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.name.as_str())
}

fn quote_texts(a: &Analysis, article: usize) -> Vec<&str> {
    a.articles[article]
        .quotes
        .iter()
        .map(|q| q.text.as_str())
        .collect()
}

fn find<'a>(a: &'a Analysis, fragment: &str) -> &'a Quote {
    a.articles
        .iter()
        .flat_map(|x| &x.quotes)
        .find(|q| q.text.contains(fragment))
        .unwrap_or_else(|| panic!("no quote with {fragment:?}"))
}

#[test]
fn all_quotation_mark_styles() {
    let a = run(&["Mara Velasko said “curly words here.” Tomas Rell said \"straight words here.\" Ivo Darnek said «guillemet words here.» Lena Hoss said „low words here.“ Pia Arn said ‘single words here.’"]);
    assert_eq!(
        quote_texts(&a, 0),
        [
            "curly words here.",
            "straight words here.",
            "guillemet words here.",
            "low words here.",
            "single words here."
        ]
    );
}

#[test]
fn partial_quote_with_described_as() {
    let a = run(&["Governor Tomas Rell described the response as “slow but honest” on Friday."]);
    let q = find(&a, "slow but honest");
    assert_eq!(speaker(&a, q), Some("Tomas Rell"));
    assert_eq!(q.cue.as_deref(), Some("described"));
}

#[test]
fn interrupted_quote_is_one_statement_in_two_spans() {
    let a = run(&[
        "Mara Velasko spoke at the harbour. “We will find them,” she said. “Every one of them.”",
    ]);
    assert_eq!(
        quote_texts(&a, 0),
        ["We will find them,", "Every one of them."]
    );
    let qs = &a.articles[0].quotes;
    assert_eq!(qs[0].statement, qs[1].statement);
    assert_eq!(speaker(&a, &qs[1]), Some("Mara Velasko"));
    assert_eq!(qs[0].mention.as_ref().unwrap().text, "she");
}

#[test]
fn multi_paragraph_quote_keeps_its_speaker() {
    let a = run(&["Tomas Rell, the governor, spoke for an hour.\n\n“The first paragraph of what he said runs on.\n\n“The second paragraph ends it,” he said."]);
    let qs = &a.articles[0].quotes;
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0].statement, qs[1].statement);
    assert_eq!(speaker(&a, &qs[0]), Some("Tomas Rell"));
    assert_eq!(speaker(&a, &qs[1]), Some("Tomas Rell"));
}

#[test]
fn nested_quotes_stay_inside() {
    let a = run(&["“They told us ‘wait here’ and left,” said Ivo Darnek."]);
    assert_eq!(quote_texts(&a, 0), ["They told us ‘wait here’ and left,"]);
    assert_eq!(speaker(&a, &a.articles[0].quotes[0]), Some("Ivo Darnek"));
}

#[test]
fn unbalanced_marks_recover_locally() {
    let a = run(&["A stray “mark opens here. Then Pia Arn said “the real quote,” and left.\n\n“Never closed at all"]);
    assert_eq!(quote_texts(&a, 0), ["the real quote,"]);
}

#[test]
fn titles_and_scare_quotes_are_not_quotes() {
    let a = run(&["The ferry “Northern Star” left port. A report titled “Safe Waters” was published by the ministry."]);
    assert!(a.articles[0].quotes.is_empty(), "{:?}", quote_texts(&a, 0));
}

#[test]
fn speaker_before_after_and_inverted() {
    let a = run(&[
        "“The bridge is closed,” Mara Velasko said. Tomas Rell told reporters: “It will reopen.” “Not before spring,” said Ivo Darnek, the engineer.",
    ]);
    assert_eq!(
        speaker(&a, find(&a, "bridge is closed")),
        Some("Mara Velasko")
    );
    assert_eq!(speaker(&a, find(&a, "will reopen")), Some("Tomas Rell"));
    assert_eq!(
        speaker(&a, find(&a, "Not before spring")),
        Some("Ivo Darnek")
    );
}

#[test]
fn pronouns_resolve_by_gender() {
    let a = run(&["Mr. Tomas Rell met Ms. Mara Velasko on Monday. “We disagree,” she said. “We will talk again,” he added."]);
    assert_eq!(speaker(&a, find(&a, "We disagree")), Some("Mara Velasko"));
    assert_eq!(speaker(&a, find(&a, "talk again")), Some("Tomas Rell"));
}

#[test]
fn descriptions_resolve_through_apposition() {
    let a = run(&["Tomas Rell, the regional governor, visited the site. Later the governor said the site was “a disgrace.”"]);
    let q = find(&a, "a disgrace");
    assert_eq!(speaker(&a, q), Some("Tomas Rell"));
    assert_eq!(q.mention.as_ref().unwrap().text, "the governor");
}

#[test]
fn anonymous_sources_are_their_own_speakers() {
    let a = run(&["A ministry official, speaking on condition of anonymity, said the pumps “failed twice.” The official added that “nobody was warned.”"]);
    let first = find(&a, "failed twice");
    let second = find(&a, "nobody was warned");
    assert_eq!(first.speaker, second.speaker);
    let e = a
        .entities
        .iter()
        .find(|e| Some(&e.id) == first.speaker.as_ref())
        .unwrap();
    assert_eq!(e.kind, EntityKind::Anonymous);
}

#[test]
fn organisations_speak() {
    let a = run(&["The Harbour Workers’ Union said in a statement that the ship was “dangerously overloaded.”"]);
    let q = find(&a, "overloaded");
    let e = a
        .entities
        .iter()
        .find(|e| Some(&e.id) == q.speaker.as_ref())
        .unwrap();
    assert_eq!(
        (e.name.as_str(), e.kind),
        ("Harbour Workers’ Union", EntityKind::Organization)
    );
}

#[test]
fn quoted_as_saying_and_wrote_on_x() {
    let a = run(&["“The count is wrong,” Tomas Rell was quoted as saying. Mara Velasko wrote on X: “61 people were saved.”"]);
    assert_eq!(speaker(&a, find(&a, "count is wrong")), Some("Tomas Rell"));
    let post = find(&a, "61 people");
    assert_eq!(speaker(&a, post), Some("Mara Velasko"));
    assert_eq!(post.cue.as_deref(), Some("wrote on X"));
}

#[test]
fn a_quote_in_the_next_paragraph_continues_its_speaker() {
    let a = run(&["“I was on the deck,” said Pia Arn, a survivor.\n\n“Then the water came in.”\n\nThe ship sank an hour later."]);
    assert_eq!(speaker(&a, find(&a, "water came in")), Some("Pia Arn"));
}

#[test]
fn names_cluster_across_spellings_but_not_across_people() {
    let a = run(&[
        "Aleksei Dravinsky, the rescue chief, spoke first. Dravinsky said “we keep going.” His wife, Yelena Dravinskaya, said “he has not slept.”",
        "Alyaksei Dravinski said “the search continues.” Mr. Dravinski left at noon.",
        "Alexei Dravinskiy told reporters “we keep searching.”",
    ]);
    let him = a
        .entities
        .iter()
        .find(|e| e.aliases.iter().any(|x| x == "Aleksei Dravinsky"))
        .unwrap();
    for alias in ["Alyaksei Dravinski", "Alexei Dravinskiy", "Dravinsky"] {
        assert!(
            him.aliases.iter().any(|x| x == alias),
            "{alias} missing from {:?}",
            him.aliases
        );
    }
    assert!(
        !him.aliases.iter().any(|x| x.contains("Yelena")),
        "his wife is another person"
    );
    assert_eq!(
        speaker(&a, find(&a, "has not slept")),
        Some("Yelena Dravinskaya")
    );
    // Same surname, different first names: two people.
    let b = run(&["Ivan Petrenko said “yes.” Later Oleg Petrenko said “no.”"]);
    assert_ne!(find(&b, "yes").speaker, find(&b, "no").speaker);
}

#[test]
fn figures_are_intervals_with_qualifiers() {
    let a = run(&["Rescuers freed more than 40 people, at least 48 by one count, and eight or nine others were missing. About 20% of the boats were lost."]);
    let figs = &a.articles[0].figures;
    let get = |t: &str| {
        figs.iter()
            .find(|f| f.text.starts_with(t))
            .unwrap_or_else(|| panic!("no figure {t:?} in {figs:?}"))
    };
    let f = get("more than 40");
    assert_eq!(
        (f.low, f.high, f.qualifier),
        (Some(40.0), None, Qualifier::MoreThan)
    );
    let f = get("at least 48");
    assert_eq!(
        (f.low, f.high, f.qualifier),
        (Some(48.0), None, Qualifier::AtLeast)
    );
    let f = get("eight or nine");
    assert_eq!(
        (f.low, f.high, f.qualifier),
        (Some(8.0), Some(9.0), Qualifier::Range)
    );
    assert_eq!(get("About 20%").qualifier, Qualifier::Approximate);
}

#[test]
fn dates_years_and_times_are_not_figures() {
    let a = run(&["On 14 March 2026, at 6 p.m., the ferry sank; it was built in 1986 and sank on March 13 at 18:40. It had 112 people on board."]);
    let texts: Vec<&str> = a.articles[0]
        .figures
        .iter()
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(texts, ["112 people"]);
}

#[test]
fn figure_holders_are_speakers_or_the_outlet() {
    let a = run(&["The ferry carried 112 people, according to Orvanline, the operator. Mara Velasko wrote on X: “61 people were saved.” Rescuers saved 48 people."]);
    let figs = &a.articles[0].figures;
    let holder = |t: &str| {
        let f = figs.iter().find(|f| f.text.starts_with(t)).unwrap();
        f.holder
            .as_ref()
            .and_then(|h| a.entities.iter().find(|e| &e.id == h))
            .map(|e| e.name.clone())
    };
    assert_eq!(holder("112"), Some("Orvanline".to_string()));
    assert_eq!(holder("61"), Some("Mara Velasko".to_string()));
    assert_eq!(holder("48"), None, "the outlet's own voice");
}

#[test]
fn conflicts_only_when_intervals_cannot_all_be_true() {
    let a = run(&[
        "Rescuers saved 48 people from the ferry.",
        "More than 40 people were rescued, officials said.",
        "Governor Tomas Rell wrote on X that 61 people had been rescued.",
    ]);
    let claim = a
        .claims
        .iter()
        .find(|c| c.label.contains("rescued") || c.label.contains("saved"))
        .expect("one claim");
    assert_eq!(claim.figures.len(), 3, "{claim:#?}");
    assert!(claim.conflict);
    assert_eq!(
        claim.values.len(),
        2,
        "more than 40 sits with 48: {:#?}",
        claim.values
    );
    assert!(
        claim.explanation.contains("61: Tomas Rell"),
        "{}",
        claim.explanation
    );

    let b = run(&[
        "Rescuers saved 48 people from the ferry.",
        "More than 40 people were rescued, officials said.",
    ]);
    assert!(!b.claims[0].conflict);
}

#[test]
fn parts_add_up_to_a_whole() {
    let a = run(&[
        "Rescuers saved 31 adults and 17 children from the ferry.",
        "Rescuers saved 48 people from the ferry.",
        "The captain, along with 12 other crew members, was detained.",
    ]);
    let claim = a
        .claims
        .iter()
        .find(|c| c.values.iter().any(|v| v.label.starts_with("48 (31 + 17)")))
        .expect("a claim with the sum of parts");
    assert!(!claim.conflict, "{claim:#?}");
    assert!(
        a.claims
            .iter()
            .any(|c| c.values.iter().any(|v| v.label.starts_with("13 (12 + 1)"))),
        "{:#?}",
        a.claims
    );
}

#[test]
fn statements_in_different_words_are_grouped() {
    let a = run(&[
        "Mara Velasko said: “We will not stop searching while there is even the smallest hope.”",
        "Mara Velasko said: “The search will not stop as long as the slightest hope remains.”",
        "Mara Velasko said: “Compensation will be paid to every family.”",
    ]);
    let q = |i: usize| &a.articles[i].quotes[0];
    assert_eq!(q(0).statement, q(1).statement);
    assert_ne!(q(0).statement, q(2).statement);
}

#[test]
fn hostile_text_does_not_panic() {
    for text in [
        "",
        "\"",
        "“”",
        "“ ” ‘ ’ « »",
        "\u{0}\u{1}\u{feff}",
        "1,,,2..3 %% $",
        &"“".repeat(500),
        &"word ".repeat(5000),
    ] {
        let a = run(&[text]);
        for q in &a.articles[0].quotes {
            let span: String = text.chars().skip(q.start).take(q.end - q.start).collect();
            assert_eq!(span, q.text);
        }
    }
}
