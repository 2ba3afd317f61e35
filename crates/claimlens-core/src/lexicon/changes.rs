//! Verbs that say what a figure is: a change of something ("the yield rose 0.3%"), an amount of
//! money of something ("the stadium will cost $1.2bn"), a level something stands at ("waiting
//! lists stand at 7.4 million"), or a level something was brought to ("bringing the total to
//! 318"). General newswire vocabulary of markets, budgets and tallies.

/// Verbs of change: "rose from X to Y" is two values of one quantity, not a range, and "the
/// yield rose 0.3%" counts a rise in the yield.
pub(crate) fn change_verb(w: &str) -> Option<Change> {
    Some(match w {
        "rose" | "rise" | "rises" | "rising" | "risen" | "increased" | "increase" | "increases"
        | "climbed" | "climb" | "climbs" | "jumped" | "jumps" | "grew" | "grow" | "grows"
        | "surged" | "surges" | "soared" | "gained" | "gains" | "advanced" | "edged" | "up"
        | "rallied" | "doubled" | "tripled" | "spiked" | "grown" | "climbing" | "increasing"
        | "growing" | "jumping" | "widened" | "widening" | "add" | "adding" | "added" | "adds"
        | "gaining" | "strengthened" | "strengthens" | "firmed" | "accelerated" | "accelerates"
        | "expanded" | "expands" | "rebounded" | "recovered" | "appreciated" | "soaring"
        | "surging" | "doubling" | "rebounding" | "recovering" | "improving"
        // Headlines' present tense: "Exports soar 9%", "Shares jump 12%".
        | "soar" | "soars" | "surge" | "jump" | "rally" | "rallies" | "rebound" | "rebounds"
        | "widen" | "widens" | "double" | "doubles" | "triple" | "triples" | "spikes" | "edges"
        | "expand" | "accelerate"
        // Costs and crowds that grow out of hand: "ballooned", "swelled", "has blown out by".
        | "ballooned" | "ballooning" | "balloons" | "swelled" | "swelling" | "swells"
        | "swollen" | "mushroomed" | "spiralled" | "spiraled" | "skyrocketed" | "rocketed"
        | "leapt" | "leaped" | "blown" | "blew" => Change::Rise,
        "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop" | "drops"
        | "declined" | "decline" | "declines" | "decreased" | "decreases" | "slipped" | "slid"
        | "plunged" | "plummeted" | "tumbled" | "sank" | "dipped" | "shrank" | "lost" | "down"
        | "eased" | "ease" | "eases" | "easing" | "slumped" | "retreated" | "shed" | "sheds"
        | "shedding" | "losing" | "slipping" | "sliding" | "dipping" | "weakened" | "weakens"
        | "slowed" | "slows" | "contracted" | "contracts" | "narrowed" | "narrows"
        | "depreciated" | "softened" | "halved" | "tumbling" | "plunging" | "dropping"
        | "declining" | "decreasing" | "shrinking" | "slumping" | "sinking" | "slowing"
        | "narrowing" | "halving" | "shrunk" | "sunk"
        // Headlines' present tense: "Shares sink 14%", "Profits slump 20%".
        | "plunge" | "plunges" | "plummet" | "plummets" | "tumble" | "tumbles" | "sink"
        | "sinks" | "slump" | "slumps" | "dip" | "dips" | "slide" | "slides" | "slip" | "slips"
        | "halve" | "halves" | "cooled" | "cools" | "cooling" => Change::Fall,
        "went" | "moved" | "change" | "changes" | "changed" | "shifted" | "swung" | "improved"
        | "improves" | "worsened" | "worsens" | "deteriorated" => Change::Move,
        _ => return None,
    })
}

/// The direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    Rise,
    Fall,
    Move,
}

impl Change {
    /// The noun naming the change ("rise in the bond yield").
    pub(crate) fn noun(self) -> &'static str {
        match self {
            Change::Rise => "rise",
            Change::Fall => "fall",
            Change::Move => "change",
        }
    }
}

/// Verbs that state a money amount of their subject ("the stadium will cost $1.2bn": the cost
/// of the stadium; "the painting sold for $3m": its sale price).
pub(crate) fn money_verb(w: &str) -> Option<&'static str> {
    Some(match w {
        "cost" | "costs" | "costing" => "cost",
        "sold" | "sells" | "sell" | "selling" | "fetched" | "fetches" | "fetch" | "fetching" => {
            "sale price"
        }
        "raised" | "raises" | "raising" | "raise" => "money raised",
        "suing" | "sued" | "sues" | "sue" => "damages sought",
        "receive" | "receives" | "received" | "receiving" | "get" | "gets" | "got" | "getting" => {
            "amount received"
        }
        "signed" | "signs" | "signing" => "fee",
        "bought" | "buys" | "buy" | "acquired" | "acquires" | "acquire" | "purchased" => {
            "purchase price"
        }
        "estimated" | "estimates" => "estimate",
        "return" | "returns" | "returned" | "returning" => "amount returned",
        "earned" | "earns" | "earn" | "earning" | "made" | "makes" => "earnings",
        // "has grossed ₹512.6 crore worldwide": a film's or a show's takings.
        "grossed" | "grosses" | "grossing" => "gross takings",
        "generated" | "generates" | "generate" | "generating" => "revenue",
        "paid" | "pays" | "pay" | "paying" => "amount paid",
        "spent" | "spends" | "spend" => "spending",
        "valued" | "values" | "valuing" | "worth" => "value",
        "starts" | "start" | "starting" | "priced" | "retails" | "retail" => "price",
        // The subject is itself the amount ("fares range from £35 to £95").
        // "arrears totalling KSh 1.6 billion", "debts amounting to £40m": so is a total.
        "range" | "ranges" | "ranged" | "ranging" | "vary" | "varies" | "totalling"
        | "totaling" | "totalled" | "totaled" | "totals" | "amounting" | "amounted" | "amounts" => {
            ""
        }
        "owes" | "owed" | "owe" | "owing" => "debt",
        "lost" | "loses" => "loss",
        "fined" | "fine" | "fines" => "fine",
        "charge" | "charges" | "charged" | "charging" => "charge",
        "save" | "saves" | "saved" | "saving" => "savings",
        // "the university wins £4.6m", "won $1m in the draw".
        "awarded" | "awards" | "award" | "awarding" | "won" | "wins" | "win" | "granted" => "award",
        "budgeted" => "budget",
        // "set aside £5m", "put aside".
        "aside" => "money set aside",
        "released" | "releases" | "releasing" => "money released",
        "allocated" | "allocates" | "allocating" | "earmarked" | "earmarks" | "allocate"
        | "earmark" | "devotes" | "devoted" | "devote" | "devoting" => "allocation",
        "pledged" | "pledges" | "pledging" => "pledge",
        "invested" | "invests" | "investing" | "invest" => "investment",
        "borrowed" | "borrows" | "borrow" => "borrowing",
        "donated" | "donates" | "donating" => "donation",
        "gave" | "gives" | "give" | "giving" => "amount given",
        "contributed" | "contributes" | "contribute" | "contributing" => "contribution",
        "pooled" | "pools" | "pool" => "money pooled",
        "repay" | "repays" | "repaid" | "repaying" => "repayment",
        _ => return None,
    })
}

/// Verbs that take an amount away from something ("cut £480,000 from the service", "trimmed
/// $12.6m from the programme").
pub(crate) fn is_cut_verb(w: &str) -> bool {
    matches!(
        w,
        "cut"
            | "cuts"
            | "cutting"
            | "trimmed"
            | "trims"
            | "trim"
            | "trimming"
            | "slashed"
            | "slashes"
            | "slash"
            | "slashing"
            | "shaved"
            | "shaves"
            | "shave"
    )
}

/// Verbs that bring something to a level named after "to" or "at" ("bringing the total to 318",
/// "pushing the death toll to 45", "officials put the damage at $40m"): what they bring is what
/// the figure measures.
pub(crate) fn is_causative_verb(w: &str) -> bool {
    [
        "bring",
        "brings",
        "bringing",
        "brought",
        "take",
        "takes",
        "taking",
        "took",
        "push",
        "pushes",
        "pushing",
        "pushed",
        "lift",
        "lifts",
        "lifting",
        "lifted",
        "raise",
        "raises",
        "raising",
        "raised",
        "send",
        "sends",
        "sending",
        "sent",
        "drive",
        "drives",
        "driving",
        "drove",
        "cut",
        "cuts",
        "cutting",
        "lower",
        "lowers",
        "lowering",
        "lowered",
        "reduce",
        "reduces",
        "reducing",
        "reduced",
        "boost",
        "boosts",
        "boosting",
        "boosted",
        // "double its workforce to 520", "slash the payroll to 90".
        "double",
        "doubles",
        "doubled",
        "doubling",
        "triple",
        "triples",
        "tripled",
        "tripling",
        "halve",
        "halves",
        "halved",
        "halving",
        "increase",
        "increases",
        "increased",
        "increasing",
        "expand",
        "expands",
        "expanded",
        "expanding",
        "slash",
        "slashes",
        "slashed",
        "slashing",
        "trim",
        "trims",
        "trimmed",
        "trimming",
        "put",
        "puts",
        "putting",
        "estimate",
        "estimates",
        "estimated",
        "estimating",
        "peg",
        "pegs",
        "pegged",
        "pegging",
        "set",
        "sets",
        "setting",
        // "held the cash rate at 4.35%", "kept rates at", "capped rent rises at 15%", "valuing
        // the company at $2bn" (`is_valuing_verb`).
        "hold",
        "holds",
        "held",
        "holding",
        "keep",
        "keeps",
        "kept",
        "keeping",
        "cap",
        "caps",
        "capped",
        "capping",
        "fix",
        "fixes",
        "fixed",
        "fixing",
        // "froze housing charges at $8,700".
        "freeze",
        "freezes",
        "froze",
        "frozen",
        "freezing",
        "value",
        "values",
        "valued",
        "valuing",
    ]
    .contains(&w)
}

/// Verbs that put a worth on what they act on ("valuing the company at $2bn").
pub(crate) fn is_valuing_verb(w: &str) -> bool {
    matches!(w, "value" | "values" | "valued" | "valuing")
}

/// Verbs of a level held ("waiting lists stand at 7.4 million", "unemployment remained at 4%").
pub(crate) fn is_level_verb(w: &str) -> bool {
    [
        // "inflation is expected to peak at 11%".
        "peak",
        "peaks",
        "peaked",
        "peaking",
        "stand",
        "stands",
        "stood",
        "standing",
        "sit",
        "sits",
        "sat",
        "sitting",
        "remain",
        "remains",
        "remained",
        "stay",
        "stays",
        "stayed",
        "hover",
        "hovers",
        "hovered",
        "hovering",
        "held",
        "holds",
        "steady",
        "unchanged",
        "flat",
        "stable",
    ]
    .contains(&w)
}

/// Verbs that give their subject's amount as their object: "capital spending takes ₦348bn",
/// "temperatures touched 51C", "pilgrims over 60 make up 38%", "exports account for 40%".
pub(crate) fn is_amount_verb(w: &str) -> bool {
    [
        "take",
        "takes",
        "took",
        "touch",
        "touches",
        "touched",
        "top",
        "tops",
        "topped",
        "hits",
        "exceed",
        "exceeds",
        "exceeded",
        "average",
        "averages",
        "averaged",
        "peak",
        "peaks",
        "peaked",
        "represent",
        "represents",
        "represented",
        "comprise",
        "comprises",
        "comprised",
        "account",
        "accounts",
        "accounted",
        "amount",
        "amounts",
        "amounted",
        "measure",
        "measures",
        "measured",
        "weigh",
        "weighs",
        "weighed",
        // Passing a level: "the token crossed $90,000", "sales surpassed $2bn".
        "cross",
        "crosses",
        "crossed",
        "surpass",
        "surpasses",
        "surpassed",
        "breach",
        "breaches",
        "breached",
        "eclipsed",
        // Coming close to a level: "bitcoin nears $10,000".
        "nears",
        "neared",
        "nearing",
    ]
    .contains(&w)
}

/// Verbs whose first object is who pays or receives, before the amount ("will cost the
/// hospitals $310m", "fined the app 48 million euros", "paid the family $2m").
pub(crate) fn takes_payer_first(verb: &str) -> bool {
    [
        "cost", "costs", "costing", "fined", "fine", "fines", "paid", "pays", "pay", "owes",
        "owed", "owe", "awarded", "award", "awards", "charge", "charges", "charged", "charging",
        "saved", "save", "saves", "saving", "suing", "sued", "sues", "sue",
    ]
    .contains(&verb)
}

/// Verbs of a life's events that take the age they happened at ("died at 87", "left school at
/// 16", "retired at 60"): general English, from obituaries, profiles and court copy.
pub(crate) fn is_life_event_verb(w: &str) -> bool {
    matches!(
        w,
        "died"
            | "married"
            | "retired"
            | "left"
            | "joined"
            | "started"
            | "began"
            | "groomed"
            | "diagnosed"
            | "emigrated"
            | "orphaned"
            | "adopted"
            | "debuted"
            | "enlisted"
            | "graduated"
            | "widowed"
            | "abused"
            | "recruited"
            | "signed"
            | "elected"
            | "ordained"
            | "arrested"
            | "convicted"
            | "jailed"
    )
}

/// Verbs naming what money is for after "to" ("£75m to fund operations", "$2bn to build
/// homes").
pub(crate) fn is_purpose_verb(w: &str) -> bool {
    matches!(
        w,
        "fund"
            | "finance"
            | "pay"
            | "build"
            | "buy"
            | "hire"
            | "recruit"
            | "cover"
            | "repair"
            | "replace"
            | "upgrade"
            | "support"
            | "train"
            | "expand"
            | "improve"
            | "tackle"
            | "clear"
            | "create"
            | "develop"
            | "modernise"
            | "modernize"
            | "renovate"
            | "restore"
            | "protect"
            | "compensate"
            | "rebuild"
            | "subsidise"
            | "subsidize"
            | "install"
            | "maintain"
            | "settle"
    )
}
