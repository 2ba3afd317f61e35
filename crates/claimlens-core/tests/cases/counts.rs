//! Cases of what a figure counts when the noun is not right after the number: the level a change
//! reached, what a verb brings to a level, amounts per unit, ages, exchange rates.
//!
//! Every text here is our own, written to show one pattern of news copy on some beat.

use crate::support::*;

#[test]
fn a_level_reached_past_a_time_adverbial_is_of_what_changed() {
    assert_eq!(
        counts_of(
            "Burglaries in the district rose by 11% last year, to 904, police said.",
            "904"
        ),
        "burglaries in the district"
    );
}

#[test]
fn what_a_verb_brings_to_a_level_is_what_the_level_counts() {
    let a = run(&[
        "The ministry confirmed 12 new cases, bringing the total since March to 207. \
         Assessors put the damage at $18m. The decision sent two-year yields down 9 basis points \
         to 2.84%.",
    ]);
    assert_eq!(figure(&a, "207").counts, "total");
    assert_eq!(figure(&a, "$18m").counts, "damage");
    assert!(
        figure(&a, "9 basis").counts.contains("yields"),
        "{:?}",
        figure(&a, "9 basis")
    );
}

#[test]
fn a_level_held_counts_the_subject_of_a_relative_clause() {
    let a = run(&[
        "Councillor Rhea Mott opens on social housing queues, which stand at 31,000. \
         Unemployment remained at 5.2% in May.",
    ]);
    assert_eq!(figure(&a, "31,000").counts, "social housing queues");
    assert_eq!(figure(&a, "5.2%").counts, "unemployment");
}

#[test]
fn an_amount_per_unit_says_what_it_is_each_of() {
    assert_eq!(
        counts_of("Tovik will pay 88 kroner a share in cash.", "88 kroner"),
        "amount paid per share"
    );
    assert_eq!(
        counts_of("The app still earns less than $3 per user each year.", "$3"),
        "earnings per user"
    );
    assert_eq!(
        counts_of(
            "Hauliers will owe another £120 a month under the plan.",
            "£120"
        ),
        "debt per month"
    );
}

#[test]
fn an_amount_under_or_over_names_what_it_is_under() {
    assert_eq!(
        counts_of(
            "The tunnel opened in May, about $6 million under budget.",
            "$6 million"
        ),
        "amount under budget"
    );
}

#[test]
fn a_verb_of_money_is_found_past_who_pays() {
    let a = run(&[
        "The levy will cost the airlines a combined $40 million a year. \
         The watchdog fined courier firm Parcelo 9 million euros on Friday.",
    ]);
    assert_eq!(
        figure(&a, "$40 million").counts,
        "cost of the levy per year"
    );
    assert_eq!(figure(&a, "9 million euros").counts, "fine");
}

#[test]
fn money_in_quotation_marks_keeps_its_verb_and_object() {
    assert_eq!(
        counts_of(
            "Voss said the owners had spent “well over $3 million” on the stadium.",
            "$3 million"
        ),
        "spending on the stadium"
    );
}

#[test]
fn a_bound_after_a_group_of_people_is_an_age() {
    let a = run(&[
        "Cases among children under 5 doubled. Most of the residents we see are over 80. \
         Temperatures were over 41 on Monday.",
    ]);
    assert_eq!(figure(&a, "under 5").counts, "age");
    assert_eq!(figure(&a, "over 80").counts, "age");
    assert_eq!(figure(&a, "over 41").counts, "temperatures");
}

#[test]
fn number_words_in_compounds_are_figures() {
    let a = run(&[
        "Lena Hart took a three-shot lead. A nine-storey tower collapsed in the storm. \
         Two-thirds of members agreed to a one-off payment.",
    ]);
    let lead = figure(&a, "three-shot");
    assert_eq!((lead.low, lead.counts.as_str()), (Some(3.0), "shot lead"));
    assert_eq!(figure(&a, "nine-storey").counts, "storey tower");
    assert!(
        !figure_texts(&a).iter().any(|t| t.contains("one-off")),
        "{:?}",
        figure_texts(&a)
    );
}

#[test]
fn a_number_dialled_or_a_reference_is_not_a_figure() {
    let a = run(&[
        "Anyone with information should call 101 quoting reference 5521. Lund called 14 donors.",
    ]);
    assert_eq!(figure_texts(&a), vec!["14 donors"]);
}

#[test]
fn a_part_of_them_counts_what_the_whole_counted() {
    assert_eq!(
        counts_of(
            "The chain, which runs about 260 branches, will shut 31 of them by June.",
            "31 of them"
        ),
        "branches"
    );
}

#[test]
fn a_number_to_the_dollar_is_an_exchange_rate() {
    let a = run(&[
        "The Korvan lira fell to 52.4 to the dollar. The yen closed at 139.10 per dollar, from \
         141.02 late on Friday.",
    ]);
    assert_eq!(
        figure(&a, "52.4").counts,
        "lira exchange rate against the dollar"
    );
    assert_eq!(
        figure(&a, "141.02").counts,
        "earlier yen exchange rate against the dollar"
    );
}

#[test]
fn a_money_noun_before_of_is_what_a_range_measures() {
    let counts = counts_of(
        "It sold the shares at the top of its marketed range of €11 to €13.",
        "€11",
    );
    assert!(counts.ends_with("top of its marketed range"), "{counts}");
}
