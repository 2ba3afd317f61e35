//! Cases of what a figure counts when the noun is not right after the number: the level a change
//! reached, what a verb brings to a level, amounts per unit, ages, exchange rates.
//!
//! Every text here is our own, written to show one pattern of news copy on some beat.

use crate::support::*;

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
    assert_eq!(
        (lead.low, lead.counts.as_str()),
        (Some(3.0), "lead in shots")
    );
    assert_eq!(figure(&a, "nine-storey").counts, "storeys in the tower");
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
    assert_eq!(figure(&a, "two physics").counts, "teachers lost");
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
fn a_time_after_a_number_is_not_what_it_counts() {
    let a = run(&["Growth is forecast at 2% next year. Attendance hit 40,000 last season."]);
    assert_eq!(figure(&a, "2%").counts, "growth");
    assert_eq!(figure(&a, "40,000").counts, "attendance");
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
    assert_eq!(figure(&a, "1 in").counts, "share of patients");
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
fn a_share_beside_a_count_in_commas_is_a_share_of_what_it_counts() {
    let text = "The results of 51,300 pupils, about 9 per cent, were held back. Around 700 \
                posts, or 6%, will go. Exports rose by 4,000 tonnes, or 3%, last year.";
    assert_eq!(counts_of(text, "9 per cent"), "share of pupils");
    assert_eq!(counts_of(text, "6%"), "share of posts");
    assert_eq!(counts_of(text, "3%"), "rise in exports");
}

#[test]
fn the_base_of_a_rate_is_part_of_the_rate_and_no_figure_of_its_own() {
    let text = "The robbery rate stands at 61 per 100,000 people. The town recorded 8.5 \
                admissions per 1,000 residents. Stillbirths fell to 3 per 1,000 live births.";
    let analysis = run(&[text]);
    let figures = figure_texts(&analysis);
    assert!(!figures
        .iter()
        .any(|f| f.contains("100,000") || f.contains("1,000")));
    assert_eq!(counts_of(text, "61"), "robbery rate per 100,000 people");
    assert_eq!(counts_of(text, "8.5"), "admissions per 1,000 residents");
    assert_eq!(counts_of(text, "3"), "stillbirths per 1,000 live births");
}

#[test]
fn a_fraction_after_by_is_the_size_of_a_change() {
    let text = "Nurses say pay has fallen by about a fifth since 2010. Ridership fell by a \
                third. Real wages have fallen by 12%.";
    let analysis = run(&[text]);
    let fifth = figure(&analysis, "a fifth");
    assert!((fifth.low.unwrap() - 0.18).abs() < 1e-9 && (fifth.high.unwrap() - 0.22).abs() < 1e-9);
    assert_eq!(fifth.counts, "fall in pay");
    assert_eq!(counts_of(text, "a third"), "fall in ridership");
    assert_eq!(counts_of(text, "12%"), "fall in real wages");
}

#[test]
fn a_noun_set_beside_an_amount_says_what_it_is() {
    let text = "The striker joined Rovers for a reported €41 million, the biggest fee the \
                club has paid. The library received $3m, its largest gift in a decade.";
    assert_eq!(counts_of(text, "€41 million"), "fee");
    assert_eq!(counts_of(text, "$3m"), "gift");
}

#[test]
fn a_verb_acts_on_a_weight_an_area_or_a_volume_as_on_a_count() {
    let text = "Wildfires have burned more than 2.3 million hectares. Growers harvested 840,000 \
                tonnes. The ferry sailed 12 kilometres.";
    assert_eq!(counts_of(text, "2.3 million hectares"), "hectares burned");
    assert_eq!(counts_of(text, "840,000 tonnes"), "tonnes harvested");
    assert!(!counts_of(text, "12 kilometres").contains("sailed"));
}

#[test]
fn a_level_after_a_noun_of_change_is_what_changed() {
    let text = "Halvex reported a 64% jump in pre-tax profit to £1.9 billion.";
    assert_eq!(counts_of(text, "£1.9 billion"), "pre-tax profit");
}

#[test]
fn a_figure_whose_verb_was_left_out_further_back_is_of_the_noun_before_it() {
    let text = "Food prices rose 2.1% in the month and housing 4.8%.";
    assert_eq!(counts_of(text, "4.8%"), "rise in housing");
}

#[test]
fn a_label_before_a_colon_names_the_figure_that_ends_its_line() {
    let text = "Count\n\nVote: 54% to 46%. Turnout: 71%. Pension march: 80,000 marched on \
                Friday.";
    assert_eq!(counts_of(text, "71%"), "Turnout");
    assert_eq!(counts_of(text, "80,000"), "people who marched");
}

#[test]
fn a_label_line_says_more_than_a_bare_unit() {
    let text = "Output\n\nNickel production: 912 kilotonnes\nGold production: 41 tonnes";
    assert_eq!(counts_of(text, "912"), "Nickel production");
    assert_eq!(counts_of(text, "41 tonnes"), "Gold production");
}

#[test]
fn the_other_side_of_a_tally_counts_the_same_thing() {
    let text = "Results\n\nHawthorn kicked 16 goals to Geelong's nine.";
    assert_eq!(counts_of(text, "nine"), "goals for Geelong");
}

#[test]
fn a_span_of_time_says_what_it_was_the_length_of() {
    let text = "Talks\n\nThe deal came after 52 hours of talks. Regulators suspended the \
                licence for 45 days. The search went on for three days.";
    assert_eq!(counts_of(text, "52 hours"), "hours of talks");
    assert_eq!(counts_of(text, "45 days"), "days suspended");
    let unpaid = "Pay\n\nSome builders have not been paid for two years.";
    assert_eq!(counts_of(unpaid, "two years"), "years");
}

#[test]
fn gulf_african_and_asian_currency_codes_are_money() {
    let text = "Results\n\nRevenue climbed 9% to AED 48.2 billion. The fine was KES 2 million.";
    let a = run(&[text]);
    assert!(figure_texts(&a).contains(&"AED 48.2 billion"));
    assert_eq!(counts_of(text, "AED 48.2 billion"), "revenue");
    assert!(figure_texts(&a).contains(&"KES 2 million"));
}

#[test]
fn a_bare_count_before_what_happens_to_people_counts_people() {
    let storm = "Storm\n\nThe storm destroyed 300 homes. At least 30 were killed.";
    let raids = "Raids\n\nPolice raided 12 homes. Of those arrested, 41 have been charged.";
    assert_eq!(counts_of(storm, "At least 30"), "people killed");
    assert_eq!(counts_of(raids, "41"), "people charged");
    // After a verb of report the count still opens its clause; a group of things named in
    // front is what it counts.
    let said = "Toll\n\nOfficials said at least 30 were killed. Of 14 firms investigated, \
                three were fined.";
    assert_eq!(counts_of(said, "at least 30"), "people killed");
    assert_ne!(counts_of(said, "three"), "people fined");
    // Each sentence of a quotation has its own event.
    let quoted = "Ferry\n\n“Forty are alive. Six are dead,” the officer said.";
    assert_eq!(counts_of(quoted, "Forty"), "people rescued");
    assert_eq!(counts_of(quoted, "Six"), "people killed");
    // Counted as people, it is one claim with the same toll written with its noun.
    let a = run(&[
        storm,
        "Toll\n\nOfficials said 30 people were killed in the storm.",
    ]);
    assert_eq!(
        figure(&a, "At least 30").claim,
        figure(&a, "30 people").claim
    );
}

#[test]
fn a_headlines_verb_in_s_before_a_bare_count_is_no_noun() {
    let forced = "Bushfire forces 6,000 from homes\n\nCrews fought the blaze overnight.";
    let left = "Storm leaves 25,000 without power\n\nCrews worked overnight.";
    assert_eq!(counts_of(forced, "6,000"), "people");
    assert_eq!(counts_of(left, "25,000"), "people");
}

#[test]
fn one_person_something_happened_to_is_a_count() {
    let text = "Storm\n\nOne man was found dead in a flooded home. Police arrested one woman. \
                One resident said it was awful.";
    let analysis = run(&[text]);
    let figures = figure_texts(&analysis);
    assert!(figures.contains(&"One man") && figures.contains(&"one woman"));
    assert!(!figures.contains(&"One resident"));
    assert_eq!(counts_of(text, "One man"), "man killed");
}

#[test]
fn an_adjective_of_order_stands_before_the_groups_number() {
    assert_eq!(
        counts_of("She won three of her last five matches.", "three"),
        "matches won"
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
        "rise in shares in AT&T"
    );
    assert_eq!(
        counts_of("Retail sales fell 0.5% in May.", "0.5%"),
        "fall in retail sales"
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

#[test]
fn a_word_after_a_name_before_a_number_is_its_verb_not_what_it_counts() {
    let a = run(&[
        "Priya Lal wins with 11,842 votes. Giles Pratt gets 9,127. The Greens are \
                   third on 3,410.",
    ]);
    assert_eq!(figure(&a, "9,127").counts, "votes");
    assert_eq!(figure(&a, "3,410").counts, "votes");
    assert_eq!(
        counts_of("The island, population 9,500, is small.", "9,500"),
        "population"
    );
}

#[test]
fn a_figure_quoted_alone_counts_the_noun_after_the_quotation() {
    let a = run(&["The line would withdraw “between six and eight” vessels in December."]);
    let f = figure(&a, "six");
    assert_eq!(f.text, "between six and eight");
    assert_eq!(f.counts, "vessels");
}

#[test]
fn a_bare_number_opening_its_sentence_counts_the_things_the_sentence_before_named() {
    assert_eq!(
        counts_of(
            "Most of the cars were taken from driveways, police said. Eleven have been \
             recovered.",
            "Eleven"
        ),
        "cars"
    );
    // Not a time, and not people: those are counted by what happened to them.
    assert_eq!(
        counts_of(
            "Rescuers searched the rubble for hours. Four were pulled out alive.",
            "Four"
        ),
        "people rescued"
    );
}

#[test]
fn the_age_a_life_s_event_came_at_is_an_age() {
    assert_eq!(
        counts_of("The novelist, who died at 87, wrote books.", "87"),
        "age"
    );
    assert_eq!(
        counts_of("He left school at 16 and joined the army.", "16"),
        "age"
    );
    assert_ne!(counts_of("Shares closed at 45.", "45"), "age");
}

#[test]
fn that_s_up_from_is_the_earlier_value_of_the_figure_before() {
    let text = "Your average bill will be £612 a year from April. That’s up from £506. \
                It was up from £400 the year before.";
    assert_eq!(counts_of(text, "£506"), "earlier average bill per year");
    assert_eq!(counts_of(text, "£400"), "earlier average bill per year");
}

#[test]
fn people_are_counted_by_the_event_news_names_on_any_beat() {
    let text = "Some 40,000 people had been displaced, and some 600 remain hospitalised. \
                About 1.2 million adults received two doses. The scheme gives free grain to \
                81 million people. Some 300 workers were laid off. At least 12 people were \
                killed and 40 injured. Another 15 were taken to hospital.";
    assert_eq!(counts_of(text, "40,000"), "people displaced");
    assert_eq!(counts_of(text, "600"), "people in hospital");
    assert_eq!(counts_of(text, "1.2 million"), "adults");
    assert_eq!(counts_of(text, "81 million"), "people");
    assert_eq!(counts_of(text, "300"), "workers laid off");
    assert_eq!(counts_of(text, "15"), "people in hospital");
}

#[test]
fn a_verb_or_a_forecaster_after_the_figure_is_not_what_it_counts() {
    let text = "The district's annual budget of $412 million includes a 3% raise for teachers. \
                Kestrel reported earnings of $1.23 a share, beating the $1.05 analysts had \
                expected. The scheme reaches about 81 crore people at a cost of Rs 2.05 lakh \
                crore. The party won 188 seats, 13 short of a majority.";
    assert_eq!(counts_of(text, "$412 million"), "district's annual budget");
    assert_eq!(counts_of(text, "$1.05"), "forecast earnings per share");
    assert_eq!(counts_of(text, "Rs 2.05"), "cost");
    assert_ne!(counts_of(text, "13"), "short");
}

#[test]
fn a_measure_of_stuff_and_a_term_in_prison() {
    let text = "Up to 20 inches of rain could fall. Crews pumped out two million litres of water. \
                If convicted, he faces up to 140 years in prison. She was jailed for four years. \
                The shire keeps 1,140 kilometres of roads, 620 kilometres of them unsealed. \
                The rock passed within 212 kilometres of the station. After 12 years of \
                coalition government, voters tired.";
    assert_eq!(counts_of(text, "20 inches"), "rain");
    assert_eq!(counts_of(text, "two million litres"), "water");
    assert_eq!(counts_of(text, "140 years"), "prison sentence");
    assert_eq!(counts_of(text, "four years"), "jail sentence");
    assert_eq!(counts_of(text, "1,140"), "roads");
    assert_ne!(counts_of(text, "620"), "unsealed");
    assert_ne!(counts_of(text, "212"), "station");
    assert_ne!(counts_of(text, "12 years"), "coalition government");
}

#[test]
fn a_level_passed_is_of_the_verb_s_subject() {
    let text =
        "The digital token Zarcoin crossed $90,000 on Thursday. Quarterly revenue surpassed \
                $2bn.";
    assert_eq!(counts_of(text, "$90,000"), "digital token Zarcoin");
    assert_eq!(counts_of(text, "$2bn"), "quarterly revenue");
}

#[test]
fn a_value_compared_with_an_earlier_time_is_the_earlier_value() {
    let text = "Sunbeam posted a net profit of ₹1,240 crore for the quarter, compared with ₹980 \
                crore a year ago. Mortgage rates averaged 6.8%, compared with 3.1% two years ago. \
                Of those on the drug, 9% fell ill, compared with 2% on placebo.";
    assert_eq!(counts_of(text, "₹980"), "earlier net profit");
    assert_eq!(counts_of(text, "3.1%"), "earlier mortgage rates");
    assert!(!counts_of(text, "2%").starts_with("earlier"));
}

#[test]
fn a_person_s_speed_is_the_speed_of_the_person() {
    let text = "Police said the driver was travelling at 103mph. The man, who was driving at \
                120km/h, was refused bail. Winds reached 90mph.";
    assert_eq!(counts_of(text, "103mph"), "speed of the driver");
    assert_eq!(counts_of(text, "120km/h"), "speed of the man");
    // Whatever goes at a speed has it, a vehicle or the wind.
    assert_eq!(counts_of(text, "90mph"), "speed of the winds");
    let things = "The truck was travelling at 60mph. The train reached 200km/h. A car was \
                  heading east in the westbound lanes at close to 80 mph when it hit a van. \
                  The union is demanding increases of 10-12% a year.";
    assert_eq!(counts_of(things, "60mph"), "speed of the truck");
    assert_eq!(counts_of(things, "200km/h"), "speed of the train");
    assert_eq!(counts_of(things, "close to 80 mph"), "speed");
    assert_eq!(counts_of(things, "10-12%"), "increases");
}

#[test]
fn a_plural_owner_is_not_what_is_counted() {
    let text = "Only 3% of its customers' transactions now happen over the counter. Power was \
                out to about 85% of the islands' 140,000 residents. We have three weeks' worth \
                of feed.";
    assert_eq!(counts_of(text, "3%"), "share of transactions");
    assert_eq!(counts_of(text, "about 85%"), "share of residents");
    assert_eq!(counts_of(text, "three weeks"), "weeks");
}

#[test]
fn a_crowd_and_the_event_it_went_through() {
    let text = "Thousands fled the city. Hundreds died in the flood.";
    assert_eq!(counts_of(text, "Thousands"), "people displaced");
    assert_eq!(counts_of(text, "Hundreds"), "people killed");
}

#[test]
fn a_parent_of_a_number_counts_children() {
    let text = "Aisha Bello, a mother of three, lost her home. The father of two said nothing.";
    assert_eq!(counts_of(text, "three"), "children");
    assert_eq!(counts_of(text, "two"), "children");
}

#[test]
fn a_margin_clear_of_a_rival_is_a_lead() {
    let text = "Brandvold sits on 212 points, 19 clear of Castellanos.";
    assert_eq!(counts_of(text, "19"), "lead over Castellanos");
}

#[test]
fn a_small_number_after_at_in_a_life_is_an_age() {
    let text = "Born on a farm, he left school at 14 to work for his uncle. She took up rowing \
                at 71 after a hip operation. At 97, she still rows. The youngest was aged just \
                12.";
    assert_eq!(counts_of(text, "14"), "age");
    assert_eq!(counts_of(text, "71"), "age");
    assert_eq!(counts_of(text, "97"), "age");
    assert_eq!(counts_of(text, "12"), "age");
    // A level, not a person's age.
    let toll = "The death toll stood at 14, he said. He sold the shares at 40 and left.";
    assert_ne!(counts_of(toll, "14"), "age");
    assert_ne!(counts_of(toll, "40"), "age");
}

#[test]
fn a_range_of_ages_ends_in_year_olds() {
    let text = "The hourly rate for 18 to 20-year-olds will go up next April.";
    assert_eq!(counts_of(text, "18 to 20"), "age");
}

#[test]
fn a_part_of_them_is_of_the_group_before() {
    let text = "The order has 41 monks, 23 of them aged over 70.";
    assert_eq!(counts_of(text, "23"), "monks");
}

#[test]
fn cents_and_per_cent_written_tight() {
    let text = "Shops must charge at least 25c for every carrier bag, up from 10c. Highs of 31c \
                are forecast for Friday. The yield on the 10-year gilt rose to 4.87pc.";
    assert_eq!(counts_of(text, "25c"), "charge for carrier bag");
    assert_eq!(counts_of(text, "31c"), "highs");
    let a = run(&[text]);
    let pc = figure(&a, "4.87pc");
    assert_eq!(pc.low, Some(4.87));
    assert_eq!(counts_of(text, "4.87pc"), "yield on the 10-year gilt");
}

#[test]
fn a_superlative_after_the_verb_keeps_the_change_s_subject() {
    let text = "Across the county, asking prices fell furthest, by 5.1%, in the villages.";
    assert_eq!(counts_of(text, "5.1%"), "fall in asking prices");
}

#[test]
fn a_unit_written_out_measures_what_its_clause_says() {
    let text = "The median wait for a knee operation was 14.2 weeks. The new tablet weighs 480 \
                grams. The river rose 3.2 metres overnight. Barley output is expected to fall \
                18% to 2.5 million tonnes. Okafor won the 200 metres in 19.91 seconds. The \
                strike lasted 19 days. “I’ve lost 9 pounds,” she said. Her car is more than \
                three years old, and the library is 3.5 miles away.";
    assert_eq!(counts_of(text, "14.2"), "median wait for a knee operation");
    assert_eq!(counts_of(text, "480"), "weight of the new tablet");
    assert_eq!(counts_of(text, "3.2"), "rise in the river");
    assert_eq!(counts_of(text, "2.5 million"), "barley output");
    assert_eq!(counts_of(text, "19.91"), "winning time");
    assert_eq!(counts_of(text, "19 days"), "length of the strike");
    assert_eq!(counts_of(text, "9 pounds"), "fall in weight");
    assert_eq!(counts_of(text, "3.5 miles"), "miles");
}

#[test]
fn a_number_joined_to_a_noun_counts_what_a_reader_would_say() {
    let text = "Engineers began a 48-hour strike on Monday. Councillors approved a 650-home \
                development. The 2,200-seat hall opened in May. The 1,480kg craft carries a \
                small rover. A 120MW battery will be built. He signed a three-year contract \
                reportedly worth £2m.";
    assert_eq!(counts_of(text, "48-hour"), "length of the strike");
    assert_eq!(counts_of(text, "650-home"), "homes in the development");
    assert_eq!(counts_of(text, "2,200-seat"), "seats in the hall");
    assert_eq!(counts_of(text, "1,480kg"), "weight of the craft");
    assert_eq!(counts_of(text, "120MW"), "capacity of the battery");
    assert_eq!(counts_of(text, "three-year"), "length of the contract");
    // A limit is what a speed names, and rain is what a depth is of.
    let named = "The 70mph limit was kept. Forecasters expect 10cm of rain.";
    assert_eq!(counts_of(named, "70mph"), "limit");
    assert_eq!(counts_of(named, "10cm"), "rain");
    // The noun after the compound is what it describes, whatever follows it and however it is
    // written.
    let noun = "Councillors voted after a three-hour meeting that was interrupted twice. The \
                bill needs 26 votes in the 50-member Senate.";
    assert_eq!(counts_of(noun, "three-hour"), "length of the meeting");
    assert_eq!(counts_of(noun, "50-member"), "members in the senate");
    // A measure joined to its noun is the thing's size, weight or capacity.
    let measure = "The Aero is a 14-inch machine weighing 1.1kg. They rent a 40-tonne truck and \
                   a 2,000-litre tank.";
    assert_eq!(counts_of(measure, "14-inch"), "size of the machine");
    assert_eq!(counts_of(measure, "40-tonne"), "weight of the truck");
    assert_eq!(counts_of(measure, "2,000-litre"), "capacity of the tank");
    // A word in -s before an amount is the clause's verb, whatever sign the amount has.
    let verb = "A version with 512GB of storage costs ₹29,999. A 300-home scheme costs £40m.";
    assert_eq!(counts_of(verb, "512GB"), "storage");
    assert_eq!(counts_of(verb, "300-home"), "homes in the scheme");
}

#[test]
fn a_bare_count_that_did_something_counts_the_people_who_did_it() {
    let text = "Organisers said 40,000 took part. Of the confirmed cases, 212 required hospital \
                treatment. About 300 joined the march on Sunday.";
    assert_eq!(counts_of(text, "40,000"), "people who took part");
    assert_eq!(
        counts_of(text, "212"),
        "people who required hospital treatment"
    );
    assert_eq!(counts_of(text, "300"), "people who joined the march");
}

#[test]
fn of_them_stands_for_the_plural_noun_before_it() {
    let text = "Nurses at the hospital voted to strike, and 40 of them walked out on Monday. \
                Fishermen say their catches have fallen by as much as 70%, and on Sunday more \
                than 200 of them blocked the road. The chain has 390 stores. It will close 25 \
                of them.";
    assert_eq!(counts_of(text, "40 of them"), "nurses");
    assert_eq!(counts_of(text, "200 of them"), "fishermen");
    assert_eq!(counts_of(text, "25 of them"), "stores");
}

#[test]
fn a_value_repeated_far_apart_counts_what_it_counted_first() {
    let text = "Road deaths fell to 211 last year. The total was down from 247. Police issued \
                312 fines, recorded 19 crashes at 45 junctions, and 8 cameras, 3 vans, 12 \
                patrols and 6 drones. The minister said: \"Every one of those 211 was someone's \
                son or daughter.\" Later 40 were expected.";
    let analysis = run(&[text]);
    let repeated: Vec<_> = analysis.articles[0]
        .figures
        .iter()
        .filter(|f| f.low == Some(211.0))
        .map(|f| f.counts.as_str())
        .collect();
    assert_eq!(repeated, ["road deaths", "road deaths"]);
}

#[test]
fn a_participle_before_a_plural_noun_describes_it() {
    let text = "Officials reported 2,278 confirmed cases. There were 40 reported deaths. The \
                council cut 120 unfilled posts. About 300 joined the march.";
    assert_eq!(counts_of(text, "2,278"), "cases");
    assert_eq!(counts_of(text, "40"), "deaths");
    assert_eq!(counts_of(text, "120"), "posts cut");
    assert_eq!(counts_of(text, "300"), "people who joined the march");
    // A verb of speech takes a clause, not an object.
    assert_ne!(
        counts_of("In the poll, 640 said prices rose.", "640"),
        "people who said prices"
    );
}

#[test]
fn a_share_of_a_whole_says_whose_share_it_is() {
    let text = "The deficit was 4.4% of GDP. Remittances account for 24% of GDP. About 12% of \
                voters remain undecided. The party won 40% of the vote.";
    assert_eq!(counts_of(text, "4.4%"), "deficit as a share of GDP");
    assert_eq!(counts_of(text, "24%"), "remittances as a share of GDP");
    assert_eq!(counts_of(text, "12%"), "share of voters undecided");
    assert_eq!(counts_of(text, "40%"), "share of vote");
}

#[test]
fn leads_and_margins_count_the_lead_or_the_margin() {
    let text = "Okafor leads the championship by 22 points. Rovers lead City by four points. \
                Kent won by six wickets. The measure was approved by 68 votes to 53.";
    assert_eq!(
        counts_of(text, "22 points"),
        "points lead in the championship"
    );
    assert_eq!(counts_of(text, "four points"), "points lead over City");
    assert_eq!(counts_of(text, "six wickets"), "winning margin in wickets");
    assert_eq!(counts_of(text, "53"), "votes");
}

#[test]
fn a_level_after_a_change_and_a_bare_number_a_change_reached() {
    let text = "The waiting list fell 41,000 to 7.5 million. Knife crime in England and Wales \
                rose by 4%. The coalition now holds a comfortable 203. The ministry aims to \
                vaccinate 2.1 million people. Daily cases have fallen to about 300.";
    assert_eq!(counts_of(text, "41,000"), "fall in the waiting list");
    assert_eq!(counts_of(text, "7.5 million"), "waiting list");
    assert_eq!(
        counts_of(text, "4%"),
        "rise in knife crime in England and Wales"
    );
    assert_ne!(counts_of(text, "203"), "comfortable");
    assert_eq!(counts_of(text, "300"), "daily cases");
}

#[test]
fn a_plain_count_says_what_was_done_to_it() {
    let text = "Police charged 57 people. About 70 people were trapped in the rubble. The \
                airline will cut 2,000 jobs. The club has 40 members. The bank charged 12 \
                customers a fee.";
    assert_eq!(counts_of(text, "57 people"), "people charged");
    assert_eq!(counts_of(text, "70 people"), "people trapped");
    assert_eq!(counts_of(text, "2,000 jobs"), "jobs cut");
    assert_eq!(counts_of(text, "40 members"), "members");
    assert_eq!(counts_of(text, "12 customers"), "customers");
}

#[test]
fn a_share_a_subject_reached_and_a_long_subject_of_a_change() {
    let text = "Debt is forecast to peak at 76.2% of GDP. Freight rates on the transpacific \
                route to the US West Coast fell 3% to $1,980.";
    assert_eq!(counts_of(text, "76.2%"), "debt as a share of GDP");
    assert_eq!(
        counts_of(text, "3%"),
        "fall in freight rates on the transpacific route to the US West Coast"
    );
}

#[test]
fn what_was_forecast_or_estimated_is_no_rival_value() {
    let text = "Exports grew 2.4%, well short of the 6% economists had forecast. Profit rose \
                to $9 billion, below the forecast of $10.3 billion. The painting has an \
                estimate of £1.8m. Winds gusting up to 90km/h were expected.";
    assert_eq!(counts_of(text, "6%"), "forecast rise in exports");
    assert_eq!(counts_of(text, "$10.3 billion"), "forecast profit");
    assert!(counts_of(text, "£1.8m").starts_with("estimate"));
    assert!(!counts_of(text, "90km/h").starts_with("forecast"));
}

#[test]
fn a_level_in_commas_after_an_adjective_of_level() {
    let text = "The unemployment rate, steady at 3.8%, remains low.";
    assert_eq!(counts_of(text, "3.8%"), "unemployment rate");
}

#[test]
fn a_list_line_figure_counts_its_label() {
    let text = "Fuel prices this week:\n- Diesel: €1.689\n- Petrol: €1.742";
    assert_eq!(counts_of(text, "€1.689"), "Diesel");
    assert_eq!(counts_of(text, "€1.742"), "Petrol");
}

#[test]
fn the_number_of_things_counts_the_things() {
    let text = "The number of destroyed homes stands at 35,000. The total number of cases rose \
                to 1,200.";
    assert_eq!(counts_of(text, "35,000"), "destroyed homes");
    assert_eq!(counts_of(text, "1,200"), "cases");
}

#[test]
fn a_participle_after_the_things_counted_says_what_was_done_to_them() {
    let text = "Officials said the number of homes destroyed rose to 1,240 on Tuesday. The \
                number of people displaced by the floods has reached about 30,000.";
    assert_eq!(counts_of(text, "1,240"), "homes destroyed");
    assert_eq!(counts_of(text, "about 30,000"), "people displaced");
}

#[test]
fn points_of_a_team_or_rider_are_points_not_the_name() {
    let text = "The win lifts Brandvold to 212 points. The Bulls are two points outside the \
                finals places.";
    assert_eq!(counts_of(text, "212 points"), "points of Brandvold");
    assert_eq!(counts_of(text, "two points"), "points of Bulls");
}

#[test]
fn a_result_line_counts_each_sides_goals_or_points() {
    let football = "Kelsford Rangers 2 Marlow Heath 0\n\nTwo goals in four minutes from João \
                    Brennan sent Kelsford Rangers top.";
    assert_eq!(counts_of(football, "2 Marlow"), "goals of Kelsford Rangers");
    let rugby = "Kilcarra 27 Westhaven 24\n\nA late try and a conversion sealed it.";
    assert_eq!(counts_of(rugby, "24"), "points of Westhaven");
}

#[test]
fn a_football_story_scores_in_goals_though_it_speaks_of_points() {
    let text = "The Super Hawks thrashed Kawambwa Lions 5-0 on Tuesday, moving three points \
                clear at the top. The winger scored a hat-trick and the striker added a header.";
    assert_eq!(counts_of(text, "5"), "goals");
}

#[test]
fn what_a_count_of_people_did_when_nothing_follows_the_verb() {
    let text = "At least 43 people drowned when the boat capsized, police said. About 200 \
                workers walked out overnight. Officials said 40 people crossed the Channel.";
    assert_eq!(counts_of(text, "At least 43 people"), "people drowned");
    assert_eq!(counts_of(text, "About 200 workers"), "workers walked out");
    // A verb of speech before the count is no verb done to it.
    assert_eq!(
        counts_of(text, "40 people"),
        "people who crossed the Channel"
    );
}

#[test]
fn a_unit_written_out_measures_the_level_its_subject_reached() {
    let text = "Rainfall in Sydney reached 193 millimetres on Saturday. Brazil's soybean harvest \
                will reach 166.3 million tonnes. The river peaked at 5.35 metres.";
    assert_eq!(counts_of(text, "193 millimetres"), "rainfall in Sydney");
    assert!(counts_of(text, "166.3 million tonnes").ends_with("soybean harvest"));
    assert_eq!(counts_of(text, "5.35 metres"), "river");
}

#[test]
fn a_units_symbol_in_capitals_belongs_to_its_number() {
    let text = "Officials said 40 people died. Power demand hit 8,302 MW on Monday.";
    assert!(figure_texts(&run(&[text])).contains(&"8,302 MW"));
    assert_eq!(counts_of(text, "8,302 MW"), "power demand");
}

#[test]
fn a_change_says_what_a_length_is_before_a_size_elsewhere_in_its_sentence() {
    let text = "The sea had risen by about 21 centimetres since 1960 at the gauge, the longest \
                record in the country. The council voted to rezone 38 acres of the former \
                foundry site.";
    assert_eq!(counts_of(text, "about 21 centimetres"), "rise in the sea");
    assert_eq!(counts_of(text, "38 acres"), "acres");
}

#[test]
fn a_measure_after_a_count_of_people_is_no_count_of_them() {
    let text = "Officials said 40 people died. Temperatures are expected to return to near \
                -10C by Tuesday.";
    assert_eq!(counts_of(text, "-10C"), "temperature");
}

#[test]
fn a_polls_parties_keep_their_whole_names_and_places() {
    let text = "The survey put Civic Coalition on 34% and Law and Justice on 27%. The far-right \
                Confederation was third with 14%. Labour was on 25%, with the Conservatives \
                unchanged on 18%.";
    assert_eq!(counts_of(text, "34%"), "support for Civic Coalition");
    assert_eq!(counts_of(text, "27%"), "support for Law and Justice");
    assert_eq!(counts_of(text, "14%"), "support for Confederation");
    assert_eq!(counts_of(text, "18%"), "support for Conservatives");
}

#[test]
fn a_share_of_gdp_reached_by_a_change_is_of_the_changes_subject() {
    let text = "Public debt would rise to 59.8% of GDP. The deficit is forecast to narrow to \
                4.5% of GDP from 4.8%.";
    assert_eq!(counts_of(text, "59.8%"), "public debt as a share of GDP");
    assert_eq!(counts_of(text, "4.5%"), "deficit as a share of GDP");
    assert_eq!(counts_of(text, "4.8%"), "earlier deficit as a share of GDP");
}

#[test]
fn what_reached_a_level_past_a_record_a_relative_clause_or_a_plural_of_money() {
    let text = "Brazil's soybean harvest is set to reach a record 166.3 million tonnes. The \
                overall protection rate, which covers refugee status and other forms of \
                protection, was 44.4%. Large deal wins totalled $2.4 billion. Costs rose 5%. The \
                budget assumes a deficit of 289 billion zlotys.";
    assert_eq!(
        counts_of(text, "166.3 million tonnes"),
        "Brazil's soybean harvest"
    );
    assert_eq!(counts_of(text, "44.4%"), "overall protection rate");
    assert_eq!(counts_of(text, "$2.4 billion"), "large deal wins");
    assert_eq!(counts_of(text, "5%"), "rise in costs");
    assert_eq!(counts_of(text, "289 billion zlotys"), "deficit");
}

#[test]
fn what_a_plural_count_did_and_to_what() {
    let text = "More than 36,800 people crossed the English Channel in small boats last year. \
                About 6.36 million patients were waiting. About 254,000 households were left \
                without power. Some 40,000 fans attended the match on Saturday.";
    assert_eq!(
        counts_of(text, "36,800 people"),
        "people who crossed the English Channel"
    );
    assert_eq!(counts_of(text, "6.36 million patients"), "patients waiting");
    assert_eq!(counts_of(text, "254,000 households"), "households left");
    assert_eq!(
        counts_of(text, "40,000 fans"),
        "fans that attended the match"
    );
}

#[test]
fn the_figure_stands_for_what_the_one_before_counted() {
    let text = "About 6 million households are in fuel poverty, while the government's own \
                measure puts the figure at 3.2 million in England. The commission said it had \
                recovered more than N156 billion. Total encounters at the border, including \
                people who arrived with appointments, were 61,400.";
    assert_eq!(counts_of(text, "3.2 million"), "households");
    assert_eq!(counts_of(text, "N156 billion"), "money recovered");
    assert_eq!(counts_of(text, "61,400"), "total encounters at the border");
}

#[test]
fn improvements_shares_brought_to_a_level_and_people_without_something() {
    let text = "The plan would cut the fiscal deficit to 3.9% of GDP. About 3.5 million people \
                were without electricity on Monday. Its non-performing loan ratio improved to \
                3.1% from 3.4%.";
    assert_eq!(counts_of(text, "3.9%"), "fiscal deficit as a share of GDP");
    assert_eq!(
        counts_of(text, "3.5 million people"),
        "people without electricity"
    );
    assert_eq!(counts_of(text, "3.1%"), "non-performing loan ratio");
}

#[test]
fn a_verb_of_its_own_keeps_a_figure_out_of_the_clause_before() {
    let text = "The storm killed at least 16 people and forced more than 800,000 to flee.";
    assert_eq!(counts_of(text, "at least 16 people"), "people killed");
    assert_eq!(counts_of(text, "800,000"), "people displaced");
}

#[test]
fn subjects_with_times_agents_and_groups_after_the_figure() {
    let text = "Turnout in last week’s general election was 47.6%. Operating profit for the year \
                to March rose 9.6% to 1.38 trillion yen. Spending by tourists reached 5.8 \
                trillion yen. The unemployment rate for women was 16.8% against 12.9% for men.";
    assert_eq!(
        counts_of(text, "47.6%"),
        "turnout in last week's general election"
    );
    assert_eq!(counts_of(text, "9.6%"), "rise in operating profit");
    assert_eq!(counts_of(text, "5.8 trillion yen"), "spending by tourists");
    assert_eq!(counts_of(text, "12.9%"), "unemployment rate for men");
}

#[test]
fn the_verb_before_a_count_wins_and_things_do_not_act_as_people() {
    let text = "The dead included 148 men and 81 women, the administrator said. The strike \
                grounded 258 flights operated by Aerolineas Argentinas. Some 21 districts \
                banned farmers from irrigating.";
    assert_eq!(counts_of(text, "148 men"), "men killed");
    assert_eq!(counts_of(text, "258 flights"), "flights grounded");
    assert_eq!(
        counts_of(text, "21 districts"),
        "districts that banned farmers"
    );
}

#[test]
fn more_before_a_modified_plural_counts_the_plural() {
    let text = "The ministry reported 11 more dengue deaths on Tuesday.";
    assert!(figure_texts(&run(&[text])).contains(&"11 more dengue deaths"));
    assert_eq!(counts_of(text, "11 more"), "deaths");
}

#[test]
fn a_level_reached_keeps_the_parties_after_it_levels_too() {
    let text = "Labour rose 3 points to 41%, the Conservatives 27% and the Liberal Democrats 12%.";
    assert_eq!(counts_of(text, "27%"), "support for Conservatives");
    assert_eq!(counts_of(text, "12%"), "support for Liberal Democrats");
}

#[test]
fn an_amount_after_a_modifies_a_named_kind_of_thing() {
    let text = "Harlow Robotics closed a US$85 million Series B funding round on Monday. Its \
                rival won a $2 billion Navy contract. Shares in Harlow Robotics rose 4%.";
    assert_eq!(counts_of(text, "US$85 million"), "Series B funding round");
    assert_eq!(counts_of(text, "$2 billion"), "Navy contract");
}

#[test]
fn what_an_amount_each_month_is_for() {
    let text = "Tenants in Kellsbridge are paying €1,100 a month for a one-bedroom flat. Some \
                patients pay more than $300 a month for their inhalers.";
    assert_eq!(
        counts_of(text, "€1,100"),
        "price of the one-bedroom flat per month"
    );
    assert_eq!(
        counts_of(text, "more than $300"),
        "price of the inhalers per month"
    );
}

#[test]
fn a_level_after_a_comparative_a_level_held_and_a_worth_put_on_a_thing() {
    let text = "Orvel Steel ended 3.1% higher at ₹512.20, valuing the company at ₹41,000 crore. \
                The central bank held its policy rate at 6.5 per cent. The city will cap rent \
                increases at 10% a year.";
    assert_eq!(counts_of(text, "₹512.20"), "Orvel Steel");
    assert_eq!(counts_of(text, "₹41,000 crore"), "value of the company");
    assert_eq!(counts_of(text, "6.5 per cent"), "policy rate");
    assert_eq!(counts_of(text, "10%"), "rent increases");
}

#[test]
fn an_age_lends_nothing_to_the_bare_numbers_after_it() {
    let text = "Dorsey, 31, shot 8 of 14 from the field. The victims were aged 19, 22 and 40.";
    assert_ne!(counts_of(text, "8"), "age");
    assert_ne!(counts_of(text, "14"), "age");
    assert_eq!(counts_of(text, "22"), "age");
}

#[test]
fn apposed_comparatives_money_set_aside_and_an_average_of() {
    let text = "Wheat sowing has reached 31 million hectares so far, about 5% higher than a \
                year ago. The trucks were bought at $90,000 each, about 30 percent above the \
                market price. Sh40 billion has been set aside for school meals. Households owe \
                an average of £2,140 each.";
    assert_eq!(counts_of(text, "about 5%"), "rise in wheat sowing");
    assert_eq!(counts_of(text, "about 30 percent"), "above market price");
    assert_eq!(counts_of(text, "Sh40 billion"), "money set aside");
    assert_eq!(counts_of(text, "£2,140"), "average debt");
}

#[test]
fn a_record_level_a_verb_of_change_before_spending_and_a_comparative_in_commas() {
    let text = "Median weekly rents rose to a record $655 in the June quarter. The budget grows \
                spending by 9 percent. The group shipped 1.2 million phones, 6% fewer than a \
                year earlier.";
    assert_eq!(
        counts_of(text, "$655").to_lowercase(),
        "median weekly rents"
    );
    assert_eq!(counts_of(text, "9 percent"), "rise in spending");
    assert_eq!(counts_of(text, "6%"), "fall in phones");
}

#[test]
fn money_for_a_purpose_and_joined_modifiers_before_the_counted_noun() {
    let text = "The minister announced an extra £40m to fund 900 more hip operations. The state \
                will build 2,000 social and affordable homes.";
    assert_eq!(counts_of(text, "£40m"), "money to fund hip operations");
    assert_eq!(counts_of(text, "2,000"), "homes");
}

#[test]
fn the_sentences_of_a_long_quotation_lend_one_by_one() {
    let text = "Fares\n\n“I add Ksh20 on the fare now,” said Otieno Were.\n“My shop takes about \
                Ksh900 a day. Before it was Ksh700. I have not gained a single customer. I have \
                seen four doctors. I trust two of them.”";
    assert_eq!(counts_of(text, "Ksh700"), "shop per day");
    assert_eq!(counts_of(text, "two"), "doctors");
}

#[test]
fn a_measure_topped_or_touched_after_a_record() {
    let text = "Peak demand touched a record 17,860 MW last summer. Rainfall topped 310mm.";
    assert_eq!(counts_of(text, "17,860 MW").to_lowercase(), "peak demand");
    assert_eq!(counts_of(text, "310mm"), "rainfall");
}

#[test]
fn them_is_not_the_noun_whose_phrase_holds_the_figure() {
    let text = "The operator says 9 ferries are stuck in port. Travellers on at least three of \
                them have been told to wait.";
    assert_eq!(counts_of(text, "at least three"), "ferries");
}

#[test]
fn headline_verbs_of_amount_and_adverbs_after_an_amount() {
    let a = "Storm claims top $2.1 billion as insurers count cost";
    assert_eq!(counts_of(a, "$2.1 billion"), "storm claims");
    let b = "Hospital waiting list hits 87,000 as targets slip";
    assert_eq!(counts_of(b, "87,000"), "hospital waiting list");
    let c = "The film has grossed ₹410 crore worldwide. Headline inflation averaged 4.1 \
             percent in the first half. Home sales rose 5 per cent to 80,000 worth $41 \
             billion.";
    assert_eq!(counts_of(c, "₹410 crore"), "gross takings of the film");
    assert_eq!(counts_of(c, "4.1"), "headline inflation");
    assert_eq!(counts_of(c, "80,000"), "home sales");
}

#[test]
fn a_measure_in_a_unit_of_stuff_borrows_what_the_same_unit_measured() {
    let text = "The dairy collected 2.3 million litres of milk a day from about 51,000 farmers, \
                up from 1.9 million litres a year earlier. Oil output rose to 1.2 million \
                barrels a day.";
    assert_eq!(counts_of(text, "1.9 million litres"), "earlier milk");
    assert_eq!(counts_of(text, "1.2 million barrels"), "oil output");
}

#[test]
fn changes_in_ing_a_level_put_at_an_amount_reported_and_an_increase_of() {
    let text = "Violent crime is easing, with homicides dropping to 37 from 52. Turnout was put \
                at 41 per cent. Okoro signed a contract worth a reported €1.8 million a season. \
                The province recorded 1,904 burglaries, an increase of 6.1% on last year.";
    assert_eq!(counts_of(text, "37").to_lowercase(), "homicides");
    assert_eq!(counts_of(text, "41 per cent"), "turnout");
    assert_eq!(counts_of(text, "€1.8 million"), "contract value per season");
    assert_eq!(counts_of(text, "6.1%"), "increase in burglaries");
}

#[test]
fn up_after_a_clause_in_commas_and_money_over_a_span_for_a_purpose() {
    let text = "Orlan Systems, the Leeds-based software maker, reported revenue of £1.2 billion \
                on Tuesday, up 9% from a year earlier. The utility needs R40 billion over five \
                years to maintain its plants.";
    assert_eq!(counts_of(text, "9%"), "rise in revenue");
    assert_eq!(counts_of(text, "R40 billion"), "money to maintain plants");
}

#[test]
fn a_bare_number_compared_is_no_span_of_time_and_an_increase_is_not_of_months() {
    let text = "Police recorded 2,310 burglaries in the first nine months of the year, compared \
                with 2,011 a year earlier, an increase of about 15 per cent.";
    assert_eq!(counts_of(text, "2,011"), "earlier burglaries");
    assert_ne!(counts_of(text, "about 15 per cent"), "increase in months");
}

#[test]
fn a_crowd_of_more_is_of_what_the_figure_before_counts() {
    let a = run(&["Storm\n\
         At least 37 homes have been destroyed and dozens more damaged. Dozens more were \
         injured."]);
    let counts: Vec<_> = a.articles[0]
        .figures
        .iter()
        .filter(|f| f.text.eq_ignore_ascii_case("dozens"))
        .map(|f| f.counts.as_str())
        .collect();
    assert_eq!(counts, ["homes", "people injured"]);
}

#[test]
fn a_bare_count_made_to_flee_or_evacuate_is_of_people() {
    let a = run(&["Typhoon Corra forces 800,000 to flee\n\
         Floods force 12,000 to evacuate in the north."]);
    assert_eq!(figure(&a, "800,000").counts, "people displaced");
    assert_eq!(figure(&a, "12,000").counts, "people evacuated");
}

#[test]
fn later_numbers_of_a_list_count_what_the_first_does() {
    let text = "Three children in the minivan, ages 6, 9 and 12, were taken to hospital. Her \
                sons, aged 11 and 7, were unhurt.";
    let a = run(&[text]);
    let ages: Vec<&str> = a.articles[0]
        .figures
        .iter()
        .filter(|f| ["6", "9", "12", "11", "7"].contains(&f.text.as_str()))
        .map(|f| f.counts.as_str())
        .collect();
    assert_eq!(ages, ["age"; 5]);
}

#[test]
fn a_level_a_verb_brings_its_object_to_counts_the_object() {
    let text = "Lexaro plans to double its workforce to 520 by the end of next year. The bank \
                raised its growth estimate to 2.1%.";
    assert_eq!(counts_of(text, "520"), "workforce");
    assert_eq!(counts_of(text, "2.1%"), "growth estimate");
}

#[test]
fn a_count_things_numbered_and_an_object_before_its_time_say_what_is_counted() {
    let text = "Independent bookshops numbered 1,063 at the end of the year. Agriculture \
                officials estimate output this season at 44 million bags.";
    assert_eq!(counts_of(text, "1,063"), "independent bookshops");
    assert_eq!(counts_of(text, "44 million bags"), "output");
}

#[test]
fn a_count_opening_its_own_clause_and_a_level_past_a_restated_change() {
    let text = "OCHA said 3,862 people had been injured and at least 480 were still missing. \
                The S&P 500 fell 1.7%, or 93.4 points, to 5,412.06. The FTSE 100 closed down \
                62.3 points, or 0.8 per cent, at 8,141.9.";
    assert_eq!(counts_of(text, "at least 480"), "people missing");
    assert_eq!(counts_of(text, "5,412.06"), "S&P 500");
    assert_eq!(counts_of(text, "8,141.9"), "FTSE 100");
}

#[test]
fn a_share_of_gdp_restated_or_after_now_and_among_ends_a_counted_phrase() {
    let text = "The budget deficit is put at N13.08trn, or 3.89 per cent of GDP. Debt is now \
                roughly 52 per cent of GDP. Holt is at 43% among likely voters.";
    assert_eq!(
        counts_of(text, "3.89 per cent"),
        "budget deficit as a share of GDP"
    );
    assert_eq!(counts_of(text, "52 per cent"), "debt as a share of GDP");
    let a = run(&[text]);
    assert!(figure_texts(&a).contains(&"43%"), "{:?}", figure_texts(&a));
}

#[test]
fn what_is_expected_to_average_or_seen_averaging_a_figure() {
    let text = "Inflation is seen averaging 2.5% this year before falling to 2.2% next year. The \
                bank expects growth to average 1.4% next year. The monthly average of 160mm was \
                passed.";
    assert_eq!(counts_of(text, "2.5%"), "inflation");
    assert_eq!(counts_of(text, "2.2%"), "inflation");
    assert_eq!(counts_of(text, "1.4%"), "growth");
    assert_eq!(counts_of(text, "160mm"), "monthly average");
}

#[test]
fn people_counted_after_a_plain_verb_are_what_it_does_to_them() {
    let text = "The company employs about 40,000 people. The disease affects 2 million people. \
                The charity serves 8,000 families. The school has 800 pupils.";
    assert_eq!(counts_of(text, "40,000"), "people employed");
    assert_eq!(counts_of(text, "2 million"), "people affected");
    assert_eq!(counts_of(text, "8,000"), "families served");
    assert_eq!(counts_of(text, "800 pupils"), "pupils");
}

#[test]
fn a_figure_borrowing_from_an_earlier_value_borrows_no_earlier() {
    let text = "The midpoint rises to $9.50 from $8.75. At the midpoint, the payout would \
                inject about $16.9 billion into the economy.";
    assert_eq!(counts_of(text, "$8.75"), "earlier midpoint");
    assert!(!counts_of(text, "$16.9 billion").starts_with("earlier"));
}

#[test]
fn people_counted_are_what_they_do_or_where_they_are() {
    let text = "About 12.6 million people receive the state pension. Some 7.4 million people are \
                on universal credit. Some 13,841 people, including 4,401 children, were in \
                emergency accommodation in November.";
    assert_eq!(
        counts_of(text, "12.6 million"),
        "people who receive the state pension"
    );
    assert_eq!(counts_of(text, "7.4 million"), "people on universal credit");
    assert_eq!(
        counts_of(text, "13,841"),
        "people in emergency accommodation"
    );
}

#[test]
fn number_as_the_verb_of_a_plural_subject_counts_it() {
    let text = "Season-ticket holders number 33,500. Take the number 7 bus.";
    let a = run(&[text]);
    assert_eq!(figure_texts(&a), ["33,500"]);
    assert_eq!(counts_of(text, "33,500"), "season-ticket holders");
}

#[test]
fn a_plural_demonym_in_i_after_a_count_is_what_it_counts() {
    let text = "Nearly 8.6 lakh Pakistanis registered to work abroad. He beat 300 Francis fans.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "8.6 lakh").text, "Nearly 8.6 lakh Pakistanis");
    assert_eq!(counts_of(text, "300"), "fans");
}

#[test]
fn years_a_court_gives_or_is_asked_for_are_a_sentence() {
    let text = "Former hospital executive gets 14 years for $73 million billing fraud. \
                Prosecutors had sought 20 years. The project faces two years of delays.";
    assert_eq!(counts_of(text, "14 years"), "sentence");
    assert_eq!(counts_of(text, "20 years"), "sentence");
    assert_ne!(counts_of(text, "two years"), "sentence");
}
