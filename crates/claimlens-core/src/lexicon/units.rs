//! Vocabulary of units of measure: the quantity each unit measures and the SI prefixes written
//! tight to a unit ("20kHz").
//!
//! General English newswire vocabulary: the units any beat (weather, tech, science, motoring)
//! writes after a number.

/// Units of measure, by the quantity they measure (for what a figure counts when no noun
/// follows it: "the car makes 500bhp" counts power). Lower case, as written tight or apart.
pub(crate) fn unit_quantity(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "mph" | "km/h" | "kph" | "kmh" | "knots" | "knot" | "kts" => "speed",
        "bhp" | "hp" | "horsepower" | "kw" | "mw" | "gw" | "kilowatts" | "megawatts"
        | "gigawatts" => "power",
        "kwh" | "mwh" | "gwh" | "twh" => "energy",
        "gb" | "tb" | "mb" | "kb" | "pb" => "storage capacity",
        "hz" | "khz" | "mhz" | "ghz" => "frequency",
        "kg" | "g" | "lb" | "lbs" | "oz" | "tonnes" | "tons" | "tonne" | "ton" | "pounds"
        | "kilograms" | "grams" => "weight",
        "km" | "m" | "cm" | "mm" | "ft" | "feet" | "miles" | "mile" | "metres" | "meters"
        | "inches" | "inch" | "yards" | "kilometres" | "kilometers" | "millimetres"
        | "millimeters" | "centimetres" | "centimeters"
        // Singular, as a hyphenated adjective writes it: "a 15.3-kilometre line".
        | "kilometre" | "kilometer" | "metre" | "meter" | "foot" | "yard" | "millimetre"
        | "millimeter" | "centimetre" | "centimeter" => "distance",
        "min" | "mins" | "minutes" | "sec" | "secs" | "seconds" | "hrs" | "hours" | "h" => {
            "duration"
        }
        "degrees" | "°c" | "°f" | "c" | "f" => "temperature",
        "mm/h" | "in/h" => "rainfall rate",
        "x" => "multiple",
        "ml" | "l" | "litres" | "liters" | "gallons" | "litre" | "liter" | "gallon" => "volume",
        "hectares" | "acres" | "ha" | "hectare" | "acre" => "area",
        "mp" | "megapixels" => "resolution",
        "fps" => "frame rate",
        "bp" | "bps" | "basis" => "basis points",
        _ => return None,
    })
}

/// Words of weather reports, which say that a "c" after a number is degrees Celsius ("highs of
/// 31c", "a chilly 4c overnight") and not cents.
pub(crate) fn weather_word(w: &str) -> bool {
    matches!(
        w,
        "temperature"
            | "temperatures"
            | "degrees"
            | "celsius"
            | "heat"
            | "heatwave"
            | "hot"
            | "hotter"
            | "hottest"
            | "warm"
            | "warmer"
            | "warmest"
            | "cold"
            | "colder"
            | "coldest"
            | "chilly"
            | "freezing"
            | "frost"
            | "highs"
            | "lows"
            | "weather"
            | "thermometer"
            | "thermometers"
            | "mercury"
            | "sunshine"
            | "overnight"
    )
}

/// The factor between two units that differ by an SI prefix ("20Hz" to "20kHz": 1,000), so a
/// range written with two units compares in the first one.
pub(crate) fn si_factor(from: &str, to: &str) -> f64 {
    let Some(prefix) = to.strip_suffix(from) else {
        return 1.0;
    };
    match prefix {
        "k" => 1e3,
        "m" if !from.is_empty() => 1e6,
        "g" => 1e9,
        _ => 1.0,
    }
}

/// A unit written with an SI prefix whose figures news compares across prefixes ("from 20Hz to
/// 20kHz", "above 16kHz"): the prefix's factor and the bare unit, so a figure's value is in the
/// bare unit as a range's far end is (`si_factor`). Only units whose prefixed forms are one scale
/// in news; "5km" and "500MW" name their own unit and keep their number.
pub(crate) fn prefixed_unit(unit: &str) -> Option<(f64, &'static str)> {
    Some(match unit {
        "khz" => (1e3, "hz"),
        "mhz" => (1e6, "hz"),
        "ghz" => (1e9, "hz"),
        _ => return None,
    })
}

/// The dimension an adjective of size names, in its plain, comparative or superlative form
/// ("7.1mm thick", "38 km across", "the thinnest phone", "the deepest mine").
pub(crate) fn dimension_of(adjective: &str) -> Option<&'static str> {
    let stem = adjective
        .strip_suffix("est")
        .or_else(|| adjective.strip_suffix("er"))
        .unwrap_or(adjective);
    Some(match (adjective, stem) {
        (_, "thick" | "thin" | "thinn") => "thickness",
        ("across", _) | (_, "wide" | "wid" | "broad") => "width",
        (_, "tall") => "height",
        // "higher" and "longer" say more than size ("prices were higher", "no longer"): only
        // their plain and superlative forms name a dimension.
        ("high" | "highest", _) => "height",
        ("long" | "longest", _) => "length",
        (_, "deep") => "depth",
        _ => return None,
    })
}

/// An adjective of size in its plain form, written after a length ("4m high", "38 km across").
pub(crate) fn is_size_adjective(w: &str) -> bool {
    matches!(
        w,
        "thick" | "thin" | "wide" | "broad" | "across" | "tall" | "high" | "deep" | "long"
    )
}

/// Units of time that divide a length into a speed ("90km/h", "14 km per second").
pub(crate) fn is_speed_divisor(w: &str) -> bool {
    matches!(
        w,
        "h" | "hr" | "hour" | "s" | "sec" | "second" | "minute" | "min"
    )
}

/// Words after a measure that say what it measures ("three years old", "3.5 miles away", "340
/// metres from the target", "two hours late").
pub(crate) fn is_measure_adverb(w: &str) -> bool {
    matches!(
        w,
        "old"
            | "away"
            | "from"
            | "long"
            | "high"
            | "wide"
            | "deep"
            | "tall"
            | "across"
            | "thick"
            | "apart"
            | "ago"
            | "late"
            | "early"
            | "behind"
            | "ahead"
            | "off"
    )
}

/// A word naming a unit an amount of stuff is measured in: of weight, volume or area
/// ("tonnes", "litres", "hectares") or a trade's measure ("barrels", "bpd", "bags", "ounces").
/// A figure in one names what it measures elsewhere ("262 lakh tonnes of wheat"); distances,
/// times and temperatures say what they measure themselves.
pub(crate) fn is_measure_word(w: &str) -> bool {
    let w = w.to_lowercase();
    matches!(unit_quantity(&w), Some("weight" | "volume" | "area"))
        || matches!(
            w.as_str(),
            "barrels" | "bpd" | "b/d" | "bags" | "bushels" | "sacks" | "teus" | "ounces" | "carats"
        )
}

/// Verbs of a span of time ("waited over four hours", "for over a week"): before them "over"
/// bounds the span rather than saying when.
pub(crate) fn is_duration_verb(w: &str) -> bool {
    matches!(
        w,
        "waited"
            | "wait"
            | "waits"
            | "waiting"
            | "lasted"
            | "lasts"
            | "lasting"
            | "queued"
            | "spent"
            | "for"
    )
}
