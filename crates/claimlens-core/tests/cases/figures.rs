//! Cases of figures: numbers, ranges, qualifiers, scales and what a figure counts.
//!
//! Every text here is our own, written to show one pattern of news copy on some beat.

use claimlens_core::Qualifier;

#[allow(unused_imports)]
use crate::support::*;

/// Figures of one text.
fn texts_of(text: &str) -> Vec<String> {
    figure_texts(&run(&[text]))
        .into_iter()
        .map(String::from)
        .collect()
}

// Identifiers are not figures.

#[test]
fn product_and_model_names_are_not_figures() {
    let found = texts_of(
        "Reviewers compared the PlayStation 5 with the Galaxy S24 while the carrier ordered 12 Airbus A350 jets.",
    );
    // The make and model say which jets are counted: the figure runs on to its noun.
    assert_eq!(found, ["12 Airbus A350 jets"], "{found:?}");
}

#[test]
fn index_and_league_names_are_not_figures() {
    let found = texts_of(
        "The Nikkei 225 slipped and the Dow 30 edged up, while the S&P 500 closed flat and Pac-12 schools waited.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn seats_games_episodes_and_roads_are_not_figures() {
    let found = texts_of(
        "Fans in Section 112 Row 8 saw Game 5 live. Episode 4 airs Friday. Crews shut Route 66 and Interstate 95.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn jersey_numbers_are_not_figures() {
    let found = texts_of("Okafor, who wears 10, scored, and Lindqvist wore No. 23 last season.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn clock_and_race_times_are_not_figures() {
    let found = texts_of(
        "Polls opened at 9 a.m. and closed at 14:05. The storm made landfall at 9:15pm. Verhoeven lapped the circuit in 2:41.3 to take pole.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn era_years_are_not_figures() {
    let found = texts_of(
        "The bridge was first built in 1450 A.D. on a road laid around 300 BC, and rebuilt in 1871.",
    );
    assert!(found.is_empty(), "{found:?}");
}

// Ranges in every form.

fn interval(text: &str, fragment: &str) -> (Option<f64>, Option<f64>, Qualifier) {
    let a = run(&[text]);
    let f = figure(&a, fragment);
    (f.low, f.high, f.qualifier)
}

#[test]
fn range_with_a_unit_between_its_ends() {
    assert_eq!(
        interval(
            "Testers found the sedan's range runs from 310 miles to 350 on one charge.",
            "310"
        ),
        (Some(310.0), Some(350.0), Qualifier::Range)
    );
}

#[test]
fn range_with_prefixed_units() {
    assert_eq!(
        interval(
            "The new headphones reproduce sound between 20Hz and 20kHz, the reviewer said.",
            "20Hz"
        ),
        (Some(20.0), Some(20_000.0), Qualifier::Range)
    );
}

#[test]
fn range_with_an_en_dash_and_a_tight_unit() {
    assert_eq!(
        interval("Bake the loaves for 30–45min until golden.", "30"),
        (Some(30.0), Some(45.0), Qualifier::Range)
    );
}

#[test]
fn range_of_decimals() {
    assert_eq!(
        interval(
            "Forecasters expect the lake to warm 2 to 2.5 degrees by August.",
            "2 to 2.5"
        ),
        (Some(2.0), Some(2.5), Qualifier::Range)
    );
}

#[test]
fn range_with_a_shared_scale() {
    assert_eq!(
        interval(
            "Organisers expect six to seven thousand runners at the marathon.",
            "six"
        ),
        (Some(6000.0), Some(7000.0), Qualifier::Range)
    );
}

#[test]
fn a_change_from_one_value_to_another_is_one_range() {
    let a = run(&["Gold rose from $1,910 to $2,050 an ounce in a week of heavy buying."]);
    assert_eq!(figure_texts(&a).len(), 1, "{:?}", figure_texts(&a));
    let f = figure(&a, "1,910");
    assert_eq!(
        (f.low, f.high, f.qualifier),
        (Some(1910.0), Some(2050.0), Qualifier::Range)
    );
    assert!(f.counts.to_lowercase().contains("gold"), "{f:?}");
    // A fall gives the same interval, low end first; a unit written between the ends is counted.
    let b = run(&["Queues at the border went from 40 minutes to 15 after the new lanes opened."]);
    let fall = figure(&b, "40");
    assert_eq!((fall.low, fall.high), (Some(15.0), Some(40.0)));
    // What went from 40 to 15 is the queues, more than the minutes they are measured in.
    assert_eq!(fall.counts, "queues at the border");
}

// Qualifiers.

#[test]
fn qualifiers_make_the_intervals_their_words_allow() {
    let text = "Roughly 300 fans waited outside. Nearly 90 flights were cancelled. \
        Up to 12 inches of snow could fall. Just over 2,000 runners finished. \
        Just under 500 homes lost power. Fewer than 30 seats remain. At least 14 people were hurt. \
        More than 60 jobs were cut. Some 70 firms applied. Almost 40 trees fell. \
        As many as 45 boats sank. No more than 5 patients are waiting. ~25 volunteers joined. \
        Around 200 students protested. Approximately 15 wells ran dry. Over 80 lawyers signed.";
    let a = run(&[text]);
    let check = |fragment: &str, low: Option<f64>, high: Option<f64>, q: Qualifier| {
        let f = figure(&a, fragment);
        let round = |v: Option<f64>| v.map(|v| (v * 100.0).round() / 100.0);
        assert_eq!(
            (round(f.low), round(f.high), f.qualifier),
            (low, high, q),
            "{fragment}: {f:?}"
        );
    };
    check("300 fans", Some(270.0), Some(330.0), Qualifier::Approximate);
    check("90 flights", Some(81.0), Some(90.0), Qualifier::Approximate);
    check("12 inches", None, Some(12.0), Qualifier::AtMost);
    check("2,000 runners", Some(2000.0), None, Qualifier::MoreThan);
    check("500 homes", None, Some(500.0), Qualifier::LessThan);
    check("30 seats", None, Some(30.0), Qualifier::LessThan);
    check("14 people", Some(14.0), None, Qualifier::AtLeast);
    check("60 jobs", Some(60.0), None, Qualifier::MoreThan);
    check("70 firms", Some(63.0), Some(77.0), Qualifier::Approximate);
    check("40 trees", Some(36.0), Some(40.0), Qualifier::Approximate);
    check("45 boats", None, Some(45.0), Qualifier::AtMost);
    check("5 patients", None, Some(5.0), Qualifier::AtMost);
    check(
        "25 volunteers",
        Some(22.5),
        Some(27.5),
        Qualifier::Approximate,
    );
    check(
        "200 students",
        Some(180.0),
        Some(220.0),
        Qualifier::Approximate,
    );
    check("15 wells", Some(13.5), Some(16.5), Qualifier::Approximate);
    check("80 lawyers", Some(80.0), None, Qualifier::MoreThan);
    // "just over" and "just under" keep their intensifier in the figure's text.
    assert!(figure(&a, "2,000 runners").text.starts_with("Just over"));
    assert!(figure(&a, "500 homes").text.starts_with("Just under"));
}

#[test]
fn qualifiers_reach_past_a_currency_symbol() {
    let (low, high, q) = interval(
        "The museum raised about $5m from donors this year, its director said.",
        "5m",
    );
    assert_eq!(q, Qualifier::Approximate);
    assert!(
        low.unwrap() < 5e6 && high.unwrap() > 5e6,
        "{low:?} {high:?}"
    );
}

// Scales and units written tight.

#[test]
fn tight_scales_give_the_scaled_value() {
    let a = run(&[
        "The club agreed a $2.4bn takeover. The startup raised $7.5M. The app passed 1.2M subscribers. \
         Rivals bid €3.2 billion. The stadium costs £40m. About 2.5m people watched. The festival drew 40k fans.",
    ]);
    let value = |fragment: &str| figure(&a, fragment).low.unwrap();
    assert_eq!(value("$2.4bn"), 2.4e9);
    assert_eq!(value("$7.5M"), 7.5e6);
    assert_eq!(value("1.2M"), 1.2e6);
    assert_eq!(value("€3.2 billion"), 3.2e9);
    assert_eq!(value("£40m"), 40e6);
    assert!((value("2.5m").round() - 2.25e6).abs() < 1.0); // "About": 0.9 of 2.5 million.
    assert_eq!(value("40k"), 40e3);
}

#[test]
fn tight_units_and_signed_percentages() {
    let a = run(&[
        "The coupe makes 500bhp. The phone ships with 512GB of storage. Gusts hit 70mph winds on the coast. \
         The index closed -2.3% lower.",
    ]);
    assert_eq!(figure(&a, "500bhp").low, Some(500.0));
    assert_eq!(figure(&a, "512GB").low, Some(512.0));
    assert_eq!(figure(&a, "70mph").low, Some(70.0));
    let fall = figure(&a, "2.3");
    assert_eq!((fall.low, fall.text.as_str()), (Some(-2.3), "-2.3%"));
}

// What a figure counts.

#[test]
fn money_says_what_the_money_is() {
    assert_eq!(
        counts_of(
            "The council approved an annual budget of $40m on Monday.",
            "40m"
        ),
        "annual budget"
    );
    assert_eq!(
        counts_of("The new stadium will cost $1.2bn, officials said.", "1.2bn"),
        "cost of the new stadium"
    );
    assert!(counts_of("The deal is worth $2.4bn.", "2.4bn").contains("deal"));
    assert_eq!(
        counts_of("Acme signed a $300m deal with the league.", "300m"),
        "deal"
    );
    assert_eq!(
        counts_of("The jury awarded the family $5m in damages.", "5m"),
        "damages"
    );
}

#[test]
fn a_percentage_says_what_it_is_a_share_or_change_of() {
    assert_eq!(
        counts_of("In the latest poll, 12% of voters remain undecided.", "12%"),
        "share of voters undecided"
    );
    assert_eq!(
        counts_of("The bond yield rose 0.3% after the auction.", "0.3%"),
        "rise in the bond yield"
    );
    assert_eq!(
        counts_of("The carmaker cut 5% of its workforce.", "5%"),
        "share of workforce"
    );
}

#[test]
fn a_unit_is_not_the_counted_thing_when_a_noun_follows() {
    assert_eq!(
        counts_of(
            "Forecasters warned of 70mph winds along the coast.",
            "70mph"
        ),
        "winds"
    );
    assert_eq!(counts_of("The coupe makes 500bhp.", "500bhp"), "power");
}

#[test]
fn what_a_figure_counts_is_never_empty_or_a_symbol() {
    let a = run(&[
        "Shares of the chipmaker fell 4% on Friday, raising $2m for short sellers. \
         The court fined the firm $800,000. Turnout was 62%. The storm dumped 14 inches. \
         The striker scored 3 in the final, and the team banked £2m.",
    ]);
    for f in a.articles.iter().flat_map(|x| &x.figures) {
        let c = f.counts.as_str();
        assert!(
            c.chars().any(char::is_alphabetic) && !c.starts_with(['%', '$', '£']) && c != "raising",
            "{f:?}"
        );
    }
}

#[test]
fn a_change_to_a_level_counts_the_level_and_a_change_by_counts_the_change() {
    let text = "Unemployment fell to 3.9% in March. The company said revenue rose 12% to €4.1bn in the third quarter.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "3.9%").counts, "unemployment");
    assert_eq!(figure(&a, "12%").counts, "rise in revenue");
    let level = figure(&a, "€4.1bn");
    assert_eq!((level.counts.as_str(), level.low), ("revenue", Some(4.1e9)));
}

#[test]
fn a_percentage_keeps_the_preposition_of_what_it_qualifies() {
    assert_eq!(
        counts_of(
            "Patients on the drug had a 23% lower risk of stroke, the trial found.",
            "23%"
        ),
        "lower risk of stroke"
    );
}

#[test]
fn a_unit_with_a_slash_is_not_a_date() {
    let a = run(&["Gusts of up to 120km/h were recorded on the ridge."]);
    let f = figure(&a, "120km");
    assert_eq!((f.low, f.high), (None, Some(120.0)));
}

#[test]
fn a_change_by_then_to_is_two_figures_not_a_range() {
    let a = run(&["Brent crude fell $2 to $71.40 a barrel on Thursday."]);
    let by = figure(&a, "$2");
    let to = figure(&a, "$71.40");
    assert_eq!((by.low, by.high), (Some(2.0), Some(2.0)));
    assert_eq!((to.low, to.high), (Some(71.4), Some(71.4)));
}

#[test]
fn money_that_ranges_counts_its_subject() {
    assert_eq!(
        counts_of("Ticket prices range from £35 to £95 for the final.", "£35"),
        "ticket prices for the final"
    );
}

#[test]
fn a_running_total_is_another_period_than_the_event() {
    let a = run(&[
        "Rescuers pulled 14 people from the rubble on Tuesday. So far 230 people have been rescued, officials said.",
        "Officials said 14 people were rescued on Tuesday.",
    ]);
    // The running total does not conflict with the day's count.
    assert!(a.claims.iter().all(|c| !c.conflict), "{:#?}", a.claims);
}

#[test]
fn a_bare_range_after_a_verb_of_change_stays_a_range() {
    assert_eq!(
        interval(
            "The storm dropped 8 to 12 inches of rain on the valley.",
            "8 to 12"
        ),
        (Some(8.0), Some(12.0), Qualifier::Range)
    );
}

#[test]
fn a_counted_phrase_ends_at_a_verb_or_particle() {
    let a = run(&[
        "A magnitude 7.1 earthquake struck off the coast, killing at least 30 people and injuring more than 200.",
    ]);
    assert_eq!(figure(&a, "7.1").counts, "magnitude of the earthquake");
    // A bare number after a verb of harm counts the people it harmed.
    assert_eq!(figure(&a, "200").counts, "people injured");
}

#[test]
fn an_index_with_a_number_in_its_name_is_what_changed() {
    assert_eq!(
        counts_of(
            "The Nikkei 225 fell 1.4% on Monday as exporters slid.",
            "1.4%"
        ),
        "fall in the Nikkei 225"
    );
}

#[test]
fn a_currency_code_makes_money_not_a_name() {
    let a = run(&["The lender set aside EUR 40 million to cover fines, the filing showed."]);
    let f = figure(&a, "EUR 40 million");
    assert_eq!(f.low, Some(40e6));
}

#[test]
fn a_range_of_a_change_takes_its_percent_word_and_keeps_its_scale_apart() {
    assert_eq!(
        interval("Support for the levy rose from 3 to 5 per cent.", "3 to 5"),
        (Some(3.0), Some(5.0), Qualifier::Range)
    );
    assert!(
        figure(
            &run(&["Support for the levy rose from 3 to 5 per cent."]),
            "3 to 5"
        )
        .counts
            != "number"
    );
    assert_eq!(
        interval("Downloads jumped from 900 to 1.2 million in a year.", "900"),
        (Some(900.0), Some(1.2e6), Qualifier::Range)
    );
}

#[test]
fn the_possessor_before_the_counted_noun_is_not_counted() {
    assert_eq!(
        counts_of(
            "About 1,900 of the guild's members voted to walk out.",
            "1,900"
        ),
        "members"
    );
}

#[test]
fn names_and_acronyms_before_a_noun_say_which_kind_is_counted() {
    let text = "Halvard Foods will stock 800 Brixton Mart stores and recall nearly 40,000 ATVs.";
    assert_eq!(counts_of(text, "800"), "stores");
    assert_eq!(counts_of(text, "40,000"), "atvs");
}

#[test]
fn a_bare_number_refers_back_to_a_figure_before_it() {
    let text = "The airline ordered 30 Corvane C210 regional jets and took options on 12 more.";
    assert_eq!(counts_of(text, "12"), "jets");
    let a = run(&["We issued 17 flood warnings this winter. Seventeen. That is too many."]);
    assert_eq!(figure(&a, "Seventeen").counts, "warnings");
    let up = run(&["Fenwick expects revenue to reach €9m next year, up from €4.4m."]);
    assert!(
        figure(&up, "€9m").counts.contains("revenue"),
        "{:?}",
        figure(&up, "€9m")
    );
    assert!(
        figure(&up, "€4.4m").counts.contains("revenue"),
        "{:?}",
        figure(&up, "€4.4m")
    );
}

#[test]
fn a_change_counts_its_subject_past_a_particle_verb_and_an_or() {
    let a = run(&[
        "Oil futures were up $1.20, or 1.6%, at $76.30 a barrel. Norvik's shares closed down 0.7%.",
    ]);
    assert_eq!(figure(&a, "1.6%").counts, "rise in oil futures");
    assert_eq!(figure(&a, "$76.30").counts, "oil futures per barrel");
    assert!(
        figure(&a, "0.7%").counts.contains("shares"),
        "{:?}",
        figure(&a, "0.7%")
    );
}

#[test]
fn a_change_by_an_amount_counts_the_object_that_changed() {
    let a = run(&["The central bank raised its rate by 25 basis points to 4.5% on Thursday."]);
    assert_eq!(figure(&a, "4.5%").counts, "rate");
}

#[test]
fn a_verb_after_a_bare_number_ends_what_it_counts() {
    let a = run(&[
        "A crowd of 12,300 stayed on its feet. Temperatures peaked at 27C shortly after noon.",
    ]);
    assert_eq!(figure(&a, "12,300").counts, "crowd");
    assert_eq!(figure(&a, "27C").counts, "temperatures");
}

#[test]
fn ages_prices_and_compounds_count_what_a_reader_expects() {
    assert_eq!(
        counts_of("Her son never came home. He was 16.", "16"),
        "age"
    );
    assert_eq!(
        counts_of("She bought the passes for $38 apiece at the gate.", "$38"),
        "price of the passes"
    );
    assert_eq!(
        counts_of(
            "The firm marked its 120-year history with a party.",
            "120-year"
        ),
        "length of the history"
    );
    assert_eq!(
        counts_of("A 9-pound cat named Biscuit was rescued.", "9-pound"),
        "weight of the cat"
    );
    assert_eq!(
        counts_of(
            "Landlords raised rents from $900 to $1,150 a month.",
            "$900"
        ),
        "rents per month"
    );
    assert_eq!(
        counts_of("The party won 19 of the 45 seats on the council.", "19"),
        "seats won"
    );
}

#[test]
fn a_level_at_which_something_stood_counts_the_subject() {
    let a = run(&[
        "Bitcoin briefly hit $68,000 on Tuesday. The yen traded at 151.30 per dollar. The bank left its benchmark rate unchanged at 4.25%.",
    ]);
    assert_eq!(figure(&a, "$68,000").counts, "bitcoin");
    assert_eq!(
        figure(&a, "151.30").counts,
        "yen exchange rate against the dollar"
    );
    assert_eq!(figure(&a, "4.25%").counts, "benchmark rate");
}

#[test]
fn a_currency_is_the_unit_of_money_not_what_it_is() {
    assert_eq!(
        counts_of(
            "The union wants a bonus of 4 million pesos a worker.",
            "4 million"
        ),
        "bonus per worker"
    );
}

#[test]
fn an_earlier_value_after_from_is_of_the_figure_before() {
    let a = run(&[
        "Inflation is expected to ease to 2.5 per cent by next year, from 3.4 per cent now.",
    ]);
    assert_eq!(figure(&a, "2.5").counts, "inflation");
    assert_eq!(figure(&a, "3.4").counts, "earlier inflation");
}

#[test]
fn market_verbs_of_adding_and_shedding_are_changes() {
    let a = run(&["The index added 0.6% while the Kessel 40 shed 1.1%."]);
    assert_eq!(figure(&a, "0.6%").counts, "rise in the index");
    assert_eq!(figure(&a, "1.1%").counts, "fall in the Kessel 40");
}

#[test]
fn a_subject_is_read_past_forecast_words_and_through_at() {
    let a = run(&[
        "Temperatures are forecast to reach 35 to 37C. Season-ticket sales at Westbrook Rovers have reached 30k.",
    ]);
    assert_eq!(figure(&a, "35 to 37C").counts, "temperatures");
    assert!(
        figure(&a, "30k").counts.contains("sales"),
        "{:?}",
        figure(&a, "30k")
    );
}

#[test]
fn a_noun_in_ing_before_of_is_what_the_money_is() {
    assert_eq!(
        counts_of(
            "The figures imply borrowing of roughly £80bn this year.",
            "£80bn"
        ),
        "borrowing"
    );
    assert_eq!(
        counts_of(
            "The reform was meant to save 900 million pesos.",
            "900 million"
        ),
        "savings"
    );
}

#[test]
fn a_shouted_noun_is_counted_like_any_other() {
    assert_eq!(
        counts_of("A sign read: \"HALVERTON: 900 FAMILIES BETRAYED.\"", "900"),
        "families"
    );
}

#[test]
fn a_unit_figure_counts_the_noun_it_measures() {
    let a = run(&[
        "The storm brought sustained winds of up to 110 mph and a storm surge of between 2 and 4 feet. Crews cannot climb poles in winds above 45mph.",
    ]);
    assert_eq!(figure(&a, "110 mph").counts, "sustained winds");
    assert_eq!(figure(&a, "2 and 4 feet").counts, "storm surge");
    assert_eq!(figure(&a, "45mph").counts, "winds");
    assert_eq!(
        counts_of(
            "Forecasters recorded 52mm of rain falling in 10 hours.",
            "52mm"
        ),
        "rain"
    );
}

#[test]
fn a_percentage_of_a_group_named_by_where_it_is() {
    let a = run(&[
        "The new engine burns roughly 15% less fuel per seat. About 8% of those on the drug quit, compared with 3% on placebo.",
    ]);
    assert_eq!(figure(&a, "15%").counts, "fuel");
    assert_eq!(figure(&a, "8%").counts, "share of those on drug");
    assert_eq!(figure(&a, "3%").counts, "share on placebo");
}

#[test]
fn a_number_standing_for_it_counts_what_the_sentence_before_counted() {
    let a =
        run(&["Police estimate the crowd at about 30,000. Organisers put it at more than 70,000."]);
    assert_eq!(figure(&a, "70,000").counts, "crowd");
}

#[test]
fn a_bare_number_in_a_state_counts_people() {
    let a = run(&["The boat carried 60 migrants. Nine are dead. Forty are alive."]);
    // "migrants killed": the people are the group the sentence before counted in one word, and
    // the state's event is added to what is counted.
    assert_eq!(figure(&a, "Nine").counts, "migrants killed");
    assert!(
        figure(&a, "Forty").counts.starts_with("people"),
        "{:?}",
        figure(&a, "Forty")
    );
    let b = run(&["The plan assumed 60,000 workers would join. Fewer than 20,000 did."]);
    assert!(
        !figure(&b, "20,000").counts.contains("did"),
        "{:?}",
        figure(&b, "20,000")
    );
}

#[test]
fn qualifiers_after_the_number_and_signs_in_words() {
    let text = "Buyers usually win discounts of 30% or more. Tours take 12 or fewer guests. \
                The battery lasted just over 21 hours. The probe cooled to minus 180C. \
                Drivers must stop roughly every 300 miles.";
    assert_eq!(
        interval(text, "30%"),
        (Some(30.0), None, Qualifier::AtLeast)
    );
    assert_eq!(
        interval(text, "12 or"),
        (None, Some(12.0), Qualifier::AtMost)
    );
    assert_eq!(
        interval(text, "21 hours"),
        (Some(21.0), None, Qualifier::MoreThan)
    );
    assert_eq!(
        interval(text, "180C"),
        (Some(-180.0), Some(-180.0), Qualifier::Exact)
    );
    assert_eq!(interval(text, "300 miles").2, Qualifier::Approximate);
}

#[test]
fn a_maturity_is_not_a_figure_and_a_hyphen_before_a_unit_is_a_range() {
    let found = texts_of("The 10-year Treasury yield rose to 4.3%. Demand for 30-year bonds fell.");
    assert_eq!(found, ["4.3%"], "{found:?}");
    assert_eq!(
        interval("A full charge takes 30-45 minutes.", "30-45"),
        (Some(30.0), Some(45.0), Qualifier::Range)
    );
    // A score is its two sides (bench/devset/README.md: "ruled 5-4" is two figures).
    assert_eq!(texts_of("Arlen won 3-2 at home."), ["3", "2"]);
}

#[test]
fn moving_is_a_transfer_only_on_the_way_somewhere() {
    assert_eq!(
        counts_of(
            "About 300 residents moved in last year, the council said.",
            "300"
        ),
        "residents"
    );
    assert_eq!(
        counts_of("Guards moved 12 prisoners to Vellin overnight.", "12"),
        "prisoners sent to Vellin"
    );
}

#[test]
fn a_tally_after_voted_counts_votes() {
    let a = run(&["The board voted 7 to 2 on Friday to sell the site."]);
    assert_eq!(figure(&a, "7").counts, "votes");
    assert_eq!(figure(&a, "2").counts, "votes");
}

#[test]
fn tallies_after_a_name_count_votes_and_support() {
    let a = run(&[
        "Count in Eastmere: Varga 14,902, Doyle (Ind) 12,377. A survey had Varga ahead 51% to 40%.",
    ]);
    assert_eq!(figure(&a, "14,902").counts, "votes for Varga");
    assert_eq!(figure(&a, "12,377").counts, "votes for Doyle");
    assert_eq!(figure(&a, "51%").counts, "support for Varga");
}

#[test]
fn cricket_totals_and_golf_rounds_are_runs_wickets_and_scores() {
    let a = run(&[
        "Kesby closed on 287 for five. Marta Quill shot a 68 and her rival slumped to a 75.",
    ]);
    assert_eq!(figure(&a, "287").counts, "runs");
    assert_eq!(figure(&a, "five").counts, "wickets");
    assert_eq!(figure(&a, "68").counts, "score");
    assert_eq!(figure(&a, "75").counts, "score");
}

#[test]
fn zero_percent_and_prefixed_hertz_are_figures_in_the_bare_unit() {
    let a = run(&["The blaze is 0% contained. The speaker rolls off above 18kHz."]);
    assert_eq!(figure(&a, "0%").low, Some(0.0));
    assert_eq!(
        interval("The speaker rolls off above 18kHz.", "18kHz").0,
        Some(18000.0)
    );
}

#[test]
fn subjects_far_from_the_number_are_what_changed() {
    let a = run(&[
        "Brackwell posted a 9% drop in annual profit on Monday, to £96m. \
         A daily pill cut the risk of kidney failure and death by 18%. \
         Shares in Ostrava's owner, Pellan Group, fell 6%.",
    ]);
    assert_eq!(figure(&a, "£96m").counts, "annual profit");
    assert!(
        figure(&a, "18%")
            .counts
            .contains("risk of kidney failure and death"),
        "{:?}",
        figure(&a, "18%")
    );
    assert!(
        figure(&a, "6%").counts.contains("hares"),
        "{:?}",
        figure(&a, "6%")
    );
}

#[test]
fn twice_is_two_times() {
    let a = run(&["Substitute Dylan Farr scored twice in the last 15 minutes."]);
    let f = a.articles[0]
        .figures
        .iter()
        .find(|f| f.text == "twice")
        .expect("twice is a figure");
    assert_eq!((f.low, f.counts.as_str()), (Some(2.0), "times"));
}

#[test]
fn a_score_or_a_vote_with_a_hyphen_is_two_figures_and_a_range_before_a_noun_is_one() {
    let a = run(&[
        "The Supreme Court ruled 5-4 on Friday.\n\nSefton Vale beat Halloway Town 3-1, Farr \
         heading the second goal.\n\nBetween 20-25 people attended.",
    ]);
    let f = &a.articles[0].figures;
    let pick = |t: &str, nth: usize| f.iter().filter(|x| x.text == t).nth(nth).cloned();
    assert_eq!(pick("5", 0).map(|x| x.counts), Some("votes".into()));
    assert_eq!(pick("4", 0).map(|x| x.counts), Some("votes".into()));
    assert_eq!(pick("3", 0).map(|x| x.counts), Some("goals".into()));
    assert_eq!(pick("1", 0).map(|x| x.counts), Some("goals".into()));
    let range = pick("20-25 people", 0).expect("a range");
    assert_eq!((range.low, range.high), (Some(20.0), Some(25.0)));
}

#[test]
fn a_degree_sign_and_its_scale_belong_to_the_figure() {
    let a = run(&["Inland it reached 46.3°C, and the coast stayed near 30°. The low was 84 °F."]);
    assert_eq!(figure_texts(&a), ["46.3°C", "near 30°", "84 °F"]);
    assert_eq!(figure(&a, "46.3").counts, "temperature");
}

#[test]
fn a_partitive_before_the_wholes_number_ends_at_its_own_number() {
    let a = run(&["The party holds 76 of the 150 seats. Four of her last nine races were wins."]);
    assert_eq!(figure(&a, "76").text, "76");
    assert_eq!(figure(&a, "Four").text, "Four");
    assert_eq!(figure(&a, "76").counts, "seats");
}

#[test]
fn a_day_before_the_verb_is_nobody() {
    let a = run(&["Orbis Inc. (NASDAQ: ORB) today announced the Orbis X2, priced from $799."]);
    assert!(
        a.entities
            .iter()
            .all(|e| !e.name.eq_ignore_ascii_case("today")),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_british_and_after_hundred_joins_the_number() {
    assert_eq!(
        interval("A hundred and forty flats were built.", "A hundred"),
        (Some(140.0), Some(140.0), Qualifier::Exact)
    );
    assert_eq!(
        interval("Three hundred and forty-two people died.", "Three"),
        (Some(342.0), Some(342.0), Qualifier::Exact)
    );
}

#[test]
fn more_changes_named_by_nouns_and_closes() {
    let a = run(&[
        "The budget made a cut in the hospitality VAT rate to 9 per cent. The \
                   benchmark index closing down 1.2 per cent at 3,418.62, shares in Voltaris \
                   fell. Voltaris is recalling 48,712 of its Aster electric SUVs.",
    ]);
    assert_eq!(figure(&a, "9 per cent").counts, "hospitality VAT rate");
    assert_eq!(figure(&a, "1.2").counts, "fall in the benchmark index");
    assert_eq!(figure(&a, "3,418.62").counts, "benchmark index");
    assert_eq!(figure(&a, "48,712").counts, "suvs");
}

#[test]
fn a_hyphenated_range_with_its_unit_written_tight() {
    assert_eq!(
        interval("Forecasters expect highs of 40-42C this week.", "40-42C"),
        (Some(40.0), Some(42.0), Qualifier::Range)
    );
    assert_eq!(
        interval("Forecasters expect highs of 40C-42C this week.", "40C-42C"),
        (Some(40.0), Some(42.0), Qualifier::Range)
    );
}

#[test]
fn a_figure_before_a_time_of_its_own_and_ago_is_a_figure() {
    let a = run(&["Cases rose to 89, up from 61 a week ago. The clinic opened two years ago."]);
    assert_eq!(figure(&a, "61").counts, "earlier cases");
    assert!(!figure_texts(&a).iter().any(|t| t.contains("two")));
}

#[test]
fn verbs_of_passing_and_limits_are_bounds() {
    let text = "The token crossed $90,000 on Thursday. Temperatures topped 45C. Losses could be \
                as high as $1.2 billion. Fines run to a maximum of $5,000. The index closed just \
                shy of 5,000. Roughly a dozen people waited for 20 minutes or so. Prices climbed \
                past $100. I passed two men on the way down. Parliament passed 300 bills. \
                Brent crude topped $92 a barrel.";
    assert_eq!(
        interval(text, "90,000"),
        (Some(90000.0), None, Qualifier::MoreThan)
    );
    // Money after a verb of passing is a bound, however small the amount.
    assert_eq!(
        interval(text, "$92"),
        (Some(92.0), None, Qualifier::MoreThan)
    );
    assert_eq!(
        interval(text, "45C"),
        (Some(45.0), None, Qualifier::MoreThan)
    );
    assert_eq!(
        interval(text, "1.2 billion"),
        (None, Some(1.2e9), Qualifier::AtMost)
    );
    assert_eq!(interval(text, "maximum").2, Qualifier::AtMost);
    assert_eq!(interval(text, "shy").2, Qualifier::Approximate);
    assert_eq!(interval(text, "dozen").2, Qualifier::Approximate);
    assert_eq!(interval(text, "20 minutes").2, Qualifier::Approximate);
    assert_eq!(interval(text, "$100").2, Qualifier::MoreThan);
    assert_eq!(interval(text, "two men").2, Qualifier::Exact);
    assert_eq!(interval(text, "300 bills").2, Qualifier::Exact);
}

#[test]
fn fractions_and_ratios_are_shares() {
    let text = "One in four pupils reported bullying. Almost half of voters backed it. Two-thirds \
                of members agreed, and three quarters of shops closed. Half a million people \
                marched. He spoke for half an hour. In the first half, they scored twice. The \
                phone goes on sale on October 14 in 23 countries.";
    assert_eq!(
        interval(text, "One in four"),
        (Some(0.25), Some(0.25), Qualifier::Exact)
    );
    assert_eq!(interval(text, "half of voters").2, Qualifier::Approximate);
    let two_thirds = interval(text, "Two-thirds").0.unwrap();
    assert!((two_thirds - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(interval(text, "three quarters").0, Some(0.75));
    assert_eq!(interval(text, "Half a million").0, Some(500_000.0));
    assert_eq!(interval(text, "half an hour").0, Some(0.5));
    assert_eq!(interval(text, "23 countries").0, Some(23.0));
    let a = run(&[text]);
    assert!(a.articles[0].figures.iter().all(|f| f.text != "half"));
}

#[test]
fn addresses_phone_numbers_races_and_camel_case_names_are_not_figures() {
    let text = "Kallas won the 100 metres in 9.87 seconds and ran the 1,500m final. The shop at \
                10 Elm Street closed. The iPhone 15 sold well. Call 020 7946 0321 for details. \
                The track is 400 metres long.";
    let texts = texts_of(text);
    for not in ["100", "1,500", "10", "15", "020", "7946", "0321"] {
        assert!(
            !texts.iter().any(|t| t.starts_with(not)),
            "{not} in {texts:?}"
        );
    }
    for figure in ["9.87 seconds", "400 metres"] {
        assert!(
            texts.iter().any(|t| t == figure),
            "{figure} missing from {texts:?}"
        );
    }
}

#[test]
fn poll_shares_are_support_for_the_name_they_stand_for() {
    let a = run(&[
        "A poll found Senator Ada Minsk leading with 47% to 41% for her challenger, Tom \
                   Gerrity. Labour is on 38%, the Conservatives on 27%. Inflation is at 4%.",
    ]);
    assert_eq!(figure(&a, "47%").counts, "support for Ada Minsk");
    assert_eq!(figure(&a, "41%").counts, "support for Tom Gerrity");
    assert_eq!(figure(&a, "38%").counts, "support for Labour");
    assert_eq!(figure(&a, "4%").counts, "inflation");
}

#[test]
fn hyphenated_ranges_of_shares_and_estimates() {
    let text =
        "Growth of 2.1-2.4% is forecast. Local media put the dead at 15-20. Rovers won 3-2. \
                The score stood at 21-24.";
    assert_eq!(
        interval(text, "2.1-2.4%"),
        (Some(2.1), Some(2.4), Qualifier::Range)
    );
    assert_eq!(
        interval(text, "15-20"),
        (Some(15.0), Some(20.0), Qualifier::Range)
    );
    let texts = texts_of(text);
    assert!(!texts.iter().any(|t| t.contains("21-24")), "{texts:?}");
}

#[test]
fn a_vague_count_of_a_vague_scale_is_one_figure() {
    let text = "Tens of thousands of people marched. Hundreds of thousands of homes lost power.";
    assert_eq!(
        interval(text, "Tens of thousands"),
        (Some(20_000.0), None, Qualifier::Vague)
    );
    assert_eq!(interval(text, "Hundreds of thousands").0, Some(200_000.0));
    assert_eq!(texts_of(text).len(), 2);
}

#[test]
fn rules_for_names_numbers_and_shares_leave_ordinary_figures_alone() {
    let text = "In 2023 400 people were killed on the roads. There are 77 Crown Court centres. \
                Call Grayford Police on 01632 960 142. The library is open from 10 to 4 on \
                Saturdays. The motorcade drove past 2,000 supporters. Kane has scored 7 in 10 \
                games. The 300 workers had expected a pay rise.";
    let texts = texts_of(text);
    for kept in ["400 people", "77 Crown Court centres", "300 workers"] {
        assert!(
            texts.iter().any(|t| t == kept),
            "{kept} missing from {texts:?}"
        );
    }
    assert!(!texts.iter().any(|t| t.contains("142")), "{texts:?}");
    assert_eq!(interval(text, "2,000").2, Qualifier::Exact);
    let a = run(&[text]);
    let figures = &a.articles[0].figures;
    assert!(figures.iter().all(|f| f.qualifier != Qualifier::Range));
    assert!(figures.iter().all(|f| f.low != Some(0.7)));
}

#[test]
fn a_share_is_never_set_against_a_count() {
    let a = run(&[
        "Half of the passengers were killed, officials said.",
        "Fourteen passengers were killed, officials said.",
    ]);
    assert_eq!(figure(&a, "Half").low, Some(0.5));
    assert!(a.claims.iter().all(|c| !c.conflict), "{:#?}", a.claims);
}

#[test]
fn money_shares_and_things_that_articles_disagree_on_are_one_claim() {
    let a = run(&[
        "The regulator fined Harrowgate Bank £42.7m on Tuesday. Turnout was 61.3%.",
        "Harrowgate Bank was fined £47.2m by the regulator. Turnout was 58%.",
        "Norcastle Motors will cut 3,200 jobs, the company said.",
        "Norcastle Motors will cut 4,000 jobs, the union said.",
    ]);
    for label in ["fine", "turnout", "jobs cut"] {
        let claim = a.claims.iter().find(|c| c.label == label);
        assert!(
            claim.is_some_and(|c| c.conflict),
            "{label}: {:#?}",
            a.claims
        );
    }
    // One article's two fines are two fines; a figure no other article gives is no claim.
    let one = run(&[
        "The regulator fined Harrowgate Bank £42.7m and Lindon Bank £12m. Arrears reached £9m.",
        "Harrowgate Bank was fined £42.7m by the regulator.",
    ]);
    assert!(one.claims.iter().all(|c| !c.conflict), "{:#?}", one.claims);
    assert!(
        !one.claims.iter().any(|c| c.label == "arrears"),
        "{:#?}",
        one.claims
    );
}

#[test]
fn a_change_by_an_amount_to_a_level_is_two_figures() {
    let text = "The number of claimants dropped by 21,500 to 1.04 million. Homicides fell 13 to \
                118. Night temperatures dropped 8 to 12 degrees.";
    let exact = |v: f64| (Some(v), Some(v), Qualifier::Exact);
    assert_eq!(interval(text, "21,500"), exact(21500.0));
    assert_eq!(interval(text, "1.04 million"), exact(1.04e6));
    assert_eq!(interval(text, "118"), exact(118.0));
    assert_eq!(counts_of(text, "13"), "fall in homicides");
    assert_eq!(
        interval(text, "8 to 12"),
        (Some(8.0), Some(12.0), Qualifier::Range)
    );
}

#[test]
fn a_death_toll_and_arrests_are_counts_of_people_that_conflict() {
    let a = run(&[
        "The storm killed 14 people, officials said. Police made 23 arrests.",
        "The death toll from the storm rose to 17, police said. Twelve people were arrested.",
    ]);
    let killed = a.claims.iter().find(|c| c.label == "people killed");
    assert!(
        killed.is_some_and(|c| c.conflict && c.values.len() == 2),
        "{:#?}",
        a.claims
    );
    let arrested = a
        .claims
        .iter()
        .filter(|c| c.label.contains("arrest"))
        .count();
    assert_eq!(arrested, 1, "{:#?}", a.claims);
    assert_eq!(figure(&a, "23 arrests").counts, "arrests");
}

#[test]
fn a_march_and_a_given_name_are_no_months() {
    let a = run(&[
        "Police said 12 people were arrested during the march.",
        "Organisers said 30 people were arrested during the march.",
        "Some 12,000 residents had been evacuated.",
        "May Holt said 12,000 people had been evacuated.",
    ]);
    let arrested = a.claims.iter().find(|c| c.label == "people arrested");
    assert!(arrested.is_some_and(|c| c.conflict), "{:#?}", a.claims);
    let evacuated = a
        .claims
        .iter()
        .filter(|c| c.label.contains("evacuated"))
        .count();
    assert_eq!(evacuated, 1, "{:#?}", a.claims);
}

#[test]
fn more_of_a_count_is_an_addition_not_a_rival_count() {
    let a = run(&[
        "The storm killed 14 people, officials said.",
        "The storm killed 14 people. Rescuers recovered three more bodies on Monday.",
    ]);
    assert!(a.claims.iter().all(|c| !c.conflict), "{:#?}", a.claims);
    // "Another 40 freed", as a source counts a new batch, is this release's own count.
    let b = run(&[
        "The government freed 32 prisoners on Friday.",
        "\"Another 40 prisoners freed today!\" the envoy wrote.",
    ]);
    assert!(b.claims.iter().any(|c| c.conflict), "{:#?}", b.claims);
}

#[test]
fn a_margin_plus_or_minus_has_no_sign_and_closer_to_is_about() {
    let text = "The poll has a margin of error of plus or minus 3.1 percentage points. The true \
                toll was closer to 20. Temperatures fell to minus 12C.";
    let margin = interval(text, "3.1");
    assert_eq!(margin.0, Some(3.1));
    assert_eq!(counts_of(text, "3.1"), "margin of error");
    assert_eq!(interval(text, "closer to 20").2, Qualifier::Approximate);
    assert_eq!(interval(text, "12C").0, Some(-12.0));
}

#[test]
fn near_before_a_level_is_an_approximation() {
    assert_eq!(
        interval("Turnout was near 60%.", "60%"),
        (Some(54.0), Some(66.0), Qualifier::Approximate)
    );
    assert_eq!(
        interval("Police arrested 40 people near 10 Downing Street.", "40"),
        (Some(40.0), Some(40.0), Qualifier::Exact)
    );
}

#[test]
fn a_name_and_a_number_in_a_list_whose_verb_was_left_out_is_a_count() {
    let texts = texts_of(
        "The PVV would win 34 seats and the VVD 21 seats. Kenya reported 300 cases and Uganda \
         120 cases. He played in Game 5.",
    );
    assert!(texts.iter().any(|t| t == "21 seats"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "120 cases"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.starts_with('5')), "{texts:?}");
}

#[test]
fn exceeding_a_level_is_more_than_it() {
    let a = run(&["Costs could exceed NZ$100 million. Sales exceeded 2 million units."]);
    assert_eq!(figure(&a, "NZ$100 million").qualifier, Qualifier::MoreThan);
    assert_eq!(figure(&a, "NZ$100 million").counts, "costs");
    assert_eq!(figure(&a, "2 million units").counts, "units");
}

#[test]
fn vague_scales_and_bounds_before_an_article_are_read() {
    let a = run(&[
        "Crowds\n\nA few hundred people gathered. Several thousand fans attended. At \
                   least a dozen crashes were reported. More than a hundred were hurt.",
    ]);
    let few = figure(&a, "A few hundred");
    assert_eq!(few.qualifier, Qualifier::Vague);
    assert_eq!(figure(&a, "Several thousand").qualifier, Qualifier::Vague);
    let dozen = figure(&a, "At least a dozen");
    assert_eq!(
        (dozen.qualifier, dozen.low),
        (Qualifier::AtLeast, Some(12.0))
    );
    assert_eq!(
        figure(&a, "More than a hundred").qualifier,
        Qualifier::MoreThan
    );
}

#[test]
fn plus_and_pronouns_name_nothing_a_figure_counts() {
    let a = run(&[
        "Deal\n\nThe fee is £90m plus £4m in add-ons. The union has 700 members, of \
                   whom fewer than 150 voted.",
    ]);
    assert!(!figure(&a, "£90m").counts.contains("plus"));
    assert!(!figure(&a, "fewer than 150").counts.contains("whom"));
}

#[test]
fn a_single_digit_degree_in_weather_copy_is_a_temperature() {
    let a = run(&[
        "Cold snap\n\nOvernight temperatures fell as low as 3C. Highs of 7F were \
                   forecast. The firm sells 4K screens.",
    ]);
    let three = figure(&a, "3C");
    assert_eq!(
        (three.low, three.qualifier),
        (Some(3.0), Qualifier::AtLeast)
    );
    assert!(figure_texts(&a).contains(&"7F"));
    assert!(!figure_texts(&a).iter().any(|f| f.contains("4K")));
}

#[test]
fn a_time_between_a_subject_and_its_verb_is_skipped() {
    let text = "Prices\n\nFood inflation this year is 6.2%.";
    assert_eq!(counts_of(text, "6.2%").to_lowercase(), "food inflation");
}

#[test]
fn a_currency_sign_one_space_before_an_amount_makes_money() {
    let a = run(&[
        "Aid\n\nThe state released R$ 60 million in emergency funds and C$ 9 million \
                   in loans.",
    ]);
    assert!(figure(&a, "R$ 60 million")
        .counts
        .contains("emergency funds"));
    assert!(figure_texts(&a).contains(&"C$ 9 million"));
}

#[test]
fn codes_ordinals_and_sources_that_look_like_figures_are_not() {
    let a = run(&[
        "Briefs\n\nThe COP 28 summit opened. The firm was acquired by a third party. \
                   One official said the bill will be sent to the president. Netflix cancelled \
                   12 shows. Trains run every 10 minutes.",
    ]);
    let texts = figure_texts(&a);
    assert!(!texts
        .iter()
        .any(|t| t.contains("28") || t.contains("third") || t.contains("One")));
    assert_eq!(figure(&a, "12 shows").counts, "shows cancelled");
    assert!(texts.iter().any(|t| t.contains("10 minutes")));
}

#[test]
fn by_an_amount_to_a_level_is_two_figures_and_a_span_of_years_none() {
    let a = run(&[
        "The ministry raised the support price for maize by ₹120 to ₹2,210 per quintal. \
         Emissions must fall by 30 to 45 per cent. Rainfall was 9% above the 1981-2010 \
         average in the 2023-24 season.",
    ]);
    let texts = figure_texts(&a);
    assert!(texts.contains(&"₹120"), "{texts:?}");
    assert!(texts.contains(&"₹2,210"), "{texts:?}");
    let range = figure(&a, "30 to 45 per cent");
    assert_eq!((range.low, range.high), (Some(30.0), Some(45.0)));
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("1981") || t.contains("2023")),
        "{texts:?}"
    );
}

#[test]
fn scales_and_groups_as_other_countries_write_money() {
    let a = run(&["Transfer and wages\n\
         The club paid £3million for the striker and £12MILLION for the keeper. Mining firms \
         will pay R12 500 a month. The deal is worth R1,5m."]);
    assert_eq!(figure(&a, "£3million").low, Some(3e6));
    assert_eq!(figure(&a, "£12MILLION").low, Some(12e6));
    assert_eq!(figure(&a, "R12 500").low, Some(12500.0));
    assert_eq!(figure(&a, "R1,5m").low, Some(1.5e6));
}

#[test]
fn comparatives_a_span_waited_past_and_or_more_after_the_unit_bound_a_figure() {
    let a = run(&["Waiting times\n\
         Patients waited over four hours, and 2,100 people waited 12 hours or more. The rock is \
         bigger than 150 metres and will pass closer than 3.2 million miles. The talks went on \
         over two days."]);
    assert_eq!(figure(&a, "four hours").qualifier, Qualifier::MoreThan);
    assert_eq!(figure(&a, "12 hours").qualifier, Qualifier::AtLeast);
    assert_eq!(figure(&a, "150 metres").qualifier, Qualifier::MoreThan);
    assert_eq!(
        figure(&a, "3.2 million miles").qualifier,
        Qualifier::LessThan
    );
    assert_eq!(figure(&a, "two days").qualifier, Qualifier::Exact);
}

#[test]
fn one_point_of_change_and_a_quarter_point_are_figures() {
    let a = run(&["Poll and rates\n\
         Labour is up one point at 36 per cent. Markets are pricing a quarter-point cut. He won \
         one race."]);
    let point = figure(&a, "one point");
    assert_eq!(
        (point.low, point.counts.as_str()),
        (Some(1.0), "rise in labour")
    );
    assert_eq!(figure(&a, "quarter-point").low, Some(0.25));
    assert!(!figure_texts(&a).iter().any(|t| t.contains("race")));
}

#[test]
fn a_share_reaches_no_count_and_a_scale_and_unit_join_a_number() {
    let a = run(&["Thefts and probes\n\
         Shop thefts jumped by nearly half to 2,300. The probe completed a 300-million-km trip."]);
    assert_eq!(figure(&a, "half").high, Some(0.5));
    assert_eq!(figure(&a, "2,300").low, Some(2300.0));
    assert_eq!(figure(&a, "300-million-km").low, Some(3e8));
}

#[test]
fn a_lowercase_no_before_digits_and_a_line_called_by_its_number_are_labels() {
    let texts = texts_of(
        "Calls\nThe 999 line answered 91% of calls in 10 seconds, and booth no. 58 closed early.",
    );
    assert!(texts
        .iter()
        .all(|t| !t.contains("999") && !t.contains("58")));
    assert!(texts.iter().any(|t| t.starts_with("91%")));
}

#[test]
fn thousands_set_off_by_spaces_are_one_number_and_no_telephone() {
    let a = run(&["Jobs and rand\n\
         About 320 000 people live there. The industry shed 25 000 jobs. Maize futures rose 9% \
         to R5 200 a tonne. Workers at 1 250 000 firms are affected. Call 020 7946 0321 now."]);
    assert_eq!(figure(&a, "320 000").high, Some(352000.0));
    let jobs = figure(&a, "25 000");
    assert_eq!(
        (jobs.low, jobs.counts.as_str()),
        (Some(25000.0), "jobs shed")
    );
    assert_eq!(figure(&a, "R5 200").low, Some(5200.0));
    assert_eq!(figure(&a, "1 250 000").low, Some(1_250_000.0));
    assert!(!figure_texts(&a).iter().any(|t| t.contains("7946")));
}

#[test]
fn bounds_and_groups_that_only_look_like_them() {
    let a = run(&["Review cases\n\
         Detention of no longer than 28 days is allowed. Unemployment rose to 5.2%, higher than \
         4.9% a year earlier. On May 5 200 protesters marched. A drilling platform 200km off \
         the coast closed. Hundreds of 16-year-olds sat the exam."]);
    assert_eq!(figure(&a, "28 days").qualifier, Qualifier::AtMost);
    assert_eq!(figure(&a, "4.9%").qualifier, Qualifier::Exact);
    assert_eq!(figure(&a, "200 protesters").low, Some(200.0));
    assert_eq!(figure(&a, "200km").low, Some(200.0));
    assert_eq!(figure(&a, "Hundreds").qualifier, Qualifier::Vague);
}

#[test]
fn decimal_commas_and_thousands_set_off_by_dots() {
    let a = run(&["Duties\n\
         Duties of between 17,4% and 35,3% will apply. Imports reached €2,1 billion. The \
         federation has 1.200 member firms and pays a bonus of €30.000. Rates are 2,5 to 3,5 \
         per cent."]);
    let duties = figure(&a, "17,4%");
    assert_eq!((duties.low, duties.high), (Some(17.4), Some(35.3)));
    assert_eq!(figure(&a, "€2,1 billion").low, Some(2.1e9));
    assert_eq!(figure(&a, "1.200").low, Some(1200.0));
    assert_eq!(figure(&a, "€30.000").low, Some(30000.0));
    let rates = figure(&a, "2,5 to 3,5");
    assert_eq!((rates.low, rates.high), (Some(2.5), Some(3.5)));
    // Copy that writes decimals with a dot keeps them; two dots are thousands anywhere.
    let b = run(&["Fees\nThe fee is 1.200 euros. The city has 1.234.567 residents."]);
    assert_eq!(figure(&b, "1.200").low, Some(1.2));
    assert_eq!(figure(&b, "1.234.567").low, Some(1234567.0));
}

#[test]
fn numbers_of_a_series_and_a_free_call_line_are_no_figures() {
    let a = run(&["Storm\n\
         The M9 was closed between junctions 36 and 38 after 12 lorries overturned. Dumont won \
         stage 14 by 38 seconds. It made landfall as a category 2 system. Residents can call \
         the relief line on 1800 226 226. At this stage 40 people have been rescued."]);
    assert_eq!(figure_texts(&a), ["12 lorries", "38 seconds", "40 people"]);
}

#[test]
fn millions_before_people_money_thousands_after_a_dot_and_lakhs_before_a_comma() {
    let a = run(&["Shops\n\
         Retailers employ roughly 3m people. The wall is 4m high. The winner gets a bonus of \
         €30.000. Petrol costs $3.499 a gallon. Thefts stood at 4,45,256, or about 51 an hour."]);
    assert_eq!(figure(&a, "3m people").low, Some(2.7e6));
    assert_eq!(figure(&a, "4m").low, Some(4.0));
    assert_eq!(figure(&a, "€30.000").low, Some(30000.0));
    assert_eq!(figure(&a, "$3.499").low, Some(3.499));
    assert_eq!(figure(&a, "4,45,256").low, Some(445256.0));
}

#[test]
fn m_before_modifiers_and_a_plural_is_million_but_not_before_a_race() {
    let a = run(&["Apps\n\
         The app has 37m daily active users. She won the 400m hurdles and the 100m sprint \
         heats. A 2m tall fence went up."]);
    assert_eq!(figure(&a, "37m").low, Some(37e6));
    assert_eq!(figure(&a, "2m").low, Some(2.0));
    assert_eq!(figure_texts(&a).len(), 2);
}

#[test]
fn three_decimals_of_money_a_stage_in_time_and_a_singular_after_m_stay_as_written() {
    let a = run(&["Deals\n\
         A $1.250 billion takeover was agreed. Shares fell to $0.450. At one stage 5,000 homes \
         were without power. The storm reached category 4 and 300 homes were flattened. A 30m \
         crane collapses."]);
    assert_eq!(figure(&a, "$1.250 billion").low, Some(1.25e9));
    assert_eq!(figure(&a, "$0.450").low, Some(0.45));
    assert_eq!(figure(&a, "5,000 homes").low, Some(5000.0));
    assert_eq!(figure(&a, "300 homes").low, Some(300.0));
    assert_eq!(figure(&a, "30m").low, Some(30.0));
}

#[test]
fn scores_as_marks_a_rise_up_to_and_the_top_few_are_no_bounds_or_crowds() {
    let text = "Statewide test scores edge up in Marlow County. Officials said scores rose for a \
                second year. The unemployment rate ticked up to 3.9% in April. Each of the top \
                500 students will receive a grant. Scores of people fled. Companies can be \
                fined up to 10 per cent.";
    let a = run(&[text]);
    assert!(figure_texts(&a).iter().all(|t| !t.contains("scores")));
    assert_eq!(figure(&a, "3.9%").qualifier, Qualifier::Exact);
    assert_eq!(figure(&a, "500").qualifier, Qualifier::Exact);
    assert_eq!(figure(&a, "Scores of people").qualifier, Qualifier::Vague);
    assert_eq!(figure(&a, "10 per cent").qualifier, Qualifier::AtMost);
}

#[test]
fn a_pair_in_per_cent_and_bounds_written_after_or_tight() {
    let text = "Rents rose 4-5 per cent. We are looking at rate rises of 15-plus per cent. \
                Employers must add a minimum 3% of earnings. Staff work a maximum 40 hours.";
    let a = run(&[text]);
    let pair = figure(&a, "4-5 per cent");
    assert_eq!((pair.low, pair.high), (Some(4.0), Some(5.0)));
    assert_eq!(pair.counts, "rise in rents");
    assert_eq!(figure(&a, "15-plus").qualifier, Qualifier::AtLeast);
    assert_eq!(figure(&a, "3%").qualifier, Qualifier::AtLeast);
    assert_eq!(figure(&a, "3%").counts, "share of earnings");
    assert_eq!(figure(&a, "40 hours").qualifier, Qualifier::AtMost);
}

#[test]
fn a_verb_of_change_before_up_to_keeps_the_bound_and_scores_of_people_are_a_crowd() {
    let text = "The carmaker will shed up to 2,000 jobs. Rescuers pulled scores of villagers \
                from the rubble. The storm was moving north at 40mph. The limit on the \
                motorway is 70mph. Membership has expanded this year to 20,000.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "2,000").qualifier, Qualifier::AtMost);
    assert_eq!(
        figure(&a, "scores of villagers").qualifier,
        Qualifier::Vague
    );
    assert_eq!(figure(&a, "40mph").counts, "speed");
    assert_eq!(figure(&a, "70mph").counts, "limit on the motorway");
    assert_ne!(figure(&a, "20,000").counts, "year");
}

#[test]
fn south_asian_scales_written_tight_and_one_person_something_befell() {
    let text = "The minister presented a Rs18.9tr budget. Sarathi's revenue was Rs 4,200cr. \
                Police said one security guard was injured. One resident said nobody was hurt.";
    let a = run(&[text]);
    let of = |t: &str| figure(&a, t).low;
    assert_eq!(of("Rs18.9tr"), Some(18.9e12));
    assert_eq!(of("Rs 4,200cr"), Some(4.2e10));
    assert_eq!(of("one security guard"), Some(1.0));
    assert!(!figure_texts(&a)
        .iter()
        .any(|t| t.starts_with("One resident")));
}

#[test]
fn phone_numbers_with_a_country_code_lines_sections_and_brands_are_no_figures() {
    let text = "Emergency line: +98 21 555 0199. Families can call the hotline on 1545. Under \
                section 1 of the Defamation Act, the claim failed. Projections by the aggregator \
                338North suggest a majority. Speeds reach 100Mbps. The fund has 800 members.";
    let a = run(&[text]);
    assert_eq!(figure_texts(&a), ["100Mbps", "800 members"]);
}

#[test]
fn costs_that_balloon_shares_of_every_hundred_and_lengths_written_as_adjectives() {
    let text = "The cost has ballooned by $640 million to $1.9 billion. She has promised piped \
                water to three in every four homes. The 15-kilometre line opened. The new \
                15.3-kilometre line has 15 stations.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "$640 million").high, Some(640e6));
    assert_eq!(figure(&a, "$1.9 billion").low, Some(1.9e9));
    assert_eq!(figure(&a, "three in every four").low, Some(0.75));
    assert_eq!(counts_of(text, "15-kilometre"), "length of the line");
    assert_eq!(figure(&a, "15.3-kilometre").low, Some(15.3));
}

#[test]
fn over_after_a_word_of_dispute_is_what_it_is_about_not_a_bound() {
    let text = "Bus drivers strike over ₦2,000 daily levy. Over 2,000 people attended. Labs are \
                now taking over 1,000 samples a day.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "₦2,000").qualifier, Qualifier::Exact);
    assert_eq!(figure(&a, "2,000 people").qualifier, Qualifier::MoreThan);
    assert_eq!(figure(&a, "1,000 samples").qualifier, Qualifier::MoreThan);
}

#[test]
fn a_span_of_time_before_a_high_or_a_low_is_no_figure() {
    let text = "The pound hit a 30-year low against the dollar. Inflation hit a two-year peak. \
                He signed a 10-year deal.";
    let a = run(&[text]);
    assert_eq!(figure_texts(&a), ["10-year deal"]);
}

#[test]
fn short_hotlines_and_numbers_opened_by_a_trunk_zero_are_no_figures() {
    let text = "The emergency hotline is 333 and 1090. Its customer hotline is (02) 8555-1234. \
                Apply by calling 0800 60 10 11. The number is 12 and rising.";
    let a = run(&[text]);
    assert_eq!(figure_texts(&a), ["12"]);
}

#[test]
fn rules_for_one_person_people_served_and_restated_shares_keep_to_their_shapes() {
    let text = "More than one million people have been displaced. One hundred people were \
                injured in the blast. The new stadium holds 60,000 people. There were about 200 \
                people inside the hall. The plan will cost $5bn over 10 years, or 2% of GDP. \
                The deal is worth US$1.2Trn.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "one million").low, Some(1e6));
    assert_eq!(figure(&a, "One hundred").low, Some(100.0));
    assert_eq!(counts_of(text, "60,000"), "people");
    assert_eq!(counts_of(text, "about 200"), "people");
    assert!(!counts_of(text, "2% of GDP").contains("years"));
    assert_eq!(figure(&a, "US$1.2Trn").low, Some(1.2e12));
}
