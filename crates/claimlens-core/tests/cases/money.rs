//! What an amount of money is: the noun it is, what a verb makes it, what it is for, in or on,
//! each of what, and its currency written as a symbol, letters or a name.

use crate::support::*;

#[test]
fn an_amount_per_unit_says_what_it_is_each_of() {
    assert_eq!(
        counts_of("Tovik will pay 88 kroner a share in cash.", "88 kroner"),
        "amount paid per share"
    );
    assert_eq!(
        counts_of("The app still earns less than $3 per user each year.", "$3"),
        "earnings of the app per user"
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
fn a_money_noun_before_of_is_what_a_range_measures() {
    let counts = counts_of(
        "It sold the shares at the top of its marketed range of €11 to €13.",
        "€11",
    );
    assert!(counts.ends_with("top of its marketed range"), "{counts}");
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
fn a_currency_named_after_a_range_or_a_price_makes_it_money() {
    let a = run(&[
        "It expects costs of between 200 and 250 million kroner. Shares closed at 41.10 crowns. \
         The estate is worth 3.1 billion pounds. The calf weighs 300 pounds.",
    ]);
    assert!(!figure(&a, "kroner").counts.contains("kroner"));
    assert_eq!(figure(&a, "41.10").counts, "shares");
    assert!(!figure(&a, "3.1 billion").counts.contains("pounds"));
    assert_eq!(figure(&a, "300 pounds").counts, "weight of the calf");
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
    assert_eq!(figure(&a, "4.2%").counts, "rise in shares in Tilbeck");
}

#[test]
fn a_country_s_letters_before_its_dollar_are_part_of_the_amount() {
    let a = run(&["Turnover was S$1.46 billion. The bank fell to NZ$3.10."]);
    assert_eq!(figure(&a, "S$1.46").counts, "turnover");
    assert!(figure(&a, "NZ$3.10").text.starts_with("NZ$"));
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
    assert_eq!(
        figure(&a, "₦4.7 billion").counts,
        "money released to resettle families"
    );
    assert_eq!(figure(&a, "$40m").counts, "investment in plant");
    assert_eq!(figure(&a, "₦15 million").counts, "purchase price");
}

#[test]
fn a_money_verb_after_a_determiner_is_a_noun() {
    assert_eq!(
        counts_of("The Federal share of the cost is 75 per cent.", "75"),
        "Federal share of the cost"
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
fn money_in_a_noun_every_period_is_that_noun() {
    assert_eq!(
        counts_of("Each household will pay £14 in levies every month.", "£14"),
        "levies"
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
        "fall in shares"
    );
}

#[test]
fn money_paid_for_something_of_something() {
    assert_eq!(
        counts_of("“I pay £3.20 for a pint of milk now,” she said.", "£3.20"),
        "price of the pint of milk"
    );
}

#[test]
fn accounts_before_tax_and_money_invested_or_borrowed() {
    assert_eq!(
        counts_of("Profit before tax fell 18% to £412m.", "18%"),
        "fall in profit before tax"
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
fn a_range_s_second_end_may_repeat_its_country_s_letters_or_its_currency_code() {
    let a = run(&[
        "He took deposits of between S$180 and S$2,600. Fees ran from Rs 500 to Rs 900. \
         The bill rose from EUR 40 million to EUR 52 million.",
    ]);
    let deposits = figure(&a, "S$180");
    assert_eq!(deposits.text, "between S$180 and S$2,600");
    assert_eq!((deposits.low, deposits.high), (Some(180.0), Some(2600.0)));
    // "asked for" is the verb, not part of what the range measures.
    assert_eq!(deposits.counts, "deposits");
    assert_eq!(figure(&a, "Rs 500").text, "Rs 500 to Rs 900");
    assert_eq!(figure(&a, "EUR 40").high, Some(52e6));
    // A change by an amount then the level reached stays two figures, its verb left out.
    let b = run(&["Petrol rose by Sh9.40 to Sh217.36 and diesel by Sh11.20 to Sh203.10."]);
    assert_eq!(figure(&b, "Sh11.20").text, "Sh11.20");
    assert_eq!(figure(&b, "Sh203.10").text, "Sh203.10");
}

#[test]
fn money_in_cash_totalling_or_added_on_something_is_that_thing() {
    assert_eq!(
        counts_of("Police seized £41,650 in cash during raids.", "41,650"),
        "cash"
    );
    // Paid for something in cash, the cash is how it was paid.
    assert_ne!(
        counts_of("Acme agreed to buy Beta for $3.1bn in cash.", "3.1bn"),
        "cash"
    );
    assert_eq!(
        counts_of(
            "Doctors are owed salary arrears, totalling KSh 1.6 billion.",
            "1.6"
        ),
        "salary arrears"
    );
    assert_eq!(
        counts_of("The council has debts amounting to £40m.", "40m"),
        "debts"
    );
    assert_eq!(
        counts_of(
            "For a café, that is another £14,000 on the wage bill.",
            "14,000"
        ),
        "wage bill"
    );
    // Not what the money is: "on average", or money that is not added.
    assert_eq!(
        counts_of("Shoppers spent $40 on average.", "$40"),
        "spending"
    );
    assert_ne!(
        counts_of("Tourists left £3m on the island.", "3m"),
        "island"
    );
}

#[test]
fn an_adverb_ending_the_clause_is_not_what_money_counts() {
    let a = run(&["Turnover was $4.2 million previously."]);
    let turnover = figure(&a, "4.2");
    assert_eq!(turnover.text, "$4.2 million");
    assert_eq!(turnover.counts, "turnover");
}

#[test]
fn indian_grouping_and_a_scale_joined_by_a_hyphen() {
    let a = run(&[
        "The firm employs 1,12,340 people. The ₹50,000-crore plan passed, and a \
                   $2-billion deal followed. Scores of 3,12,45 were read.",
    ]);
    assert_eq!(figure(&a, "1,12,340").low, Some(112_340.0));
    assert_eq!(figure(&a, "50,000-crore").low, Some(5e11));
    assert_eq!(figure(&a, "2-billion").low, Some(2e9));
    assert!(a.articles[0].figures.iter().all(|f| f.low != Some(312.0)));
}

#[test]
fn a_country_s_letters_after_the_dollar_sign() {
    let a = run(&["He paid $US105 for it, and the deal cost $US2.5 billion."]);
    assert_eq!(figure(&a, "$US105").low, Some(105.0));
    assert_eq!(figure(&a, "$US2.5").low, Some(2.5e9));
}

#[test]
fn a_currency_moving_to_an_amount_is_its_exchange_rate() {
    let text = "Sterling fell 0.7% against the dollar to $1.2415. The rand ended the day at \
                R18.40, and the currency could test R19.50 within weeks.";
    assert_eq!(counts_of(text, "$1.2415"), "sterling exchange rate");
    assert_eq!(counts_of(text, "R18.40"), "rand exchange rate");
    assert_eq!(counts_of(text, "R19.50"), "exchange rate of the currency");
}

#[test]
fn money_a_person_is_on_is_their_income_and_money_won_an_award() {
    let text = "The Treasury says a nurse on £38,000 will be £400 better off. The college has \
                won £4.6m to build flood sensors.";
    assert_eq!(counts_of(text, "£38,000"), "income of a nurse");
    assert_eq!(counts_of(text, "£4.6m"), "award to build flood sensors");
    assert_eq!(counts_of(text, "£400"), "gain");
    let worse = "Renters will be £90 a year worse off.";
    assert_eq!(counts_of(worse, "£90"), "loss per year");
}

#[test]
fn money_said_by_its_verb_object_or_apposition() {
    let text = "The developer will pay £6.5m towards a new school. The health service will \
                receive an extra £3.5bn next year. The government has released 40 million \
                dinar in emergency funds. He must repay £870,000. Marula Stores received the \
                largest penalty, 142 million rand. The mission cost 4.1 billion korun, roughly \
                €165 million.";
    assert_eq!(counts_of(text, "£6.5m"), "amount paid towards new school");
    assert_eq!(
        counts_of(text, "£3.5bn"),
        "amount received by health service"
    );
    assert_eq!(counts_of(text, "40 million dinar"), "emergency funds");
    assert_eq!(counts_of(text, "£870,000"), "repayment");
    assert_eq!(counts_of(text, "142 million rand"), "largest penalty");
    assert_eq!(
        counts_of(text, "€165 million"),
        counts_of(text, "4.1 billion korun")
    );
}

#[test]
fn a_share_of_a_whole_that_measures_something_says_what() {
    let text = "The minister projected a fiscal deficit of 4.4% of GDP. The union is demanding \
                a pay rise of 12%.";
    assert_eq!(counts_of(text, "4.4%"), "fiscal deficit as a share of GDP");
    assert_eq!(counts_of(text, "12%"), "pay rise");
}

#[test]
fn more_currencies_named_after_the_number() {
    let a = run(&["Operating profit rose to 9.18 trillion won. Bread rose to 20 piastres."]);
    let won = figure(&a, "9.18 trillion won");
    assert_eq!(won.low, Some(9.18e12));
    assert_eq!(won.counts, "operating profit");
    assert_ne!(figure(&a, "20 piastres").counts, "piastres");
}

#[test]
fn money_raised_sought_and_valued_says_so() {
    let text = "The scheme will raise about £18m a year. Forty residents are suing their \
                landlord for £3.2m over damp. The stadium came in £40m over budget. Kestrel \
                made an offer valuing it at about 9.4 billion kroner.";
    let a = run(&[text]);
    assert_eq!(
        figure(&a, "£18m").counts,
        "money raised by the scheme per year"
    );
    assert_eq!(figure(&a, "£3.2m").counts, "damages sought");
    assert_eq!(figure(&a, "£40m").counts, "amount over budget");
    assert!(figure(&a, "9.4 billion").counts.contains("value"));
}

#[test]
fn a_single_letter_currency_before_a_plain_amount_after_a_word_that_leads_to_one() {
    let text = "The monthly bill would rise by roughly R180. An N95 mask costs N500.";
    let a = run(&[text]);
    let texts = figure_texts(&a);
    assert!(texts.contains(&"roughly R180"), "{texts:?}");
    assert!(texts.contains(&"N500"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("N95")), "{texts:?}");
}

#[test]
fn an_amount_paid_says_who_pays_it() {
    let a = run(&["Fees\n\
         Out-of-state students will pay $31,200, up from $29,800. Some will pay more than \
         $400 a month."]);
    assert_eq!(
        figure(&a, "$31,200").counts,
        "amount paid by the out-of-state students"
    );
    assert_eq!(figure(&a, "more than $400").counts, "cost per month");
}

#[test]
fn money_a_participle_puts_by_is_for_what_it_names() {
    let text = "Cr Jack Tulloch said A$460,000 set aside for a new council logo was an insult. \
                The council has £2m earmarked for road repairs.";
    assert_eq!(counts_of(text, "A$460,000"), "new council logo");
    assert_eq!(counts_of(text, "£2m"), "road repairs");
}

#[test]
fn money_paid_is_a_price_a_wage_or_a_cost_as_the_sentence_says() {
    let text = "The board will pay KSh 3,500 for a 90kg bag. New recruits will be paid C$27.40 \
                an hour. Drivers will pay £5 a day. Your average customer will pay £612 a year. \
                “I’m paying €950 a month for a box room.”";
    assert_eq!(counts_of(text, "KSh 3,500"), "price of the bag");
    assert_eq!(counts_of(text, "C$27.40"), "pay per hour");
    assert_eq!(counts_of(text, "£5"), "cost per day");
    assert_eq!(
        counts_of(text, "£612"),
        "cost to the average customer per year"
    );
    assert_eq!(counts_of(text, "€950"), "price of the box room per month");
}

#[test]
fn money_nothing_else_names_is_what_a_verb_of_money_before_it_makes_it() {
    let text = "Under the law, companies can be fined up to 10 per cent of annual local turnover, \
                or S$1 million, whichever is higher. The company bought back 2.8 million shares \
                and had US$1.6 billion left.";
    assert_eq!(counts_of(text, "S$1 million"), "fine");
    assert_ne!(counts_of(text, "US$1.6 billion"), "purchase price");
}

#[test]
fn a_one_letter_currency_the_text_writes_for_money_elsewhere_is_money_everywhere() {
    let text = "The monthly bill will rise to R1,600. The fine is R200. The utility needs \
                R350-billion.";
    let a = run(&[text]);
    assert_eq!(figure(&a, "R200").low, Some(200.0));
    assert_eq!(figure(&a, "R200").counts, "fine");
    assert_eq!(figure(&a, "R350-billion").low, Some(350e9));
    // An Irish regional road is no amount where no rand is written.
    let roads = run(&["Roads\n\nTake the R62 to Cork. Traffic on R200 was slow."]);
    assert!(figure_texts(&roads).is_empty());
}

#[test]
fn money_cut_from_something_or_received_from_it() {
    let text = "The council reversed a plan to cut £480,000 from the service. Pensioners getting \
                R2,180 a month from the old-age grant cannot afford this.";
    assert_eq!(counts_of(text, "£480,000"), "cut from the service");
    assert_eq!(
        counts_of(text, "R2,180"),
        "money from the old-age grant per month"
    );
}

#[test]
fn money_paid_for_people_or_to_households_is_no_price_or_wage() {
    let text = "The government will pay £300 for each child. Households on benefits will be \
                paid £150 a year to help with energy bills. The journalist, who was released \
                last week, said her captors had demanded $5 million.";
    assert!(!counts_of(text, "£300").starts_with("price"));
    assert!(!counts_of(text, "£150").starts_with("pay"));
    assert_ne!(counts_of(text, "$5 million"), "money released");
}

#[test]
fn an_amount_borrows_no_label_from_one_in_another_currency() {
    let text = "The board will pay KSh 3,500 for a 90kg bag, up from KSh 3,000 last season. \
                Investigators traced 231 transfers, some as small as NZ$85.";
    assert_eq!(counts_of(text, "KSh 3,000"), "earlier price of the bag");
    assert_ne!(counts_of(text, "NZ$85"), "earlier price of the bag");
    // The same currency, however it is written, still lends its label.
    let text = "Tickets cost $45 this year. Last year it was US$38.";
    assert_eq!(counts_of(text, "US$38"), counts_of(text, "$45"));
}

#[test]
fn an_amount_restated_per_share_after_or_is_the_amount_before_per_share() {
    let text = "The company reported net income of $412 million, or $1.02 a share, on revenue \
                of $3.9 billion. It lost $88 million, or 21 cents a share, in the quarter. \
                Profit was $1.2bn, or $2.10 per diluted share.";
    assert_eq!(counts_of(text, "$1.02"), "net income per share");
    assert_eq!(counts_of(text, "21 cents"), "loss per share");
    assert_eq!(counts_of(text, "$2.10"), "profit per diluted share");
}

#[test]
fn an_amount_a_passive_brought_to_is_its_subjects() {
    let text = "Fares were raised to £3. The fee was cut to $40. Starting salaries were raised \
                to ₹4.5 lakh a year.";
    assert_eq!(counts_of(text, "£3"), "fares");
    assert_eq!(counts_of(text, "$40"), "fee");
    assert_eq!(counts_of(text, "₹4.5 lakh"), "starting salaries per year");
}

#[test]
fn money_allocated_or_devoted_to_something_is_its_allocation() {
    let text = "The state devotes N95bn to capital projects. The council allocated £2m to road \
                repairs.";
    assert_eq!(counts_of(text, "N95bn"), "allocation to capital projects");
    assert_eq!(counts_of(text, "£2m"), "allocation to road repairs");
}

#[test]
fn an_amount_inside_its_own_clause_borrows_nothing_from_the_sentence_before() {
    let text = "Car parking in the town centre goes up 20p an hour. The authority will draw \
                £7.5m from reserves. Bills will be £612 a year from April. That's up from £506.";
    assert_eq!(
        counts_of(text, "20p"),
        "rise in car parking in the town centre per hour"
    );
    assert!(!counts_of(text, "£7.5m").contains("parking"));
    assert!(counts_of(text, "£506").starts_with("earlier"));
}

#[test]
fn what_an_amount_came_to_or_was_forecast_at_is_its_subject() {
    let text = "Agents' fees came to £14.6m. The trust's deficit for 2024-25 is forecast at \
                between £18m and £22m.";
    assert_eq!(counts_of(text, "£14.6m"), "fees");
    assert_eq!(counts_of(text, "£18m"), "trust's deficit");
}

#[test]
fn an_amount_that_buys_something_is_its_cost() {
    let text = "The foundation says every GH₵1,000 buys a hospital bed mattress.";
    assert_eq!(counts_of(text, "GH₵1,000"), "cost of hospital bed mattress");
}
