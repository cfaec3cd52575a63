//! Dates relative to the day of writing: "yesterday", "on Tuesday", "last
//! month", "three days ago", "in two weeks", holidays.

use super::*;

impl Cx<'_, '_> {
    /// "Christmas", "New Year's Day", "Halloween", "Independence Day".
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
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
    pub(super) fn offset(&self, i: usize) -> Option<Found> {
        let w = self.word(i);
        // "on the 18th": a day of the nearest month.
        if w == "the"
            && matches!(
                self.prev_word(i),
                "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after"
            )
            && let Some((d, dl)) = self.day_at(i + 1)
            && self.ordinal_at(i + 1, dl)
            && self.day_ends(dl)
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
        let anchor = self.mention_with(nl + 3, false)?;
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
    pub(super) fn future_before(&self, i: usize) -> bool {
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
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
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
            // A bare weekday in a sentence about the future ("the strike
            // will begin on Monday") is the coming one, not the last; so is
            // one a thing is set for ("a meeting has been called for
            // Thursday").
            let set_for = i > 0 && self.word(i - 1) == "for";
            let shift = if k == i && (self.future_before(i) || set_for) {
                1
            } else {
                shift
            };
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
        // "the end of the week", "the start of next week", "early next
        // week": a part of a week, month or year.
        let part_of = |k: usize| match self.word(k) {
            "the" | "this" => Some((0, k + 1)),
            "next" | "coming" => Some((1, k + 1)),
            "last" | "previous" => Some((-1, k + 1)),
            _ => None,
        };
        let part = match w {
            "early" | "late" | "mid" => {
                part_of(i + 1).filter(|&(s, _)| s != 0 || self.word(i + 1) == "this")
            }
            "start" | "beginning" | "end" | "middle" if self.word(i + 1) == "of" => part_of(i + 2),
            _ => None,
        };
        let (first, shift, k) = match (w, part) {
            (_, Some((shift, k)))
                if ["week", "weekend", "month", "year"].contains(&self.word(k)) =>
            {
                (i, shift, k)
            }
            ("earlier" | "later", _) if self.word(i + 1) == "this" => (i, 0, i + 2),
            ("last" | "previous" | "past", _) => (i, -1, i + 1),
            ("this" | "current", _) => (i, 0, i + 1),
            ("next" | "coming", _) => (i, 1, i + 1),
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
    pub(super) fn count_at(&self, i: usize) -> Option<(i64, usize)> {
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
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::{value, values};

    #[test]
    fn days_and_weeks() {
        assert_eq!(
            value("The vote was held on Friday.").as_deref(),
            Some("2025-11-28")
        );
        assert_eq!(
            value("It happened last Wednesday.").as_deref(),
            Some("2025-11-26")
        );
        assert_eq!(
            value("They meet this Friday.").as_deref(),
            Some("2025-12-05")
        );
        assert_eq!(value("earlier this year").as_deref(), Some("2025"));
        assert_eq!(value("this weekend").as_deref(), Some("2025-W49-WE"));
        assert_eq!(value("last weekend").as_deref(), Some("2025-W48-WE"));
        assert_eq!(value("two weeks ago").as_deref(), Some("2025-11-19"));
        // Parts of a week: the week.
        assert_eq!(
            value("back by the end of the week").as_deref(),
            Some("2025-W49")
        );
        assert_eq!(value("back early next week").as_deref(), Some("2025-W50"));
        assert_eq!(
            value("by the start of next week").as_deref(),
            Some("2025-W50")
        );
        assert_eq!(value("signed late last year").as_deref(), Some("2024"));
    }

    #[test]
    fn offsets_and_holidays() {
        assert_eq!(
            value("ten days after Christmas").as_deref(),
            Some("2026-01-04")
        );
        assert_eq!(
            value("We will decide in two weeks.").as_deref(),
            Some("2025-12-17")
        );
        // Without a word of the future it is a stretch of time, not a date.
        assert!(values("the first time in two weeks").is_empty());
        assert_eq!(value("on the 21st").as_deref(), Some("2025-11-21"));
    }
}
