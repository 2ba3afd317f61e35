//! Cases of attribution: quotations and who said them.

use crate::support::*;

// Vox pops and lists: the speaker follows the quote after a dash, or on a line of their own.

#[test]
fn vox_pop_name_after_a_dash() {
    for dash in ["—", "―", "–", "-"] {
        let text = format!(
            "Residents of Dunmore spoke about the flood.\n\n“We need the bridge back.” {dash} Dana Whitlow\n\n“Nobody came for three days.” {dash} Marco Ruiz, a nurse"
        );
        let a = run(&[&text]);
        assert_eq!(
            speaker_of(&a, "bridge back"),
            Some("Dana Whitlow"),
            "dash {dash:?}"
        );
        assert_eq!(
            speaker_of(&a, "three days"),
            Some("Marco Ruiz"),
            "dash {dash:?}"
        );
    }
}

#[test]
fn vox_pop_name_on_its_own_line() {
    let a = run(&[
        "We asked shoppers on Main Street what they think of the new parking fees.\n\n“Five dollars an hour is robbery for a town this size.”\n\nGreta Solberg, 64, retired teacher\n\n“I walk anyway, so I don’t mind.”\n\nOmar Haddad, student\n\n“They should have asked us first.”\n\n— Lucia Ferreira, café owner",
    ]);
    assert_eq!(speaker_of(&a, "robbery"), Some("Greta Solberg"));
    assert_eq!(speaker_of(&a, "I walk anyway"), Some("Omar Haddad"));
    assert_eq!(speaker_of(&a, "asked us first"), Some("Lucia Ferreira"));
}

#[test]
fn vox_pop_names_above_the_words() {
    let a = run(&[
        "Residents told us how the closure of the ferry has changed their week.\n\nAmaka Eze, 47, trader\n\n“I leave at five now to reach the market.”\n\nPiotr Nowak, 22, student\n\n“The bus takes twice as long. Nobody asked us.”",
        "The mayor said: “We will rebuild it.”\n\nRuth Adler, 70, pensioner\n\n“I have not crossed the river since May.”\n\nKenji Mori, 35, nurse\n\n“My shifts start earlier now.”",
    ]);
    assert_eq!(speaker_of(&a, "at five now"), Some("Amaka Eze"));
    assert_eq!(speaker_of(&a, "twice as long"), Some("Piotr Nowak"));
    assert_eq!(speaker_of(&a, "since May"), Some("Ruth Adler"));
    assert_eq!(speaker_of(&a, "start earlier"), Some("Kenji Mori"));
}

#[test]
fn an_embedded_posts_signature_names_its_author() {
    let a = run(&[
        "Fans reacted online.\n\n“Ashfield is about to send a message.” — John Smith (@jsmith) November 4, 2024\n\nOthers were less sure.",
    ]);
    assert_eq!(speaker_of(&a, "send a message"), Some("John Smith"));
}

#[test]
fn a_dash_line_with_a_role_before_the_name() {
    let a = run(&[
        "Fans were delighted.\n\n“This belongs to the city.” — Napoli coach Stefano Ricciardi\n\n“We deserved it.” — Former captain Ana Ruiz, 41",
    ]);
    assert_eq!(
        speaker_of(&a, "belongs to the city"),
        Some("Stefano Ricciardi")
    );
    assert_eq!(speaker_of(&a, "We deserved it"), Some("Ana Ruiz"));
}

#[test]
fn vox_pop_dash_line_with_only_an_age_and_a_town() {
    let a = run(&[
        "Is a ferry fare of £9 fair?\n‘Not when the boat is late every other day.’\n― Tomas Reyes, 41, Lakeport\n‘I pay it because there is no bridge.’\n― Ines Calloway, 58, Harrowby",
    ]);
    assert_eq!(speaker_of(&a, "late every other day"), Some("Tomas Reyes"));
    assert_eq!(speaker_of(&a, "no bridge"), Some("Ines Calloway"));
}

#[test]
fn vox_pop_dash_line_with_a_relative_clause() {
    let a = run(&[
        "The market stayed shut on Saturday.\n“I came in at five to set up for nothing.”\n— Bruno Achterberg, 45, who sells cheese from a van",
    ]);
    assert_eq!(
        speaker_of(&a, "set up for nothing"),
        Some("Bruno Achterberg")
    );
}

#[test]
fn a_paragraph_opening_with_a_name_and_a_clause_is_not_a_name_line() {
    let a = run(&[
        "Opposition leader Marta Ostrowska attacked the budget. “This is a budget for the rich,” she said.\n\n“Families will pay for it.”\n\nLena Hoss, who took office in 2020, has defended it.",
    ]);
    assert_eq!(speaker_of(&a, "Families will pay"), Some("Marta Ostrowska"));
}

#[test]
fn a_byline_after_the_last_quotation_is_not_its_speaker() {
    let a = run(&[
        "Harbour pilot Jonas Weber watched the ship come in. “I have never seen a hull that damaged,” he said.\n\n“It is a miracle nobody drowned.”\n\nSam Rivera, Northwind Press",
    ]);
    assert_eq!(speaker_of(&a, "miracle nobody"), Some("Jonas Weber"));
}

#[test]
fn an_interrupted_quotation_is_not_a_headline() {
    let a = run(&[
        "The engineer Nora Quinn testified for two hours. “I told them the dam would not hold,” she said.\n\n“I warned them in March, and again in May, that the spillway —”\n\nThe judge stopped her there.",
    ]);
    assert_eq!(speaker_of(&a, "spillway"), Some("Nora Quinn"));
}

#[test]
fn a_dash_before_a_description_is_not_a_speaker() {
    let a = run(&[
        "“The ice was thinner than anyone thought,” said Pia Arnesen, the rescue coordinator.\n\n“Not on my watch” — the mood on the picket line was defiant on Monday as talks stalled again.",
    ]);
    assert_eq!(speaker_of(&a, "Not on my watch"), None);
}

// Live blogs: time stamps, transcript turns, narration that introduces a speaker.

#[test]
fn a_time_stamp_does_not_hide_the_subject_a_pronoun_points_to() {
    let a = run(&[
        "“The bypass will be built,” Transport secretary Lars Eng said at the start of the debate.\n14:10 — Mira Stenholt, the Green spokeswoman, stands up. “This plan paves over the valley,” she says.",
    ]);
    assert_eq!(speaker_of(&a, "paves over"), Some("Mira Stenholt"));
}

#[test]
fn a_name_modifying_a_noun_is_not_the_subject() {
    let a = run(&[
        "“The bypass will be built,” Transport secretary Lars Eng said.\n\nThe Green spokeswoman, Mira Stenholt, stood up. “This plan paves over the valley,” she said.",
    ]);
    assert_eq!(speaker_of(&a, "paves over"), Some("Mira Stenholt"));
}

#[test]
fn a_name_and_a_colon_before_a_quotation_is_a_turn() {
    let a = run(&[
        "Live: the port inquiry\n10:02 The harbour master, Ines Varga, tells the inquiry the cranes were idle for 11 days.\n10:09 Counsel for the port, Piet Janssens, rises to question her.\n10:11 Janssens: “Who gave the order to stop them?”",
    ]);
    assert_eq!(speaker_of(&a, "gave the order"), Some("Piet Janssens"));
}

#[test]
fn a_quotation_after_narration_about_someone_is_theirs() {
    let a = run(&[
        "The hearing resumed after lunch. The chairwoman, Ruth Okoro, banged her gavel. “We will stay here until the budget is done.”",
    ]);
    assert_eq!(speaker_of(&a, "until the budget"), Some("Ruth Okoro"));
}

#[test]
fn a_titled_name_in_apposition_is_the_subject() {
    let a = run(&[
        "The hearing resumed after lunch. The chairman, Sir Tobias Wren, banged his gavel. “Nobody leaves until the budget is done.”",
    ]);
    assert_eq!(speaker_of(&a, "Nobody leaves"), Some("Tobias Wren"));
}

// Cues beyond "said".

/// The general newswire verbs of speech, in both tenses and both orders.
const SPEECH_VERBS: &[(&str, &str)] = &[
    ("said", "says"),
    ("added", "adds"),
    ("argued", "argues"),
    ("explained", "explains"),
    ("recalled", "recalls"),
    ("acknowledged", "acknowledges"),
    ("admitted", "admits"),
    ("announced", "announces"),
    ("cautioned", "cautions"),
    ("countered", "counters"),
    ("vowed", "vows"),
    ("urged", "urges"),
    ("stressed", "stresses"),
    ("noted", "notes"),
    ("observed", "observes"),
    ("remarked", "remarks"),
    ("shouted", "shouts"),
    ("whispered", "whispers"),
    ("testified", "testifies"),
    ("wrote", "writes"),
    ("posted", "posts"),
    ("texted", "texts"),
    ("emailed", "emails"),
    ("asked", "asks"),
    ("demanded", "demands"),
    ("declared", "declares"),
    ("insisted", "insists"),
    ("warned", "warns"),
    ("sang", "sings"),
    ("joked", "jokes"),
    ("conceded", "concedes"),
    ("replied", "replies"),
    ("tweeted", "tweets"),
    ("continued", "continues"),
    ("complained", "complains"),
    ("predicted", "predicts"),
    ("boasted", "boasts"),
    ("pleaded", "pleads"),
    ("retorted", "retorts"),
    ("contended", "contends"),
    ("alleged", "alleges"),
    ("lamented", "laments"),
    ("scoffed", "scoffs"),
    ("fumed", "fumes"),
    ("laughed", "laughs"),
    ("sighed", "sighs"),
];

#[test]
fn speech_verbs_in_both_orders_and_tenses() {
    let mut wrong = Vec::new();
    for &(past, present) in SPEECH_VERBS {
        for verb in [past, present] {
            let texts = [
                format!("“The numbers do not add up,” Hanne Vestergaard {verb}."),
                format!("“The numbers do not add up,” {verb} Hanne Vestergaard."),
            ];
            for text in texts {
                let a = run(&[&text]);
                if speaker_of(&a, "numbers do not") != Some("Hanne Vestergaard") {
                    wrong.push(text);
                }
            }
        }
    }
    assert!(wrong.is_empty(), "no speaker found in: {wrong:#?}");
}

#[test]
fn continued_before_a_paragraph_long_quote() {
    let a = run(&[
        "The striker Tobi Okafor spoke after training on Thursday. He was asked about the coach. Okafor continued:\n\n“The dressing room has never been this close, and the results will come if we keep working the way we did this week.”",
    ]);
    assert_eq!(speaker_of(&a, "dressing room"), Some("Tobi Okafor"));
}

#[test]
fn participle_cues_take_the_subject() {
    let a = run(&[
        "Council member Rosa Delgado voted against the budget, asking “who will pay for the new stadium when the loans come due?”\n\nThe treasurer, Ivan Kessler, defended the plan, noting “the interest rate is fixed for thirty years.”",
    ]);
    assert_eq!(speaker_of(&a, "who will pay"), Some("Rosa Delgado"));
    assert_eq!(
        speaker_of(&a, "interest rate is fixed"),
        Some("Ivan Kessler")
    );
}

#[test]
fn in_a_statement_and_told_reporters() {
    let a = run(&[
        "Northwind Airlines cancelled 300 flights on Friday. “We regret the disruption to our passengers,” Northwind Airlines said in a statement.\n\n“We are not done yet,” coach Ruth Abernathy told reporters after the game.",
    ]);
    assert_eq!(
        speaker_of(&a, "regret the disruption"),
        Some("Northwind Airlines")
    );
    assert_eq!(speaker_of(&a, "not done yet"), Some("Ruth Abernathy"));
}

#[test]
fn according_to_a_statement_from() {
    let a = run(&[
        "A fire broke out at the Halvorsen Energy plant near Tromsby on Sunday. Nobody was hurt. “The plant is safe and production will resume on Monday,” according to a statement from Halvorsen Energy.",
    ]);
    assert_eq!(speaker_of(&a, "plant is safe"), Some("Halvorsen Energy"));
}

#[test]
fn a_denied_speech_verb_is_not_a_cue() {
    let a = run(&[
        "The port authority did not say how long the berth would stay shut, but a harbour pilot who asked not to be named put the figure at “at least six weeks.”",
    ]);
    let q = quote(&a, "six weeks");
    let d = &entity(&a, q.speaker.as_deref().unwrap()).name;
    assert_eq!(d, "a harbour pilot who asked not to be named");
}

#[test]
fn a_subject_with_a_relative_clause_keeps_it() {
    let a = run(&[
        "Queues formed outside the bank before dawn. A woman who would not give her name said the branch had “simply stopped answering the phone.”",
    ]);
    let q = quote(&a, "stopped answering");
    let d = &entity(&a, q.speaker.as_deref().unwrap()).name;
    assert_eq!(d, "a woman who would not give her name");
}

#[test]
fn tell_us_in_the_present_is_a_cue() {
    let a = run(&[
        "Striking nurses gathered at the gates of Kelby General. Union stewards tell us they will stay out “as long as it takes.”",
    ]);
    assert!(speaker_of(&a, "as long as it takes").is_some());
}

#[test]
fn a_chant_is_the_chanters() {
    let a = run(&[
        "Thousands marched on the town hall on Saturday. “Save our library!” the marchers chanted as the mayor, Ines Ruud, watched from a window.",
    ]);
    let q = quote(&a, "Save our library");
    let d = &entity(&a, q.speaker.as_deref().unwrap()).name;
    assert_eq!(d, "marchers");
}

#[test]
fn a_statement_speaks_for_whoever_issued_it() {
    let a = run(&[
        "The Water Commission of Belmora has fined Harlan Utilities €4m for repeated leaks, according to a statement from the commission. “Customers paid for pipes that were never replaced,” the statement said.",
    ]);
    let q = quote(&a, "never replaced");
    let name = &entity(&a, q.speaker.as_deref().unwrap()).name;
    assert!(name.contains("Water Commission"), "{name}");
}

#[test]
fn chants_of_a_quotation_are_the_crowds() {
    let a = run(&[
        "Our reporter Jonas Lind describes chants of “Not for sale!” as dockworkers march past the ferry terminal.",
    ]);
    let q = quote(&a, "Not for sale");
    let d = &entity(&a, q.speaker.as_deref().unwrap()).name;
    assert_eq!(d, "dockworkers");
}

#[test]
fn a_sentence_after_a_quotation_can_say_whose_it_was() {
    let a = run(&[
        "The council met on Tuesday to vote on the flood barrier. Mayor Ingrid Solheim spoke first.\n\n“We will not leave the lower town to the river again.” The mayor’s words drew long applause from the gallery.",
    ]);
    assert_eq!(speaker_of(&a, "lower town"), Some("Ingrid Solheim"));
}

// Appositions.

#[test]
fn long_apposition_between_quote_and_verb() {
    let a = run(&[
        "“The state has left us to pay for its mistakes,” Ana Lindqvist, the Democratic treasurer of Marlow County, one of the counties suing the state, said.",
    ]);
    assert_eq!(
        speaker_of(&a, "pay for its mistakes"),
        Some("Ana Lindqvist")
    );
}

#[test]
fn apposition_with_an_age_and_a_relative_clause() {
    let a = run(&[
        "The lawsuit was filed on Monday. “We cannot keep paying for the state’s mistakes,” Ana Lindqvist, 52, the Democratic treasurer of Marlow County, one of the counties suing the state, said.",
    ]);
    assert_eq!(
        speaker_of(&a, "paying for the state"),
        Some("Ana Lindqvist")
    );
}

#[test]
fn long_apposition_after_an_inverted_verb() {
    let a = run(&[
        "“We have never seen losses like this,” said Kofi Mensah, chief executive of Brightwater Foods, which lost two warehouses in the storm.",
    ]);
    assert_eq!(speaker_of(&a, "losses like this"), Some("Kofi Mensah"));
}

#[test]
fn an_inverted_description_then_the_titled_name() {
    let a = run(&[
        "The survey of 40 rivers was published on Thursday. “Not one of them met the standard,” said the survey’s chief scientist, Dr. Imke Vossberg.",
    ]);
    assert_eq!(speaker_of(&a, "met the standard"), Some("Imke Vossberg"));
}

#[test]
fn a_description_linked_to_a_titled_name_speaks_for_them() {
    let a = run(&[
        "The survey’s chief scientist, Dr. Imke Vossberg, presented the findings in Bremholt on Thursday.\n\n“Not one of the rivers met the standard,” the chief scientist said.",
    ]);
    assert_eq!(speaker_of(&a, "rivers met"), Some("Imke Vossberg"));
}

// Interleaved speakers and questions put to someone.

#[test]
fn courtroom_exchange_alternates_speakers() {
    let a = run(&[
        "The cross-examination grew tense on Wednesday.\n\n“Did you see the defendant that night?” asked the prosecutor, Helen Marsh.\n\n“I did,” answered the witness, Tomas Weir.\n\n“Where?”\n\n“Outside the bar on Fifth Street.”\n\n“And you are sure it was him?”\n\n“As sure as I am sitting here.”",
    ]);
    assert_eq!(speaker_of(&a, "see the defendant"), Some("Helen Marsh"));
    assert_eq!(speaker_of(&a, "I did"), Some("Tomas Weir"));
    assert_eq!(speaker_of(&a, "Where?"), Some("Helen Marsh"));
    assert_eq!(speaker_of(&a, "Fifth Street"), Some("Tomas Weir"));
    assert_eq!(speaker_of(&a, "sure it was him"), Some("Helen Marsh"));
    assert_eq!(speaker_of(&a, "sitting here"), Some("Tomas Weir"));
}

#[test]
fn a_question_put_to_someone_is_the_askers() {
    let a = run(&[
        "Senator Joan Whitaker met the governor, Paul Brenner, on Tuesday. “Will you sign the bill?” she asked him. “Not in this form,” Brenner replied.\n\n“The deadline is Friday,” Whitaker told Brenner.",
    ]);
    assert_eq!(speaker_of(&a, "sign the bill"), Some("Joan Whitaker"));
    assert_eq!(speaker_of(&a, "Not in this form"), Some("Paul Brenner"));
    assert_eq!(speaker_of(&a, "deadline is Friday"), Some("Joan Whitaker"));
}

#[test]
fn told_with_a_named_listener_is_the_tellers() {
    let a = run(&[
        "“The merger is off,” Mei Lee told Jun Park during a call on Monday, according to two people familiar with the talks.",
    ]);
    assert_eq!(speaker_of(&a, "merger is off"), Some("Mei Lee"));
}

#[test]
fn an_answer_to_a_question_is_not_the_askers() {
    let a = run(&[
        "On the phone-in, caller Ruth Adeyemi said the bus cuts were cruel. “Would you give up the number 9 route?” host Dana Pruitt asked. “I would keep every route,” she replied.",
    ]);
    assert_eq!(speaker_of(&a, "give up the number"), Some("Dana Pruitt"));
    assert_eq!(speaker_of(&a, "keep every route"), Some("Ruth Adeyemi"));
}

#[test]
fn a_pronoun_remembers_the_gender_the_text_gave_a_person() {
    let a = run(&[
        "Ruth Oakes, the treasurer, presented the budget. “Nobody will pay more,” she said. Across the aisle sat Tom Velde, who had voted against every budget since 2019. “It is a plan for nobody,” Oakes added. “It is a con,” he said.",
    ]);
    assert_eq!(speaker_of(&a, "plan for nobody"), Some("Ruth Oakes"));
    assert_eq!(speaker_of(&a, "It is a con"), Some("Tom Velde"));
}

#[test]
fn a_cue_in_a_relative_clause_is_the_named_subjects() {
    let a = run(&[
        "Shares in Harlow Foods fell 9% on Tuesday. Harlow Foods, which says it employs 900 people, blamed “a one-off accounting error.”",
    ]);
    assert_eq!(speaker_of(&a, "accounting error"), Some("Harlow Foods"));
}

#[test]
fn a_pronoun_after_a_described_subject_is_that_person() {
    let a = run(&[
        "A spokeswoman for the Port Authority said the berth would reopen on Monday. A spokeswoman for the Okafor family sounded a different note. “They are still waiting for news,” she said.",
    ]);
    let q = quote(&a, "still waiting");
    let d = &entity(&a, q.speaker.as_deref().unwrap()).name;
    assert_eq!(d, "a spokeswoman for the Okafor family");
}

// Headlines and captions.

#[test]
fn a_live_blog_heading_quote_has_no_speaker() {
    let a = run(&[
        "Union leader Carla Nunes addressed the rally at noon. “We will strike until the contract is fair,” she said.\n\nRail services: “no trains until Monday”\n\nCommuters crowded the bus stations instead.",
    ]);
    assert_eq!(speaker_of(&a, "strike until"), Some("Carla Nunes"));
    assert_eq!(speaker_of(&a, "no trains until"), None);
}

#[test]
fn a_caption_quote_has_no_speaker() {
    let a = run(&[
        "“We will rebuild every house,” Mayor Lena Hoss said on Tuesday.\n\nResidents hold a banner reading “We were never warned about the dam” outside city hall. Photograph: Sam Rivera/Northwind Press\n\nThe dam failed after three days of rain.",
    ]);
    assert_eq!(speaker_of(&a, "rebuild every house"), Some("Lena Hoss"));
    assert_eq!(speaker_of(&a, "never warned"), None);
}

#[test]
fn a_photo_caption_line_quote_has_no_speaker() {
    let a = run(&[
        "“Our players gave everything,” the coach, Ruth Abernathy, said after the final.\n\nPhoto: Fans hold a sign saying “Thank you for the memories, Ruthie” at the stadium on Saturday.",
    ]);
    assert_eq!(speaker_of(&a, "gave everything"), Some("Ruth Abernathy"));
    assert_eq!(speaker_of(&a, "memories"), None);
}

#[test]
fn a_headline_quote_has_no_speaker() {
    let a = run(&[
        "“It’s a miracle”: Family pulled alive from the rubble after four days\n\nRescuers in Kelmar pulled a family of four from a collapsed building on Friday. “We heard a tapping sound and started digging,” said firefighter Aylin Demir.",
    ]);
    assert_eq!(speaker_of(&a, "It’s a miracle"), None);
    assert_eq!(speaker_of(&a, "tapping sound"), Some("Aylin Demir"));
}

#[test]
fn a_question_then_the_asker_in_a_new_capitalised_frame() {
    let a = run(&[
        "Judge Alan Price questioned the witness for an hour. “Why did you wait two days?” Price asked. “I was afraid,” the witness, Nora Quinn, said.",
    ]);
    assert_eq!(speaker_of(&a, "wait two days"), Some("Alan Price"));
    assert_eq!(speaker_of(&a, "I was afraid"), Some("Nora Quinn"));
}

#[test]
fn a_title_opening_its_paragraph_before_its_verb_is_no_quotation() {
    let a = run(&[
        "“The Lantern Keepers” opened to $41.2 million over the weekend.\n\n“Never Give \
                   Up,” the director said of the film.",
    ]);
    let quotes: Vec<&str> = a.articles[0]
        .quotes
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    assert!(!quotes.iter().any(|q| q.contains("Lantern")), "{quotes:?}");
    assert!(
        quotes.iter().any(|q| q.contains("Never Give Up")),
        "{quotes:?}"
    );
}
