//! Units of measure, time and money, with their normalised names.
//!
//! Names follow SI symbols where there is one ("km", "kg", "°C"), English
//! words otherwise ("mile", "hour", "barrel"), and ISO 4217 codes for money
//! ("USD", "EUR"). A bare "$" or "dollars" is taken as US dollars, the usual
//! reading in English-language news; "franc", "peso", "dinar" without a
//! country stay generic.

use crate::model::QuantityKind;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A unit found after (or, for money, before) a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub name: &'static str,
    pub kind: QuantityKind,
}

const fn measure(name: &'static str) -> Unit {
    Unit {
        name,
        kind: QuantityKind::Measure,
    }
}
const fn duration(name: &'static str) -> Unit {
    Unit {
        name,
        kind: QuantityKind::Duration,
    }
}
const fn money(name: &'static str) -> Unit {
    Unit {
        name,
        kind: QuantityKind::Money,
    }
}

pub(crate) const PERCENT: Unit = Unit {
    name: "percent",
    kind: QuantityKind::Percent,
};
pub(crate) const PERCENTAGE_POINT: Unit = Unit {
    name: "percentage point",
    kind: QuantityKind::Percent,
};
pub(crate) const DEGREE: Unit = measure("°");
pub(crate) const CELSIUS: Unit = measure("°C");
pub(crate) const FAHRENHEIT: Unit = measure("°F");
pub(crate) const KELVIN: Unit = measure("K");
pub(crate) const POUND_WEIGHT: Unit = measure("lb");
pub(crate) const GBP: Unit = money("GBP");
pub(crate) const USD: Unit = money("USD");
pub(crate) const CENT: Unit = money("cent");
pub(crate) const PENCE: Unit = money("pence");
pub(crate) const INR: Unit = money("INR");
pub(crate) const FOOT: Unit = measure("ft");
pub(crate) const METRE: Unit = measure("m");
/// The moment magnitude (or Richter) scale of earthquakes.
pub(crate) const MAGNITUDE: Unit = measure("magnitude");

/// Units written as words, singular and plural, matched case-insensitively.
const WORDS: &[(&[&str], Unit)] = &[
    // Time.
    (&["millisecond", "milliseconds"], duration("ms")),
    (&["second", "seconds", "sec", "secs"], duration("second")),
    (&["minute", "minutes", "min", "mins"], duration("minute")),
    (&["hour", "hours", "hr", "hrs"], duration("hour")),
    (&["day", "days"], duration("day")),
    (&["night", "nights"], duration("night")),
    (&["week", "weeks"], duration("week")),
    (&["fortnight", "fortnights"], duration("fortnight")),
    (&["month", "months"], duration("month")),
    (&["year", "years", "yr", "yrs"], duration("year")),
    (&["decade", "decades"], duration("decade")),
    (&["century", "centuries"], duration("century")),
    // Length.
    (
        &["kilometre", "kilometres", "kilometer", "kilometers"],
        measure("km"),
    ),
    (&["metre", "metres", "meter", "meters"], measure("m")),
    (
        &["decimetre", "decimetres", "decimeter", "decimeters"],
        measure("dm"),
    ),
    (
        &["centimetre", "centimetres", "centimeter", "centimeters"],
        measure("cm"),
    ),
    (
        &["millimetre", "millimetres", "millimeter", "millimeters"],
        measure("mm"),
    ),
    (
        &[
            "micrometre",
            "micrometres",
            "micrometer",
            "micrometers",
            "micron",
            "microns",
        ],
        measure("µm"),
    ),
    (
        &["nanometre", "nanometres", "nanometer", "nanometers"],
        measure("nm"),
    ),
    (
        &["picometre", "picometres", "picometer", "picometers"],
        measure("pm"),
    ),
    (&["mile", "miles"], measure("mile")),
    (&["foot", "feet"], measure("ft")),
    (&["inch", "inches"], measure("in")),
    (&["yard", "yards"], measure("yd")),
    // Area.
    (&["hectare", "hectares"], measure("ha")),
    (&["acre", "acres"], measure("acre")),
    // Volume.
    (&["litre", "litres", "liter", "liters"], measure("l")),
    (
        &["millilitre", "millilitres", "milliliter", "milliliters"],
        measure("ml"),
    ),
    (&["gallon", "gallons"], measure("gallon")),
    (&["barrel", "barrels"], measure("barrel")),
    (&["pint", "pints"], measure("pint")),
    // Mass.
    (
        &[
            "kilogram",
            "kilograms",
            "kilogramme",
            "kilogrammes",
            "kilo",
            "kilos",
        ],
        measure("kg"),
    ),
    (&["gram", "grams", "gramme", "grammes"], measure("g")),
    (&["milligram", "milligrams"], measure("mg")),
    (&["microgram", "micrograms"], measure("µg")),
    (&["nanogram", "nanograms"], measure("ng")),
    (&["tonne", "tonnes"], measure("t")),
    (&["ton", "tons"], measure("ton")),
    (&["ounce", "ounces"], measure("oz")),
    // Radiation: the dose, and the activity of a source.
    (&["sievert", "sieverts"], measure("Sv")),
    (&["millisievert", "millisieverts"], measure("mSv")),
    (&["microsievert", "microsieverts"], measure("µSv")),
    (&["becquerel", "becquerels"], measure("Bq")),
    // Speed, angle, information, energy, the strength of an earthquake.
    (&["knot", "knots"], measure("knot")),
    (&["magnitude"], MAGNITUDE),
    (&["radian", "radians"], measure("rad")),
    (&["degree", "degrees"], DEGREE),
    (&["celsius", "centigrade"], CELSIUS),
    (&["fahrenheit", "farenheit"], FAHRENHEIT),
    (&["kelvin", "kelvins"], KELVIN),
    (&["bit", "bits"], measure("bit")),
    (&["byte", "bytes"], measure("B")),
    (&["kilobyte", "kilobytes"], measure("kB")),
    (&["megabyte", "megabytes"], measure("MB")),
    (&["gigabyte", "gigabytes"], measure("GB")),
    (&["terabyte", "terabytes"], measure("TB")),
    (&["watt", "watts"], measure("W")),
    (&["kilowatt", "kilowatts"], measure("kW")),
    (&["megawatt", "megawatts"], measure("MW")),
    (&["gigawatt", "gigawatts"], measure("GW")),
    (&["volt", "volts"], measure("V")),
    (&["calorie", "calories"], measure("kcal")),
    // Percent.
    (&["percent", "pct", "percents", "percentage"], PERCENT),
    // Money.
    (&["dollar", "dollars"], USD),
    (&["euro", "euros"], money("EUR")),
    (&["pound", "pounds"], POUND_WEIGHT),
    (&["sterling"], GBP),
    (&["pence", "penny", "pennies"], money("pence")),
    (&["cent", "cents"], CENT),
    (&["yen"], money("JPY")),
    (&["yuan", "renminbi"], money("CNY")),
    (&["rouble", "roubles", "ruble", "rubles"], money("RUB")),
    (
        &["hryvnia", "hryvnias", "hryvnya", "hryvnyas", "hryvnas"],
        money("UAH"),
    ),
    (&["rupee", "rupees"], money("INR")),
    (&["franc", "francs"], money("franc")),
    (&["peso", "pesos"], money("peso")),
    (&["lira", "lire", "liras"], money("TRY")),
    (&["markka", "markkaa"], money("FIM")),
    // Plural only: "passed the 1,000 mark" is a milestone, "2,000 marks per
    // household" money.
    (&["marks"], money("mark")),
    (&["peseta", "pesetas"], money("ESP")),
    (&["bitcoin", "bitcoins"], money("BTC")),
    (&["shekel", "shekels"], money("ILS")),
    (&["rand"], money("ZAR")),
    (&["reais"], money("BRL")),
    (&["zloty", "zlotys", "zlotych"], money("PLN")),
    (&["forint", "forints"], money("HUF")),
    (&["naira"], money("NGN")),
    (&["dinar", "dinars"], money("dinar")),
    (&["dirham", "dirhams"], money("AED")),
    (&["riyal", "riyals"], money("SAR")),
    (&["krona", "kronor"], money("SEK")),
    (&["krone", "kroner"], money("krone")),
    // The English name of the krona, krone and koruna ("60 million crowns").
    (&["crown", "crowns"], money("crown")),
    (&["kopek", "kopeks", "kopeck", "kopecks"], money("kopek")),
    (&["colón", "colon", "colones"], money("CRC")),
    (&["lari"], money("GEL")),
    (&["kip"], money("LAK")),
    (&["koruna", "koruny", "korun"], money("CZK")),
    (&["kuna", "kune", "kuna's"], money("HRK")),
    (&["leu", "lei"], money("RON")),
    (&["lev", "leva"], money("BGN")),
    (&["baht"], money("THB")),
    (&["ringgit"], money("MYR")),
    (&["rupiah"], money("IDR")),
    (&["taka"], money("BDT")),
    (&["kwacha"], money("kwacha")),
    (&["shilling", "shillings"], money("shilling")),
    (&["cedi", "cedis"], money("GHS")),
    (&["birr"], money("ETB")),
    (&["tenge"], money("KZT")),
    (&["manat"], money("manat")),
    (&["denar", "denars"], money("MKD")),
];

/// Two-word units and qualified currencies ("square metres", "us dollars").
const PHRASES: &[(&str, &str, Unit)] = &[
    ("square", "kilometres", measure("km²")),
    ("square", "kilometers", measure("km²")),
    ("square", "kilometre", measure("km²")),
    ("square", "kilometer", measure("km²")),
    ("square", "km", measure("km²")),
    ("sq", "km", measure("km²")),
    ("square", "metres", measure("m²")),
    ("square", "meters", measure("m²")),
    ("square", "metre", measure("m²")),
    ("square", "meter", measure("m²")),
    ("sq", "m", measure("m²")),
    ("square", "miles", measure("mile²")),
    ("square", "mile", measure("mile²")),
    ("sq", "miles", measure("mile²")),
    ("square", "feet", measure("ft²")),
    ("square", "foot", measure("ft²")),
    ("sq", "ft", measure("ft²")),
    ("cubic", "metres", measure("m³")),
    ("cubic", "meters", measure("m³")),
    ("cubic", "feet", measure("ft³")),
    ("nautical", "miles", measure("nmi")),
    ("nautical", "mile", measure("nmi")),
    ("light", "years", measure("ly")),
    ("metric", "tons", measure("t")),
    ("metric", "tonnes", measure("t")),
    ("degrees", "celsius", CELSIUS),
    ("degree", "celsius", CELSIUS),
    ("degrees", "centigrade", CELSIUS),
    ("degrees", "c", CELSIUS),
    ("degree", "c", CELSIUS),
    ("deg", "c", CELSIUS),
    ("degrees", "fahrenheit", FAHRENHEIT),
    ("degree", "fahrenheit", FAHRENHEIT),
    ("degrees", "f", FAHRENHEIT),
    ("degree", "f", FAHRENHEIT),
    ("deg", "f", FAHRENHEIT),
    ("degrees", "kelvin", KELVIN),
    ("per", "cent", PERCENT),
    ("percentage", "points", PERCENTAGE_POINT),
    ("percentage", "point", PERCENTAGE_POINT),
    ("us", "dollars", USD),
    ("us", "dollar", USD),
    ("american", "dollars", USD),
    ("canadian", "dollars", money("CAD")),
    ("canadian", "dollar", money("CAD")),
    ("australian", "dollars", money("AUD")),
    ("australian", "dollar", money("AUD")),
    ("singapore", "dollars", money("SGD")),
    ("taiwan", "dollars", money("TWD")),
    ("zealand", "dollars", money("NZD")),
    ("kong", "dollars", money("HKD")),
    ("swiss", "francs", money("CHF")),
    ("swiss", "franc", money("CHF")),
    ("mexican", "pesos", money("MXN")),
    ("philippine", "pesos", money("PHP")),
    ("argentine", "pesos", money("ARS")),
    ("chinese", "yuan", money("CNY")),
    ("japanese", "yen", money("JPY")),
    ("indian", "rupees", money("INR")),
    ("pakistani", "rupees", money("PKR")),
    ("turkish", "lira", money("TRY")),
    ("finnish", "markka", money("FIM")),
    ("russian", "roubles", money("RUB")),
    ("russian", "rubles", money("RUB")),
    ("ukrainian", "hryvnias", money("UAH")),
    ("korean", "won", money("KRW")),
    ("south", "african", money("ZAR")),
    ("brazilian", "reais", money("BRL")),
    ("swedish", "kronor", money("SEK")),
    ("norwegian", "kroner", money("NOK")),
    ("danish", "kroner", money("DKK")),
    ("pounds", "sterling", GBP),
    ("british", "pounds", GBP),
    ("egyptian", "pounds", money("EGP")),
];

/// Abbreviations, matched as written (case matters: "MB" is not "mb").
const ABBREVIATIONS: &[(&str, Unit)] = &[
    ("km", measure("km")),
    ("kms", measure("km")),
    ("m", METRE),
    ("dm", measure("dm")),
    ("cm", measure("cm")),
    ("mm", measure("mm")),
    ("µm", measure("µm")),
    ("nm", measure("nm")),
    ("mi", measure("mile")),
    ("ft", FOOT),
    ("yd", measure("yd")),
    ("yds", measure("yd")),
    ("ha", measure("ha")),
    ("km2", measure("km²")),
    ("km²", measure("km²")),
    ("m2", measure("m²")),
    ("m²", measure("m²")),
    ("m3", measure("m³")),
    ("m³", measure("m³")),
    ("l", measure("l")),
    ("L", measure("l")),
    ("ml", measure("ml")),
    ("mL", measure("ml")),
    ("gal", measure("gallon")),
    ("bbl", measure("barrel")),
    ("kg", measure("kg")),
    ("kgs", measure("kg")),
    ("g", measure("g")),
    ("mg", measure("mg")),
    ("μg", measure("µg")),
    ("µg", measure("µg")),
    ("mcg", measure("µg")),
    ("ng", measure("ng")),
    ("Sv", measure("Sv")),
    ("mSv", measure("mSv")),
    ("µSv", measure("µSv")),
    ("μSv", measure("µSv")),
    ("uSv", measure("µSv")),
    ("Bq", measure("Bq")),
    ("t", measure("t")),
    ("lb", POUND_WEIGHT),
    ("lbs", POUND_WEIGHT),
    ("oz", measure("oz")),
    ("mph", measure("mile/hour")),
    ("kph", measure("km/hour")),
    ("kmh", measure("km/hour")),
    ("rad", measure("rad")),
    ("bit", measure("bit")),
    ("kB", measure("kB")),
    ("KB", measure("kB")),
    ("MB", measure("MB")),
    ("GB", measure("GB")),
    ("TB", measure("TB")),
    ("Mb", measure("Mbit")),
    ("Gb", measure("Gbit")),
    ("kW", measure("kW")),
    ("MW", measure("MW")),
    ("GW", measure("GW")),
    ("kWh", measure("kWh")),
    ("MWh", measure("MWh")),
    ("GWh", measure("GWh")),
    ("TWh", measure("TWh")),
    ("ms", duration("ms")),
    ("h", duration("hour")),
    ("hr", duration("hour")),
    ("hrs", duration("hour")),
    ("min", duration("minute")),
    ("mins", duration("minute")),
    ("sec", duration("second")),
    ("secs", duration("second")),
    ("yr", duration("year")),
    ("yo", duration("year")),
    ("yrs", duration("year")),
];

/// ISO 4217 codes recognised when written in capitals next to a number.
/// Codes that are also common words ("ALL", "TOP", "CUP") are left out.
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
    "RUB", "UAH", "KRW", "TRY", "ILS", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "CZK",
    "HUF", "BTC", "SAR", "AED", "QAR", "EGP", "NGN", "KES", "PKR", "BDT", "IDR", "MYR", "THB",
    "VND", "PHP", "TWD", "ARS", "CLP", "COP", "PEN", "ETH", "XBT",
];

const LOWER_CASE_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
    "RUB", "UAH", "BTC",
];

/// Degrees of angle rather than temperature.
pub(crate) const ANGLE: Unit = measure("degree");

/// Currency symbols.
pub(crate) fn symbol(c: char) -> Option<Unit> {
    let code = match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' | '￥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₴' => "UAH",
        '₩' => "KRW",
        '₺' => "TRY",
        '₪' => "ILS",
        '₿' => "BTC",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₦' => "NGN",
        '₱' => "PHP",
        '฿' => "THB",
        '₫' => "VND",
        '¢' => "cent",
        _ => return None,
    };
    Some(money(code))
}

/// What "X$" means, for the letters X written before a dollar sign.
pub(crate) fn dollar_prefix(letters: &str) -> Option<Unit> {
    let code = match letters.to_ascii_lowercase().replace('.', "").as_str() {
        "us" => "USD",
        "c" | "ca" | "can" | "cad" | "cdn" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "s" | "sg" | "sgd" => "SGD",
        "r" => "BRL",
        "nt" => "TWD",
        "mx" => "MXN",
        _ => return None,
    };
    Some(money(code))
}

/// An ISO code written in capitals ("USD"), or a million-prefixed one ("MEUR").
pub(crate) fn code(raw: &str) -> Option<(Unit, f64)> {
    if !(3..=4).contains(&raw.len()) || !raw.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let find = |c: &str| CODES.iter().find(|k| **k == c).map(|k| money(k));
    if let Some(u) = find(raw) {
        return Some((u, 1.0));
    }
    // Lower case only for codes that are not English words.
    if let Some(k) = LOWER_CASE_CODES
        .iter()
        .find(|k| k.eq_ignore_ascii_case(raw))
        && raw.chars().all(|c| c.is_ascii_lowercase())
    {
        return find(k).map(|u| (u, 1.0));
    }
    if raw.len() == 4
        && let Some(rest) = raw.strip_prefix('M')
        && let Some(u) = find(rest)
    {
        return Some((u, 1e6));
    }
    None
}

static WORD_INDEX: LazyLock<HashMap<&'static str, Unit>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (forms, unit) in WORDS {
        for f in *forms {
            m.insert(*f, *unit);
        }
    }
    m
});

/// A unit written as a lower-case word.
pub(crate) fn word(lower: &str) -> Option<Unit> {
    WORD_INDEX.get(lower).copied()
}

static PHRASE_INDEX: LazyLock<HashMap<(&'static str, &'static str), Unit>> =
    LazyLock::new(|| PHRASES.iter().map(|(a, b, u)| ((*a, *b), *u)).collect());

static ABBREVIATION_INDEX: LazyLock<HashMap<&'static str, Unit>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// A two-word unit.
pub(crate) fn phrase(first: &str, second: &str) -> Option<Unit> {
    PHRASE_INDEX.get(&(first, second)).copied()
}

/// An abbreviation, as written.
pub(crate) fn abbreviation(raw: &str) -> Option<Unit> {
    ABBREVIATION_INDEX.get(raw).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(word("hours").unwrap().name, "hour");
        assert_eq!(word("kilometres").unwrap().name, "km");
        assert_eq!(phrase("square", "miles").unwrap().name, "mile²");
        assert_eq!(abbreviation("MB").unwrap().name, "MB");
        assert!(abbreviation("mb").is_none());
        assert_eq!(code("MEUR"), Some((money("EUR"), 1e6)));
        assert!(code("ALL").is_none());
        assert_eq!(dollar_prefix("HK").unwrap().name, "HKD");
        assert_eq!(symbol('€').unwrap().name, "EUR");
    }
}
