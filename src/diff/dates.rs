//! Comparing dates and times as far as each side pins them down: "February
//! 2022" and "24 February 2022" agree; "Tuesday" and "2025-12-02" agree when
//! that day was a Tuesday; "past midnight" and "23:30" do not. A date nobody
//! could resolve ("today" with no publication date) is not compared at all:
//! a difference that may be only in the reader's calendar is no divergence.

use chrono::{Datelike, NaiveDate};

use crate::extract::sequence::{self, Relation};
use crate::lexicon::Lexicon;
use crate::model::{Claim, DateMention};

/// What a resolved value fixes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Fields {
    year: Option<i32>,
    month: Option<u32>,
    /// The first and last month of a quarter or season ("2023-SP": March
    /// to May; winter, December to February, wraps).
    months: Option<(u32, u32)>,
    day: Option<u32>,
    /// ISO weekday, Monday = 1.
    weekday: Option<u32>,
    hour: Option<u32>,
    /// Part of the day: 0 night, 1 morning, 2 afternoon, 3 evening, 4 noon
    /// itself (neither morning nor afternoon: "at noon" is not "on Thursday
    /// afternoon").
    part: Option<u32>,
    /// The minutes of the day the words allow, first and last (the last may
    /// pass midnight): "shortly before midnight" is 23:00 to 24:00.
    window: Option<(i32, i32)>,
    /// The window is a span of the clock with both ends written ("from 8pm
    /// to 6am"), not the slack around one time.
    span: bool,
}

/// Parse an ISO 8601 value (or claimdiff's partial forms such as
/// "XXXX-12-03", "XXXX-WXX-2", "TEV"); an interval counts from its start.
fn fields(value: &str) -> Option<Fields> {
    let value = value.split('/').next()?;
    let (date, time) = match value.find('T') {
        Some(i) => (&value[..i], Some(&value[i + 1..])),
        None => (value, None),
    };
    let mut f = Fields::default();
    let parts: Vec<&str> = date.split('-').filter(|p| !p.is_empty()).collect();
    if let Some(w) = parts.iter().position(|p| p.starts_with('W')) {
        // Weeks and weekdays: "XXXX-WXX-2".
        f.weekday = parts.get(w + 1).and_then(|d| d.parse().ok());
        f.year = parts.first().and_then(|y| y.parse().ok());
    } else if let Some(months) = parts.get(1).and_then(|p| quarter_or_season(p)) {
        f.year = parts.first().and_then(|y| y.parse().ok());
        f.months = Some(months);
    } else {
        f.year = parts.first().and_then(|y| y.parse().ok());
        f.month = parts.get(1).and_then(|m| m.parse().ok());
        f.day = parts.get(2).and_then(|d| d.parse().ok());
    }
    if let (Some(y), Some(m), Some(d)) = (f.year, f.month, f.day) {
        f.weekday = NaiveDate::from_ymd_opt(y, m, d).map(|d| d.weekday().number_from_monday());
    }
    if let Some(time) = time {
        match time {
            "MO" => f.part = Some(1),
            "AF" => f.part = Some(2),
            "EV" => f.part = Some(3),
            "NI" => f.part = Some(0),
            "12:00" => {
                f.hour = Some(12);
                f.part = Some(4);
            }
            t => f.hour = t.get(..2).and_then(|h| h.parse().ok()),
        }
    }
    f.part = f.part.or(f.hour.map(part_of_day));
    (f != Fields::default()).then_some(f)
}

/// The months of a quarter ("Q3") or a season ("SP") in a value.
fn quarter_or_season(part: &str) -> Option<(u32, u32)> {
    Some(match part {
        "SP" => (3, 5),
        "SU" => (6, 8),
        "FA" => (9, 11),
        "WI" => (12, 2),
        q => {
            let q: u32 = q.strip_prefix('Q')?.parse().ok()?;
            (q * 3 - 2, q * 3)
        }
    })
}

/// Do a month and a span of months, or two spans, meet? Spans may wrap past
/// December.
fn months_meet(a: (u32, u32), b: (u32, u32)) -> bool {
    let holds = |(first, last): (u32, u32), m: u32| {
        if first <= last {
            (first..=last).contains(&m)
        } else {
            m >= first || m <= last
        }
    };
    (1..=12).any(|m| holds(a, m) && holds(b, m))
}

/// A mention's fields, with the window of minutes its words allow, and the
/// weekday its words name when the value cannot say it: "Tuesday, March 10"
/// is "XXXX-03-10", with no year to find the weekday from.
fn mention_fields(d: &DateMention) -> Option<Fields> {
    let mut f = fields(d.value.as_deref()?)?;
    f.window = clock_window(d);
    f.span = d.clock().is_some_and(|time| time.contains('/'));
    f.weekday = f.weekday.or_else(|| named_weekday(&d.text));
    f.months = f.months.or_else(|| part_of_year(&f, &d.text));
    Some(f)
}

/// The months of a year its words narrow it to: "early 2027" is January to
/// April, "mid-2026" May to August, "late 2026" September to December; so
/// "early 2027" is not "by the end of September".
fn part_of_year(f: &Fields, text: &str) -> Option<(u32, u32)> {
    if f.year.is_none() || f.month.is_some() {
        return None;
    }
    let first = text
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?
        .to_lowercase();
    match first.as_str() {
        "early" => Some((1, 4)),
        "mid" => Some((5, 8)),
        "late" => Some((9, 12)),
        _ => None,
    }
}

/// The ISO weekday (Monday = 1) of a date, from its value or its words.
pub fn weekday(d: &DateMention) -> Option<u32> {
    mention_fields(d)?.weekday
}

/// The ISO weekday (Monday = 1) a text names, if it names exactly one.
fn named_weekday(text: &str) -> Option<u32> {
    let mut named = text
        .split(|c: char| !c.is_alphabetic())
        .filter_map(|w| crate::extract::dates::full_weekday(&w.to_lowercase()));
    let first = named.next()?;
    named.next().is_none().then_some(first)
}

/// The day a date counted from another names as its anchor: "two days
/// after Sunday" (a Tuesday) also tells of Sunday, which another version
/// may date ("Sunday's attempt was called off").
fn offset_anchor(d: &DateMention) -> Option<Fields> {
    let lower = d.text.to_lowercase();
    let (counted, anchor) = lower
        .split_once(" after ")
        .or_else(|| lower.split_once(" before "))?;
    // Counted in days or weeks, not "just after 3 a.m. on Friday".
    let unit = counted.rsplit(' ').next().unwrap_or_default();
    if !crate::extract::numbers::is_unit_of_time(unit) {
        return None;
    }
    Some(Fields {
        weekday: Some(named_weekday(anchor)?),
        ..Fields::default()
    })
}

/// The minutes of the day a clock time allows, from its value and the words
/// around it: an hour alone ("4am") is its first half hour; minutes ("4:30") are that
/// minute; "around" widens an hour by half an hour either way, minutes
/// ("around 10:50") by a quarter of an hour; "before" is the hour
/// leading up to it (not the time itself), "after" or "past" the hour
/// following it; "shortly", "just" or "soon" narrows either to half an
/// hour; "by" is any time up to it. "10.30pm" is not "10pm".
fn clock_window(d: &DateMention) -> Option<(i32, i32)> {
    let time = d.clock()?;
    let hour: i32 = time.get(..2)?.parse().ok()?;
    let minute: Option<i32> = time.get(3..5).and_then(|m| m.parse().ok());
    let at = hour * 60 + minute.unwrap_or(0);
    // An interval of the clock ("the early hours", "T00:00/T05:00"): its
    // span.
    // The end is written "T05:00" or with its date, "XXXX-WXX-1T05:00".
    if let Some((_, end)) = time.split_once('/') {
        let end = end.rsplit_once('T').map_or(end, |(_, clock)| clock);
        let h: i32 = end.get(..2)?.parse().ok()?;
        let m: i32 = end.get(3..5).and_then(|m| m.parse().ok()).unwrap_or(0);
        // A span past midnight ("from 8pm to 6am") ends the next day.
        let end = h * 60 + m;
        return Some((at, if end < at { end + 24 * 60 } else { end }));
    }
    let words = lower_words(&d.text);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let has = |w: &str| words.contains(&w);
    // "half past four" reads a clock; "past midnight" is after it.
    let after_past = words.windows(2).any(|p| {
        p[1] == "past"
            && !matches!(p[0], "half" | "quarter")
            && !crate::text::is_number_word(p[0])
            && !p[0].starts_with(|c: char| c.is_ascii_digit())
    }) || words.first() == Some(&"past");
    // A whole hour written without minutes ("4am", "midnight") is loose by
    // its own granularity only when nothing else narrows it.
    // Minutes are written "2:47" or, in British style, "2.47am".
    let minutes_written = d
        .text
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], b':' | b'.') && w[2].is_ascii_digit());
    let spread = if minutes_written { 0 } else { 29 };
    // "shortly after 6:40" is within half an hour of it, not 7:40.
    let reach = if ["shortly", "just", "soon"].iter().any(|w| has(w)) {
        30
    } else {
        60
    };
    Some(if has("by") {
        // A deadline ("released by midday") allows any time before it
        // that day.
        (at - 12 * 60, at)
    } else if has("before") {
        (at - reach, at - 1)
    } else if has("after") || after_past {
        (at, at + reach)
    } else if ["around", "about", "approximately", "roughly", "some"]
        .iter()
        .any(|w| has(w))
    {
        // "around 10:50" rounds to a quarter of an hour at most; "around
        // 4am" to the hour.
        let slack = if minutes_written { 15 } else { 30 };
        (at - slack, at + slack + spread)
    } else {
        (at, at + spread)
    })
}

/// The words of a date as written, in lower case.
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Do two windows of minutes overlap on a 24-hour clock?
fn windows_overlap(a: (i32, i32), b: (i32, i32)) -> bool {
    const DAY: i32 = 24 * 60;
    [-DAY, 0, DAY]
        .iter()
        .any(|shift| a.0 <= b.1 + shift && b.0 + shift <= a.1)
}

fn part_of_day(hour: u32) -> u32 {
    match hour {
        5..=11 => 1,
        12..=16 => 2,
        17..=20 => 3,
        _ => 0,
    }
}

/// Do two parts of the day agree? Evening and night run into each other:
/// "Tuesday night" is as often the evening, and "just before 11 p.m." is
/// "late Tuesday evening".
fn same_part(a: Option<u32>, b: Option<u32>) -> Option<bool> {
    const NIGHT: u32 = 0;
    const EVENING: u32 = 3;
    a.zip(b)
        .map(|(x, y)| x == y || matches!((x, y), (NIGHT, EVENING) | (EVENING, NIGHT)))
}

/// `Some(true)` when two dates agree on every field both fix, `Some(false)`
/// when they disagree on one, `None` when they fix nothing in common.
fn agree(a: &Fields, b: &Fields) -> Option<bool> {
    let same = |x: Option<u32>, y: Option<u32>| x.zip(y).map(|(x, y)| x == y);
    // Clock times agree when the minutes their words allow overlap (which
    // then says more than the part of the day); bare hours when equal.
    let time = match (a.window, b.window) {
        // Two spans ("a curfew from 8pm to 6am" / "from 9pm to 6am") agree
        // when both ends do.
        (Some(x), Some(y)) if a.span && b.span => Some(x == y),
        (Some(x), Some(y)) => Some(windows_overlap(x, y)),
        _ => [same(a.hour, b.hour), same_part(a.part, b.part)]
            .into_iter()
            .flatten()
            .reduce(|p, q| p && q),
    };
    let shared: Vec<bool> = [
        a.year.zip(b.year).map(|(x, y)| x == y),
        same(a.month, b.month),
        {
            let span = |f: &Fields| f.months.or(f.month.map(|m| (m, m)));
            match (span(a), span(b)) {
                (Some(x), Some(y)) if a.months.is_some() || b.months.is_some() => {
                    Some(months_meet(x, y))
                }
                _ => None,
            }
        },
        same(a.day, b.day),
        same(a.weekday, b.weekday),
        time,
    ]
    .into_iter()
    .flatten()
    .collect();
    (!shared.is_empty()).then(|| shared.iter().all(|&same| same))
}

/// Do two lists of dates conflict: some date of one side meets dates of the
/// other that fix the same fields, and agrees with none of them; or one puts
/// something before an event the other puts it after?
pub fn conflict(a: &[DateMention], b: &[DateMention], lex: &Lexicon) -> bool {
    calendar_conflict(a, b, |_, _| true)
        || week_conflict((a, None), (b, None), |_, _| true)
        || next_unit_conflict(a, b, |_, _| true)
        || sequence_conflict(a, b, lex)
}

/// Do two claims' dates conflict, as [`conflict`], leaving aside dates of
/// different events: "a strike due to begin on Tuesday" and "talks began on
/// Monday" date a strike's start and the talks' start. Each claim comes with
/// the event keys of its dates ([`crate::extract::events::event_keys`]).
pub fn claims_conflict(
    (a, ka): (&Claim, &[Vec<String>]),
    (b, kb): (&Claim, &[Vec<String>]),
    lex: &Lexicon,
) -> bool {
    // A date of no named event that an "after" follows dates what came
    // after the event ("Families woke on Wednesday … after 200 tonnes
    // poured"), not the event another version dates ("the leak began on
    // Monday").
    let after_event = |c: &Claim, d: &DateMention, mine: &[String], theirs: &[String]| {
        mine.is_empty() && !theirs.is_empty() && has_after(text_after(c, d))
    };
    let related = |i: usize, j: usize| {
        let (x, y) = (&ka[i], &kb[j]);
        if after_event(a, &a.dates[i], x, y) || after_event(b, &b.dates[j], y, x) {
            return false;
        }
        if ends_period(a, &a.dates[i]) != ends_period(b, &b.dates[j]) {
            return false;
        }
        x.is_empty() || y.is_empty() || x.iter().any(|k| y.contains(k))
    };
    calendar_conflict(&a.dates, &b.dates, related)
        || anchored_conflict(a, b, lex)
        || week_conflict((&a.dates, Some(a)), (&b.dates, Some(b)), related)
        || next_unit_conflict(&a.dates, &b.dates, related)
        || sequence_conflict(&a.dates, &b.dates, lex)
}

/// The unit of time a date the day of writing leaves open counts ahead by:
/// "next week" → 1, "next month" → 2, "next year" → 3.
fn next_unit(d: &DateMention) -> Option<u8> {
    if d.value.as_deref().is_some_and(|v| !v.starts_with("XXXX")) {
        return None;
    }
    let words = lower_words(&d.text);
    let at = words.iter().position(|w| w == "next" || w == "coming")?;
    match words.get(at + 1)?.as_str() {
        "week" => Some(1),
        "month" => Some(2),
        "year" => Some(3),
        _ => None,
    }
}

/// Do two dates the day of writing leaves open count ahead by different
/// units: "due next week" against "planned for next month"? Whatever the
/// day of writing, the two versions set the thing at different times
/// (save a week that runs into the next month, which no one writes as
/// "next month").
fn next_unit_conflict(
    a: &[DateMention],
    b: &[DateMention],
    related: impl Fn(usize, usize) -> bool,
) -> bool {
    a.iter().enumerate().any(|(i, x)| {
        next_unit(x).is_some_and(|ux| {
            b.iter()
                .enumerate()
                .any(|(j, y)| related(i, j) && next_unit(y).is_some_and(|uy| uy != ux))
        })
    })
}

/// Where in the week of writing a date the day of writing leaves open
/// falls, counted from that week's Monday (1 to 7; next week 8 to 14): "by
/// Friday" is day 5, "the end of the week" 5 to 7, "early next week" 8 to
/// 10.
#[derive(Debug, Clone, Copy)]
struct OpenWeek {
    /// The first and last day.
    days: (i32, i32),
    /// The words name a week ("next week"), not a day ("Friday").
    names_week: bool,
}

impl OpenWeek {
    /// A date's place in the week of writing; none for a date the calendar
    /// fixes.
    fn of(d: &DateMention) -> Option<OpenWeek> {
        if d.value
            .as_deref()
            .is_some_and(|v| !v.starts_with("XXXX-WXX"))
        {
            return None;
        }
        let words = lower_words(&d.text);
        let has = |w: &str| words.iter().any(|x| x == w);
        let weekday = named_weekday(&d.text).map(|w| w as i32);
        let names_week = weekday.is_none() && (has("week") || has("weekend"));
        if weekday.is_none() && !names_week {
            return None;
        }
        let offset = if has("next") || has("coming") {
            7
        } else if has("last") || has("previous") {
            -7
        } else {
            0
        };
        let (from, to) = match weekday {
            Some(w) => (w, w),
            None if has("weekend") => (6, 7),
            None if has("start") || has("beginning") || has("early") => (1, 3),
            None if has("end") || has("late") => (5, 7),
            None if has("middle") || has("mid") => (3, 4),
            None => (1, 7),
        };
        Some(OpenWeek {
            days: (offset + from, offset + to),
            names_week,
        })
    }

    fn meets(&self, other: &OpenWeek) -> bool {
        self.days.0 <= other.days.1 && other.days.0 <= self.days.1
    }
}

/// Is a date of `claim` due in the week of writing: a week the day of
/// writing leaves open ("back early next week"), or a weekday a deadline
/// names ("restored by Friday")? A weekday alone may be this week's or last
/// week's ("said on Thursday"); one things are due by is still to come.
pub fn due_in_open_week(claim: &Claim, d: &DateMention) -> bool {
    OpenWeek::of(d).is_some_and(|w| w.names_week || is_deadline(text_before(claim, d)))
}

/// The verb a date follows, past its preposition: "imposed" in "which it
/// imposed in April", canonical. Only a past participle or past tense
/// ("-ed") counts: the deed the date places.
fn anchor(claim: &Claim, d: &DateMention, lex: &Lexicon) -> Option<String> {
    const PREPOSITIONS: &[&str] = &["in", "on", "at", "since", "by", "until", "during"];
    let before = crate::text::tokenize(text_before(claim, d));
    let mut words = before.iter().rev().take_while(|t| t.is_word);
    let mut verb = words.next()?;
    if PREPOSITIONS.contains(&verb.lower.as_str()) {
        verb = words.next()?;
    }
    (verb.lower.ends_with("ed") && !crate::text::is_stop_word(&verb.lower))
        .then(|| lex.canonical(&verb.lower))
}

/// Do two claims date one deed, by the verb before each date, differently,
/// whatever other dates they share: "its levy, imposed in March" against
/// "its tariff, which it imposed in April in retaliation for the steel
/// duties Kesland introduced in March"?
fn anchored_conflict(a: &Claim, b: &Claim, lex: &Lexicon) -> bool {
    let anchored = |c: &Claim| -> Vec<(String, usize)> {
        (c.dates.iter().enumerate())
            .filter_map(|(i, d)| anchor(c, d, lex).map(|v| (v, i)))
            .collect()
    };
    let (xa, xb) = (anchored(a), anchored(b));
    xa.iter().any(|(va, i)| {
        xb.iter().any(|(vb, j)| {
            va == vb
                && mention_fields(&a.dates[*i])
                    .zip(mention_fields(&b.dates[*j]))
                    .and_then(|(x, y)| agree(&x, &y))
                    == Some(false)
        })
    })
}

/// A claim's text before one of its dates.
pub fn text_before<'c>(claim: &'c Claim, d: &DateMention) -> &'c str {
    d.span
        .start
        .checked_sub(claim.span().start)
        .and_then(|end| claim.text.get(..end))
        .unwrap_or("")
}

/// The claim's text after a date mention.
fn text_after<'c>(claim: &'c Claim, d: &DateMention) -> &'c str {
    d.span
        .end
        .checked_sub(claim.span().start)
        .and_then(|start| claim.text.get(start..))
        .unwrap_or("")
}

/// Does a text hold the word "after", other than counting from a time
/// ("90 minutes after her scheduled 20:30 start" places the date itself)?
fn has_after(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        w == "after" && !(i > 0 && crate::extract::numbers::is_unit_of_time(&words[i - 1]))
    })
}

/// Does a date end a period something was measured over ("142 millimetres
/// fell in the 24 hours to 9 a.m. on Friday", "in the year to March")?
/// It dates no event: "the river burst its banks just after 3am on Friday"
/// does not contradict it.
fn ends_period(claim: &Claim, d: &DateMention) -> bool {
    let words = lower_words(text_before(claim, d));
    let n = words.len();
    n >= 2 && words[n - 1] == "to" && crate::extract::numbers::is_unit_of_time(&words[n - 2])
}

/// Does the text before a date make it a deadline ("restored by")?
fn is_deadline(before: &str) -> bool {
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    ["by", "until", "before"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// Dates the day of writing leaves open, placed in the same week of writing
/// (outlets report one story the same week): "by Friday" and "early next
/// week" do not meet. Two weekdays alone are left to the calendar ("Friday"
/// may be last week's in one sentence and this week's in another), and a
/// weekday counts only as a deadline of the claim it stands in (without a
/// claim, not at all).
fn week_conflict(
    a: (&[DateMention], Option<&Claim>),
    b: (&[DateMention], Option<&Claim>),
    related: impl Fn(usize, usize) -> bool,
) -> bool {
    let open = |(ds, claim): (&[DateMention], Option<&Claim>)| -> Vec<(usize, OpenWeek)> {
        ds.iter()
            .enumerate()
            .filter_map(|(i, d)| {
                let week = OpenWeek::of(d)?;
                let due = week.names_week || claim.is_some_and(|c| is_deadline(text_before(c, d)));
                due.then_some((i, week))
            })
            .collect()
    };
    let (oa, ob) = (open(a), open(b));
    // Every pair compared, with one of them naming a week: a conflict when
    // none meets.
    let verdicts: Vec<bool> = oa
        .iter()
        .flat_map(|(i, x)| ob.iter().map(move |(j, y)| (*i, x, *j, y)))
        .filter(|&(i, x, j, y)| related(i, j) && (x.names_week || y.names_week))
        .map(|(_, x, _, y)| x.meets(y))
        .collect();
    !verdicts.is_empty() && !verdicts.contains(&true)
}

fn sequence_conflict(a: &[DateMention], b: &[DateMention], lex: &Lexicon) -> bool {
    let parse = |ds: &[DateMention]| -> Vec<(Relation, String)> {
        ds.iter()
            .filter(|d| d.value.is_none())
            .filter_map(|d| sequence::parse(&d.text, lex))
            .collect()
    };
    let (pa, pb) = (parse(a), parse(b));
    pa.iter()
        .any(|(ra, ea)| pb.iter().any(|(rb, eb)| ea == eb && ra != rb))
}

/// Calendar conflicts between dates `related(i, j)` lets be compared (the
/// `i`th of `a`, the `j`th of `b`).
fn calendar_conflict(
    a: &[DateMention],
    b: &[DateMention],
    related: impl Fn(usize, usize) -> bool,
) -> bool {
    let parse = |ds: &[DateMention]| -> Vec<(usize, Fields)> {
        ds.iter()
            .enumerate()
            .flat_map(|(i, d)| {
                let anchor = offset_anchor(d).map(|f| (i, f));
                mention_fields(d).map(|f| (i, f)).into_iter().chain(anchor)
            })
            .collect()
    };
    let (fa, fb) = (parse(a), parse(b));
    let verdict = |&(i, x): &(usize, Fields), &(j, y): &(usize, Fields)| {
        related(i, j).then(|| agree(&x, &y)).flatten()
    };
    // Dates one side shares with the other are set aside first: "by 2007 …
    // double that of 2002" against "by 2007 … double five years earlier"
    // agree on 2007, and 2002 has nothing left to disagree with.
    // A day is not set aside by a season: "10 June" agrees with "a car deal
    // before the summer", but that says nothing of "June 17".
    // Nor is a time of the clock set aside by a part of the day when the
    // other side tells the clock too: "from 9pm to 5am, starting on Tuesday
    // night" against "from 10 p.m. to 5 a.m., starting on Tuesday night".
    let clocked = |fs: &[(usize, Fields)]| fs.iter().any(|f| f.1.window.is_some());
    let (clock_a, clock_b) = (clocked(&fa), clocked(&fb));
    let as_fine = |x: &Fields, y: &Fields, other_clocked: bool| {
        (x.day.is_none() || y.months.is_none())
            && (x.window.is_none() || y.window.is_some() || !other_clocked)
    };
    let ua: Vec<&(usize, Fields)> = fa
        .iter()
        .filter(|x| {
            !fb.iter()
                .any(|y| as_fine(&x.1, &y.1, clock_b) && verdict(x, y) == Some(true))
        })
        .collect();
    let ub: Vec<&(usize, Fields)> = fb
        .iter()
        .filter(|y| {
            !fa.iter()
                .any(|x| as_fine(&y.1, &x.1, clock_a) && verdict(x, y) == Some(true))
        })
        .collect();
    ua.iter().any(|x| {
        let verdicts: Vec<bool> = ub.iter().filter_map(|y| verdict(x, y)).collect();
        !verdicts.is_empty() && !verdicts.contains(&true)
    })
}

/// The words a summary shows for a side: [`shown`], or the date as written
/// when its value leaves the calendar open ("Friday", not "XXXX-WXX-5").
pub fn shown_words<'d>(dates: &'d [DateMention], lex: &Lexicon) -> Option<&'d str> {
    let value = shown(dates, lex)?;
    if !value.starts_with("XXXX") {
        return Some(value);
    }
    dates
        .iter()
        .find(|d| d.value.as_deref() == Some(value))
        .map(|d| d.text.as_str())
}

/// The value shown for a side: its first resolved date (ISO 8601), else its
/// first time relative to an event, as written ("before the talks").
pub fn shown<'d>(dates: &'d [DateMention], lex: &Lexicon) -> Option<&'d str> {
    dates
        .iter()
        .find_map(|d| d.value.as_deref().filter(|v| fields(v).is_some()))
        .or_else(|| {
            dates
                .iter()
                .find(|d| {
                    d.value.is_none()
                        && (sequence::parse(&d.text, lex).is_some()
                            || OpenWeek::of(d).is_some()
                            || next_unit(d).is_some())
                })
                .map(|d| d.text.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    #[test]
    fn an_after_clause_is_told_from_a_count_from_a_time() {
        assert!(has_after(
            " to a second day without water after 200 tonnes poured"
        ));
        assert!(!has_after(", 90 minutes after her scheduled 20:30 start"));
    }

    fn d(value: &str) -> DateMention {
        mention(value, Some(value))
    }

    /// A date as written, with its value (None: left unresolved).
    fn mention(text: &str, value: Option<&str>) -> DateMention {
        DateMention {
            text: text.into(),
            span: Span::default(),
            value: value.map(str::to_string),
        }
    }

    fn conflicts(a: &str, b: &str) -> bool {
        conflict(&[d(a)], &[d(b)], &Lexicon::default())
    }

    /// Do two dates, each as written and with its value, conflict?
    fn clash(a: (&str, &str), b: (&str, &str)) -> bool {
        conflict(
            &[mention(a.0, Some(a.1))],
            &[mention(b.0, Some(b.1))],
            &Lexicon::default(),
        )
    }

    #[test]
    fn an_hour_alone_is_not_half_past_and_by_is_a_deadline() {
        assert!(clash(("10pm", "T22:00"), ("10.30pm", "T22:30")));
        assert!(!clash(("10pm", "T22:00"), ("10.15pm", "T22:15")));
        assert!(!clash(
            ("by midday", "T12:00"),
            ("around 11 a.m.", "T11:00")
        ));
        assert!(clash(("by midday", "T12:00"), ("1 p.m.", "T13:00")));
    }

    #[test]
    fn quarters_and_seasons_are_their_months() {
        assert!(conflicts("2023-09", "2023-SP"));
        assert!(!conflicts("2023-04", "2023-SP"));
        assert!(!conflicts("XXXX-01", "XXXX-WI"));
        assert!(conflicts("2026-Q3", "2027"));
        assert!(!conflicts("XXXX-09", "2026-Q3"));
        assert!(conflicts("XXXX-10", "2026-Q3"));
        assert!(!conflicts("2026-Q3", "2026-SU"));
    }

    #[test]
    fn a_season_does_not_set_a_day_aside() {
        let lex = Lexicon::default();
        let next_round = [
            mention("on June 17", Some("XXXX-06-17")),
            mention("before the summer", Some("XXXX-SU")),
        ];
        assert!(conflict(
            &next_round,
            &[mention("on 10 June", Some("XXXX-06-10"))],
            &lex
        ));
        assert!(!conflict(
            &next_round,
            &[mention("on 17 June", Some("XXXX-06-17"))],
            &lex
        ));
    }

    #[test]
    fn a_span_of_the_clock_past_midnight_agrees_with_itself() {
        let curfew = |text: &str| [mention(text, Some("T20:00/T06:00"))];
        let lex = Lexicon::default();
        assert!(!conflict(
            &curfew("from 8 p.m. to 6 a.m."),
            &curfew("from 8pm to 6am"),
            &lex
        ));
        assert!(conflict(
            &curfew("from 8pm to 6am"),
            &[mention("from 10am", Some("T10:00"))],
            &lex
        ));
        assert!(conflict(
            &curfew("from 8pm to 6am"),
            &[mention("from 9pm to 6am", Some("T21:00/T06:00"))],
            &lex
        ));
        // Not set aside by the night both start on.
        let night = || mention("on Tuesday night", Some("XXXX-WXX-2TNI"));
        assert!(conflict(
            &[mention("from 8pm to 6am", Some("T20:00/T06:00")), night()],
            &[mention("from 9pm to 6am", Some("T21:00/T06:00")), night()],
            &lex
        ));
        assert!(!conflict(
            &[mention("in the early hours", Some("T00:00/T05:00"))],
            &[mention("at 3am", Some("T03:00"))],
            &lex
        ));
    }

    #[test]
    fn noon_is_neither_morning_nor_afternoon() {
        let lex = Lexicon::default();
        let noon = [mention("at noon on Thursday", Some("XXXX-WXX-4T12:00"))];
        assert!(conflict(
            &noon,
            &[mention("on Thursday afternoon", Some("XXXX-WXX-4TAF"))],
            &lex
        ));
        assert!(!conflict(
            &noon,
            &[mention("at midday on Thursday", Some("XXXX-WXX-4T12:00"))],
            &lex
        ));
    }

    #[test]
    fn a_weekday_written_beside_a_date_without_year_is_compared() {
        let written = |text: &str, value: &str| mention(text, Some(value));
        let lex = Lexicon::default();
        let tuesday = [written("Tuesday, March 10", "XXXX-03-10")];
        assert!(conflict(
            &tuesday,
            &[written("next Monday", "XXXX-WXX-1")],
            &lex
        ));
        assert!(!conflict(
            &tuesday,
            &[written("Tuesday", "XXXX-WXX-2")],
            &lex
        ));
    }

    #[test]
    fn a_part_of_a_year_is_its_months() {
        assert!(clash(("early 2027", "2027"), ("September", "XXXX-09")));
        assert!(!clash(("early 2027", "2027"), ("March", "XXXX-03")));
        let q3 = ("the third quarter of 2026", "2026-Q3");
        assert!(clash(("early 2026", "2026"), q3));
        assert!(!clash(("mid-2026", "2026"), q3));
    }

    /// Do two dates left unresolved, as written, conflict?
    fn unresolved_conflict(a: &str, b: &str) -> bool {
        conflict(
            &[mention(a, None)],
            &[mention(b, None)],
            &Lexicon::default(),
        )
    }

    #[test]
    fn before_and_after_the_same_event_conflict() {
        assert!(unresolved_conflict(
            "before the talks",
            "following the meeting"
        ));
        assert!(!unresolved_conflict(
            "after the talks",
            "following the meeting"
        ));
        assert!(!unresolved_conflict("before the vote", "after the talks"));
    }

    #[test]
    fn next_week_is_not_next_month() {
        assert!(unresolved_conflict("next week", "next month"));
        assert!(unresolved_conflict("next month", "next year"));
        assert!(!unresolved_conflict("next month", "next month"));
        assert!(!unresolved_conflict("next week", "this month"));
        // Shown, so that a claim dated only so is compared at all.
        let lex = Lexicon::default();
        assert_eq!(
            shown(&[mention("NEXT MONTH", None)], &lex),
            Some("NEXT MONTH")
        );
    }

    #[test]
    fn dates_the_day_of_writing_leaves_open_share_its_week() {
        assert!(unresolved_conflict("end of the week", "early next week"));
        assert!(!unresolved_conflict("end of the week", "this week"));
        let lex = Lexicon::default();
        // A weekday counts when it is a deadline.
        let claim = |text: &str| {
            let analysis = crate::analyse(
                crate::ingest::from_text("t", text),
                &crate::Config::default(),
            );
            analysis
                .claims
                .into_iter()
                .find(|c| !c.dates.is_empty())
                .unwrap()
        };
        let conflicts = |a: &str, b: &str| {
            let (a, b) = (claim(a), claim(b));
            let keys = |c: &Claim| vec![Vec::new(); c.dates.len()];
            claims_conflict((&a, &keys(&a)), (&b, &keys(&b)), &lex)
        };
        let by_friday = "Northvale expects systems to be restored by Friday.";
        assert!(conflicts(
            by_friday,
            "Bosses hope to have systems back by the start of next week."
        ));
        assert!(!conflicts(
            by_friday,
            "Bosses hope to have systems back by the end of the week."
        ));
        assert!(!conflicts(
            "The SEC said on Thursday it was drawing up rules.",
            "Last week the SEC said it was drawing up rules."
        ));
    }

    #[test]
    fn granularity_and_weekdays() {
        assert!(!conflicts("2022-02", "2022-02-24"));
        assert!(conflicts("2022-02", "2022-03"));
        assert!(
            !conflicts("2025-12-02", "XXXX-WXX-2"),
            "2 Dec 2025 was a Tuesday"
        );
        assert!(conflicts("2025-12-02", "XXXX-WXX-3"));
        assert!(conflicts("XXXX-WXX-2", "XXXX-WXX-3"));
    }

    #[test]
    fn times_and_parts_of_day() {
        assert!(conflicts("T00:30", "T23:30"));
        assert!(!conflicts("T21:00", "TNI"));
        assert!(conflicts("T02:00", "T04:00"));
        assert!(!conflicts("2025-12-02T23:00", "TNI"));
        // Evening and night run into each other.
        assert!(!conflicts("XXXX-WXX-2TEV", "XXXX-WXX-2TNI"));
        assert!(!conflicts("TEV", "T23:00"));
        assert!(conflicts("TMO", "TEV"));
        assert!(conflicts("XXXX-WXX-2TEV", "XXXX-WXX-3TNI"));
    }

    #[test]
    fn clock_times_conflict_only_when_their_words_cannot_meet() {
        let said = |text: &str, value: &str| mention(text, Some(value));
        let lex = Lexicon::default();
        let clash = |a: DateMention, b: DateMention| conflict(&[a], &[b], &lex);
        let before_midnight = || said("shortly before midnight", "T00:00");
        assert!(!clash(before_midnight(), said("at 11:40 p.m.", "T23:40")));
        assert!(clash(before_midnight(), said("past midnight", "T00:00")));
        assert!(clash(
            said("just after 2am", "T02:00"),
            said("around 4am", "T04:00")
        ));
        assert!(!clash(
            said("around 4am", "T04:00"),
            said("at 4:20 a.m.", "T04:20")
        ));
        assert!(clash(
            said("at 4:30 a.m.", "T04:30"),
            said("at 5:30 a.m.", "T05:30")
        ));
        // "Around" a time with minutes is within a quarter of an hour.
        assert!(clash(
            said("at around 10:50am", "T10:50"),
            said("at 11:20 a.m.", "T11:20")
        ));
        assert!(!clash(
            said("at around 10:50am", "T10:50"),
            said("at 11:00 a.m.", "T11:00")
        ));
        // "Shortly after" is within half an hour; "after", an hour.
        assert!(clash(
            said("shortly after 6:40 a.m.", "T06:40"),
            said("at 07:40", "T07:40")
        ));
        assert!(!clash(
            said("after 6:40 a.m.", "T06:40"),
            said("at 07:40", "T07:40")
        ));
        // Minutes written the British way are as exact as with a colon.
        assert!(clash(
            said("at 2.47am", "T02:47"),
            said("at 3:17 a.m.", "T03:17")
        ));
        let half_past_four = said("half past four in the morning", "T04:30");
        assert!(clash(half_past_four, said("5:30 a.m.", "T05:30")));
        // The early hours run from midnight to five.
        let early_hours = || said("the early hours", "T00:00/T05:00");
        assert!(clash(early_hours(), before_midnight()));
        assert!(!clash(early_hours(), said("past midnight", "T00:00")));
        assert!(!clash(early_hours(), said("at 2:10 a.m.", "T02:10")));
        // So they do when the end of the span carries its day, as the
        // extractor writes it.
        let early_monday = || {
            said(
                "the early hours of Monday",
                "XXXX-WXX-1T00:00/XXXX-WXX-1T05:00",
            )
        };
        assert!(!clash(
            early_monday(),
            said("shortly after 3 a.m. on Monday", "XXXX-WXX-1T03:00")
        ));
        assert!(clash(
            early_monday(),
            said("at 7:15 a.m. on Monday", "XXXX-WXX-1T07:15")
        ));
    }

    #[test]
    fn the_day_a_date_is_counted_from_is_dated_too() {
        let counted = mention("08:30, two days after Sunday", Some("2026-03-24T08:30"));
        let sunday = mention("Sunday", Some("XXXX-WXX-7"));
        let lex = Lexicon::default();
        assert!(!conflict(
            std::slice::from_ref(&sunday),
            std::slice::from_ref(&counted),
            &lex
        ));
        let monday = mention("Monday", Some("XXXX-WXX-1"));
        assert!(conflict(&[monday], &[counted], &lex));
        // "after" that only places a time is no count from a day.
        let after_three = mention("just after 3 a.m. on Friday", Some("XXXX-WXX-5T03:00"));
        let five = mention("around 5am on Friday", Some("XXXX-WXX-5T05:00"));
        assert!(conflict(&[after_three], &[five], &lex));
    }

    #[test]
    fn unrelated_or_unresolved_dates_do_not_conflict() {
        assert!(
            !conflicts("XXXX-10", "XXXX-WXX-3"),
            "October and a Wednesday"
        );
        let today = DateMention {
            text: "today".into(),
            span: Span::default(),
            value: None,
        };
        assert!(!conflict(&[today], &[d("XXXX-WXX-4")], &Lexicon::default()));
    }

    #[test]
    fn a_date_only_one_side_gives_does_not_conflict_with_a_shared_one() {
        let lex = Lexicon::default();
        assert!(!conflict(&[d("2007")], &[d("2007"), d("2002")], &lex));
        assert!(!conflict(&[d("1995"), d("1999")], &[d("1995")], &lex));
        assert!(conflict(&[d("XXXX-07-03")], &[d("XXXX-07-30")], &lex));
        assert!(conflict(
            &[d("2007"), d("2003")],
            &[d("2007"), d("2004")],
            &lex
        ));
    }
}
