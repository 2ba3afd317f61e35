//! Vocabulary of money: currency symbols, ISO codes and names, the units an amount of money is
//! written in. General English newswire vocabulary of business, markets and courts.

/// Currency symbols written before an amount.
pub(crate) fn is_currency_symbol(w: &str) -> bool {
    matches!(
        w,
        "$" | "£"
            | "€"
            | "¥"
            | "₹"
            | "₽"
            | "₴"
            | "₩"
            | "₺"
            | "₦"
            | "₱"
            | "₵"
            | "₪"
            | "฿"
            | "₫"
            | "₸"
            | "৳"
            // The cedi's sign is written "GH¢" as often as "GH₵"; a cent sign before an
            // amount is nothing else.
            | "¢"
    )
}

/// Letters that papers write before an amount as their currency's sign, glued or spaced:
/// shillings of East Africa ("Sh400", "KSh20,000"), rupees ("Rs 500"), rupiah, ringgit, taka;
/// and, glued to an amount with a decimal point, thousands separator or scale only, the rand
/// the naira and the Philippine peso ("R1.2bn", "N2,500", "P57.32").
pub(crate) fn currency_prefix(w: &str) -> Option<PrefixKind> {
    match w {
        "Sh" | "KSh" | "Ksh" | "TSh" | "Tsh" | "USh" | "Ush" | "Rs" | "Rp" | "RM" | "Tk" => {
            Some(PrefixKind::Letters)
        }
        // The rand, the naira and the Philippine peso ("P57.32", "P18 million").
        "R" | "N" | "P" => Some(PrefixKind::Letter),
        _ => None,
    }
}

/// How sure a currency prefix is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PrefixKind {
    /// Several letters: a currency wherever a number follows.
    Letters,
    /// One letter: a currency only glued to an amount that looks like money.
    Letter,
}

/// ISO codes of the currencies wire copy names most, written before an amount ("EUR 40
/// million"), as written (upper case).
pub(crate) fn is_currency_code(w: &str) -> bool {
    matches!(
        w,
        "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "CHF"
            | "CNY"
            | "CAD"
            | "AUD"
            | "INR"
            | "RUB"
            | "UAH"
            | "PLN"
            | "SEK"
            | "NOK"
            | "DKK"
            | "BRL"
            | "MXN"
            | "ZAR"
            | "KRW"
            | "HKD"
            | "SGD"
            // The Gulf, Africa and Asia's other currencies as their papers write them.
            | "AED"
            | "SAR"
            | "QAR"
            | "KWD"
            | "BHD"
            | "OMR"
            | "EGP"
            | "NGN"
            | "KES"
            | "GHS"
            | "TZS"
            | "UGX"
            | "PKR"
            | "BDT"
            | "LKR"
            | "NPR"
            | "MYR"
            | "IDR"
            | "THB"
            | "VND"
            | "TWD"
            | "NZD"
            | "TRY"
            | "ILS"
            | "CZK"
            | "HUF"
            | "ARS"
            | "CLP"
    )
}

/// Currency names written after an amount ("40 million euros").
pub(crate) fn is_currency_word(w: &str) -> bool {
    matches!(
        w,
        "dollars"
            | "euros"
            | "yen"
            | "yuan"
            | "rubles"
            | "roubles"
            | "rupees"
            | "francs"
            | "pesos"
            | "crowns"
            | "kroner"
            | "krone"
            | "kronor"
            | "krona"
            | "rand"
            | "lira"
            | "lire"
            | "zloty"
            | "zlotys"
            | "zlotych"
            | "forint"
            | "forints"
            | "hryvnia"
            | "lempiras"
            | "bolivianos"
            | "guaranies"
            | "shekels"
            | "dinars"
            | "dirhams"
            | "riyals"
            | "ringgit"
            | "baht"
            | "hryvnias"
            | "pence"
            | "cents"
            | "reais"
            | "naira"
            | "shillings"
            | "cedis"
            | "kwacha"
            | "birr"
            | "taka"
            | "rupiah"
            | "renminbi"
            | "lei"
            | "leva"
            | "koruna"
            | "korunas"
            | "korun"
            | "tenge"
            | "rials"
            | "soles"
            | "colones"
            | "quetzales"
            | "won"
            | "dong"
            | "kip"
            | "kyat"
            | "manat"
            | "lari"
            | "tugrik"
            | "pula"
            | "kwanza"
            | "afghanis"
            | "piastres"
            | "paise"
            | "kopecks"
            | "kopeks"
            | "centavos"
            | "centimes"
            | "fils"
    )
}

/// A currency named in the singular or plural ("the dollar", "lira", "euros").
pub(crate) fn is_currency_name(w: &str) -> bool {
    is_currency_word(w)
        || is_currency_word(&format!("{w}s"))
        || matches!(w, "pound" | "pounds" | "sterling")
}

/// One mark for the currency a token of an amount names, however the article writes it: the
/// sign a token holds ("US$", "NZ$" and "$" are "$"), the sign of the dollar, euro, pound and
/// yen for their codes and names, and the lower-cased letters, code or name of any other ("KSh"
/// and "Sh" are one shilling). None for a token that names no currency.
pub(crate) fn currency_mark(w: &str) -> Option<String> {
    let mut buf = [0; 4];
    if let Some(c) = w
        .chars()
        .find(|c| is_currency_symbol(c.encode_utf8(&mut buf)))
    {
        return Some(c.to_string());
    }
    let sign = match w {
        "USD" | "CAD" | "AUD" | "NZD" | "SGD" | "HKD" | "dollar" | "dollars" => "$",
        "EUR" | "euro" | "euros" => "€",
        "GBP" | "pound" | "pounds" | "sterling" => "£",
        "JPY" | "yen" => "¥",
        _ if currency_prefix(w).is_some() => {
            let lower = w.to_lowercase();
            return Some(match lower.strip_suffix("sh") {
                Some(_) => "sh".to_string(),
                None => lower,
            });
        }
        _ if is_currency_code(w) || is_currency_name(w) => {
            return Some(w.to_lowercase().trim_end_matches('s').to_string())
        }
        _ => return None,
    };
    Some(sign.to_string())
}
