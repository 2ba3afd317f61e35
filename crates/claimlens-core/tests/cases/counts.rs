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

#[test]
fn bounds_written_as_directions_limits_and_abbreviations() {
    let a = run(&[
        "Bids went north of 300. Night lows will be no lower than 26C. The probe passed within \
         90,000 km of the moon. Approx 30k fans were locked out.",
    ]);
    assert_eq!(
        figure(&a, "300").qualifier,
        claimlens_core::Qualifier::MoreThan
    );
    assert_eq!(
        figure(&a, "26C").qualifier,
        claimlens_core::Qualifier::AtLeast
    );
    assert_eq!(
        figure(&a, "90,000").qualifier,
        claimlens_core::Qualifier::AtMost
    );
    assert_eq!(
        figure(&a, "30k").qualifier,
        claimlens_core::Qualifier::Approximate
    );
}

#[test]
fn two_decimals_before_m_are_metres() {
    let a = run(&["Hale cleared 1.97m, and the club raised £1.5m."]);
    assert_eq!(figure(&a, "1.97m").low, Some(1.97));
    assert_eq!(figure(&a, "£1.5m").low, Some(1_500_000.0));
}

#[test]
fn more_and_a_noun_in_s_before_the_counted_noun() {
    let a = run(&["Divers found four more survivors. The school lost two physics teachers."]);
    assert!(figure(&a, "four more").counts.starts_with("survivors"));
    assert_eq!(figure(&a, "two physics").counts, "teachers");
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
fn money_received_paid_for_or_over_a_budget() {
    let a = run(
        &["Osk County, the largest, will receive about $40 million. \
         Rovers signed the winger Ada Lemm from Porto Verde for a club-record £31m. \
         The tunnel opened about €90 million over its original budget. \
         “Their debt is still about £2bn,” she said."],
    );
    assert_eq!(
        figure(&a, "$40 million").counts,
        "amount received by Osk County"
    );
    assert_eq!(figure(&a, "£31m").counts, "fee");
    assert_eq!(
        figure(&a, "€90 million").counts,
        "amount over its original budget"
    );
    assert_eq!(figure(&a, "£2bn").counts, "debt");
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
fn a_share_in_a_state_is_of_the_subject() {
    assert_eq!(
        counts_of("The Dry Creek fire was 35% contained by Tuesday.", "35%"),
        "Dry Creek fire contained"
    );
}

#[test]
fn an_age_after_a_name_may_end_the_sentence() {
    let a = run(&["“It was a copy,” said her son, Tom Ashby, 61. Lind, 22 and unseeded, won."]);
    assert_eq!(figure(&a, "61").counts, "age");
    assert_eq!(figure(&a, "22").counts, "age");
}

#[test]
fn ages_after_a_described_person_a_particle_name_or_a_relative_pronoun() {
    let a = run(&[
        "The pensioner, 84, was asleep. Omar al-Rashid, 52, called police. His son, who is 19, \
         ran outside. “I was 12 when we moved here,” he said.",
    ]);
    for age in ["84", "52", "19", "12"] {
        assert_eq!(figure(&a, age).counts, "age", "{age}");
    }
}

#[test]
fn a_currency_named_after_a_range_or_a_price_makes_it_money() {
    let a = run(&[
        "It expects costs of between 200 and 250 million kroner. Shares closed at 41.10 crowns. \
         The estate is worth 3.1 billion pounds. The calf weighs 300 pounds.",
    ]);
    assert!(!figure(&a, "kroner").counts.contains("kroner"));
    assert_eq!(figure(&a, "41.10").counts, "shares");
    assert!(!figure(&a, "3.1 billion").counts.contains("pounds"));
    assert_eq!(figure(&a, "300 pounds").counts, "pounds");
}

#[test]
fn a_share_across_a_place_and_no_weekday_before_a_bound() {
    let a = run(&[
        "Voters came out. Turnout across the county was 51.2%. On Friday more than 300 marched.",
    ]);
    assert_eq!(figure(&a, "51.2%").counts, "turnout across the county");
    assert_ne!(figure(&a, "300").counts, "Friday");
}

#[test]
fn cricket_scores_in_a_cricket_story_and_no_score_elsewhere() {
    let a = run(&[
        "Dunmore were bowled out for 164 in reply to Kesby’s 298 for 6. Ansari made 88 from 102 \
         balls and Price took five for 37.",
    ]);
    assert_eq!(figure(&a, "164").counts, "runs");
    assert_eq!(figure(&a, "298").counts, "runs");
    assert_eq!(figure(&a, "88").counts, "runs");
    assert_eq!(figure(&a, "five").counts, "wickets");
    let b = run(&["“We did not give up 12 for 2 by accident,” the official said."]);
    assert_ne!(figure(&b, "12").counts, "runs");
    assert!(!figure(&b, "12").counts.contains("give"));
}

#[test]
fn a_time_after_a_noun_says_when_and_that_after_a_report_opens_what_was_said() {
    let a = run(&[
        "Hollin & Co said on Tuesday that pre-tax profit fell 12% to £31.2m. The Greens were \
         unchanged at 8%. The union wants a rise of 7%.",
    ]);
    assert_eq!(figure(&a, "12%").counts, "fall in the pre-tax profit");
    assert_eq!(figure(&a, "£31.2m").counts, "pre-tax profit");
    assert_eq!(figure(&a, "8%").counts, "Greens");
    assert_eq!(figure(&a, "7%").counts, "rise");
}

#[test]
fn pence_are_money_paid_in_cash_is_no_noun_and_closing_higher_is_a_rise() {
    let a = run(&[
        "The group cut its dividend to 3.2p a share from 5.1p. Morrow agreed to buy Tilbeck for \
         $2.2 billion in cash. On the day, shares in Tilbeck closed 4.2% higher.",
    ]);
    assert_eq!(figure(&a, "3.2p").counts, "dividend per share");
    assert_eq!(figure(&a, "5.1p").counts, "earlier dividend per share");
    assert!(figure(&a, "$2.2 billion").counts.contains("Tilbeck"));
    assert_eq!(figure(&a, "4.2%").counts, "rise in the shares in Tilbeck");
}

#[test]
fn a_figure_before_another_time_ago_is_still_a_figure() {
    let a =
        run(&["Turnout was 47.1%, up from 41.9% six years ago. Three years ago the mill closed."]);
    assert_eq!(figure_texts(&a), vec!["47.1%", "41.9%"]);
}

#[test]
fn a_bare_number_counts_what_the_figure_before_it_counted() {
    let a = run(
        &["The ruling alliance took 38 seats. The Greens won 14.\n\n\
         First-time buyers made up 31% of sales last year, compared with 38% in 2019."],
    );
    assert_eq!(figure(&a, "14").counts, "seats");
    assert!(
        figure(&a, "38%").counts.contains("sales"),
        "{:?}",
        figure(&a, "38%").counts
    );
}

#[test]
fn a_partitive_skips_the_owner_of_the_whole() {
    let a =
        run(&["The Green Bloc holds 61 of the assembly’s 300 seats and two of its committees."]);
    assert_eq!(figure(&a, "61").counts, "seats");
}

#[test]
fn ages_after_now_at_age_and_a_contracted_is() {
    let a = run(&["The driver, Tomasz Reyes, now 41, was cleared.\n\n\
         “My lad’s 12 and he’s never seen a final,” said Dot Pruett. Children who start school \
         at age four read sooner, the study found."]);
    assert_eq!(figure(&a, "41").counts, "age");
    assert_eq!(figure(&a, "12").counts, "age");
    assert_eq!(figure(&a, "four").counts, "age");
}

#[test]
fn a_percentage_then_a_plain_level_is_a_change_and_a_level() {
    let a = run(&["The Valdran crown weakened 0.4% to 129.60 per dollar after the decision."]);
    let change = figure(&a, "0.4%");
    assert_eq!((change.low, change.high), (Some(0.4), Some(0.4)));
    assert!(change.counts.contains("crown"), "{:?}", change.counts);
}

#[test]
fn a_country_s_letters_before_its_dollar_are_part_of_the_amount() {
    let a = run(&["Turnover was S$1.46 billion. The bank fell to NZ$3.10."]);
    assert_eq!(figure(&a, "S$1.46").counts, "turnover");
    assert!(figure(&a, "NZ$3.10").text.starts_with("NZ$"));
}

#[test]
fn a_noun_in_ing_after_a_verb_that_cut_it_is_what_changed() {
    let a = run(&["She opposed a budget that cut rural ambulance funding by 8%."]);
    assert_eq!(
        figure(&a, "8%").counts,
        "change in the rural ambulance funding"
    );
}

#[test]
fn a_time_after_a_number_is_not_what_it_counts() {
    let a = run(&["Growth is forecast at 2% next year. Attendance hit 40,000 last season."]);
    assert_eq!(figure(&a, "2%").counts, "growth");
    assert_eq!(figure(&a, "40,000").counts, "attendance");
}

#[test]
fn money_of_a_noun_is_that_noun_and_pay_raised_to_a_level_is_pay() {
    let a = run(&[
        "The scheme would bring in £2.3bn of private investment. The grocer will raise hourly \
         pay for shop staff to £12.40 from May.",
    ]);
    assert_eq!(figure(&a, "£2.3bn").counts, "private investment");
    assert_eq!(figure(&a, "£12.40").counts, "hourly pay");
}

#[test]
fn currencies_written_as_letters_and_south_asian_scales() {
    let a = run(&[
        "A boda rider makes Sh400 a day; rent is KSh20,000 a month. The rand deal is worth \
         R1.2 billion. The state will spend Rs 45 crore on roads, and 12 lakh people benefit. \
         Fares rose to ₱15. Wear an N95 mask.",
    ]);
    assert_eq!(figure(&a, "Sh400").low, Some(400.0));
    assert!(figure(&a, "KSh20,000").counts.contains("rent"));
    assert_eq!(figure(&a, "R1.2 billion").low, Some(1.2e9));
    assert_eq!(figure(&a, "Rs 45 crore").low, Some(4.5e8));
    assert_eq!(figure(&a, "12 lakh").low, Some(1.2e6));
    assert_eq!(figure(&a, "₱15").counts, "fares");
    assert!(!a.articles[0].figures.iter().any(|f| f.text.contains("95")));
}

#[test]
fn money_a_verb_releases_invests_or_pays_for_someone() {
    let a = run(&[
        "The government has released ₦4.7 billion to resettle families. The firm invested \
         $40m in the plant. “We bought him for ₦15 million,” the coach said.",
    ]);
    assert_eq!(figure(&a, "₦4.7 billion").counts, "money released");
    assert_eq!(figure(&a, "$40m").counts, "investment in plant");
    assert_eq!(figure(&a, "₦15 million").counts, "purchase price");
}

#[test]
fn a_share_more_in_something_is_its_rise_and_ages_open_or_close_a_line() {
    let a = run(&[
        "Households will pay 4.99 per cent more in council tax from April.\n\n\
         At 97, Ethel Marsh still swims.\n\n“Fuel is too dear.” — Peter Kamau, driver, 41",
    ]);
    assert_eq!(figure(&a, "4.99 per cent").counts, "rise in council tax");
    assert_eq!(figure(&a, "97").counts, "age");
    assert_eq!(figure(&a, "41").counts, "age");
}

#[test]
fn up_or_down_after_a_figure_is_the_change_in_what_it_counts() {
    let a = run(&[
        "Brightwater Labs reported full-year revenue of $184.6 million, up 22% on the prior \
         year. Housebuilders led the gains, with Oakridge Living adding 5.8%.",
    ]);
    assert_eq!(figure(&a, "22%").counts, "rise in full-year revenue");
    assert_eq!(figure(&a, "5.8%").counts, "rise in the Oakridge Living");
}

#[test]
fn a_share_that_is_its_clause_s_subject_is_of_what_the_predicate_says() {
    let a = run(&[
        "Among those given the drug, 4.1% had a heart attack, compared with 5.3% on placebo. \
         Inspectors found that 27% were persistently absent. Varga is elected with 43.9%.\n\n\
         “I now spend Sh2,000 more every week on fuel,” said Peter Kamau.",
    ]);
    assert_eq!(figure(&a, "4.1%").counts, "share who had a heart attack");
    assert_eq!(figure(&a, "27%").counts, "share persistently absent");
    assert_eq!(figure(&a, "43.9%").counts, "share of the vote");
    assert_eq!(figure(&a, "Sh2,000").counts, "spending on fuel");
}

#[test]
fn a_change_s_two_ends_after_its_size_are_of_what_changed() {
    let a = run(&["The basic rate of income tax falls by one point, from 21% to 20%, next April."]);
    let f = figure(&a, "21% to 20%");
    assert_eq!((f.low, f.high), (Some(20.0), Some(21.0)));
    assert_eq!(f.counts, "basic rate of income tax");
}

#[test]
fn adverbs_and_contractions_are_never_what_a_figure_counts() {
    let a = run(&["“You’re at 3,140 permits,” she said. Inflation may go above 4 again."]);
    assert_eq!(figure(&a, "3,140").counts, "permits");
    assert_ne!(figure(&a, "above 4").counts, "again");
    let b = run(&["“You’re at 3,140,” she said."]);
    assert_ne!(figure(&b, "3,140").counts, "You’re");
}

#[test]
fn a_ratio_counts_the_noun_after_its_second_number() {
    let a = run(&["The patients received two doses; 1 in 5 patients reported side effects."]);
    assert_eq!(figure(&a, "1 in").counts, "patients");
}

#[test]
fn a_verb_that_gives_an_amount_counts_its_subject() {
    assert_eq!(
        counts_of("Capital spending takes ₦212 billion next year.", "212"),
        "capital spending"
    );
    assert_eq!(
        counts_of("Rainfall topped 310mm in the hills.", "310"),
        "rainfall"
    );
    assert_eq!(
        counts_of("Women make up 41 per cent, the survey found.", "41"),
        "women"
    );
    assert_eq!(
        counts_of("Average rents now exceed $2,400 a month.", "2,400"),
        "average rents per month"
    );
}

#[test]
fn a_lone_gerund_opening_its_clause_is_a_noun() {
    assert_eq!(
        counts_of("Spending would rise by at least 12% by 2029.", "12%"),
        "rise in the spending"
    );
    assert_eq!(
        counts_of("She said borrowing would fall 3% next year.", "3%"),
        "fall in the borrowing"
    );
}

#[test]
fn a_money_verb_after_a_determiner_is_a_noun() {
    assert_eq!(
        counts_of("The Federal share of the cost is 75 per cent.", "75"),
        "Federal share of the cost"
    );
}

#[test]
fn another_and_a_further_stand_between_a_change_and_its_size() {
    assert_eq!(
        counts_of("Freight rates fell another 6% this week.", "6%"),
        "fall in the freight rates"
    );
    assert_eq!(
        counts_of("Bookings rose a further 4% in May.", "4%"),
        "rise in the bookings"
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
        "change in the charges"
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
fn a_share_of_them_is_a_share_of_what_the_figure_before_counted() {
    assert_eq!(
        counts_of(
            "About 900 nurses signed the letter, 70% of them from rural clinics.",
            "70%"
        ),
        "share of nurses"
    );
}

#[test]
fn an_adjective_of_order_stands_before_the_groups_number() {
    assert_eq!(
        counts_of("She won three of her last five matches.", "three"),
        "matches"
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
fn an_amount_converted_into_another_currency_counts_the_same() {
    assert_eq!(
        counts_of(
            "The bridge cost 2.6 billion koruna (about €105 million).",
            "€105"
        ),
        "cost of the bridge"
    );
    assert_eq!(
        counts_of("The hospital will cost GH¢1.2 billion to build.", "1.2"),
        "cost of the hospital"
    );
}

#[test]
fn a_length_per_unit_of_time_is_a_speed() {
    assert_eq!(
        counts_of("Gusts reached 110 km an hour on the coast.", "110"),
        "speed of the gusts"
    );
    assert_eq!(
        counts_of("The probe is moving at 11 km per second.", "11"),
        "speed of the probe"
    );
}

#[test]
fn a_length_measures_the_dimension_its_sentence_names() {
    assert_eq!(
        counts_of("The new sea wall is 6m high.", "6m"),
        "height of the new sea wall"
    );
    assert_eq!(
        counts_of("It is the thinnest tablet on sale at 5.1mm.", "5.1mm"),
        "thickness of the thinnest tablet on sale"
    );
    assert_eq!(
        counts_of("The crater, about 12 km across, is young.", "12"),
        "width"
    );
    assert_eq!(
        counts_of(
            "The shaft collapsed about 900 feet below the surface.",
            "900"
        ),
        "depth"
    );
}

#[test]
fn a_bare_number_of_people_is_of_the_group_named_before() {
    assert_eq!(
        counts_of(
            "Seven of the nine judges agreed, while two dissented.",
            "two"
        ),
        "judges"
    );
    assert_eq!(
        counts_of(
            "Organisers expected 5,000 volunteers to sign up. Fewer than 900 did.",
            "900"
        ),
        "volunteers"
    );
}

#[test]
fn money_in_a_noun_every_period_is_that_noun() {
    assert_eq!(
        counts_of("Each household will pay £14 in levies every month.", "£14"),
        "levies"
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
        "fall in the emissions"
    );
    assert_eq!(
        counts_of("The bank raised rates by half a point to 4.75%.", "4.75%"),
        "rates"
    );
}

#[test]
fn a_unit_written_out_measures_the_dimension_its_sentence_names() {
    assert_eq!(
        counts_of("The causeway is 2.4 miles long.", "2.4"),
        "length of the causeway"
    );
    assert_eq!(counts_of("The convoy covered 300 miles.", "300"), "miles");
}

#[test]
fn tallies_of_a_series_a_record_a_vote_and_an_innings() {
    assert_eq!(
        counts_of("The Hawks lead the series 3-1 after Game 4.", "3"),
        "series"
    );
    assert_eq!(
        counts_of("She improved her record to 19-2 on Saturday.", "19"),
        "record"
    );
    assert_eq!(
        counts_of("The board adopted the revised budget 7-2 on Monday.", "7"),
        "votes"
    );
    assert_eq!(
        counts_of("Opener Dev Rao made an unbeaten 94 off 60 balls.", "94"),
        "runs"
    );
}

#[test]
fn a_percentage_more_likely_is_a_change_in_likelihood() {
    assert_eq!(
        counts_of(
            "Night-shift workers were 40% more likely to be injured.",
            "40%"
        ),
        "rise in likelihood to be injured"
    );
}

#[test]
fn a_bare_number_after_a_verb_of_harm_counts_people() {
    assert_eq!(
        counts_of("The blast killed 12 and injured 40.", "12"),
        "people killed"
    );
    assert_eq!(
        counts_of("The blast killed 12 and injured 40.", "40"),
        "people injured"
    );
    assert_eq!(
        counts_of("Storm kills dozens in Luzon", "dozens"),
        "people killed"
    );
}

#[test]
fn a_magnitude_and_a_unit_linked_by_of() {
    assert_eq!(
        counts_of("A magnitude 6.1 earthquake hit the coast.", "6.1"),
        "magnitude of the earthquake"
    );
    assert_eq!(
        counts_of("It struck at a depth of 35 kilometres.", "35"),
        "depth"
    );
}

#[test]
fn names_with_an_ampersand_and_a_sentence_opening_modifier() {
    assert_eq!(
        counts_of("The S&P 500 fell 1.4% on Monday.", "1.4%"),
        "fall in the S&P 500"
    );
    assert_eq!(
        counts_of("Shares in AT&T rose 2% on Friday.", "2%"),
        "rise in the shares in AT&T"
    );
    assert_eq!(
        counts_of("Retail sales fell 0.5% in May.", "0.5%"),
        "fall in the retail sales"
    );
}

#[test]
fn an_average_of_is_how_a_change_is_counted() {
    assert_eq!(
        counts_of("Rents have risen by an average of £40 a month.", "£40"),
        "rise in the rents per month"
    );
    assert_eq!(
        counts_of("Prices rose an average of 5%.", "5%"),
        "rise in the prices"
    );
}

#[test]
fn money_a_business_lost_is_its_loss_and_a_price_that_lost_fell() {
    assert_eq!(
        counts_of("A year earlier the carrier lost €96 million.", "€96"),
        "loss"
    );
    assert_eq!(
        counts_of("Shares lost 40 cents on Monday.", "40"),
        "fall in the shares"
    );
}

#[test]
fn money_paid_for_something_of_something() {
    assert_eq!(
        counts_of("“I pay £3.20 for a pint of milk now,” she said.", "£3.20"),
        "amount paid for pint of milk"
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
fn accounts_before_tax_and_money_invested_or_borrowed() {
    assert_eq!(
        counts_of("Profit before tax fell 18% to £412m.", "18%"),
        "fall in the profit before tax"
    );
    assert_eq!(
        counts_of("The firm will invest $2 billion over five years.", "$2"),
        "investment"
    );
    assert_eq!(
        counts_of("The state borrowed £12bn last month.", "£12bn"),
        "borrowing"
    );
}

#[test]
fn two_bare_numbers_joined_by_to_in_a_vote_are_its_tally() {
    assert_eq!(
        counts_of(
            "The government won the confidence vote by 312 to 268.",
            "312"
        ),
        "votes"
    );
    assert_eq!(
        counts_of(
            "The government won the confidence vote by 312 to 268.",
            "268"
        ),
        "votes"
    );
}

#[test]
fn a_vague_crowd_after_a_verb_and_money_in_the_passive() {
    assert_eq!(
        counts_of("Floods force thousands from homes", "thousands"),
        "people"
    );
    assert_eq!(
        counts_of("He said £25m would be released for repairs.", "£25m"),
        "money released"
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
    assert_eq!(counts_of("He was jailed for 14 years.", "14"), "sentence");
    assert_eq!(counts_of("The talks lasted 14 hours.", "14"), "hours");
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
fn an_age_takes_no_event() {
    assert_eq!(
        counts_of("Sarah Vane, 56, died at the hospital in 2021.", "56"),
        "age"
    );
}

#[test]
fn the_philippine_peso_written_with_a_letter() {
    assert_eq!(
        counts_of("Diesel rose to P57.32 a litre on Tuesday.", "57.32"),
        "diesel per litre"
    );
    let a = run(&["Verstappen was fastest in P1 on Friday."]);
    assert!(
        a.articles[0].figures.is_empty(),
        "{:?}",
        a.articles[0].figures
    );
}

#[test]
fn a_forecast_participle_or_an_adverb_after_the_noun_ends_what_is_counted() {
    assert_eq!(
        counts_of("There will be 15cm of snow expected widely.", "15cm"),
        "snow"
    );
}
