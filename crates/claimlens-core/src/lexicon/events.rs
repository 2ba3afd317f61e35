//! The events news counts people by ("killed", "displaced", "laid off", "released"), by the
//! verbs, adjectives and nouns that name them on any beat.

use crate::figures::Event;

/// Adjectives that, alone after a number, name the event ("nine dead", "48 rescued").
pub(crate) fn is_state_adjective(w: &str) -> bool {
    matches!(w, "dead" | "missing" | "alive" | "unaccounted")
}

/// Event verbs and nouns, by the event they name: the events news counts people by.
pub(crate) fn event_of(word: &str) -> Option<Event> {
    Some(match word {
        "free" | "freed" | "frees" | "freeing" | "release" | "released" | "releases"
        | "releasing" | "pardon" | "pardoned" | "pardons" | "pardoning" | "liberated"
        | "liberation" | "amnestied" => Event::Released,
        "treated" | "treatment" => Event::Injured,
        "sent" | "send" | "sending" | "transferred" | "transfer" | "handed" | "transported"
        | "deported" | "arrived" | "arrive" | "arriving" | "taken" | "expelled" | "flown"
        | "bused" | "moved" => Event::Transferred,
        "remain" | "remains" | "remaining" | "held" | "behind" | "custody" => Event::Held,
        "sentenced" | "sentence" => Event::Sentenced,
        "rescued" | "rescue" | "saved" | "survived" | "survivors" | "alive" | "pulled" => {
            Event::Rescued
        }
        "killed" | "kills" | "killing" | "dead" | "died" | "deaths" | "death" | "bodies"
        | "fatalities" => Event::Killed,
        "injured" | "injures" | "injuring" | "wounded" | "wounding" | "hurt" | "injuries" => {
            Event::Injured
        }
        "hospitalised" | "hospitalized" | "hospital" | "hospitalisation" | "hospitalization" => {
            Event::Hospitalised
        }
        "displaced" | "homeless" | "flee" | "fled" | "fleeing" | "displacement" | "refugees" => {
            Event::Displaced
        }
        "layoffs" | "redundant" | "redundancies" => Event::LaidOff,
        "intensive" | "critical" => Event::InIntensiveCare,
        "missing" | "unaccounted" => Event::Missing,
        "evacuate" | "evacuated" | "evacuation" | "evacuations" => Event::Evacuated,
        "arrested" | "detained" | "arrests" => Event::Arrested,
        "aboard" | "board" | "carrying" | "carried" | "manifest" => Event::Aboard,
        // "4.3 lakh people were affected": touched by a disaster, not hurt by it.
        "affected" => Event::Affected,
        _ => return None,
    })
}

/// Nouns that name an event to people by its count ("23 arrests", "14 deaths", "40 injuries"):
/// what is counted, and the event too.
pub(crate) fn is_event_noun(w: &str) -> bool {
    matches!(
        w,
        "arrests" | "deaths" | "injuries" | "evacuations" | "bodies" | "fatalities"
    )
}

/// Past participles of what courts and police do to people ("41 have been charged").
pub(crate) fn is_done_to_people_by_law(w: &str) -> bool {
    matches!(
        w,
        "charged"
            | "convicted"
            | "jailed"
            | "questioned"
            | "interviewed"
            | "fined"
            | "acquitted"
            | "indicted"
            | "prosecuted"
            | "cautioned"
            | "summoned"
            | "bailed"
    )
}

/// Verbs in the past that only people do, in crowds and lists: marching, voting, signing.
pub(crate) fn is_crowd_act(w: &str) -> bool {
    matches!(
        w,
        "marched"
            | "protested"
            | "demonstrated"
            | "rallied"
            | "gathered"
            | "voted"
            | "attended"
            | "signed"
            | "queued"
            | "applied"
            | "registered"
            | "enrolled"
            | "walked"
            | "joined"
    )
}

/// Nouns for what one person demands be done to another ("his resignation", "his arrest").
pub(crate) fn is_done_to_another(noun: &str) -> bool {
    matches!(
        noun,
        "resignation"
            | "removal"
            | "sacking"
            | "dismissal"
            | "arrest"
            | "impeachment"
            | "release"
            | "extradition"
            | "prosecution"
            | "suspension"
            | "expulsion"
            | "ouster"
            | "exit"
            | "departure"
    )
}

/// Events that befall the people a bare count or "one" stands for when they follow it in its
/// clause ("At least 30 were killed", "One man was found dead"); not the broad words of moving
/// and holding ("sent", "held", "board"), which things undergo too.
pub(crate) fn befalls_people(word: &str) -> bool {
    matches!(
        event_of(word),
        Some(
            Event::Killed
                | Event::Injured
                | Event::Arrested
                | Event::Missing
                | Event::Hospitalised
                | Event::Rescued
                | Event::Evacuated
                | Event::Displaced
                | Event::Released
                | Event::Sentenced
                | Event::InIntensiveCare
        )
    )
}

/// Words of crime and the courts, which make years given or sought a sentence ("gets 14 years
/// for fraud", "prosecutors had sought 20 years").
pub(crate) fn is_court_word(w: &str) -> bool {
    matches!(
        w,
        "fraud"
            | "murder"
            | "manslaughter"
            | "theft"
            | "assault"
            | "robbery"
            | "bribery"
            | "corruption"
            | "trafficking"
            | "prosecutors"
            | "prosecution"
            | "prosecutor"
            | "judge"
            | "court"
            | "convicted"
            | "guilty"
            | "prison"
            | "jail"
            | "charges"
            | "crimes"
            | "offences"
            | "offenses"
    )
}
