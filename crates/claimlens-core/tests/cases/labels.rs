//! Cases of what a figure's label says when the words around the number name little: whose
//! money a verb's subject makes it, what "the figure" stands for past a span of time, the level
//! after "to an average of", and a body's first word after a headline with no stop.
//!
//! Every text here is our own, written to show one pattern of news copy on some beat.

use claimlens_core::Qualifier;

use crate::support::*;

#[test]
fn the_subject_of_a_money_verb_says_whose_money_it_is() {
    let text = "Festival books a surplus\n\
                Ticket sales generated about €2.4 million this summer. The hardship appeal \
                raised £38,000, and the closing tour earned $410,000.";
    assert_eq!(counts_of(text, "€2.4 million"), "revenue from ticket sales");
    assert_eq!(
        counts_of(text, "£38,000"),
        "money raised by the hardship appeal"
    );
    assert_eq!(counts_of(text, "$410,000"), "earnings of the closing tour");
}

#[test]
fn a_name_opening_the_sentence_is_not_made_a_common_noun_for_a_money_verb() {
    let text = "Payday\nKettering earned $2m last season.";
    assert_eq!(counts_of(text, "$2m"), "earnings");
}

#[test]
fn the_figure_stands_for_what_was_counted_not_the_span_it_was_counted_over() {
    let text = "Knife crime falls\n\
                Police recorded 1,482 knife offences over 12 months. The year before, the figure \
                was 1,335.";
    assert_eq!(counts_of(text, "1,335"), "offences");
}

#[test]
fn the_level_after_to_an_average_of_is_the_average_of_what_rose() {
    let text = "Rents up again\nRents rose 6.8% to an average of £1,274 a month.";
    assert_eq!(counts_of(text, "6.8%"), "rise in rents");
    assert_eq!(counts_of(text, "£1,274"), "average rents per month");
}

#[test]
fn people_affected_are_not_the_people_killed_in_the_clause_before() {
    let text =
        "Floods in the delta\nThe death toll rose to 46, while 4.3 lakh people were affected.";
    assert_eq!(counts_of(text, "46"), "people killed");
    assert_eq!(counts_of(text, "4.3 lakh"), "people affected");
}

#[test]
fn what_comes_in_lower_is_the_subject_past_expected_to() {
    let text = "Budget gap widens\nTax revenue is expected to come in R56.5 billion lower than \
                forecast.";
    assert_eq!(counts_of(text, "R56.5 billion"), "fall in tax revenue");
}

#[test]
fn a_level_held_near_a_figure_is_of_the_subject_and_despite_ends_the_phrase() {
    let text = "Auctions steady\nClearance rates held near 70% despite the rate rise.";
    let a = run(&[text]);
    let f = figure(&a, "70%");
    assert_eq!(f.text, "near 70%");
    assert_eq!(f.qualifier, Qualifier::Approximate);
    assert_eq!(f.counts, "clearance rates");
}

#[test]
fn a_headline_verb_of_change_in_the_present_says_what_changed() {
    let text = "Shares sink 14% after weak outlook\n\
                Profits slump 20% at the chain. Prices soar 9% in a month. Exports plunge 12%.";
    assert_eq!(counts_of(text, "14%"), "fall in shares");
    assert_eq!(counts_of(text, "20%"), "fall in profits");
    assert_eq!(counts_of(text, "9%"), "rise in prices");
    assert_eq!(counts_of(text, "12%"), "fall in exports");
}

#[test]
fn a_noun_in_ing_opening_a_clause_after_while_is_its_subject() {
    let text = "Currencies\nThe euro fell 0.6% to $1.0632, while sterling slipped 0.4%.";
    assert_eq!(counts_of(text, "0.4%"), "fall in sterling");
}

#[test]
fn a_verb_after_an_amount_is_the_clause_s_and_a_participle_says_what_the_money_is() {
    let text = "Land deal\nThe £62m paid for the site was too much, and the $1.6bn set aside will \
                go. Every £10 buys an hour of care.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "£62m").text, "£62m");
    assert_eq!(figure(&a, "£62m").counts, "price of the site");
    assert_eq!(figure(&a, "$1.6bn").counts, "money set aside");
    assert_eq!(figure(&a, "£10").text, "£10");
}

#[test]
fn the_subject_is_found_past_a_span_of_time_and_a_sentence_adverb() {
    let text = "Festival and crime\nAttendance over the four days was put at 212,000. \
                Burglaries, however, went up by 312.";
    assert_eq!(counts_of(text, "212,000"), "attendance");
    assert_eq!(counts_of(text, "312"), "rise in burglaries");
}

#[test]
fn a_level_whose_verb_was_left_out_is_of_the_phrase_before_its_to() {
    let text = "Fares rise\nA single ticket rises to £2.90 and a weekly pass to £18.50.";
    assert_eq!(counts_of(text, "£2.90"), "single ticket");
    assert_eq!(counts_of(text, "£18.50"), "weekly pass");
}

#[test]
fn the_figure_after_a_count_named_without_one_is_what_that_count_counts() {
    let text = "Homelessness\nThe number of homeless families reached a record this spring. \
                The figure now stands at 1,438.";
    assert_eq!(counts_of(text, "1,438"), "homeless families");
}

#[test]
fn money_paid_or_returned_to_someone_says_to_whom() {
    let text = "Buyback\nThe carrier said it would return €500 million to shareholders through a \
                buyback. It paid £3m to 2030.";
    assert_eq!(
        counts_of(text, "€500 million"),
        "amount returned to shareholders"
    );
    assert_eq!(counts_of(text, "£3m"), "amount paid");
}

#[test]
fn money_wiped_off_something_is_a_fall_in_it() {
    let text = "Shares slide\nVeltra shares plunged 14%, wiping roughly 6 billion crowns off its \
                market value.";
    assert_eq!(counts_of(text, "6 billion crowns"), "fall in market value");
}

#[test]
fn rising_up_to_a_level_is_no_bound_and_nearing_one_is_close_below_it() {
    let text = "Markets\nInflation is expected to edge up to 4.4%. Fares will go up to £169.50 a \
                week. Bitcoin nears $10,000. Inflation cooled to 2.6%. Fines of up to £5,000 \
                apply.";
    let a = run(&[text]);
    let f = figure(&a, "4.4%");
    assert_eq!(
        (f.low, f.high, f.qualifier),
        (Some(4.4), Some(4.4), Qualifier::Exact)
    );
    assert_eq!(figure(&a, "£169.50").qualifier, Qualifier::Exact);
    let near = figure(&a, "$10,000");
    assert_eq!(near.text, "$10,000");
    assert_eq!((near.low, near.high), (Some(9000.0), Some(10000.0)));
    assert_eq!(near.counts, "bitcoin");
    assert_eq!(figure(&a, "2.6%").counts, "inflation");
    assert_eq!(figure(&a, "£5,000").qualifier, Qualifier::AtMost);
}

#[test]
fn a_noun_right_before_a_comparative_figure_is_what_is_higher_or_lower() {
    let text = "House prices\nPrices fell 0.2% in March, leaving values 3.5% lower than a year \
                ago.";
    assert_eq!(counts_of(text, "3.5%"), "fall in values");
}

#[test]
fn a_sentence_says_so_once_and_past_a_total_of() {
    let text = "Raiders jailed\nThree men were jailed for a total of 41 years. Carl Dunmore, 34, \
                was sentenced to 11 years.";
    assert_eq!(counts_of(text, "41 years"), "jail sentence");
    assert_eq!(counts_of(text, "11 years"), "sentence");
}

#[test]
fn a_vote_earlier_in_the_sentence_tallies_a_later_pair_and_judges_score_bouts_in_points() {
    let text = "Veto overridden\nThe Senate voted 31-8 to override, one day after the House did \
                so 74-25.";
    assert_eq!(counts_of(text, "74"), "votes");
    assert_eq!(counts_of(text, "25"), "votes");
    let bout = "Title kept\nOkello kept his belt on a unanimous decision, with scores of 116-112, \
                115-113 and 117-111. He is now 24-1 with 16 knockouts.";
    let a = run(&[bout]);
    assert_eq!(figure(&a, "116").counts, "points");
    assert_eq!(figure(&a, "111").counts, "points");
    assert!(!figure_texts(&a).contains(&"scores"));
}

#[test]
fn a_bare_number_in_a_story_of_runs_or_strokes_counts_them() {
    let text = "Corrigan falls short\nCorrigan goes for 94, caught behind off the first ball of \
                the 60th over. The bowler took four wickets. “When you’re three down for not \
                many, you stop thinking,” he said.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "94").counts, "runs");
    assert_eq!(figure(&a, "four wickets").counts, "wickets taken");
    assert_eq!(figure(&a, "three").counts, "wickets");
    let golf = "Byrne wins\nByrne finished on 17-under-par 271 after five birdies and a bogey.";
    assert_eq!(counts_of(golf, "271"), "strokes");
    // One word of a sport makes no story of it.
    let exams = "Results out\nThe topper scored 499 out of 500. Class 12 results will be \
                 declared in May.";
    assert_ne!(counts_of(exams, "499"), "runs");
}

#[test]
fn a_plural_in_capitals_right_after_a_number_is_what_is_counted() {
    let text = "Tolhurst retires\nTolhurst, who played 38 Tests, won three Oscars as a \
                producer. In Three Rivers, 40 people were hurt.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "38 Tests").counts, "tests played");
    assert_eq!(figure(&a, "three Oscars").counts, "oscars won");
    assert!(!figure_texts(&a).contains(&"Three Rivers"));
}

#[test]
fn the_noun_and_its_of_phrase_opening_the_sentence_is_the_subject_past_where_and_whom() {
    let text = "Myopia study\nThe prevalence of myopia among 12-year-olds in the region rose \
                from 24% in 2009 to 41% in 2022. Uptake of the second vaccine dose among \
                children aged 5 in the district is 79%.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "41%").counts, "prevalence of myopia");
    assert_eq!(
        figure(&a, "79%").counts,
        "uptake of the second vaccine dose"
    );
    let plural = "Admissions\nAdmissions among children aged 5 in the region rose 12%.";
    assert_eq!(counts_of(plural, "12%"), "rise in admissions");
}

#[test]
fn a_measure_moved_by_a_verb_is_a_change_of_its_object_and_the_level_after_to_is_no_second_change()
{
    let text = "Rice imports\nTarnby cut its rice import estimate by 200,000 tonnes. Exports \
                rose by 150,000 tonnes to 1.4 million tonnes. Blais won, beating Lund by 14 \
                centimetres.";
    let a = run(&[text]);
    assert_eq!(
        figure(&a, "200,000 tonnes").counts,
        "change in the rice import estimate"
    );
    assert_eq!(figure(&a, "1.4 million tonnes").counts, "exports");
    assert_eq!(
        figure(&a, "14 centimetres").counts,
        "winning margin in centimetres"
    );
}

#[test]
fn money_given_contributed_or_pooled_is_no_target_named_before() {
    let text = "Appeal total\nThe appeal beat its £1m target; the mayor gave £20,000, the vicar \
                contributed £500 and a local choir pooled £3,500. The council will give £2m to \
                schools.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "£20,000").counts, "amount given");
    assert_eq!(figure(&a, "£500").counts, "contribution");
    assert_eq!(figure(&a, "£3,500").counts, "money pooled");
    assert_eq!(figure(&a, "£2m").counts, "amount given to schools");
}

#[test]
fn the_subject_past_a_participle_clause_what_it_includes_and_out_of() {
    let a = run(&["House prices\n\
         The median house price in Brisbane rose again in October, rising 1.2 per cent to \
         $904,000. The number of people out of work rose by 52,000. Average weekly earnings \
         including bonuses stood at £705. The Savings Bond pays 7.4 per cent."]);
    assert_eq!(
        figure(&a, "1.2 per cent").counts,
        "rise in the median house price in Brisbane"
    );
    assert_eq!(figure(&a, "52,000").counts, "rise in people out of work");
    assert_eq!(figure(&a, "£705").counts, "average weekly earnings");
    assert_eq!(
        figure(&a, "7.4 per cent").counts,
        "rate paid by the Savings Bond"
    );
}

#[test]
fn light_years_the_year_a_budget_is_for_platforms_and_rand_after_up() {
    let a = run(&["Budget and stars\n\
         The Brackley library's operating budget for 2025 is $3.2 million. The Velda galaxy \
         lies about 3 billion light years from Earth. Trains leave from platform 4. Bread costs \
         R18, up R2 since January."]);
    assert_eq!(
        figure(&a, "$3.2 million").counts,
        "Brackley library's operating budget"
    );
    assert_eq!(figure(&a, "light years").counts, "distance");
    assert_eq!(figure(&a, "R2").counts, "rise in cost of the bread");
    assert!(!figure_texts(&a).contains(&"4"));
}

#[test]
fn one_in_five_of_a_group_is_a_share_of_it() {
    let text = "Rents\nOne in five tenants in Harcourt is behind on rent. Two-thirds of voters \
                back the plan.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "One in five tenants").counts, "share of tenants");
    assert_eq!(figure(&a, "Two-thirds of voters").counts, "share of voters");
}

#[test]
fn an_event_in_a_clause_of_its_own_subject_after_the_figure_is_not_its_own() {
    let text = "Typhoon\nThe typhoon death toll rose to 41 as the government released ₱900 \
                million in aid.";
    assert_eq!(counts_of(text, "41"), "people killed");
}

#[test]
fn it_moved_by_an_amount_is_the_figure_before_and_shrunk_is_a_fall() {
    let a = run(&["Fees\n\
         Garrow Fuels said its margin had shrunk to 4p a litre. The student charge is €2,000 a \
         year, though the government cut it by €500."]);
    assert_eq!(figure(&a, "4p").counts, "margin per litre");
    assert_eq!(
        figure(&a, "€500").counts,
        "change in the student charge per year"
    );
}

#[test]
fn square_units_are_an_area_and_a_span_waited_a_wait() {
    let a = run(&["Lake and port\n\
         The lake covers 640 square kilometres. Container ships now wait 6.5 days for a berth."]);
    assert_eq!(figure(&a, "640 square kilometres").counts, "area");
    assert_eq!(figure(&a, "6.5 days").counts, "wait in days");
}

#[test]
fn what_comes_in_at_a_level_is_the_subject_of_come_in() {
    let a = run(&["Jobs\n\
         Economists expect the jobless rate to come in at 4.8% next month. Inflation came in \
         at 3.1%."]);
    assert_eq!(figure(&a, "4.8%").counts, "jobless rate");
    assert_eq!(figure(&a, "3.1%").counts, "inflation");
}

#[test]
fn what_is_frozen_at_a_level_is_what_the_level_is_of() {
    assert_eq!(
        counts_of(
            "Charges\nTrustees froze housing charges at $8,700.",
            "$8,700"
        ),
        "housing charges"
    );
}

#[test]
fn a_name_opening_the_sentence_keeps_its_capital_where_the_article_writes_it_so() {
    let a = run(&["Rates\n\
         Tarrowby ratepayers will pay $94 more a year. The Tarrowby council voted 5-4. Shares \
         fell 3%."]);
    assert!(figure(&a, "$94").counts.contains("Tarrowby ratepayers"));
    assert_eq!(figure(&a, "3%").counts, "fall in shares");
}

#[test]
fn to_date_and_so_far_close_no_noun_phrase() {
    let a = run(&["Borrowing\n\
         Spending to date reached £113.1bn. Sales so far this year rose 4%. Borrowing so far \
         reached £4bn."]);
    assert_eq!(figure(&a, "£113.1bn").counts, "spending");
    assert_eq!(figure(&a, "4%").counts, "rise in sales");
    assert_eq!(figure(&a, "£4bn").counts, "borrowing");
}

#[test]
fn a_share_that_opens_a_verb_of_opinion_is_of_those_who_hold_it() {
    let a = run(&["Poll\n\
         Just 14 per cent want a full-time office, while 58 per cent prefer hybrid work. In \
         the survey, 61% would vote again and 30% support the plan. Inflation hit 3% in May."]);
    assert_eq!(
        figure(&a, "14 per cent").counts,
        "share who want a full-time office"
    );
    assert_eq!(
        figure(&a, "58 per cent").counts,
        "share who prefer hybrid work"
    );
    assert_eq!(figure(&a, "61%").counts, "share who would vote again");
    assert_eq!(figure(&a, "30%").counts, "share who support the plan");
    assert_eq!(figure(&a, "3%").counts, "inflation");
}

#[test]
fn a_bare_share_a_party_or_candidate_won_is_its_support() {
    let a = run(&["Poll\n\
         In the election, the Greens won 21.8% and the Pirates 14.6%. Mr Obi polled 12%. \
         Later, Sinner won 82% on his first serve."]);
    assert_eq!(figure(&a, "21.8%").counts, "support for Greens");
    assert_eq!(figure(&a, "14.6%").counts, "support for Pirates");
    assert_eq!(figure(&a, "12%").counts, "support for Mr Obi");
    assert!(!figure(&a, "82%").counts.starts_with("support"));
}

#[test]
fn a_share_of_money_after_a_modal_and_a_title_case_headline_stay_plain() {
    let a = run(&["Markets Slide As Profits Fall\n\
         Profits fell 4% at the bank. Of the new budget, 60% will go to hospitals."]);
    assert_eq!(figure(&a, "4%").counts, "fall in profits");
    assert!(!figure(&a, "60%").counts.starts_with("share who"));
}

#[test]
fn an_opening_tied_by_of_or_to_is_what_its_verb_brings_to_a_figure() {
    let text = "Exports to China rose 5% to $3.2bn. The cost of shipping a container has doubled \
                to $4,406. Arrears owed to suppliers rose to £48m. Storm damage to farms reached \
                $2.1 billion.";
    assert_eq!(counts_of(text, "$3.2bn"), "exports to China");
    assert_eq!(counts_of(text, "5%"), "rise in exports to China");
    assert_eq!(counts_of(text, "$4,406"), "cost of shipping a container");
    assert_eq!(counts_of(text, "£48m"), "arrears owed to suppliers");
    assert_eq!(counts_of(text, "$2.1 billion"), "storm damage to farms");
}
