//! Cases of who is and is not a source: quantifiers standing for people, the part of a body
//! named in apposition before its officer, asides between dashes, a relative named after a
//! possessive, and transcripts whose labels are in Markdown's bold.
//!
//! Every text here is our own, written to show one pattern of news copy on some beat.

use crate::support::*;

#[test]
fn a_quantifier_standing_for_people_is_plural_and_never_he() {
    let a = run(&["Turnout up in Ashcombe\n\
         Returning officer Wendell Okoro said the count went smoothly. Turnout reached 31%, \
         above the 28% many had predicted. “We had queues at six,” he said."]);
    assert_eq!(speaker_of(&a, "queues at six"), Some("Wendell Okoro"));
}

#[test]
fn the_part_of_a_body_named_before_its_officer_is_not_the_speaker() {
    let a = run(&["Nurses escalate dispute\n\
         The Chairman of the association, Western Chapter, Comrade Femi Adebayo, said members had \
         “exhausted every avenue”."]);
    assert_eq!(
        speaker_of(&a, "exhausted every avenue"),
        Some("Femi Adebayo")
    );
}

#[test]
fn an_aside_between_dashes_after_a_quotation_names_no_speaker() {
    let a = run(&["Budget silent on buses\n\
         The so-called “fare freeze” — a 2022 manifesto pledge — was not mentioned in the \
         budget speech on Tuesday."]);
    let named = a
        .articles
        .iter()
        .flat_map(|x| &x.quotes)
        .filter_map(|q| speaker(&a, q))
        .collect::<Vec<_>>();
    assert!(named.is_empty(), "{named:?}");
    assert!(!a.entities.iter().any(|e| e.name.contains("pledge")));
}

#[test]
fn a_relative_named_after_a_possessive_surname_is_he_in_the_next_quotation() {
    let a = run(&["Dairy farm faces the future\n\
         Jim Corrigan has milked the herd for 40 years. “It is in my blood,” he said.\n\n\
         Corrigan’s son, Darragh, 26, is unsure. “I love it, but I do not know yet,” he says."]);
    assert_eq!(speaker_of(&a, "in my blood"), Some("Jim Corrigan"));
    let son = speaker_of(&a, "do not know yet").expect("a speaker");
    assert!(son.contains("Darragh"), "{son}");
}

#[test]
fn turns_labelled_in_markdown_bold_are_a_transcript_and_i_is_who_has_the_turn() {
    let a = run(&["Chef on kitchens\n\n\
         Tomasz Wierzba runs the Canal Row kitchen. He spoke to the Ledger.\n\n\
         **Ledger:** What did you change first?\n\n\
         **Tomasz Wierzba:** The pass. It took a month to rebuild.\n\n\
         **Ledger:** How did the staff take it?\n\n\
         **Tomasz Wierzba:** I told my staff, “Nobody is too good to wash a pan.”"]);
    assert_eq!(speaker_of(&a, "took a month"), Some("Tomasz Wierzba"));
    assert_eq!(speaker_of(&a, "wash a pan"), Some("Tomasz Wierzba"));
}

#[test]
fn outside_a_transcript_i_is_the_writer_and_names_no_one() {
    let a = run(&["Queues at the clinic\n\
         Nurse Ada Mensah was on shift. I asked one of the patients, “How long have you waited?”"]);
    assert_eq!(speaker_of(&a, "How long"), None);
}

#[test]
fn a_body_described_in_apposition_is_the_one_its_noun_names_later() {
    let a = run(&["Carrier books a profit\n\
         Brightwing, the regional airline, reported a profit of €41 million. Shares in \
         Brightwing rose 3%. Dunmore Securities, which rates the stock a buy, raised its target. \
         “The balance sheet is strong,” the broker said.\n\n\
         The airline said it would “keep fares flat” this winter."]);
    assert_eq!(speaker_of(&a, "balance sheet"), Some("Dunmore Securities"));
    assert_eq!(speaker_of(&a, "keep fares flat"), Some("Brightwing"));
}

#[test]
fn an_agent_noun_names_the_firm_whose_name_its_stem_opens() {
    let a = run(&["Homes approved\n\
         Kilcarn County Council has granted permission for 126 homes. The scheme by Ardmore \
         Developments includes 38 houses.\n\n\
         The developer said it would “engage with the school”."]);
    assert_eq!(speaker_of(&a, "engage with"), Some("Ardmore Developments"));
}

#[test]
fn a_gerund_before_a_word_like_a_speech_verb_is_no_one() {
    let a = run(&["Parents weigh jabs\n\
         Kelly Harwood said she had delayed after reading posts online. “I was scared of the \
         wrong thing,” the 31-year-old said."]);
    assert_eq!(speaker_of(&a, "scared of"), Some("Kelly Harwood"));
    assert!(!a.entities.iter().any(|e| e.name == "reading"));
}

#[test]
fn a_capital_inside_a_word_opening_the_sentence_makes_it_a_name() {
    let a = run(&["Carrier results\n\
         SkyTrent has reported a first-half profit. “Bookings are up,” the airline said."]);
    assert_eq!(speaker_of(&a, "Bookings are up"), Some("SkyTrent"));
}

#[test]
fn an_unnamed_spokeswoman_for_a_body_named_with_of_is_she_and_not_the_woman_before() {
    let a = run(&["School closures\n\
         Rachel Ngata said the plan was wrong. A Department of Education spokeswoman said no \
         decision had been made. “We will consult families,” she said."]);
    assert_eq!(
        speaker_of(&a, "consult families"),
        Some("a Department of Education spokeswoman")
    );
}

#[test]
fn an_indefinite_spokesperson_is_not_the_spokeswoman_named_later() {
    let a = run(&["Fuel duty row\n\
         A Treasury spokesperson said: “We will not raise fuel duty.” The Liberal Radicals’ \
         Treasury spokeswoman, Fatima Okonjo, said: “This is a con.”"]);
    assert_ne!(speaker_of(&a, "raise fuel duty"), Some("Fatima Okonjo"));
    assert_eq!(speaker_of(&a, "a con"), Some("Fatima Okonjo"));
}

#[test]
fn a_team_named_like_a_person_before_a_role_and_its_holder_is_not_the_subject() {
    let a = run(&["Rugby\n\
         Coastal Districts coach Brett Lanahan did not hide his frustration. “We were poor \
         at the breakdown.”"]);
    assert_eq!(speaker_of(&a, "breakdown"), Some("Brett Lanahan"));
}

#[test]
fn a_name_ending_in_air_is_an_airline_unless_a_given_name_opens_it() {
    let a = run(&["Planes grounded\n\
         Nilgiri Air grounded 14 planes. Passenger Mike Air said he was angry. “We regret the \
         disruption,” the airline said."]);
    assert_eq!(speaker_of(&a, "regret the disruption"), Some("Nilgiri Air"));
}

#[test]
fn in_his_words_names_the_speaker_of_the_words_quoted() {
    let a = run(&["The old depot\n\
         Dan Pickering ran the depot for 30 years. It was, in his words, “a mausoleum with a \
         bar”. Helen Ashe ran the café; it was, in Ashe’s words, “the warmest room in town”."]);
    assert_eq!(speaker_of(&a, "mausoleum"), Some("Dan Pickering"));
    assert_eq!(speaker_of(&a, "warmest room"), Some("Helen Ashe"));
}

#[test]
fn an_adverb_of_time_before_the_colon_keeps_the_owner_of_the_words() {
    let a = run(&["Board row\n\
         Dan Pickering chaired the meeting. His message afterward: “We are reviewing our \
         options.”"]);
    assert_eq!(
        speaker_of(&a, "reviewing our options"),
        Some("Dan Pickering")
    );
}

#[test]
fn a_surname_alone_is_the_story_s_subject_not_a_relative_introduced_by_kinship() {
    let a = run(&["Jazz singer dies at 81\n\
         Thandeka Mokwena, the jazz singer, has died aged 81. She toured for 50 years.\n\n\
         Her brother, Jabulani Mokwena, said: “She sang loud and she sang late.”\n\n\
         Mokwena once told an interviewer: “Jazz is what pain sounds like when it dances.”"]);
    assert_eq!(speaker_of(&a, "sang loud"), Some("Jabulani Mokwena"));
    assert_eq!(speaker_of(&a, "pain sounds like"), Some("Thandeka Mokwena"));
}

#[test]
fn an_indefinite_spokesperson_is_not_the_one_named_before_either() {
    let a = run(&["Rail funding\n\
         Hannah Quaye, a spokesperson for the Department for Regional Transport, said the line \
         would open in 2028.\n\n\
         Critics disagreed. A department spokesperson later said: “We are investing record \
         sums.”"]);
    assert_ne!(speaker_of(&a, "record sums"), Some("Hannah Quaye"));
}

#[test]
fn an_adverb_after_a_verb_of_speech_in_s_leaves_it_a_verb() {
    let a = run(&["The old depot\n\
         Dan Pickering ran the depot for 30 years. “I was wrong about the buses,” Pickering \
         says now."]);
    assert_eq!(
        speaker_of(&a, "wrong about the buses"),
        Some("Dan Pickering")
    );
}

#[test]
fn a_kinship_word_before_a_name_gives_its_gender_so_ms_and_mr_find_each_namesake() {
    let a = run(&["Appeal for missing girl\n\
         Her mother, Kerry Dunne, spoke at a press conference, sitting beside the girl's \
         stepfather, Dean Dunne.\n\n\
         “Please come home,” Ms Dunne said.\n\n\
         “We love you,” Mr Dunne said."]);
    assert_eq!(speaker_of(&a, "Please come home"), Some("Kerry Dunne"));
    assert_eq!(speaker_of(&a, "We love you"), Some("Dean Dunne"));
}

#[test]
fn a_party_note_in_brackets_after_a_name_and_a_delegate_s_title_leave_the_person() {
    let a = run(&["Roads bill passes\n\
         Ruth Anselm (R-Coe) said the plan “hands the state a blank cheque”. “We fixed the \
         roads,” said Del. Annette R. Kowal (D-Pine), the sponsor."]);
    assert_eq!(speaker_of(&a, "blank cheque"), Some("Ruth Anselm"));
    assert_eq!(speaker_of(&a, "fixed the roads"), Some("Annette R. Kowal"));
}

#[test]
fn evidence_and_a_source_of_the_report_yield_to_the_person_who_cites_them() {
    let a = run(&["Reef recovering\n\
         Lead author Dr Ines Moravec said the data suggested that the reef was “recovering \
         faster than anyone predicted”. Mayor Ilse Varnholt told staff the city needed “fewer \
         meetings and more decisions”, according to minutes of the session seen by the Herald."]);
    assert_eq!(speaker_of(&a, "recovering faster"), Some("Ines Moravec"));
    assert_eq!(speaker_of(&a, "fewer meetings"), Some("Ilse Varnholt"));
}

#[test]
fn the_subject_of_a_clause_before_a_colon_speaks_the_words_after_it() {
    let a = run(&["Family statement\n\
         Mr Okafor read a statement: “We love you.” The family issued a short statement: “He \
         was kind to everyone.”"]);
    assert_eq!(speaker_of(&a, "We love you"), Some("Okafor"));
    assert_eq!(speaker_of(&a, "kind to everyone"), Some("the family"));
}

#[test]
fn whom_an_unnamed_source_speaks_for_stays_in_the_description() {
    let a = run(&["Strike talks\n\
         A spokesman for the players' union said: “We will study the decision.” “It hurts,” \
         said a spokesman for the farmers' association.\n\n\
         A nurse at St Anselm's Hospital, who asked not to be named, said staff were \
         exhausted. “We are running on empty.”"]);
    assert_eq!(
        speaker_of(&a, "study the decision"),
        Some("a spokesman for the players' union")
    );
    assert_eq!(
        speaker_of(&a, "It hurts"),
        Some("a spokesman for the farmers' association")
    );
    assert_eq!(
        speaker_of(&a, "running on empty"),
        Some("a nurse at St Anselm's Hospital")
    );
}

#[test]
fn a_firm_s_name_of_two_words_keeps_a_first_word_in_ly() {
    let a = run(&["Job cuts\n\
         Tessaly Foods confirmed 200 job cuts on Monday. “We regret the impact on our staff,” \
         the firm said."]);
    assert_eq!(speaker_of(&a, "We regret"), Some("Tessaly Foods"));
}

#[test]
fn the_company_is_not_a_firm_named_as_an_owner_in_passing() {
    let a = run(&["Bus strike\n\
         Greyrock Transit, owned by the Halden Group, said it had offered a 5.5 per cent rise. \
         “This is a fair offer,” the company said in a statement."]);
    assert_eq!(speaker_of(&a, "a fair offer"), Some("Greyrock Transit"));
}

#[test]
fn an_adverb_of_place_before_a_preposition_opens_a_fronted_phrase() {
    let a = run(&["Farm flooded\n\
         Flooding ruined half the harvest this year.\n\n\
         Back in his kitchen, Mr Havel was philosophical. “We have had bad years before.”"]);
    assert_eq!(speaker_of(&a, "bad years before"), Some("Havel"));
}

#[test]
fn a_lone_name_whose_own_his_or_her_follows_is_a_person_a_pronoun_may_mean() {
    let a = run(&["Obituary\n\
         His friend Colm Rafferty said: “He was the best of us.”\n\n\
         In a 1998 interview, Tessler was asked his secret. “Cold water and early nights,” he \
         said."]);
    assert_eq!(speaker_of(&a, "Cold water"), Some("Tessler"));
}

#[test]
fn scraps_of_a_sentence_are_no_speaker() {
    let a = run(&["Readers write\n\
         Hundreds attended the vigil. Volunteers there described a “carnival mood” among the \
         crowd. Many readers wrote in. One, a retired postman, wrote: “Bring back the trams.” \
         Nurses rejected a pay offer their union described as “derisory”. Ana Ruiz, the baker \
         quoted last week, contacted us to say the reaction had been “humbling”."]);
    assert_eq!(speaker_of(&a, "carnival mood"), Some("Volunteers"));
    assert_eq!(speaker_of(&a, "Bring back"), Some("a retired postman"));
    assert_eq!(speaker_of(&a, "derisory"), Some("their union"));
    assert_eq!(speaker_of(&a, "humbling"), Some("Ana Ruiz"));
}

#[test]
fn a_name_known_simply_as_is_a_person_a_pronoun_may_mean() {
    let a = run(&["Revival\n\
         The director, Ruth Ames, said rehearsals had gone well.\n\n\
         The theatre's artistic director, known to everyone in the building simply as Jules, \
         said tickets were selling fast. “People love a revival,” she said."]);
    assert_eq!(speaker_of(&a, "love a revival"), Some("Jules"));
}

#[test]
fn one_of_a_role_who_asked_not_to_be_named_is_not_the_one_named() {
    let a = run(&["Cuts vote\n\
         Cllr Rhys Bowen said the cuts were painful. One councillor, who asked not to be named, \
         said privately: “Half of us think this is a mistake.”"]);
    assert_eq!(speaker_of(&a, "Half of us"), Some("One councillor"));
}

#[test]
fn a_club_named_before_a_role_of_something_and_its_holder_is_no_subject() {
    let a = run(&["Rugby\n\
         Kelso Harriers' players were left fuming after a late try was disallowed.\n\n\
         Winger Tom Ashe appeared to have scored. “I was in,” Ashe said.\n\n\
         Harriers director of rugby Giorgi Beridze, a former prop, was more restrained. “I do \
         not criticise officials,” he said."]);
    assert_eq!(
        speaker_of(&a, "criticise officials"),
        Some("Giorgi Beridze")
    );
    assert!(a
        .entities
        .iter()
        .all(|e| e.name != "Kelso Harriers" || e.kind != claimlens_core::EntityKind::Person));
}

#[test]
fn a_statement_from_a_body_before_its_verb_is_the_body_s() {
    let a = run(&["Ruling stands\n\
         A statement by Harwick Council said the ruling was “final and binding”."]);
    assert_eq!(speaker_of(&a, "final and binding"), Some("Harwick Council"));
}

#[test]
fn a_title_in_marks_with_short_lowercase_words_is_no_quotation_and_a_critic_no_name() {
    let a = run(&["Theatre\n\
         Ruth Ames said she cast him after seeing him in “Waiting for Godot” last year. Critic \
         Joe Hart said he had watched “Death of a Salesman” twice. “It was a triumph,” he said."]);
    assert!(a
        .articles
        .iter()
        .flat_map(|x| &x.quotes)
        .all(|q| !q.text.contains("Godot") && !q.text.contains("Salesman")));
    assert_eq!(speaker_of(&a, "a triumph"), Some("Joe Hart"));
}

#[test]
fn a_named_man_is_no_she_and_a_find_speaks_through_its_finder() {
    let a = run(&["Trial\n\
         The office manager, Sharon Tibbs, said she had been frightened.\n\n\
         Defence counsel Benedict Orr put it to her that she had never complained.\n\n\
         “Who would I have complained to?” she said. Professor Lars Henningsen said the find \
         suggested the reef was “far more important than we assumed”."]);
    assert_eq!(speaker_of(&a, "complained to"), Some("Sharon Tibbs"));
    assert_eq!(
        speaker_of(&a, "far more important"),
        Some("Lars Henningsen")
    );
}

#[test]
fn a_surname_with_an_honorific_looks_past_a_namesake_named_as_an_owner() {
    let a = run(&["Missing teenager\n\
         Ellie-Mae Fenton, 16, was last seen on Friday.\n\n\
         Her mother, Kerry Fenton, made an appeal, sitting beside Ellie-Mae's stepfather, Dean \
         Fenton.\n\n\
         “Please come home,” Ms Fenton said."]);
    assert_eq!(speaker_of(&a, "Please come home"), Some("Kerry Fenton"));
}

#[test]
fn a_clause_before_a_colon_that_gives_no_words_names_no_speaker_of_them_and_an_invitee_speaks() {
    let a = run(&["Review cases\n\
         Mr Okafor received a letter from the minister: “You are dismissed.” Organisers invited \
         Ms Lund to say it was “an honour”."]);
    assert!(a.entities.iter().all(|e| !e.name.contains("received")));
    assert_ne!(speaker_of(&a, "an honour"), Some("Organisers"));
}
