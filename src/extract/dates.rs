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
//! | "in March" (no year)         | `XXXX-03`                                 |
//! | "Q3 2025", "last quarter"    | `2025-Q3`                                 |
//! | "spring 2023", "winter 2024" | `2023-SP`, `XXXX-WI`                      |
//! | "from March to May 2024"     | `2024-03/2024-05` (ISO 8601 interval)     |
//! | "5 to 6pm"                   | `T17:00/T18:00`                           |
//!
//! Parts of the day are `TMO` (morning), `TAF` (afternoon), `TEV` (evening)
//! and `TNI` (night). A weekday resolves to the most recent such day on or
//! before the reference (news reports the past), unless its sentence speaks
//! of the future before it ("will resume on Tuesday": the first one after),
//! "last Tuesday" to the most
//! recent one before it, "next"/"coming" Tuesday to the first one after it,
//! "this Tuesday" to the one in the reference's week. A day of a month
//! without a year ("Dec. 3") takes the year that puts it nearest the
//! reference; a month alone keeps its year open (`XXXX-03`), since "in March"
//! in a December story may mean either March. Without a reference, what the
//! text fixes is kept and the rest written as `X` ("Dec. 3" is `XXXX-12-03`,
//! "Tuesday" `XXXX-WXX-2`), and expressions relative to the day of writing
//! ("yesterday", "last month") have `value: None`. "In two weeks" is a date
//! only when the sentence speaks of the future ("will resume in two weeks");
//! otherwise ("the first time in two weeks") it is left to the quantities.
//!
//! Durations ("two days", "five-hour") are quantities, not dates: see
//! [`super::numbers`].

mod absolute;
mod clock;
mod merge;
mod relative;

use super::numbers::lexer::{Kind, Tok, tokenize};
use super::numbers::words::{Form, lexeme, spelled};
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
    /// A season ("SP", "SU", "FA", "WI"), the year possibly unknown.
    Season(Option<i32>, &'static str),
    /// Relative to an unknown day of writing.
    Unknown,
}

/// The time part of a mention.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Time {
    /// Hour, minute, second.
    At(u32, u32, u32),
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
        Some(Day::Season(Some(y), s)) => format!("{y:04}-{s}"),
        Some(Day::Season(None, s)) => format!("XXXX-{s}"),
        // "2am today" with no day of writing: the time alone.
        Some(Day::Unknown) if time.is_some() => String::new(),
        Some(Day::Unknown) => return None,
    };
    let time = match time {
        None => String::new(),
        Some(Time::At(h, m, 0)) => format!("T{h:02}:{m:02}"),
        Some(Time::At(h, m, sec)) => format!("T{h:02}:{m:02}:{sec:02}"),
        Some(Time::Part(p)) => format!("T{p}"),
    };
    if day.is_empty() && time.is_empty() {
        return None;
    }
    Some(day + &time)
}

/// The number of a month named in full or short ("september", "sept"),
/// lower case, and whether the word is also an English word ("may", "mar").
pub(crate) fn month_number(w: &str) -> Option<(u32, bool)> {
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

/// The ISO number (Monday = 1) of a weekday's full name, in lower case.
pub(crate) fn full_weekday(w: &str) -> Option<u32> {
    weekday_of(w)
        .filter(|&(_, abbreviated)| !abbreviated)
        .map(|(day, _)| day.number_from_monday())
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

/// Can a mention start with this word? Most words cannot, and checking
/// first keeps the recogniser fast.
fn could_start(w: &str) -> bool {
    month_number(w).is_some()
        || weekday_of(w).is_some()
        || lexeme(w).is_some()
        || matches!(
            w,
            "today"
                | "tonight"
                | "yesterday"
                | "tomorrow"
                | "the"
                | "last"
                | "next"
                | "this"
                | "coming"
                | "upcoming"
                | "following"
                | "past"
                | "previous"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "current"
                | "earlier"
                | "start"
                | "beginning"
                | "end"
                | "middle"
                | "later"
                | "early"
                | "mid"
                | "late"
                | "in"
                | "from"
                | "between"
                | "week"
                | "q"
                | "christmas"
                | "boxing"
                | "halloween"
                | "independence"
                | "new"
                | "valentine"
                | "noon"
                | "midday"
                | "noonish"
                | "midnight"
                | "shortly"
                | "just"
                | "soon"
                | "right"
                | "sometime"
                | "well"
                | "immediately"
                | "around"
                | "about"
                | "approximately"
                | "roughly"
                | "after"
                | "before"
                | "by"
                | "at"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
        )
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
    s: u32,
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
        self.mention_with(i, true)
    }

    /// The longest mention at `i`; `offsets` allows "three days after …",
    /// whose anchor is read without them (so chains cannot recurse).
    fn mention_with(&self, i: usize, offsets: bool) -> Option<Found> {
        let t = self.tok(i)?;
        if t.kind == Kind::Punct || (t.kind == Kind::Word && !could_start(&t.lower)) {
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
            self.season(i),
            self.weekday_and_day(i),
            self.holiday(i),
            if offsets { self.offset(i) } else { None },
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
        // "Friday the 26th at 4", "yesterday at 12": a bare hour after a day.
        if best.time.is_none()
            && best.until.is_none()
            && matches!(
                best.day,
                Some(Day::Date(_) | Day::PartialDate(..) | Day::Weekday(_))
            )
            && matches!(self.word(best.last + 1), "at" | "around")
            && let Some(c) = self.clock_at(best.last + 2).filter(|c| c.bare)
        {
            best.time = Some(Time::At(c.h, c.m, 0));
            best.last = c.last;
        }
        // "tonight at 8", "Tuesday evening around 7": a bare hour in that part.
        if let Some(Time::Part(part)) = best.time
            && best.until.is_none()
            && matches!(self.word(best.last + 1), "at" | "around" | "about" | "by")
            && let Some(c) = self.clock_at(best.last + 2)
        {
            let at = Found {
                time: Some(Time::At(c.h, c.m, c.s)),
                last: c.last,
                ..best
            };
            best = in_part(at, part);
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
        // "May" is written in full: its dot ends the sentence ("in May.").
        let abbreviated =
            t.lower.len() <= 4 && !matches!(t.lower.as_str(), "june" | "july" | "may");
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
        Some(Time::At(h, m, sec)) if h < 12 && matches!(part, "AF" | "EV") => {
            Some(Time::At(h + 12, m, sec))
        }
        Some(Time::At(h, m, sec)) if (6..12).contains(&h) && part == "NI" => {
            Some(Time::At(h + 12, m, sec))
        }
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

    use testing::values;

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
        // Said of the future, a bare weekday is the coming one.
        assert_eq!(
            one("The strike will begin on Monday.").1.as_deref(),
            Some("2025-12-08")
        );
        assert_eq!(
            one("They meet again next Monday.").1.as_deref(),
            Some("2025-12-08")
        );
        assert_eq!(
            one("A meeting of the full council has been called for Monday.")
                .1
                .as_deref(),
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
        // No day of writing to place "today": the time alone.
        let undated = find_dates("broke up just after 2am today", None);
        assert_eq!(undated[0].value.as_deref(), Some("T02:00"));
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
    fn a_full_month_name_leaves_the_full_stop_to_the_sentence() {
        let d = find_dates("They will call a snap election in May.", None);
        assert_eq!(d[0].text, "May");
        let d = find_dates("They met on Nov. 14.", None);
        assert_eq!(d[0].text, "Nov. 14");
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
            for d in find_dates(&s, NaiveDate::from_ymd_opt(2025, 12, 3)) {
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

/// Helpers shared by the date modules' tests.
#[cfg(test)]
pub(super) mod testing {
    use super::find_dates;
    use chrono::NaiveDate;

    /// Values found in `text`, written on Wednesday 3 December 2025.
    pub fn values(text: &str) -> Vec<(String, Option<String>)> {
        find_dates(text, NaiveDate::from_ymd_opt(2025, 12, 3))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    /// The value of the one date in `text`.
    pub fn value(text: &str) -> Option<String> {
        let v = values(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].1.clone()
    }
}

#[cfg(test)]
mod regression_tests {
    use super::*;

    #[test]
    fn a_sentence_cut_after_the_early_does_not_panic() {
        let text = "O’Malley’s campaign says it will shift staff from its Baltimore headquarters to the early";
        let _ = find_dates(text, None);
    }
}
