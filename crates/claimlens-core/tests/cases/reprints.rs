//! Reprints: one wire story run by two outlets is one report, in the claim's explanation too.

use crate::support::run;

const WIRE: &str = "OSTREL (Orbis) - In all, 48 people were rescued from the capsized ferry Aurel off the Varnetian coast. The ferry was carrying passengers and crew when it listed and overturned about two miles from the breakwater, according to the harbour authority. Divers would resume the search at first light, and hopes of finding more survivors were fading. The Aurel, built in 1988, had passed its last inspection in March, the operator said in a statement. Relatives gathered at the ferry terminal through the night waiting for news.";

#[test]
fn a_reprinted_wire_story_is_counted_once() {
    let reprint = format!("Ferry disaster off Ostrel\n\n{WIRE}\n\nCopyright The Courier.");
    let own = "In all, 48 people were rescued from the capsized ferry. The mayor, Petar Holm, said 61 people were rescued, most of them by fishing boats.";
    let a = run(&[WIRE, &reprint, own]);
    let reprints: Vec<Option<&str>> = a.articles.iter().map(|x| x.reprint_of.as_deref()).collect();
    assert_eq!(reprints, [None, Some("a0"), None]);
    let claim = a
        .claims
        .iter()
        .find(|c| c.values.iter().any(|v| v.label == "48"))
        .unwrap_or_else(|| panic!("a claim with 48: {:#?}", a.claims));
    assert!(
        claim
            .explanation
            .contains("48: 2 independent reports (3 articles)"),
        "{}",
        claim.explanation
    );
}

#[test]
fn different_stories_are_all_independent() {
    let own = "In all, 48 people were rescued from the capsized ferry.";
    let a = run(&[WIRE, own]);
    assert!(a.articles.iter().all(|x| x.reprint_of.is_none()));
    let explanations: Vec<&str> = a.claims.iter().map(|c| c.explanation.as_str()).collect();
    assert!(
        explanations.iter().any(|e| e.contains("48: 2 reports")),
        "{explanations:?}"
    );
    assert!(!explanations.iter().any(|e| e.contains("independent")));
}
