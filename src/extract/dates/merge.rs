//! Mentions joined: a date and a time ("Tuesday at 2 a.m."), and two dates
//! into a span ("from March to May 2020").

use super::*;

impl Cx<'_, '_> {
    /// Join a date and a time next to each other: "Tuesday at 2 a.m.",
    /// "2 a.m. on Tuesday", "Dec. 3, 10:30".
    pub(super) fn merge(&self, found: Vec<Found>) -> Vec<Found> {
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
    pub(super) fn date_and_time(&self, p: &Found, f: &Found) -> Option<Found> {
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
        ) || (gap == ["of"] && p.day.is_none() && f.day.is_some());
        // "the early hours of Friday", "the evening of March 3".
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
                    | Day::Season(..)
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
    pub(super) fn intervals(&self, found: Vec<Found>) -> Vec<Found> {
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

    pub(super) fn interval(&self, a: &Found, b: &Found) -> Option<Found> {
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

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::{value, values};

    #[test]
    fn dates_with_times() {
        assert_eq!(
            value("concluded in the early hours of Friday").as_deref(),
            Some("2025-11-28T00:00/2025-11-28T05:00")
        );
        assert_eq!(
            value("Tuesday at 9 a.m.").as_deref(),
            Some("2025-12-02T09:00")
        );
        assert_eq!(
            value("6 p.m. on Monday").as_deref(),
            Some("2025-12-01T18:00")
        );
        assert_eq!(value("tonight at 8").as_deref(), Some("2025-12-03T20:00"));
        assert_eq!(value("on Friday at 4").as_deref(), Some("2025-11-28T04:00"));
        assert_eq!(
            value("12/24/2025 @ 17:49:19").as_deref(),
            Some("2025-12-24T17:49:19")
        );
        assert_eq!(
            value("yesterday from 2 to 4pm").as_deref(),
            Some("2025-12-02T14:00/2025-12-02T16:00")
        );
    }

    #[test]
    fn spans_of_dates() {
        assert_eq!(
            value("from April to June 2024").as_deref(),
            Some("2024-04/2024-06")
        );
        assert_eq!(value("between 2014 and 2018").as_deref(), Some("2014/2018"));
        assert_eq!(
            value("Nov. 28 - Dec. 2, 2024").as_deref(),
            Some("2024-11-28/2024-12-02")
        );
        // "Friday-Jun-15" is one day.
        assert_eq!(values("on Friday-Jun-15").len(), 2);
    }
}
