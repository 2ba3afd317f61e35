//! Appositions: the links a text makes between a name and a description ("Ana Ruiz, the
//! treasurer"), and single names that a description marks as organisations.

use super::*;
pub(crate) use crate::lexicon::roles::is_role_head;
use crate::lexicon::roles::{role_synonym_group, title_noun, ROLE_CHANGING};
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// A single name next to a description of an organisation is one ("the news agency,
    /// Nordpress"; "Lantern, a rights group").
    pub(super) fn mark_organizations(&mut self) {
        for n in 0..self.names.len() {
            if self.names[n].kind != NameKind::Single {
                continue;
            }
            let (first, end) = (self.names[n].tokens.start, self.names[n].tokens.end);
            let before = first >= 2
                && self.doc.is_punct(first - 1, ',')
                && crate::lexicon::organisations::is_org_head(self.lower(first - 2));
            let after = end + 1 < self.doc.tokens.len() && self.doc.is_punct(end, ',') && {
                let words: Vec<&str> = (end + 1..(end + 8).min(self.doc.tokens.len()))
                    .take_while(|&u| self.doc.is_word(u))
                    .map(|u| self.lower(u))
                    .collect();
                words
                    .first()
                    .is_some_and(|w| matches!(*w, "a" | "an" | "the"))
                    && words
                        .iter()
                        .any(|w| crate::lexicon::organisations::is_org_head(w))
            };
            // "According to Dahl, the airline lost money": a source fronted before the clause.
            let according =
                first >= 2 && self.lower(first - 1) == "to" && self.lower(first - 2) == "according";
            if (before || after) && !according {
                self.names[n].kind = NameKind::Organization;
            }
        }
        for n in 0..self.names.len() {
            let named = matches!(self.names[n].kind, NameKind::Person | NameKind::Single);
            if named && (self.works_at(n) || self.after_kind_of_business(n) || self.employs_next(n))
            {
                self.names[n].kind = NameKind::Organization;
            }
        }
        for n in 0..self.names.len() {
            if self.acts_as_body(n) {
                self.names[n].kind = NameKind::Organization;
            }
        }
    }

    /// "Renters United spokesperson Priya Sharma", "Arsenal manager Mikel Arteta": a name
    /// right before a role in lower case and another name is whom that person works for.
    fn employs_next(&self, n: usize) -> bool {
        let name = &self.names[n];
        if name.possessive || name.title.is_some() {
            return false;
        }
        let end = name.tokens.end;
        // "Tom Lee praised defender Ana Ruiz": a verb between them, or a given name, says a
        // person.
        let given = name
            .words
            .first()
            .is_some_and(|w| crate::names::listed_given_gender(w).is_some());
        let roles: Vec<usize> = (end..self.doc.tokens.len().min(end + 3))
            .take_while(|&u| {
                let w = self.lower(u);
                self.doc.is_word(u)
                    && !self.doc.is_capitalized(u)
                    && !crate::lexicon::names::is_function_word(w)
                    && !crate::lexicon::quantities::is_past_form(w)
                    && speech_verb(w).is_none()
            })
            .collect();
        if given {
            return false;
        }
        let Some(&last) = roles.last() else {
            return false;
        };
        is_role_head(self.lower(last))
            && self
                .names
                .get(n + 1)
                // "Ember Orbital co-founder Dr Ngaire Whitehorse": past the person's title.
                .is_some_and(|next| {
                    let opens = next
                        .title_span
                        .as_ref()
                        .map_or(next.tokens.start, |s| self.doc.token_at_or_after(s.start));
                    opens == last + 1 && next.kind == NameKind::Person
                })
    }

    /// "carmaker Stellantis", "supermarket chain Albert Heijn", "Dutch carrier KLM": a name
    /// after a kind of business written in lower case is the business's.
    fn after_kind_of_business(&self, n: usize) -> bool {
        let name = &self.names[n];
        let first = name.tokens.start;
        name.title.is_none()
            && first >= 1
            && self.doc.is_word(first - 1)
            && !self.doc.is_capitalized(first - 1)
            && crate::lexicon::organisations::names_a_firm(self.lower(first - 1))
    }

    /// "chief economist at Lagos-based Peel Hunt", "an analyst at Harrow Wells": an untitled
    /// name where someone works, after a role and "at", or placed by "-based", is a body.
    fn works_at(&self, n: usize) -> bool {
        let name = &self.names[n];
        let first = name.tokens.start;
        if name.title.is_some() || name.possessive || first < 2 {
            return false;
        }
        let based = |u: usize| self.doc.is_word(u) && self.lower(u).ends_with("-based");
        let mut at = first - 1;
        if based(at) {
            return true;
        }
        if at > 0 && self.doc.is_word(at) && self.lower(at) == "the" {
            at -= 1;
        }
        at >= 1
            && self.lower(at) == "at"
            && self.doc.is_word(at - 1)
            && !self.doc.is_capitalized(at - 1)
            && is_role_head(self.lower(at - 1))
    }

    /// "Greywell Appliances will close its plant", "Grantham Oakes, which rates the stock": an
    /// untitled name whose own verb is followed by "its", or that "which" describes, names a
    /// body, not a person.
    fn acts_as_body(&self, n: usize) -> bool {
        let name = &self.names[n];
        // A single word stays a single name: it may be the short form of a body named in full.
        if name.kind != NameKind::Person || name.title.is_some() || name.possessive {
            return false;
        }
        // "Chief executive Nadia Cole credited a revamp of its stores": a role written before
        // the name, or a given name of one gender, says a person, whatever "its" refers to.
        let first = name.tokens.start;
        let role_before =
            first > 0 && self.doc.is_word(first - 1) && is_role_head(self.lower(first - 1));
        let given = name
            .words
            .first()
            .is_some_and(|w| crate::names::listed_given_gender(w).is_some());
        if role_before || given {
            return false;
        }
        let end = name.tokens.end;
        // "Grantham Oakes, which rates the stock a buy": people are "who", bodies "which".
        let which = end + 1 < self.doc.tokens.len()
            && self.doc.is_punct(end, ',')
            && self.lower(end + 1) == "which";
        if which {
            return true;
        }
        let after: Vec<usize> = (end..(end + 5).min(self.doc.tokens.len()))
            .take_while(|&u| self.doc.is_word(u) && self.name_at(u).is_none())
            .collect();
        let first_is_verb = after
            .first()
            .is_some_and(|&u| !self.doc.is_capitalized(u) && !is_finite_speech_verb(self.lower(u)));
        let its = after.iter().skip(1).any(|&u| self.lower(u) == "its");
        let person_words = after.iter().any(|&u| {
            matches!(self.lower(u), "his" | "her" | "their") || is_finite_speech_verb(self.lower(u))
        });
        first_is_verb && its && !person_words
    }

    /// Every apposition of the article, in text order: a description after a person's name, a
    /// title before it, or a description before it.
    pub(super) fn find_appositions(&mut self) {
        let mut found = Vec::new();
        for (n, name) in self.names.iter().enumerate() {
            // "His wife, Efua, said": a one-word name given to a person's role or kin.
            if name.kind == NameKind::Single {
                let described = self.description_before(n);
                found.extend(described.filter(|app| {
                    let head = app.description.rsplit(' ').next().unwrap_or_default();
                    person_noun(head)
                }));
            }
            if name.kind != NameKind::Person {
                continue;
            }
            found.extend(self.description_after(n));
            // Titles before the name ("Norwegian Prime Minister Ida Holt").
            if let Some(title) = name
                .title
                .as_ref()
                .filter(|t| t.split(' ').any(|w| !is_courtesy_title(w)))
            {
                found.push(Apposition {
                    name: n,
                    description: title.clone(),
                    span: name.start..name.start,
                    in_front: false,
                });
            }
            found.extend(self.description_before(n));
            found.extend(self.role_in_front(n));
        }
        found.sort_by_key(|a| (a.span.start, a.name));
        self.appositions = found;
    }

    /// The apposition over `words` (token indices in order) for name `n`.
    fn apposition(&self, n: usize, words: &[usize]) -> Apposition {
        let span = self.doc.tokens[words[0]].start..self.doc.tokens[words[words.len() - 1]].end;
        Apposition {
            name: n,
            description: self.doc.slice(span.clone()).to_lowercase(),
            span,
            in_front: false,
        }
    }

    /// "Ana Ruiz, the U.S. special envoy for trade," (name then description).
    fn description_after(&self, n: usize) -> Option<Apposition> {
        let after = self.names[n].tokens.end;
        if after >= self.doc.tokens.len()
            || !self.doc.is_punct(after, ',')
            || self.in_quote[after].is_some()
        {
            return None;
        }
        let words: Vec<usize> = (after + 1..self.doc.tokens.len())
            .take_while(|&k| {
                self.doc.is_word(k) && self.in_quote[k].is_none() && !np_stop(self.lower(k))
            })
            .take(14)
            .collect();
        let k = after + 1 + words.len();
        let closes = k >= self.doc.tokens.len() || !self.doc.is_word(k);
        let has_noun = words.iter().any(|&w| !self.doc.is_capitalized(w));
        let first = *words.first()?;
        (self.opens_like_description(first) && closes && has_noun)
            .then(|| self.apposition(n, &words))
    }

    /// An appositive opens like a noun phrase, not a verb, a preposition or a clause.
    fn opens_like_description(&self, w: usize) -> bool {
        let l = self.lower(w);
        let verb_like = ["ed", "ing", "ly"].iter().any(|s| l.ends_with(s))
            || is_preposition(l)
            || opens_clause_not_apposition(l);
        is_determiner(l)
            || names::ends_possessive(self.doc.token_text(w))
            || names::is_demonym(self.doc.token_text(w))
            || (!self.doc.is_capitalized(w) && !verb_like)
    }

    /// "the mayor’s press secretary, Lena Hoss," (description then name).
    fn description_before(&self, n: usize) -> Option<Apposition> {
        // Before the name's title, if it has one ("the lead author, Professor Ana Ruiz").
        let name = &self.names[n];
        let before = name
            .title_span
            .as_ref()
            .map_or(name.tokens.start, |s| self.doc.token_at_or_after(s.start));
        // "Dr (Mrs) Ngozi Obi": past honorifics, in brackets or not, and their stops.
        let mut before = before;
        loop {
            let bracketed = before >= 3
                && self.doc.is_punct(before - 1, ')')
                && self.doc.is_word(before - 2)
                && self.doc.is_punct(before - 3, '(');
            if bracketed {
                before -= 3;
            } else if before >= 1
                && crate::lexicon::roles::title_gender(self.doc.token_text(before - 1)).is_some()
            {
                before -= 1;
            } else if before >= 2
                && self.doc.is_punct(before - 1, '.')
                && crate::lexicon::roles::title_gender(self.doc.token_text(before - 2)).is_some()
            {
                before -= 2;
            } else {
                break;
            }
        }
        if before < 2 || !self.doc.is_punct(before - 1, ',') {
            return None;
        }
        let mut k = before - 1;
        let mut words = Vec::new();
        // Within the paragraph: a headline's last words describe no one in the next line.
        let paragraph = self.doc.paragraph_start(k);
        while k > paragraph
            && self.doc.is_word(k - 1)
            && self.in_quote[k - 1].is_none()
            && words.len() < 12
        {
            let lower = self.lower(k - 1);
            if np_stop(lower) {
                break;
            }
            k -= 1;
            words.push(k);
            // "envoy to the country": a determiner after a preposition is inside the phrase.
            if is_determiner(lower) && !(k > 0 && is_preposition(self.lower(k - 1))) {
                break;
            }
        }
        words.reverse();
        // "On the pier, Ana Velk", "After the meeting, John Moore": a phrase opening with a
        // preposition says where or when, not who.
        // "But the company's founder, John Smith": a conjunction opens no phrase of its own.
        let opens = |w: usize| {
            let l = self.lower(w);
            is_preposition(l)
                || (crate::lexicon::grammar::opens_introduction(l)
                    && !matches!(
                        l,
                        "but" | "and" | "yet" | "still" | "meanwhile" | "separately" | "later"
                    ))
        };
        if words
            .first()
            .is_some_and(|&w| opens(w) || (w > 0 && self.doc.is_word(w - 1) && opens(w - 1)))
        {
            return None;
        }
        // "coached by her father, Femi Oyelaran": the verb and its preposition are not the
        // description.
        let clause = words.iter().position(|&w| {
            let l = self.lower(w);
            !(is_preposition(l) || ["ed", "ing"].iter().any(|e| l.ends_with(e)))
        });
        words.drain(..clause.unwrap_or(words.len()));
        // "the earthquake that flattened much of this ancient city, Hatice Yıldırım": the
        // object of a verb in a fronted clause is no description of the name after it.
        // "Police named the driver, Tom Lee": an object with its article is an apposition.
        // "said the lead author, Dr Tobias Harrow-Ng": after a verb of speech it is.
        let object_of_verb = words.first().is_some_and(|&w| {
            !is_determiner(self.lower(w))
                && !names::ends_possessive(self.doc.token_text(w))
                && w > 0
                && self.doc.is_word(w - 1)
                && {
                    let l = self.lower(w - 1);
                    crate::lexicon::speech::speech_verb(l).is_none()
                        && crate::lexicon::quantities::is_past_form(l)
                }
        });
        if object_of_verb {
            return None;
        }
        // "The Treasurer, Kirsten Ward": a title in capitals ends the description too.
        let ends_with_noun = words.last().is_some_and(|&w| {
            !self.doc.is_capitalized(w) || names::is_role_word(self.doc.token_text(w))
        });
        // "the Commissioner for Humanitarian Affairs, Dr Ngozi Obi": a title and its portfolio.
        let titled_portfolio = words.windows(2).any(|pair| {
            names::is_role_word(self.doc.token_text(pair[0]))
                && matches!(self.lower(pair[1]), "for" | "of")
        });
        ((ends_with_noun || titled_portfolio) && words.len() >= 2)
            .then(|| self.apposition(n, &words))
    }
}

impl ArticleAnalysis {
    /// "Storm coach Warwick Tapsell", "defence lawyer Ana Ruiz": a role written in lower case
    /// right before the name, with the words in front of it back to a determiner or a verb,
    /// so that "the coach" later is the person.
    fn role_in_front(&self, n: usize) -> Option<Apposition> {
        let name = &self.names[n];
        let start = name
            .title_span
            .as_ref()
            .map_or(name.tokens.start, |s| self.doc.token_at_or_after(s.start));
        let plain = |t: usize| {
            self.doc.is_word(t) && self.in_quote[t].is_none() && !self.doc.is_capitalized(t)
        };
        // "deputy commissioner of police Anupama Rathi", "head of investor relations Tom Lee":
        // a role with what it is of, up to three words.
        let of_phrase = (1..=3).find(|&k| {
            start > k + 1
                && self.lower(start - k - 1) == "of"
                && (start - k..start).all(|t| plain(t) && !is_preposition(self.lower(t)))
        });
        // "the mother of missing girl Ana Roe": kin of someone is no role of theirs.
        let kin = |r: usize| crate::lexicon::names::is_kin_noun(self.lower(r));
        let role = match of_phrase {
            Some(k) if !is_role_head(self.lower(start - 1)) && !kin(start - k - 2) => start - k - 2,
            _ => start.checked_sub(1)?,
        };
        let lower = self.lower(role);
        if !plain(role) || !is_role_head(lower) {
            return None;
        }
        let tail: Vec<usize> = (role + 1..start).collect();
        let mut words = vec![role];
        let mut k = role;
        while k > 0 && words.len() < 8 {
            let w = k - 1;
            let l = self.lower(w);
            // A headline without a stop ends its sentence all the same.
            if !self.doc.is_word(w)
                || self.in_quote[w].is_some()
                || self.sentence_of_token[w] != self.sentence_of_token[role]
                || self.doc.paragraph_of(self.doc.tokens[w].start)
                    != self.doc.paragraph_of(self.doc.tokens[role].start)
                || np_stop(l)
                || is_preposition(l)
                || is_finite_speech_verb(l)
                || is_speech_participle(l)
            {
                break;
            }
            k = w;
            words.push(w);
            if is_determiner(l) {
                break;
            }
        }
        words.reverse();
        words.extend(tail);
        Some(Apposition {
            in_front: true,
            ..self.apposition(n, &words)
        })
    }
}

/// Does a description ("the U.S. envoy") fit what the text said of someone ("the U.S. special
/// envoy for trade")? Same head or a synonym, and no modifier that changes the role.
pub(super) fn description_matches(known: &str, head: &str, modifiers: &[String]) -> bool {
    // "det. insp." is a detective inspector: titles are matched by the nouns they stand for.
    let known_words: Vec<String> = known
        .split_whitespace()
        .map(|w| title_noun(w.trim_end_matches(',')).to_string())
        .collect();
    let known_head_part: Vec<&String> = known_words
        .iter()
        .take_while(|w| !is_preposition(w))
        .collect();
    let Some(known_head) = known_head_part.last() else {
        return false;
    };
    let synonyms = |a: &str, b: &str| {
        a == b
            || (role_synonym_group(a) != 0 && role_synonym_group(a) == role_synonym_group(b))
            || crate::lexicon::roles::role_covers(b, a)
    };
    // "Detective Inspector Ana Roe" is "the detective" as well as "the inspector".
    // A word in front that is no role ("campaign" of "campaign manager") names no one.
    let title_word = |k: &&String| {
        let k = k.trim_end_matches("’s");
        synonyms(k, head) && is_role_head(k)
    };
    // "the CFO" after "Chief Financial Officer Meredith Yang": a role by its initials.
    let initials: String = known_head_part
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "and" | "the" | "for"))
        .filter_map(|w| w.chars().next())
        .collect();
    // "the DCP" after "deputy commissioner of police Anupama Rathi": the words after "of" too.
    let all_initials: String = known_words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "and" | "the" | "for"))
        .filter_map(|w| w.chars().next())
        .collect();
    // "the PM" is an office of its own, not "Police Minister".
    let office_of_its_own = head.len() <= 2 && crate::lexicon::roles::is_title_any_case(head);
    let whole = !office_of_its_own
        && known_words.len() >= 2
        && known_words.len() <= 5
        && all_initials == head;
    let abbreviated = whole
        || (head.len() >= 2
            && !office_of_its_own
            && known_words.len() >= 2
            && initials.ends_with(head));
    if !synonyms(known_head.trim_end_matches("’s"), head)
        && !known_head_part.iter().any(title_word)
        && !abbreviated
    {
        return false;
    }
    let known_has = |w: &str| known_head_part.iter().any(|k| k.as_str() == w);
    let ours_has = |w: &str| modifiers.iter().any(|m| m == w);
    // A role's initials stand for all its words, "deputy" and "acting" among them.
    if !whole && ROLE_CHANGING.iter().any(|w| known_has(w) != ours_has(w)) {
        return false;
    }
    // Capitalised modifiers ("U.S.", "Norwegian") must be among the known ones.
    modifiers
        .iter()
        .filter(|m| m.contains('.') || m.ends_with("ian") || m.ends_with("ese"))
        .all(|m| known_words.iter().any(|k| k == m))
}

/// A noun for a person by their role or kin ("nurse", "daughter").
fn person_noun(w: &str) -> bool {
    crate::lexicon::names::head_gender(w).is_some() || crate::lexicon::names::is_role_noun(w)
}

/// Is the name `n` in apposition to a person's role or kin, or given an age ("Her daughter,
/// Pam, 72, worries", "Pam, a retired nurse,")?
pub(super) fn introduced_as_person(art: &ArticleAnalysis, n: usize) -> bool {
    // Appositions are in text order: only those near the name can be its own.
    let at = art
        .appositions
        .partition_point(|a| a.span.start < art.names[n].start);
    let near = &art.appositions[at.saturating_sub(10)..(at + 10).min(art.appositions.len())];
    // "Omar, a 19-year-old student who said he had been approached online,": the head before
    // any relative clause.
    let described = near.iter().any(|app| {
        let head = app
            .description
            .split(' ')
            .take_while(|w| !matches!(*w, "who" | "whose" | "which" | "that"))
            .last()
            .unwrap_or_default();
        app.name == n && !app.in_front && person_noun(head)
    });
    let doc = &art.doc;
    let tokens = &art.names[n].tokens;
    let after_role = tokens.start >= 2
        && doc.is_punct(tokens.start - 1, ',')
        && doc.is_word(tokens.start - 2)
        && !doc.is_capitalized(tokens.start - 2)
        && person_noun(doc.token_lower(tokens.start - 2));
    let aged = tokens.end + 2 < doc.tokens.len()
        && doc.is_punct(tokens.end, ',')
        && doc.is_punct(tokens.end + 2, ',')
        && doc
            .token_text(tokens.end + 1)
            .parse::<u32>()
            .is_ok_and(|age| (1..=110).contains(&age));
    // "Her nephew Thanawat, who …": a kinship word right before a one-word name.
    let after_kin = tokens.start >= 1
        && doc.is_word(tokens.start - 1)
        && !doc.is_capitalized(tokens.start - 1)
        && crate::lexicon::names::head_gender(doc.token_lower(tokens.start - 1)).is_some();
    // "Tessler was asked his secret": "his" or "her" a few words on, before any other name or
    // comma, is the named person's own.
    // Only after a passive, which no body is the subject of so ("Greenpeace criticised his
    // decision" names no person).
    let passive = tokens.end + 1 < doc.tokens.len()
        && matches!(doc.token_lower(tokens.end), "was" | "were")
        && crate::lexicon::quantities::is_past_form(doc.token_lower(tokens.end + 1));
    let own_pronoun = passive
        && (tokens.end..doc.tokens.len().min(tokens.end + 5))
            .take_while(|&u| doc.is_word(u) && !doc.is_capitalized(u) && art.in_quote[u].is_none())
            .any(|u| matches!(doc.token_lower(u), "his" | "her"));
    described || after_role || aged || after_kin || own_pronoun || named_only_as(doc, tokens.start)
}

/// Does the name at token `start` follow the words news uses for a source who gives only one
/// name: "who gave his name only as Finn", "identified himself as Emeka", "asked to be
/// identified only as Ruth", "known only as Marisol"?
pub(super) fn named_only_as(doc: &crate::text::Doc, start: usize) -> bool {
    if start < 2 || doc.token_lower(start - 1) != "as" {
        return false;
    }
    let mut u = start - 1;
    if matches!(doc.token_lower(u - 1), "only" | "simply") {
        u -= 1;
    }
    let before = |k: usize| {
        if u >= k {
            doc.token_lower(u - k)
        } else {
            ""
        }
    };
    (before(1) == "name" && matches!(before(2), "his" | "her" | "their"))
        || before(1) == "identified"
        || (matches!(before(1), "himself" | "herself" | "themselves") && before(2) == "identified")
        || before(1) == "known"
        // "known to everyone in the building simply as Jules".
        || (u >= 8
            && (u - 8..u)
                .rev()
                .take_while(|&k| !doc.is_punct(k, ','))
                .any(|k| doc.token_lower(k) == "known"))
}
