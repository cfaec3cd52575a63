//! Dates and times: find date and time expressions and resolve them.
//!
//! The text is read with the same tokens as numbers. A mention is the
//! longest date or time expression at a position: an absolute date ("Dec. 3",
//! "3 December 2025", "February 2022", "2025-12-03", "in 2019"), a relative
//! one ("yesterday", "on Tuesday", "last month", "three days ago"), a time
//! ("2 a.m.", "23:40", "shortly after 2 a.m.", "past midnight", "late
//! evening") or a date with a time ("Tuesday at 2 a.m.", "last night").
//!
//! # Values
//!
//! Values are ISO 8601 with the TIMEX3 extensions the Recognizers-Text
//! datasets use, so they compare across outlets as plain strings:
//!
//! | expression                   | value (reference 2025-12-03, a Wednesday) |
//! |------------------------------|-------------------------------------------|
//! | "3 December 2025", "Dec. 3"  | `2025-12-03`                              |
//! | "February 2022"              | `2022-02`                                 |
//! | "in 2019"                    | `2019`                                    |
//! | "last week"                  | `2025-W48` (ISO week)                     |
//! | "this weekend"               | `2025-W49-WE`                             |
//! | "on Tuesday"                 | `2025-12-02`                              |
//! | "2 a.m.", "past midnight"    | `T02:00`, `T00:00`                        |
//! | "Tuesday at 2 a.m."          | `2025-12-02T02:00`                        |
//! | "late evening", "last night" | `TEV`, `2025-12-02TNI`                    |
//!
//! Parts of the day are `TMO` (morning), `TAF` (afternoon), `TEV` (evening)
//! and `TNI` (night). A weekday resolves to the most recent such day on or
//! before the reference (news reports the past), "last Tuesday" to the most
//! recent one before it, "next"/"coming" Tuesday to the first one after it.
//! A day or month without a year takes the year that puts it nearest the
//! reference. Without a reference, what the text fixes is kept and the rest
//! written as `X` ("Dec. 3" is `XXXX-12-03`, "Tuesday" `XXXX-WXX-2`), and
//! expressions relative to the day of writing ("yesterday", "last month")
//! have `value: None`.
//!
//! Durations ("two days", "five-hour") are quantities, not dates: see
//! [`super::numbers`].

use super::numbers::lexer::{Kind, Tok, tokenize};
use super::numbers::words::{Form, spelled};
use crate::model::{DateMention, Span};
use chrono::{Datelike, Months, NaiveDate, Weekday};

/// Find date and time expressions in `text`, resolving relative ones against
/// `reference` (the story's publication date) when it is known.
pub fn find_dates(text: &str, reference: Option<NaiveDate>) -> Vec<DateMention> {
    let toks = tokenize(text);
    let cx = Cx {
        toks: &toks,
        reference,
    };
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match cx.mention_at(i) {
            Some(f) => {
                i = f.last + 1;
                found.push(f);
            }
            None => i += 1,
        }
    }
    let found = cx.merge(found);
    let urls = super::numbers::url_spans(text);
    found
        .into_iter()
        .filter_map(|f| {
            let span = Span::new(toks[f.first].start, toks[f.last].end);
            if urls.iter().any(|u| u.overlaps(&span)) {
                return None;
            }
            let value = f.value();
            (!span.is_empty()).then(|| DateMention {
                text: span.slice(text).to_string(),
                span,
                value,
            })
        })
        .collect()
}

/// The day part of a mention.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Day {
    Date(NaiveDate),
    /// Month and day, year unknown.
    PartialDate(u32, u32),
    Month(i32, u32),
    /// Month, year unknown.
    MonthOnly(u32),
    Year(i32),
    /// The ISO week containing this day.
    Week(NaiveDate),
    /// The weekend of the ISO week containing this day.
    Weekend(NaiveDate),
    /// A weekday, date unknown.
    Weekday(Weekday),
    /// A quarter of a year, the year possibly unknown.
    Quarter(Option<i32>, u32),
    /// Relative to an unknown day of writing.
    Unknown,
}

/// The time part of a mention.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Time {
    At(u32, u32),
    /// A part of the day: "MO", "AF", "EV", "NI".
    Part(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Found {
    first: usize,
    last: usize,
    day: Option<Day>,
    time: Option<Time>,
    /// The other end of an interval ("from March to May", "5 to 6pm").
    until: Option<(Option<Day>, Option<Time>)>,
    /// The year was written (not inferred from the reference).
    year_written: bool,
    /// A day and month whose year was chosen (nearest the reference).
    year_guessed: bool,
    /// Named by its weekday ("Friday", "next Monday").
    weekday: bool,
}

impl Found {
    fn value(&self) -> Option<String> {
        let start = point_value(self.day, self.time)?;
        match self.until {
            Some((day, time)) => Some(format!("{start}/{}", point_value(day, time)?)),
            None => Some(start),
        }
    }
}

/// The value of one point in time: a day, a time or both.
fn point_value(day: Option<Day>, time: Option<Time>) -> Option<String> {
    let day = match day {
        None => String::new(),
        Some(Day::Date(d)) => d.format("%Y-%m-%d").to_string(),
        Some(Day::PartialDate(m, d)) => format!("XXXX-{m:02}-{d:02}"),
        Some(Day::Month(y, m)) => format!("{y:04}-{m:02}"),
        Some(Day::MonthOnly(m)) => format!("XXXX-{m:02}"),
        Some(Day::Year(y)) => format!("{y:04}"),
        Some(Day::Week(d)) => {
            let w = d.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Some(Day::Weekend(d)) => {
            let w = d.iso_week();
            format!("{:04}-W{:02}-WE", w.year(), w.week())
        }
        Some(Day::Weekday(w)) => format!("XXXX-WXX-{}", w.number_from_monday()),
        Some(Day::Quarter(Some(y), q)) => format!("{y:04}-Q{q}"),
        Some(Day::Quarter(None, q)) => format!("XXXX-Q{q}"),
        Some(Day::Unknown) => return None,
    };
    let time = match time {
        None => String::new(),
        Some(Time::At(h, m)) => format!("T{h:02}:{m:02}"),
        Some(Time::Part(p)) => format!("T{p}"),
    };
    if day.is_empty() && time.is_empty() {
        return None;
    }
    Some(day + &time)
}

fn month_number(w: &str) -> Option<(u32, bool)> {
    // (month, ambiguous with an English word)
    Some(match w {
        "january" | "jan" => (1, false),
        "february" | "feb" => (2, false),
        "march" => (3, true),
        "mar" => (3, true),
        "april" | "apr" => (4, false),
        "may" => (5, true),
        "june" | "jun" => (6, false),
        "july" | "jul" => (7, false),
        "august" | "aug" => (8, false),
        "september" | "sep" | "sept" => (9, false),
        "october" | "oct" => (10, false),
        "november" | "nov" => (11, false),
        "december" | "dec" => (12, false),
        _ => return None,
    })
}

fn weekday_of(w: &str) -> Option<(Weekday, bool)> {
    // (weekday, abbreviation)
    Some(match w {
        "monday" => (Weekday::Mon, false),
        "tuesday" => (Weekday::Tue, false),
        "wednesday" => (Weekday::Wed, false),
        "thursday" => (Weekday::Thu, false),
        "friday" => (Weekday::Fri, false),
        "saturday" => (Weekday::Sat, false),
        "sunday" => (Weekday::Sun, false),
        "mon" => (Weekday::Mon, true),
        "tue" | "tues" => (Weekday::Tue, true),
        "wed" => (Weekday::Wed, true),
        "thu" | "thur" | "thurs" => (Weekday::Thu, true),
        "fri" => (Weekday::Fri, true),
        "sat" => (Weekday::Sat, true),
        "sun" => (Weekday::Sun, true),
        _ => return None,
    })
}

/// Words before a month or year that make it a date ("in May", "since 2014").
const DATE_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "during",
    "of",
    "from",
    "to",
    "through",
    "between",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "that",
    "throughout",
    "around",
    "circa",
    "on",
    "starting",
    "until",
    "ending",
    "beginning",
    "end",
    "start",
    "middle",
    "year",
    "fiscal",
];

/// A clock reading.
#[derive(Debug, Clone, Copy)]
struct Clock {
    h: u32,
    m: u32,
    last: usize,
    /// A bare hour ("at 7"), a time only with a part of the day after it.
    bare: bool,
    /// Written with a.m./p.m. (or noon/midnight).
    meridiem: bool,
}

fn is_dash(t: &Tok) -> bool {
    matches!(t.punct(), Some('-' | '\u{2010}' | '\u{2011}' | '–'))
}

struct Cx<'a, 't> {
    toks: &'a [Tok<'t>],
    reference: Option<NaiveDate>,
}

impl Cx<'_, '_> {
    fn tok(&self, i: usize) -> Option<&Tok<'_>> {
        self.toks.get(i)
    }
    fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => &t.lower,
            Some(t) => t.raw,
            None => "",
        }
    }
    fn glued(&self, i: usize) -> Option<&Tok<'_>> {
        self.toks.get(i).filter(|t| !t.space_before)
    }
    fn prev_word(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |p| self.word(p))
    }

    /// The longest mention starting at token `i`.
    fn mention_at(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.kind == Kind::Punct {
            return None;
        }
        // "early March", "late 2019", "mid-2022": the qualifier joins the span.
        if matches!(t.lower.as_str(), "early" | "mid" | "late") {
            let k = if self.glued(i + 1).is_some_and(is_dash) {
                i + 2
            } else {
                i + 1
            };
            if let Some(f) = self.month_first(k).or_else(|| self.year_in_context(k))
                && f.first == k
            {
                return Some(Found { first: i, ..f });
            }
        }
        let candidates = [
            self.quarter(i),
            self.weekday_and_day(i),
            self.holiday(i),
            self.offset(i),
            self.numeric_date(i),
            self.month_first(i),
            self.day_first(i),
            self.relative(i),
            self.year_in_context(i),
            self.time(i),
            self.time_range(i),
            self.part_of_day(i),
        ];
        let mut best = candidates
            .into_iter()
            .flatten()
            .max_by_key(|f| (f.last, f.day.is_some()))?;
        // "Mar 4 night", "Dec. 3 evening": a day with a part of it.
        if matches!(best.day, Some(Day::Date(_) | Day::PartialDate(..)))
            && best.time.is_none()
            && best.until.is_none()
            && let Some((p, pl)) = self.part_word(best.last + 1)
        {
            best.time = Some(Time::Part(p));
            best.last = pl;
        }
        Some(best)
    }

    // -- Pieces ------------------------------------------------------------

    /// A month name at `i` (with an optional dot after an abbreviation).
    fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let (m, ambiguous) = month_number(&t.lower)?;
        let abbreviated = t.lower.len() <= 4 && t.lower != "june" && t.lower != "july";
        let mut last = i;
        if abbreviated && self.glued(i + 1).is_some_and(|d| d.is_punct('.')) {
            last = i + 1;
        }
        // "May" the verb, "march" the walk: only as a month when it looks like one.
        let ambiguous = ambiguous || (abbreviated && !t.capitalised() && t.lower != "sept");
        Some((m, last, ambiguous))
    }

    /// A day of the month at `i`: "3", "3rd", "third", "twenty-second".
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                let n = t.num?;
                if !n.integer || n.grouped || n.int_digits > 2 || !(1.0..=31.0).contains(&n.value) {
                    return None;
                }
                let mut last = i;
                if let Some(s) = self.glued(i + 1).filter(|s| s.kind == Kind::Word)
                    && matches!(s.lower.as_str(), "st" | "nd" | "rd" | "th" | "d")
                {
                    last = i + 1;
                }
                // Not the start of a time or a decimal: "3:30".
                if self.glued(last + 1).is_some_and(|c| c.is_punct(':')) {
                    return None;
                }
                Some((n.value as u32, last))
            }
            Kind::Word => {
                let s = spelled(self.toks, i)?;
                if s.form == Form::Fraction
                    || s.value.fract() != 0.0
                    || !(1.0..=31.0).contains(&s.value)
                {
                    return None;
                }
                Some((s.value as u32, s.last))
            }
            Kind::Punct => None,
        }
    }

    /// A four-digit year at `i` (1000-2999), or "'87".
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        if let Some(n) = t.num
            && n.integer
            && !n.grouped
            && n.int_digits == 4
            && (1000.0..3000.0).contains(&n.value)
            && !self
                .glued(i + 1)
                .is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Num)
        {
            return Some((n.value as i32, i));
        }
        if (t.raw == "'" || t.raw == "’")
            && let Some(n) = self.glued(i + 1).and_then(|x| x.num)
            && n.integer
            && n.int_digits == 2
        {
            let y = n.value as i32;
            return Some((if y < 50 { 2000 + y } else { 1900 + y }, i + 1));
        }
        None
    }

    fn weekday_at(&self, i: usize) -> Option<(Weekday, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let (w, abbr) = weekday_of(&t.lower)?;
        let mut last = i;
        if abbr {
            // "Sun", "Sat", "Wed" are words too: only capitalised.
            if !t.capitalised() {
                return None;
            }
            if self.glued(i + 1).is_some_and(|d| d.is_punct('.')) {
                last = i + 1;
            }
        }
        Some((w, last))
    }

    // -- Resolution ----------------------------------------------------------

    fn date_of(&self, y: Option<i32>, m: u32, d: u32) -> Option<Day> {
        if let Some(y) = y {
            return NaiveDate::from_ymd_opt(y, m, d).map(Day::Date);
        }
        // Checked against a leap year so "Feb 29" stays possible.
        NaiveDate::from_ymd_opt(2024, m, d)?;
        match self.reference {
            Some(r) => {
                let nearest = [r.year() - 1, r.year(), r.year() + 1]
                    .into_iter()
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .min_by_key(|c| (*c - r).num_days().abs())?;
                Some(Day::Date(nearest))
            }
            None => Some(Day::PartialDate(m, d)),
        }
    }

    /// A month named without a year. Its year is not guessed: "in March" in a
    /// December story may be either March, so it stays `XXXX-03`.
    fn month_of(&self, m: u32) -> Day {
        Day::MonthOnly(m)
    }

    /// `w` relative to the reference: `shift` 0 is the most recent on or
    /// before it, -1 strictly before, 1 strictly after, 2 in the same week.
    fn weekday_date(&self, w: Weekday, shift: i32) -> Day {
        let Some(r) = self.reference else {
            return Day::Weekday(w);
        };
        let back =
            (7 + r.weekday().num_days_from_monday() as i64 - w.num_days_from_monday() as i64) % 7;
        let day = match shift {
            0 => r - chrono::Duration::days(back),
            -1 => r - chrono::Duration::days(if back == 0 { 7 } else { back }),
            1 => {
                let fwd = (7 - back) % 7;
                r + chrono::Duration::days(if fwd == 0 { 7 } else { fwd })
            }
            _ => {
                let monday = r - chrono::Duration::days(r.weekday().num_days_from_monday() as i64);
                monday + chrono::Duration::days(w.num_days_from_monday() as i64)
            }
        };
        Day::Date(day)
    }

    fn offset_days(&self, days: i64) -> Day {
        match self.reference {
            Some(r) => Day::Date(r + chrono::Duration::days(days)),
            None => Day::Unknown,
        }
    }

    // -- Absolute dates ------------------------------------------------------

    /// "2025-12-03", "2015-3", "12/03/2025", "on 5/12".
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let a = self.tok(i)?.num.filter(|n| n.integer && !n.grouped)?;
        let sep = self.glued(i + 1)?;
        let sep_char = sep.punct().filter(|c| matches!(c, '-' | '/' | '.'))?;
        let b = self.glued(i + 2)?.num.filter(|n| n.integer && !n.grouped)?;
        let third = self
            .glued(i + 3)
            .filter(|s| s.punct() == Some(sep_char))
            .and_then(|_| self.glued(i + 4))
            .and_then(|t| t.num)
            .filter(|n| n.integer && !n.grouped);
        // Four parts are a code, not a date.
        if third.is_some()
            && self
                .glued(i + 5)
                .is_some_and(|s| s.punct() == Some(sep_char))
        {
            return None;
        }
        let found = |last: usize, day: Day| Found {
            first: i,
            last,
            day: Some(day),
            time: None,
            ..Default::default()
        };
        let (av, bv) = (a.value as i32, b.value as u32);
        if a.int_digits == 4
            && (1000..3000).contains(&av)
            && (1..=12).contains(&bv)
            && b.int_digits <= 2
        {
            if let Some(c) = third {
                if c.int_digits <= 2 {
                    let d = NaiveDate::from_ymd_opt(av, bv, c.value as u32)?;
                    return Some(Found {
                        year_written: true,
                        ..found(i + 4, Day::Date(d))
                    });
                }
                return None;
            }
            if sep_char == '-' {
                return Some(Found {
                    year_written: true,
                    ..found(i + 2, Day::Month(av, bv))
                });
            }
            return None;
        }
        if a.int_digits > 2 || b.int_digits > 2 {
            return None;
        }
        let (m, d) = if av > 12 && bv <= 12 {
            (bv, av as u32)
        } else {
            (av as u32, bv)
        };
        if let Some(c) = third {
            let y = match c.int_digits {
                4 => c.value as i32,
                2 => {
                    let y = c.value as i32;
                    if y < 50 { 2000 + y } else { 1900 + y }
                }
                _ => return None,
            };
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            return Some(Found {
                year_written: true,
                ..found(i + 4, Day::Date(date))
            });
        }
        // "on 5/12": a day and month need a word that makes them a date.
        if sep_char == '/'
            && matches!(
                self.prev_word(i),
                "on" | "by"
                    | "from"
                    | "until"
                    | "till"
                    | "since"
                    | "before"
                    | "after"
                    | "this"
                    | "to"
            )
        {
            return self.date_of(None, m, d).map(|day| found(i + 2, day));
        }
        None
    }

    /// "Dec. 3", "December 3, 2025", "Tuesday, Dec. 2", "February 2022", "in May".
    fn month_first(&self, i: usize) -> Option<Found> {
        let (first, after_weekday) = match self.weekday_at(i) {
            Some((_, wl)) => {
                let mut k = wl + 1;
                if self.tok(k).is_some_and(|t| t.is_punct(',')) {
                    k += 1;
                }
                (i, k)
            }
            None => (i, i),
        };
        let (m, mlast, ambiguous) = self.month_at(after_weekday)?;
        let found = |last: usize, day: Day| Found {
            first,
            last,
            day: Some(day),
            time: None,
            ..Default::default()
        };
        // A day after the month: "Dec. 3", "Dec31", "Oct/2".
        let mut k = mlast + 1;
        if self.glued(k).is_some_and(|s| s.is_punct('/') || is_dash(s)) {
            k += 1;
        }
        if self.tok(k).is_some_and(|t| t.is_word("the")) {
            k += 1;
        }
        if let Some((d, dlast)) = self.day_at(k)
            && self.tok(k).is_some_and(|t| {
                t.kind == Kind::Num
                    || !t.capitalised()
                    || t.raw.chars().skip(1).all(char::is_lowercase)
            })
        {
            // A year after the day: "December 3, 2025", "Dec 31 , 1994".
            let mut y = dlast + 1;
            if self
                .tok(y)
                .is_some_and(|t| t.is_punct(',') || is_dash(t) || t.is_punct('/'))
            {
                y += 1;
            }
            if let Some((year, ylast)) = self.year_at(y) {
                return self.date_of(Some(year), m, d).map(|day| Found {
                    year_written: true,
                    ..found(ylast, day)
                });
            }
            // "November 19-20": days of one month.
            if let Some(f) = self.day_span(first, m, d, dlast) {
                return Some(f);
            }
            // "March 15 200 troops" is not a date with a year, but still a date.
            return self.date_of(None, m, d).map(|day| Found {
                year_guessed: true,
                ..found(dlast, day)
            });
        }
        // A year after the month: "February 2022", "june of 1992", "Dec/2018".
        let mut y = mlast + 1;
        if self
            .tok(y)
            .is_some_and(|t| t.is_word("of") || t.is_punct(',') || t.is_punct('/'))
        {
            y += 1;
        }
        if let Some((year, ylast)) = self.year_at(y) {
            return Some(Found {
                year_written: true,
                ..found(ylast, Day::Month(year, m))
            });
        }
        // The month alone.
        let prev = self.prev_word(first);
        let cued = DATE_PREPOSITIONS.contains(&prev) || prev == "the";
        let t = &self.toks[after_weekday];
        if ambiguous && !(cued && (t.capitalised() || t.lower.len() > 3)) {
            return None;
        }
        if ambiguous && prev == "the" {
            return None;
        }
        if after_weekday != i {
            return None;
        }
        Some(found(mlast, self.month_of(m)))
    }

    /// "November 19-20", "April ninth through 17th": a span of days of one
    /// month, starting at the day that ends at token `dlast`.
    fn day_span(&self, first: usize, m: u32, d: u32, dlast: usize) -> Option<Found> {
        if !matches!(
            self.word(dlast + 1),
            "-" | "–" | "to" | "through" | "until" | "till"
        ) {
            return None;
        }
        let (e, elast) = self.day_at(dlast + 2)?;
        if e <= d || self.month_at(elast + 1).is_some() {
            return None;
        }
        let mut y = elast + 1;
        if self.tok(y).is_some_and(|t| t.is_punct(',')) {
            y += 1;
        }
        let (year, last) = match self.year_at(y) {
            Some((year, ylast)) => (Some(year), ylast),
            None => (None, elast),
        };
        let start = self.date_of(year, m, d)?;
        let end = match start {
            Day::Date(s) => Day::Date(s.with_day(e)?),
            _ => self.date_of(year, m, e)?,
        };
        Some(Found {
            first,
            last,
            day: Some(start),
            until: Some((Some(end), None)),
            year_written: year.is_some(),
            ..Default::default()
        })
    }

    /// "Tuesday the 11th", "Mon 13th": the nearest such day that falls on
    /// that weekday.
    fn weekday_and_day(&self, i: usize) -> Option<Found> {
        let (w, wl) = self.weekday_at(i)?;
        let mut k = wl + 1;
        if self.tok(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
        }
        let the = self.tok(k).is_some_and(|t| t.is_word("the"));
        if the {
            k += 1;
        }
        let (d, dl) = self.day_at(k)?;
        // An ordinal ("13th", "eleventh") or "the": "Monday 21" is too often a count.
        if !(the || dl > k || self.toks[k].kind == Kind::Word) || self.month_at(dl + 1).is_some() {
            return None;
        }
        if self.word(dl + 1) == "of" && self.month_at(dl + 2).is_some() {
            return None;
        }
        let day = match self.reference {
            Some(r) => {
                let start = r.with_day(1)?;
                let best = (-6..=6)
                    .filter_map(|k| shift_months(start, k))
                    .filter_map(|m| m.with_day(d))
                    .filter(|c| c.weekday() == w)
                    .min_by_key(|c| (*c - r).num_days().abs())?;
                Day::Date(best)
            }
            None => Day::Weekday(w),
        };
        Some(Found {
            first: i,
            last: dl,
            day: Some(day),
            ..Default::default()
        })
    }

    /// "Q3 2025", "2017-Q1", "the third quarter of 2024", "last quarter".
    fn quarter(&self, i: usize) -> Option<Found> {
        let found = |last: usize, y: Option<i32>, q: u32| Found {
            first: i,
            last,
            day: Some(Day::Quarter(y, q)),
            year_written: y.is_some(),
            ..Default::default()
        };
        let q_of = |k: usize| -> Option<u32> {
            let t = self.tok(k)?;
            let raw = t.raw;
            if t.kind == Kind::Word && (raw == "Q" || raw == "q") {
                let n = self.glued(k + 1)?.num?;
                return (n.integer && (1.0..=4.0).contains(&n.value)).then_some(n.value as u32);
            }
            None
        };
        // "2017-Q1", "2017 Q1"
        if let Some((y, yl)) = self.year_at(i) {
            let k = if self.glued(yl + 1).is_some_and(is_dash) {
                yl + 2
            } else {
                yl + 1
            };
            let q = q_of(k)?;
            return Some(found(k + 1, Some(y), q));
        }
        // "Q1 2017", "Q1 of 2017", "Q3"
        if let Some(q) = q_of(i) {
            let mut k = i + 2;
            if self.word(k) == "of" || self.word(k) == "," {
                k += 1;
            }
            return Some(match self.year_at(k) {
                Some((y, yl)) => found(yl, Some(y), q),
                None => found(i + 1, None, q),
            });
        }
        // "last quarter", "this quarter", "next quarter"
        let shift = match self.word(i) {
            "last" | "previous" => Some(-1),
            "this" | "current" => Some(0),
            "next" | "coming" => Some(1),
            _ => None,
        };
        if let Some(shift) = shift
            && self.word(i + 1) == "quarter"
        {
            let r = self.reference?;
            let index = r.year() * 4 + r.month0() as i32 / 3 + shift;
            return Some(found(
                i + 1,
                Some(index.div_euclid(4)),
                index.rem_euclid(4) as u32 + 1,
            ));
        }
        // "the third quarter (of 2024)", "first-quarter"
        let mut k = i;
        if self.word(k) == "the" {
            k += 1;
        }
        let q = match self.word(k) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => return None,
        };
        k += 1;
        if self.glued(k).is_some_and(is_dash) {
            k += 1;
        }
        if self.word(k) != "quarter" {
            return None;
        }
        let mut y = k + 1;
        if self.word(y) == "of" {
            y += 1;
        }
        Some(match self.year_at(y) {
            Some((year, yl)) => found(yl, Some(year), q),
            None => found(k, None, q),
        })
    }

    /// "3 December 2025", "the 3rd of December", "second of Aug.".
    fn day_first(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let weekday = self.weekday_at(i);
        if let Some((_, wl)) = weekday {
            k = wl + 1;
            if self.tok(k).is_some_and(|t| t.is_punct(',')) {
                k += 1;
            }
        }
        if self.tok(k).is_some_and(|t| t.is_word("the")) {
            k += 1;
        }
        let (d, dlast) = self.day_at(k)?;
        let mut m_at = dlast + 1;
        if self.tok(m_at).is_some_and(|t| t.is_word("of")) {
            m_at += 1;
        }
        let (m, mlast, ambiguous) = self.month_at(m_at)?;
        if ambiguous && !self.toks[m_at].capitalised() && self.toks[m_at].lower == "may" {
            return None;
        }
        let mut y = mlast + 1;
        if self
            .tok(y)
            .is_some_and(|t| t.is_punct(',') || t.is_word("of") || is_dash(t) || t.is_punct('/'))
        {
            y += 1;
        }
        let (year, last) = match self.year_at(y) {
            Some((year, ylast)) => (Some(year), ylast),
            None => (None, mlast),
        };
        let day = self.date_of(year, m, d)?;
        Some(Found {
            first: i,
            last,
            day: Some(day),
            time: None,
            year_written: year.is_some(),
            year_guessed: year.is_none(),
            ..Default::default()
        })
    }

    /// "in 2019", "since 2014", "mid-2022", "between 2014 and 2018".
    fn year_in_context(&self, i: usize) -> Option<Found> {
        let (y, last) = self.year_at(i)?;
        let prev = self.prev_word(i);
        let mut cued = DATE_PREPOSITIONS.contains(&prev);
        // "mid-2022", "early-2020"
        if i >= 2 && is_dash(&self.toks[i - 1]) && !self.toks[i].space_before {
            cued = matches!(self.word(i - 2), "mid" | "early" | "late" | "pre" | "post");
        }
        // "2014 and 2018", "2014-2018", "2014 to 2018": a year next to a year.
        if !cued
            && i >= 2
            && matches!(prev, "and" | "or" | "-" | "–" | "to" | "~" | ",")
            && self.year_at(i - 2).is_some()
        {
            cued = true;
        }
        if !cued
            && matches!(
                self.word(last + 1),
                "-" | "–" | "~" | "to" | "through" | "till" | "until"
            )
            && let Some((z, _)) = self.year_at(last + 2)
            && (1900..2100).contains(&y)
            && (y + 1..=y + 50).contains(&z)
        {
            cued = true;
        }
        if !cued {
            // "the 2022 invasion", "2019's": a year used as a modifier.
            let next = self.tok(last + 1);
            let modifier = prev == "the" || prev == "its" || prev == "their";
            cued = modifier
                && next.is_some_and(|t| t.kind == Kind::Word && !t.capitalised())
                && (1900..2100).contains(&y);
        }
        if !cued {
            return None;
        }
        Some(Found {
            first: i,
            last,
            day: Some(Day::Year(y)),
            time: None,
            year_written: true,
            ..Default::default()
        })
    }

    // -- Relative dates ------------------------------------------------------

    /// "Christmas", "New Year's Day", "Halloween", "Independence Day".
    fn holiday(&self, i: usize) -> Option<Found> {
        let words: Vec<&str> = (i..i + 5).map(|k| self.word(k)).collect();
        let (m, d, len) = match words.as_slice() {
            ["christmas", "eve", ..] => (12, 24, 2),
            ["christmas", "day", ..] => (12, 25, 2),
            ["christmas", ..] => (12, 25, 1),
            ["boxing", "day", ..] => (12, 26, 2),
            ["halloween", ..] => (10, 31, 1),
            ["independence", "day", ..]
                if self.toks[i].capitalised() || self.prev_word(i) == "before" =>
            {
                (7, 4, 2)
            }
            ["new", "year", "'" | "’", "s", "day"] | ["new", "years", "day", ..] => {
                (1, 1, 5 - usize::from(words[1] == "years") * 2)
            }
            ["new", "year", "'" | "’", "s", "eve"] | ["new", "years", "eve", ..] => {
                (12, 31, 5 - usize::from(words[1] == "years") * 2)
            }
            ["valentine", "'" | "’", "s", "day", ..] => (2, 14, 4),
            _ => return None,
        };
        let day = self.date_of(None, m, d)?;
        Some(Found {
            first: i,
            last: i + len - 1,
            day: Some(day),
            ..Default::default()
        })
    }

    /// "three days after Tuesday", "two weeks before Christmas", "4 months
    /// from tomorrow", "3 days from now", "in two weeks" (said of the future),
    /// "on the 18th".
    fn offset(&self, i: usize) -> Option<Found> {
        let w = self.word(i);
        // "on the 18th": a day of the nearest month.
        if w == "the"
            && matches!(
                self.prev_word(i),
                "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after"
            )
            && let Some((d, dl)) = self.day_at(i + 1)
            && (dl > i + 1 || self.toks[i + 1].kind == Kind::Word)
            && self.month_at(dl + 1).is_none()
            && !(self.word(dl + 1) == "of" && self.month_at(dl + 2).is_some())
        {
            let day = match self.reference {
                Some(r) => {
                    let months = [-1, 0, 1].map(|k| shift_months(r.with_day(1)?, k));
                    let best = months
                        .into_iter()
                        .flatten()
                        .filter_map(|m| m.with_day(d))
                        .min_by_key(|c| (*c - r).num_days().abs())?;
                    Day::Date(best)
                }
                None => Day::Unknown,
            };
            return Some(Found {
                first: i,
                last: dl,
                day: Some(day),
                ..Default::default()
            });
        }
        // "in two weeks", "in 3 months": a future date when the sentence speaks of one.
        if w == "in"
            && let Some((n, nl)) = self.count_at(i + 1)
            && let Some(unit) = unit_days(self.word(nl + 1))
            && self.future_before(i)
        {
            let day = match self.reference {
                Some(r) => Day::Date(add_units(r, n, unit)?),
                None => Day::Unknown,
            };
            return Some(Found {
                first: i,
                last: nl + 1,
                day: Some(day),
                ..Default::default()
            });
        }
        let (n, nl) = self.count_at(i)?;
        let unit = unit_days(self.word(nl + 1))?;
        let dir = match self.word(nl + 2) {
            "after" | "from" | "later" => 1,
            "before" | "earlier" => -1,
            _ => return None,
        };
        // "3 days from now"
        if self.word(nl + 2) == "from" && self.word(nl + 3) == "now" {
            let day = match self.reference {
                Some(r) => Day::Date(add_units(r, n, unit)?),
                None => Day::Unknown,
            };
            return Some(Found {
                first: i,
                last: nl + 3,
                day: Some(day),
                ..Default::default()
            });
        }
        if matches!(self.word(nl + 2), "later" | "earlier") {
            return None;
        }
        let anchor = self.mention_at(nl + 3)?;
        if anchor.time.is_some() || anchor.until.is_some() {
            return None;
        }
        let day = match anchor.day? {
            Day::Date(d) => Day::Date(add_units(d, dir * n, unit)?),
            Day::Unknown => Day::Unknown,
            _ => return None,
        };
        Some(Found {
            first: i,
            last: anchor.last,
            day: Some(day),
            year_written: anchor.year_written,
            ..Default::default()
        })
    }

    /// Does the sentence before token `i` speak of the future ("will", "'ll",
    /// "expected", "due")? Then "in two weeks" is a date, not a stretch of time.
    fn future_before(&self, i: usize) -> bool {
        const CUES: &[&str] = &[
            "will",
            "ll",
            "shall",
            "going",
            "expected",
            "expects",
            "due",
            "plans",
            "plan",
            "planned",
            "scheduled",
            "hope",
            "hopes",
            "could",
            "would",
            "should",
            "may",
            "might",
            "must",
            "back",
            "return",
            "returns",
            "resume",
            "resumes",
            "set",
        ];
        (i.saturating_sub(10)..i)
            .rev()
            .map(|k| &self.toks[k])
            .take_while(|t| !matches!(t.punct(), Some('.' | '?' | '!' | ';')))
            .any(|t| t.kind == Kind::Word && CUES.contains(&t.lower.as_str()))
    }

    /// "yesterday", "tonight", "last week", "on Tuesday", "next Monday",
    /// "three days ago", "last night", "this morning".
    fn relative(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        let w = t.lower.as_str();
        let found = |last: usize, day: Day, time: Option<Time>| Found {
            first: i,
            last,
            day: Some(day),
            time,
            ..Default::default()
        };
        let with_part = |last: usize, day: Day| -> Found {
            // "yesterday afternoon", "Tuesday night", "tomorrow morning"
            match self.part_word(last + 1) {
                Some((p, pl)) => found(pl, day, Some(Time::Part(p))),
                None => found(last, day, None),
            }
        };
        match w {
            "today" => return Some(with_part(i, self.offset_days(0))),
            "yesterday" => return Some(with_part(i, self.offset_days(-1))),
            "tomorrow" => return Some(with_part(i, self.offset_days(1))),
            "tonight" => return Some(found(i, self.offset_days(0), Some(Time::Part("NI")))),
            "overnight" => return None,
            _ => {}
        }
        // "the day before yesterday", "the day after tomorrow"
        if w == "the" && self.word(i + 1) == "day" {
            match (self.word(i + 2), self.word(i + 3)) {
                ("before", "yesterday") => return Some(found(i + 3, self.offset_days(-2), None)),
                ("after", "tomorrow") => return Some(found(i + 3, self.offset_days(2), None)),
                _ => {}
            }
        }
        // A weekday, with or without a modifier.
        let (shift, k) = match w {
            "last" | "previous" => (-1, i + 1),
            "next" | "coming" | "upcoming" | "following" => (1, i + 1),
            "this" if self.word(i + 1) == "upcoming" || self.word(i + 1) == "coming" => (1, i + 2),
            "this" => (2, i + 1),
            "past" => (0, i + 1),
            _ => (0, i),
        };
        if let Some((wd, wl)) = self.weekday_at(k) {
            // "Tuesday, Dec. 2" is a date: leave it to the month parser.
            let day = self.weekday_date(wd, shift);
            return Some(Found {
                weekday: true,
                ..with_part(wl, day)
            });
        }
        // "last night", "this morning", "this evening"
        if k != i
            && let Some((p, pl)) = self.part_word(k)
        {
            let day = match w {
                "last" if p == "NI" || p == "EV" => self.offset_days(-1),
                "this" => self.offset_days(0),
                _ => return None,
            };
            return Some(found(pl, day, Some(Time::Part(p))));
        }
        // "week 23": an ISO week of the reference year.
        if w == "week"
            && let Some(n) = self.tok(i + 1).and_then(|t| t.num)
            && n.integer
            && (1.0..=53.0).contains(&n.value)
            && self.tok(i + 1).is_some_and(|t| t.space_before)
        {
            let (year, last) = match (self.word(i + 2), self.year_at(i + 3)) {
                ("of", Some((y, yl))) => (Some(y), yl),
                _ => (self.reference.map(|r| r.year()), i + 1),
            };
            let day = match year
                .and_then(|y| NaiveDate::from_isoywd_opt(y, n.value as u32, Weekday::Mon))
            {
                Some(d) => Day::Week(d),
                None => Day::Unknown,
            };
            return Some(found(last, day, None));
        }
        // "last week", "this month", "next year", "last weekend",
        // "earlier this month", "later this year".
        let (first, shift, k) = match w {
            "earlier" | "later" if self.word(i + 1) == "this" => (i, 0, i + 2),
            "last" | "previous" | "past" => (i, -1, i + 1),
            "this" | "current" => (i, 0, i + 1),
            "next" | "coming" => (i, 1, i + 1),
            _ => (i, 99, i),
        };
        if shift != 99 {
            let unit = self.word(k);
            let r = self.reference;
            let day = match (unit, r) {
                ("week", Some(r)) => Day::Week(r + chrono::Duration::days(7 * shift as i64)),
                ("weekend", Some(r)) => Day::Weekend(r + chrono::Duration::days(7 * shift as i64)),
                ("month", Some(r)) => {
                    let d = shift_months(r.with_day(1)?, shift)?;
                    Day::Month(d.year(), d.month())
                }
                ("year", Some(r)) => Day::Year(r.year() + shift),
                ("week" | "weekend" | "month" | "year", None) => Day::Unknown,
                _ => {
                    // "last May", "next February"
                    if let Some((m, ml, ambiguous)) = self.month_at(k)
                        && (!ambiguous || self.toks[k].capitalised())
                        && w != "earlier"
                        && w != "later"
                    {
                        let day = match r {
                            Some(r) => {
                                let y = match shift {
                                    -1 if m >= r.month() => r.year() - 1,
                                    1 if m <= r.month() => r.year() + 1,
                                    _ => r.year(),
                                };
                                Day::Month(y, m)
                            }
                            None => Day::MonthOnly(m),
                        };
                        return Some(found(ml, day, None));
                    }
                    return None;
                }
            };
            // "the past week" is a stretch of time, not a week.
            if w == "past" && unit != "weekend" {
                return None;
            }
            return Some(Found {
                first,
                last: k,
                day: Some(day),
                time: None,
                ..Default::default()
            });
        }
        // "three days ago", "a week ago", "two years ago"
        if let Some((n, nl)) = self.count_at(i) {
            let unit = self.word(nl + 1);
            if self.word(nl + 2) == "ago" {
                let r = self.reference;
                let day = match (unit, r) {
                    ("day" | "days", _) => self.offset_days(-n),
                    ("week" | "weeks", _) => self.offset_days(-7 * n),
                    ("month" | "months", Some(r)) => Day::Date(shift_months(r, -(n as i32))?),
                    ("year" | "years", Some(r)) => Day::Date(shift_months(r, -12 * n as i32)?),
                    ("month" | "months" | "year" | "years", None) => Day::Unknown,
                    _ => return None,
                };
                return Some(found(nl + 2, day, None));
            }
        }
        None
    }

    /// A small count at `i`: "three", "3", "a".
    fn count_at(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.tok(i)?;
        if t.is_word("a") || t.is_word("an") {
            return Some((1, i));
        }
        if let Some(n) = t.num {
            return (n.integer && n.value <= 1000.0).then_some((n.value as i64, i));
        }
        let s = spelled(self.toks, i)?;
        (s.form == Form::Cardinal && s.value.fract() == 0.0 && s.value <= 1000.0)
            .then_some((s.value as i64, s.last))
    }

    // -- Times -----------------------------------------------------------------

    /// "morning", "afternoon", "evening", "night" at `i`.
    fn part_word(&self, i: usize) -> Option<(&'static str, usize)> {
        let p = match self.word(i) {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            "night" => "NI",
            _ => return None,
        };
        Some((p, i))
    }

    /// "late evening", "in the morning", "early in the morning", "at night".
    fn part_of_day(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let w = self.word(i);
        if matches!(w, "early" | "late" | "mid" | "later" | "earlier") {
            k += 1;
        }
        let cued_in = self.word(k) == "in" && self.word(k + 1) == "the";
        if cued_in {
            k += 2;
        }
        let at_night = self.word(k) == "at" && self.word(k + 1) == "night";
        if at_night {
            return Some(Found {
                first: i,
                last: k + 1,
                day: None,
                time: Some(Time::Part("NI")),
                ..Default::default()
            });
        }
        let (p, last) = self.part_word(k)?;
        if k == i {
            // A bare "morning" is too often something else.
            return None;
        }
        Some(Found {
            first: i,
            last,
            day: None,
            time: Some(Time::Part(p)),
            ..Default::default()
        })
    }

    /// A clock time: "2 a.m.", "2am", "11:30 p.m.", "23:40", "noon",
    /// "midnight", "half past seven", with "shortly after" or "around" before
    /// it and "in the evening" or "local time" after it.
    fn time(&self, i: usize) -> Option<Found> {
        // Qualifiers kept in the span: "shortly after", "just before", "around".
        let mut k = i;
        let w0 = self.word(i);
        if matches!(
            w0,
            "shortly" | "just" | "soon" | "right" | "sometime" | "well" | "immediately"
        ) && matches!(self.word(i + 1), "after" | "before")
        {
            k = i + 2;
        } else if matches!(
            w0,
            "around" | "about" | "approximately" | "roughly" | "past" | "after" | "before"
        ) {
            k = i + 1;
        }
        let mut c = self.clock_at(k)?;
        // "past/after/before" belong to the span only before midnight and noon.
        if k == i + 1
            && matches!(w0, "past" | "after" | "before")
            && !matches!(self.word(k), "midnight" | "noon" | "midday")
        {
            return self.time(k);
        }
        if !self.day_part_after(&mut c) && c.bare {
            return None;
        }
        let last = self.zone_after(c.last);
        Some(Found {
            first: i,
            last,
            time: Some(Time::At(c.h, c.m)),
            ..Default::default()
        })
    }

    /// "in the evening", "at night", "in the morning" after a clock reading:
    /// move the hour into that part of the day. True if one was there.
    fn day_part_after(&self, c: &mut Clock) -> bool {
        match (
            self.word(c.last + 1),
            self.word(c.last + 2),
            self.word(c.last + 3),
        ) {
            ("in", "the", p @ ("morning" | "afternoon" | "evening")) => {
                if p != "morning" && c.h < 12 {
                    c.h += 12;
                }
                c.last += 3;
                true
            }
            ("at", "night", _) => {
                if (6..12).contains(&c.h) {
                    c.h += 12;
                }
                c.last += 2;
                true
            }
            _ => false,
        }
    }

    /// A time zone or "local time" after token `last`.
    fn zone_after(&self, last: usize) -> usize {
        if let Some(z) = self.tok(last + 1)
            && z.kind == Kind::Word
            && matches!(
                z.raw,
                "GMT"
                    | "UTC"
                    | "ET"
                    | "EST"
                    | "EDT"
                    | "CET"
                    | "CEST"
                    | "BST"
                    | "PT"
                    | "PST"
                    | "PDT"
                    | "MSK"
                    | "CST"
                    | "CDT"
            )
        {
            return last + 1;
        }
        if self.word(last + 1) == "local" && self.word(last + 2) == "time" {
            return last + 2;
        }
        last
    }

    /// "5 to 6pm", "between 4pm and 5pm", "from 10:30 to 11:15", "9.30-4.30pm".
    fn time_range(&self, i: usize) -> Option<Found> {
        let lead = matches!(self.word(i), "from" | "between");
        let k = if lead { i + 1 } else { i };
        let mut a = self.clock_at(k)?;
        let joiner = self.word(a.last + 1);
        let ok = match joiner {
            "-" | "–" | "to" | "until" | "till" | "through" => true,
            "and" => self.word(i) == "between",
            _ => false,
        };
        if !ok {
            return None;
        }
        let mut b = self.clock_at(a.last + 2)?;
        let tail = self.day_part_after(&mut b);
        // "from 10:30 to 3": a bare end after a written start, later in the day.
        if b.bare && !tail && lead && !a.bare {
            if b.h < a.h {
                b.h += 12;
            }
            b.bare = false;
        }
        if b.bare && !tail {
            return None;
        }
        if a.bare && !lead && joiner != "-" && joiner != "–" && !b.meridiem && !tail {
            return None;
        }
        // The first end takes the second's half of the day when it fits:
        // "5 to 6pm" is 17:00-18:00, "9.30-4.30pm" stays 09:30-16:30.
        if !a.meridiem && a.h < 12 && b.h >= 12 && a.h + 12 <= b.h {
            a.h += 12;
        }
        let last = self.zone_after(b.last);
        Some(Found {
            first: i,
            last,
            time: Some(Time::At(a.h, a.m)),
            until: Some((None, Some(Time::At(b.h, b.m)))),
            ..Default::default()
        })
    }

    /// The clock reading at `i`.
    fn clock_at(&self, i: usize) -> Option<Clock> {
        let t = self.tok(i)?;
        let at = |h, m, last| Clock {
            h,
            m,
            last,
            bare: false,
            meridiem: true,
        };
        match t.lower.as_str() {
            "noon" | "midday" | "noonish" => return Some(at(12, 0, i)),
            "midnight" => return Some(at(0, 0, i)),
            _ => {}
        }
        // "half past seven", "quarter to eight", "20 minutes past eight"
        if let Some(r) = self.past_to(i) {
            return Some(r);
        }
        // The hour (and minutes) as written.
        let (h, m, last, minutes) = if let Some(n) = t.num {
            if n.grouped {
                return None;
            }
            if !n.integer {
                // "8.30pm", "17.30"
                let (hs, ms) = t.raw.split_once('.')?;
                let (h, m) = (hs.parse::<u32>().ok()?, ms.parse::<u32>().ok()?);
                if ms.len() != 2 || h > 23 || m > 59 {
                    return None;
                }
                (h, m, i, true)
            } else if self.glued(i + 1).is_some_and(|c| c.is_punct(':'))
                && let Some(mt) = self.glued(i + 2).filter(|x| x.raw.len() == 2)
                && let Some(mn) = mt.num
            {
                let (h, m) = (n.value as u32, mn.value as u32);
                if h > 24 || m > 59 {
                    return None;
                }
                let mut last = i + 2;
                // seconds
                if self.glued(i + 3).is_some_and(|c| c.is_punct(':'))
                    && self
                        .glued(i + 4)
                        .is_some_and(|x| x.raw.len() == 2 && x.num.is_some())
                {
                    last = i + 4;
                }
                (h % 24, m, last, true)
            } else if (3..=4).contains(&n.int_digits) {
                // "1140 a.m."
                let v = n.value as u32;
                self.meridiem(i + 1)?;
                (v / 100, v % 100, i, true)
            } else {
                (n.value as u32, 0, i, false)
            }
        } else {
            let s = spelled(self.toks, i)?;
            if s.form != Form::Cardinal || s.value.fract() != 0.0 {
                return None;
            }
            (s.value as u32, 0, s.last, false)
        };
        if h > 24 || m > 59 {
            return None;
        }
        // a.m. / p.m.
        if let Some((pm, mlast)) = self.meridiem(last + 1) {
            if !(1..=12).contains(&h) {
                return None;
            }
            let h = match (pm, h) {
                (false, 12) => 0,
                (false, h) => h,
                (true, 12) => 12,
                (true, h) => h + 12,
            };
            return Some(at(h, m, mlast));
        }
        // "o'clock"
        if (1..=12).contains(&h) {
            if self.word(last + 1) == "oclock" {
                return Some(Clock {
                    meridiem: false,
                    ..at(h, m, last + 1)
                });
            }
            if self.word(last + 1) == "o"
                && self
                    .glued(last + 2)
                    .is_some_and(|a| a.raw == "'" || a.raw == "’")
                && self.word(last + 3) == "clock"
            {
                return Some(Clock {
                    meridiem: false,
                    ..at(h, m, last + 3)
                });
            }
        }
        if minutes && (t.num.is_some_and(|n| n.integer) || self.prev_word(i) == "at") {
            return Some(Clock {
                meridiem: false,
                ..at(h, m, last)
            });
        }
        // A bare hour is a time only with a part of the day after it.
        (h <= 12 && t.num.is_none_or(|n| n.integer)).then_some(Clock {
            h,
            m,
            last,
            bare: true,
            meridiem: false,
        })
    }

    /// "a.m.", "am", "AM", "p.m.", "pm", "a", "p" after a number.
    fn meridiem(&self, k: usize) -> Option<(bool, usize)> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word {
            return None;
        }
        let ends = |last: usize| {
            !self
                .glued(last + 1)
                .is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Num)
        };
        match t.lower.as_str() {
            "am" | "pm" if ends(k) => Some((t.lower == "pm", k)),
            "a" | "p" => {
                let pm = t.lower == "p";
                if self.glued(k + 1).is_some_and(|d| d.is_punct('.')) {
                    if self.glued(k + 2).is_some_and(|m| m.is_word("m")) {
                        let end = if self.glued(k + 3).is_some_and(|d| d.is_punct('.')) {
                            k + 3
                        } else {
                            k + 2
                        };
                        return Some((pm, end));
                    }
                    return Some((pm, k + 1));
                }
                // "9a", "9p" glued to the number.
                (!t.space_before && ends(k)).then_some((pm, k))
            }
            _ => None,
        }
    }

    /// "half past seven", "quarter to eight", "20 minutes past eight", "ten past nine".
    fn past_to(&self, i: usize) -> Option<Clock> {
        let (minutes, k, named) = match self.word(i) {
            "half" => (30, i + 1, true),
            "quarter" => (15, i + 1, true),
            "a" if self.word(i + 1) == "quarter" => (15, i + 2, true),
            _ => {
                let (n, nl) = self.count_at(i)?;
                let mut k = nl + 1;
                let named = matches!(self.word(k), "minutes" | "minute" | "min" | "mins");
                if named {
                    k += 1;
                }
                if !(1..60).contains(&n) {
                    return None;
                }
                (n as u32, k, named)
            }
        };
        // "five to seven" is more often a range than 6:55.
        let past = match self.word(k) {
            "past" | "after" => true,
            "to" | "before" if minutes != 30 && named => false,
            _ => return None,
        };
        let (h, hl) = self.count_at(k + 1)?;
        if !(1..=12).contains(&h) {
            return None;
        }
        let h = h as u32;
        let (mut h, m) = if past {
            (h, minutes)
        } else {
            ((h + 11) % 12, 60 - minutes)
        };
        let mut last = hl;
        let mut meridiem = false;
        if let Some((pm, ml)) = self.meridiem(hl + 1) {
            if pm && h < 12 {
                h += 12;
            }
            last = ml;
            meridiem = true;
        } else if self.word(hl + 1) == "oclock" {
            last = hl + 1;
        }
        Some(Clock {
            h,
            m,
            last,
            bare: false,
            meridiem,
        })
    }

    // -- Merging ---------------------------------------------------------------

    /// Join a date and a time next to each other: "Tuesday at 2 a.m.",
    /// "2 a.m. on Tuesday", "Dec. 3, 10:30".
    fn merge(&self, found: Vec<Found>) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::with_capacity(found.len());
        for f in found {
            if let Some(p) = out.last_mut()
                && let Some(joined) = self.date_and_time(p, &f)
            {
                *p = joined;
                continue;
            }
            out.push(f);
        }
        self.intervals(out)
    }

    /// A date and a time (or span of times) next to each other: "Tuesday at
    /// 2 a.m.", "2 a.m. on Tuesday", "tonight from 7 to 7:30", or a part of
    /// the day and a clock time: "late evening at 10:00".
    fn date_and_time(&self, p: &Found, f: &Found) -> Option<Found> {
        let gap: Vec<&str> = (p.last + 1..f.first).map(|k| self.word(k)).collect();
        let joinable = matches!(
            gap.as_slice(),
            [] | [","]
                | ["at"]
                | [",", "at"]
                | ["on"]
                | ["around"]
                | ["about"]
                | ["by"]
                | ["in", "the"]
                | ["@"]
                | ["from"]
                | ["between"]
                | [",", "from"]
                | ["before"]
                | ["after"]
                | ["until"]
        );
        if !joinable || p.until.is_some() && f.until.is_some() {
            return None;
        }
        // A part of the day, then a clock time in it.
        if p.day.is_none()
            && f.day.is_none()
            && let (Some(Time::Part(part)), Some(Time::At(..))) = (p.time, f.time)
        {
            return Some(Found {
                first: p.first,
                ..in_part(*f, part)
            });
        }
        let (date, time) = match (p.day, f.day) {
            (Some(_), None) => (p, f),
            (None, Some(_)) => (f, p),
            _ => return None,
        };
        if date.until.is_some() || time.time.is_none() {
            return None;
        }
        // "from" and "between" only lead into a span of times.
        if matches!(gap.last(), Some(&("from" | "between"))) && time.until.is_none() {
            return None;
        }
        if matches!(
            date.day,
            Some(
                Day::Year(_)
                    | Day::Month(..)
                    | Day::MonthOnly(_)
                    | Day::Week(_)
                    | Day::Weekend(_)
                    | Day::Quarter(..)
            )
        ) {
            return None;
        }
        let time = match (date.time, time.time) {
            (None, _) => *time,
            // "tonight at 7", "Sunday late evening at 10:00"
            (Some(Time::Part(part)), Some(Time::At(..))) => in_part(*time, part),
            _ => return None,
        };
        Some(Found {
            first: p.first,
            last: f.last,
            day: date.day,
            time: time.time,
            until: time.until.map(|(_, t)| (date.day, t)),
            year_written: date.year_written,
            ..Default::default()
        })
    }

    /// "from March to May 2020", "2014-2018", "between Jan. 3 and Jan. 9":
    /// two days, months or years joined into one span.
    fn intervals(&self, found: Vec<Found>) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::with_capacity(found.len());
        for f in found {
            if let Some(p) = out.last_mut()
                && let Some(joined) = self.interval(p, &f)
            {
                *p = joined;
                continue;
            }
            out.push(f);
        }
        out
    }

    fn interval(&self, a: &Found, b: &Found) -> Option<Found> {
        if a.until.is_some() || b.until.is_some() || a.time.is_some() || b.time.is_some() {
            return None;
        }
        let gap: Vec<&str> = (a.last + 1..b.first).map(|k| self.word(k)).collect();
        let lead = self.prev_word(a.first);
        let ok = match gap.as_slice() {
            ["-" | "–" | "~" | "to" | "through" | "thru" | "till" | "until"] => true,
            ["and"] => lead == "between",
            _ => false,
        };
        // "Friday-Jun-15" is one day, not a span.
        if !ok || (a.weekday && gap == ["-"]) {
            return None;
        }
        let (mut start, mut end) = (a.day?, b.day?);
        let mut last = b.last;
        let mut year_written = b.year_written;
        // A year after the span: "26 June to 28 June in 2020".
        let mut y = b.last + 1;
        if matches!(self.word(y), "in" | "of" | ",") {
            y += 1;
        }
        if !b.year_written
            && let Some((year, yl)) = self.year_at(y)
        {
            end = with_year(end, year)?;
            last = yl;
            year_written = true;
        }
        // The start borrows a year written only at the end: "Nov. 18 - Dec. 19, 2015".
        if (a.year_guessed || matches!(start, Day::MonthOnly(_) | Day::PartialDate(..)))
            && year_written
        {
            start = match (start, end) {
                (Day::Date(d), Day::Date(e)) => {
                    let y = if (d.month(), d.day()) > (e.month(), e.day()) {
                        e.year() - 1
                    } else {
                        e.year()
                    };
                    Day::Date(NaiveDate::from_ymd_opt(y, d.month(), d.day())?)
                }
                (Day::PartialDate(m, dd), Day::Date(e)) => {
                    let y = if (m, dd) > (e.month(), e.day()) {
                        e.year() - 1
                    } else {
                        e.year()
                    };
                    Day::Date(NaiveDate::from_ymd_opt(y, m, dd)?)
                }
                (Day::MonthOnly(m), Day::Month(y, em)) => {
                    Day::Month(if m > em { y - 1 } else { y }, m)
                }
                (s, _) => s,
            };
        }
        let same_grain = matches!(
            (start, end),
            (
                Day::Date(_) | Day::PartialDate(..),
                Day::Date(_) | Day::PartialDate(..)
            ) | (
                Day::Month(..) | Day::MonthOnly(_),
                Day::Month(..) | Day::MonthOnly(_)
            ) | (Day::Year(_), Day::Year(_))
                | (Day::Quarter(..), Day::Quarter(..))
        );
        if !same_grain {
            return None;
        }
        let first = if matches!(lead, "from" | "between") {
            a.first - 1
        } else {
            a.first
        };
        Some(Found {
            first,
            last,
            day: Some(start),
            time: None,
            until: Some((Some(end), None)),
            year_written,
            ..Default::default()
        })
    }
}

/// Days, weeks, months and years as (count of months, count of days).
#[derive(Debug, Clone, Copy)]
enum Unit {
    Days(i64),
    Months(i32),
}

fn unit_days(w: &str) -> Option<Unit> {
    Some(match w {
        "day" | "days" => Unit::Days(1),
        "week" | "weeks" => Unit::Days(7),
        "fortnight" | "fortnights" => Unit::Days(14),
        "month" | "months" => Unit::Months(1),
        "year" | "years" => Unit::Months(12),
        _ => return None,
    })
}

fn add_units(d: NaiveDate, n: i64, unit: Unit) -> Option<NaiveDate> {
    match unit {
        Unit::Days(k) => d.checked_add_signed(chrono::Duration::days(n.checked_mul(k)?)),
        Unit::Months(k) => shift_months(d, i32::try_from(n).ok()?.checked_mul(k)?),
    }
}

/// A clock time read within a part of the day: "7" in the evening is 19:00.
fn in_part(f: Found, part: &str) -> Found {
    let shift = |t: Option<Time>| match t {
        Some(Time::At(h, m)) if h < 12 && matches!(part, "AF" | "EV") => Some(Time::At(h + 12, m)),
        Some(Time::At(h, m)) if (6..12).contains(&h) && part == "NI" => Some(Time::At(h + 12, m)),
        t => t,
    };
    Found {
        time: shift(f.time),
        until: f.until.map(|(d, t)| (d, shift(t))),
        ..f
    }
}

/// A day or month given a year ("28 June" in "… in 2020").
fn with_year(day: Day, year: i32) -> Option<Day> {
    Some(match day {
        Day::Date(d) => Day::Date(NaiveDate::from_ymd_opt(year, d.month(), d.day())?),
        Day::PartialDate(m, d) => Day::Date(NaiveDate::from_ymd_opt(year, m, d)?),
        Day::MonthOnly(m) | Day::Month(_, m) => Day::Month(year, m),
        other => other,
    })
}

fn shift_months(d: NaiveDate, months: i32) -> Option<NaiveDate> {
    if months >= 0 {
        d.checked_add_months(Months::new(months as u32))
    } else {
        d.checked_sub_months(Months::new(months.unsigned_abs()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Option<NaiveDate> {
        // A Wednesday.
        NaiveDate::from_ymd_opt(2025, 12, 3)
    }

    fn values(text: &str) -> Vec<(String, Option<String>)> {
        find_dates(text, reference())
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn one(text: &str) -> (String, Option<String>) {
        let v = values(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("The ceasefire began on 14 November 2024."),
            ("14 November 2024".into(), Some("2024-11-14".into()))
        );
        assert_eq!(
            one("signed Nov. 14 in Geneva").1.as_deref(),
            Some("2025-11-14")
        );
        assert_eq!(
            one("since the invasion of March 2014").1.as_deref(),
            Some("2014-03")
        );
        assert_eq!(one("prices fell in 2008").1.as_deref(), Some("2008"));
        assert_eq!(
            one("a filing dated 2024-06-30").1.as_deref(),
            Some("2024-06-30")
        );
        assert_eq!(
            one("Monday, Sept. 8, 2025, was warm").1.as_deref(),
            Some("2025-09-08")
        );
    }

    #[test]
    fn relative_dates() {
        assert_eq!(
            one("The envoy arrived yesterday.").1.as_deref(),
            Some("2025-12-02")
        );
        assert_eq!(one("They met on Monday.").1.as_deref(), Some("2025-12-01"));
        assert_eq!(
            one("They meet again next Monday.").1.as_deref(),
            Some("2025-12-08")
        );
        assert_eq!(
            one("Sales slowed last month.").1.as_deref(),
            Some("2025-11")
        );
        assert_eq!(
            one("It was announced last week.").1.as_deref(),
            Some("2025-W48")
        );
        assert_eq!(
            one("the vote four days ago").1.as_deref(),
            Some("2025-11-29")
        );
        assert_eq!(
            one("Fighting resumed last night.").1.as_deref(),
            Some("2025-12-02TNI")
        );
    }

    #[test]
    fn times() {
        assert_eq!(
            one("The blast came shortly after 3 a.m."),
            ("shortly after 3 a.m.".into(), Some("T03:00".into()))
        );
        assert_eq!(one("talks ran past midnight").1.as_deref(), Some("T00:00"));
        assert_eq!(one("at 21:15 local time").1.as_deref(), Some("T21:15"));
        assert_eq!(
            one("by late evening the crowd left").1.as_deref(),
            Some("TEV")
        );
        assert_eq!(
            one("She spoke on Monday at 4 p.m.").1.as_deref(),
            Some("2025-12-01T16:00")
        );
    }

    #[test]
    fn without_a_reference() {
        let d = find_dates("They met on Monday, Nov. 14, and again yesterday.", None);
        let v: Vec<Option<&str>> = d.iter().map(|d| d.value.as_deref()).collect();
        assert_eq!(v, vec![Some("XXXX-11-14"), None]);
    }

    #[test]
    fn not_dates() {
        assert!(values("May I ask why?").is_empty());
        assert!(
            values("They will march on Sunday")
                .iter()
                .all(|(t, _)| t == "Sunday")
        );
        assert!(values("It sold 2019 units.").is_empty());
        assert!(values("The one you saw.").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_slice(s in "\\PC{0,80}") {
            for d in find_dates(&s, reference()) {
                proptest::prop_assert!(s.is_char_boundary(d.span.start));
                proptest::prop_assert!(s.is_char_boundary(d.span.end));
                proptest::prop_assert_eq!(d.span.slice(&s), d.text.as_str());
            }
        }

        #[test]
        fn never_panics_on_date_soup(s in "[0-9 ,./:'\\-a-zA-Z]{0,60}") {
            for d in find_dates(&s, None) {
                proptest::prop_assert_eq!(d.span.slice(&s), d.text.as_str());
            }
        }
    }
}
