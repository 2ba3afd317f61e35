//! What a change, a level reached and an earlier level count: the subject or object of the verb
//! of change, past adverbs, particles, times and relative clauses.

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
fn a_change_past_an_adverb_or_a_particle_verb_is_of_its_subject() {
    let a = run(&[
        "The economy grew only 0.2% in the quarter. Monthly tickets will go up by 6%, to £48.",
    ]);
    assert_eq!(figure(&a, "0.2%").counts, "rise in the economy");
    assert_eq!(figure(&a, "£48").counts, "monthly tickets");
}

#[test]
fn a_subject_with_a_relative_clause_is_the_noun_before_it() {
    assert_eq!(
        counts_of(
            "The death toll from a storm that hit the coast on Friday rose to 37 on Monday.",
            "37"
        ),
        "death toll from a storm"
    );
}

#[test]
fn a_percentage_then_a_plain_level_is_a_change_and_a_level() {
    let a = run(&["The Valdran crown weakened 0.4% to 129.60 per dollar after the decision."]);
    let change = figure(&a, "0.4%");
    assert_eq!((change.low, change.high), (Some(0.4), Some(0.4)));
    assert!(change.counts.contains("crown"), "{:?}", change.counts);
}

#[test]
fn a_noun_in_ing_after_a_verb_that_cut_it_is_what_changed() {
    let a = run(&["She opposed a budget that cut rural ambulance funding by 8%."]);
    assert_eq!(figure(&a, "8%").counts, "change in rural ambulance funding");
}

#[test]
fn up_or_down_after_a_figure_is_the_change_in_what_it_counts() {
    let a = run(&[
        "Brightwater Labs reported full-year revenue of $184.6 million, up 22% on the prior \
         year. Housebuilders led the gains, with Oakridge Living adding 5.8%.",
    ]);
    assert_eq!(figure(&a, "22%").counts, "rise in full-year revenue");
    assert_eq!(figure(&a, "5.8%").counts, "rise in Oakridge Living");
}

#[test]
fn a_change_s_two_ends_after_its_size_are_of_what_changed() {
    let a = run(&["The basic rate of income tax falls by one point, from 21% to 20%, next April."]);
    let f = figure(&a, "21% to 20%");
    assert_eq!((f.low, f.high), (Some(20.0), Some(21.0)));
    assert_eq!(f.counts, "basic rate of income tax");
}

#[test]
fn a_lone_gerund_opening_its_clause_is_a_noun() {
    assert_eq!(
        counts_of("Spending would rise by at least 12% by 2029.", "12%"),
        "rise in spending"
    );
    assert_eq!(
        counts_of("She said borrowing would fall 3% next year.", "3%"),
        "fall in borrowing"
    );
}

#[test]
fn another_and_a_further_stand_between_a_change_and_its_size() {
    assert_eq!(
        counts_of("Freight rates fell another 6% this week.", "6%"),
        "fall in freight rates"
    );
    assert_eq!(
        counts_of("Bookings rose a further 4% in May.", "4%"),
        "rise in bookings"
    );
}

#[test]
fn what_a_verb_moves_by_a_figure_is_what_changed() {
    // "charges" and "forecast" can be verbs; after a verb that moves its object they are nouns.
    assert_eq!(
        counts_of(
            "The council cut charges by 20 per cent for new flats.",
            "20"
        ),
        "change in charges"
    );
    assert_eq!(
        counts_of(
            "Brokers cut their profit forecast for next year by 9%.",
            "9%"
        ),
        "change in the profit forecast"
    );
}

#[test]
fn a_figure_above_or_below_a_level_is_of_the_subject() {
    assert_eq!(
        counts_of("Bookings were still 8% below their pre-war level.", "8%"),
        "bookings"
    );
    assert_eq!(
        counts_of("Snowfall was 30% above normal this winter.", "30%"),
        "snowfall"
    );
}

#[test]
fn a_level_peaked_at_is_of_the_subject_and_modals_are_auxiliaries() {
    assert_eq!(
        counts_of("Inflation is expected to peak at 9% in the spring.", "9%"),
        "inflation"
    );
    assert_eq!(
        counts_of("Emissions must fall 45% by 2030.", "45%"),
        "fall in emissions"
    );
    assert_eq!(
        counts_of("The bank raised rates by half a point to 4.75%.", "4.75%"),
        "rates"
    );
}

#[test]
fn an_average_of_is_how_a_change_is_counted() {
    assert_eq!(
        counts_of("Rents have risen by an average of £40 a month.", "£40"),
        "rise in rents per month"
    );
    assert_eq!(
        counts_of("Prices rose an average of 5%.", "5%"),
        "rise in prices"
    );
}

#[test]
fn market_levels_past_an_occasion_and_little_changed() {
    assert_eq!(
        counts_of("The yen weakened past 150 per dollar on Monday.", "150"),
        "yen exchange rate against the dollar"
    );
    assert_eq!(
        counts_of(
            "Its market value topped $1 trillion for the first time.",
            "$1"
        ),
        "market value"
    );
    assert_eq!(
        counts_of("The euro was little changed at $1.0850.", "1.0850"),
        "euro"
    );
}

#[test]
fn a_span_of_time_made_a_level_and_a_change_past_a_time() {
    assert_eq!(
        counts_of("Life expectancy at birth rose to 81.3 years.", "81.3"),
        "life expectancy at birth"
    );
    assert_eq!(
        counts_of(
            "Screen time among teenagers averaged seven hours a day.",
            "seven"
        ),
        "screen time among teenagers"
    );
    assert_eq!(
        counts_of("He was jailed for 14 years.", "14"),
        "jail sentence"
    );
    assert_eq!(
        counts_of("The talks lasted 14 hours.", "14"),
        "length of the talks"
    );
    assert_eq!(
        counts_of("Battery life is rated at up to 18 hours.", "18"),
        "battery life"
    );
    assert_eq!(
        counts_of(
            "Cases have doubled in the past month to more than 1,200.",
            "1,200"
        ),
        "cases"
    );
}

#[test]
fn a_change_in_something_has_the_article_the_text_gave_it() {
    assert_eq!(
        counts_of("Sterling fell 0.7pc on Tuesday.", "0.7pc"),
        "fall in sterling"
    );
    assert_eq!(
        counts_of("The bond yield rose 0.3%.", "0.3%"),
        "rise in the bond yield"
    );
    assert_eq!(
        counts_of("The S&P 500 fell 1.1%.", "1.1%"),
        "fall in the S&P 500"
    );
}

#[test]
fn a_fall_from_one_level_to_another_is_a_range_whatever_its_verb() {
    let a = run(&["The speed limit on the ring road will be cut from 70mph to 50mph in June."]);
    let f = figure(&a, "70mph");
    assert_eq!((f.low, f.high), (Some(50.0), Some(70.0)));
    assert!(f.counts.contains("speed limit"), "{}", f.counts);
}

#[test]
fn a_level_held_an_apposition_at_a_figure_and_a_year_earlier() {
    let text = "Youth unemployment remains stubbornly high at 19%. Inflation, at 6.1% in \
                October, is still a worry. Its order backlog stood at a record $19.6 billion. \
                Pre-tax profit was £84m, up from £61m a year earlier.";
    assert_eq!(counts_of(text, "19%"), "youth unemployment");
    assert_eq!(counts_of(text, "6.1%"), "inflation");
    assert_eq!(counts_of(text, "$19.6 billion"), "order backlog");
    assert_eq!(counts_of(text, "£61m"), "earlier pre-tax profit");
}

#[test]
fn a_change_whose_verb_is_left_out_is_of_the_name_before_it() {
    let text = "In London, Barclays dropped 5.6%, Glencore 4.1% and Shell 2%. Sales rose 5% and \
                profit 3%. Support for Labour rose to 41%, the Conservatives 27%.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "4.1%").counts, "fall in Glencore");
    assert_eq!(figure(&a, "2%").counts, "fall in Shell");
    assert_eq!(figure(&a, "3%").counts, "rise in profit");
    assert_eq!(figure(&a, "27%").counts, "support for Conservatives");
    let a = run(&["Domestic passengers will receive A$225 and international passengers A$450."]);
    assert_eq!(
        figure(&a, "A$450").counts,
        "amount received by international passengers"
    );
}

#[test]
fn what_a_figure_adds_to_and_a_change_by() {
    let text = "Analysts expect the Torvik contract to add around 12% to revenue next year. \
                Output is forecast to change by -0.6% this year before growing 1.4% in 2027. \
                “Drivers complain when I add Sh20 on the fare,” said Joseph Mwangi.";
    assert_eq!(counts_of(text, "around 12%"), "rise in revenue");
    assert_eq!(counts_of(text, "-0.6%"), "change in output");
    assert_eq!(counts_of(text, "1.4%"), "rise in output");
    assert_eq!(counts_of(text, "Sh20"), "rise in the fare");
}

#[test]
fn a_change_by_an_annual_or_estimated_amount() {
    let text = "Rents rose by an annual 4.4% in May. Output fell by an estimated 2%.";
    assert_eq!(counts_of(text, "4.4%").to_lowercase(), "rise in rents");
    assert_eq!(counts_of(text, "2%").to_lowercase(), "fall in output");
}

#[test]
fn a_close_written_long_is_the_change_of_what_closed() {
    let a = run(&["Markets\n\
         Futures later pared their gains to close 5.3% higher at $4.02. The Carda 40 ended the \
         day 0.4% lower at 8,214."]);
    assert_eq!(figure(&a, "5.3%").counts, "rise in futures");
    assert_eq!(figure(&a, "$4.02").counts, "futures");
    assert_eq!(figure(&a, "0.4%").counts, "fall in the Carda 40");
    assert_eq!(figure(&a, "8,214").counts, "Carda 40");
}

#[test]
fn a_level_passed_is_the_level_of_what_moved() {
    let a = run(&["Markets\n\
         Bitcoin slides below $58,000. Inflation fell below 2% in May. Shares rose over 10%."]);
    assert_eq!(figure(&a, "$58,000").counts.to_lowercase(), "bitcoin");
    assert_eq!(figure(&a, "2%").counts, "inflation");
    assert_eq!(figure(&a, "10%").counts, "rise in shares");
}

#[test]
fn a_share_by_more_than_a_fraction_and_the_name_before_by_in_a_gapped_clause() {
    let a = run(&["Prices\n\
         Cement prices rose by more than a third, and rents by more than a quarter. Output \
         fell by less than half."]);
    let third = figure(&a, "more than a third");
    assert_eq!(
        (third.low, third.counts.as_str()),
        (Some(1.0 / 3.0), "rise in cement prices")
    );
    assert_eq!(figure(&a, "more than a quarter").counts, "rise in rents");
    assert_eq!(figure(&a, "less than half").high, Some(0.5));
}

#[test]
fn a_headlines_passive_without_its_auxiliary_changes_the_noun_before_it() {
    let headline = "Petrol price raised by Rs9.66 to Rs272.89 per litre\n\nThe change took \
                    effect on Friday.";
    assert_eq!(counts_of(headline, "Rs9.66"), "rise in petrol price");
    let wage = "Minimum wage raised 56% to Tk 12,500\n\nThe board acted on Friday.";
    assert_eq!(counts_of(wage, "56%"), "rise in minimum wage");
    assert_eq!(counts_of(wage, "Tk 12,500"), "minimum wage");
    // Money raised is the verb's object, not a change.
    let raised = "Appeal\n\nRegulars raised more than $3,200 to pay for his move.";
    assert!(!counts_of(raised, "$3,200").starts_with("rise"));
}
