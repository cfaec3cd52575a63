//! Times of day: "2 a.m.", "23:40", "half past seven", "past midnight", "late
//! evening", "5 to 6pm".

use super::*;

/// Words of approximation between "at" and a time ("at around 12.20").
const APPROXIMATE: &[&str] = &["around", "about", "approximately", "roughly"];

/// Words after "at 12.20" that go on with the sentence, not name a unit.
const GOES_ON: &[&str] = &[
    "on",
    "in",
    "local",
    "gmt",
    "utc",
    "yesterday",
    "today",
    "tonight",
    "this",
    "that",
    "when",
    "and",
    "as",
    "after",
    "before",
    "the",
    "while",
    "last",
    "until",
];

impl Cx<'_, '_> {
    /// "morning", "afternoon", "evening", "night" at `i`.
    pub(super) fn part_word(&self, i: usize) -> Option<(&'static str, usize)> {
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
    pub(super) fn part_of_day(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let w = self.word(i);
        // "the early hours", "the small hours": from midnight to five.
        if w == "the"
            && matches!(self.word(i + 1), "early" | "small" | "wee")
            && self.word(i + 2) == "hours"
        {
            return Some(Found {
                first: i,
                last: i + 2,
                day: None,
                time: Some(Time::At(0, 0, 0)),
                until: Some((None, Some(Time::At(5, 0, 0)))),
                ..Default::default()
            });
        }
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
    pub(super) fn time(&self, i: usize) -> Option<Found> {
        // Qualifiers kept in the span: "shortly after", "just before", "around".
        let mut k = i;
        let w0 = self.word(i);
        if matches!(
            w0,
            "shortly" | "just" | "soon" | "right" | "sometime" | "well" | "immediately"
        ) && matches!(self.word(i + 1), "after" | "before")
        {
            k = i + 2;
        } else if APPROXIMATE.contains(&w0) || matches!(w0, "past" | "after" | "before" | "by") {
            k = i + 1;
        }
        let mut c = self.clock_at(k)?;
        // "past/after/before/by" belong to the span only before midnight
        // and noon ("released by midday").
        if k == i + 1
            && matches!(w0, "past" | "after" | "before" | "by")
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
            time: Some(Time::At(c.h, c.m, c.s)),
            ..Default::default()
        })
    }

    /// "in the evening", "at night", "in the morning" after a clock reading:
    /// move the hour into that part of the day. True if one was there.
    pub(super) fn day_part_after(&self, c: &mut Clock) -> bool {
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
    pub(super) fn zone_after(&self, last: usize) -> usize {
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
    pub(super) fn time_range(&self, i: usize) -> Option<Found> {
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
            time: Some(Time::At(a.h, a.m, a.s)),
            until: Some((None, Some(Time::At(b.h, b.m, b.s)))),
            ..Default::default()
        })
    }

    /// The clock reading at `i`.
    pub(super) fn clock_at(&self, i: usize) -> Option<Clock> {
        let t = self.tok(i)?;
        // Seconds, as in "17:49:19".
        let sec = if t.num.is_some()
            && self.glued(i + 1).is_some_and(|c| c.is_punct(':'))
            && self.glued(i + 3).is_some_and(|c| c.is_punct(':'))
        {
            self.glued(i + 4)
                .filter(|x| x.raw.len() == 2)
                .and_then(|x| x.num)
                .map_or(0, |n| (n.value as u32).min(59))
        } else {
            0
        };
        let at = |h, m, last| Clock {
            h,
            m,
            s: sec,
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
        // "at 6.45", "at around 12.20": a decimal is a time only after "at"
        // and with nothing after it that makes it an amount ("at 0.25%", "at
        // 1.50 dollars").
        let after_at = self.prev_word(i) == "at"
            || APPROXIMATE.contains(&self.prev_word(i))
                && i.checked_sub(1).is_some_and(|p| self.prev_word(p) == "at");
        // A word that goes on with the sentence ("at 12.20 on Sunday")
        // leaves it a time; any other ("dollars", "points") makes an amount.
        let decimal_time = after_at
            && h >= 1
            && !self.tok(last + 1).is_some_and(|n| {
                n.kind == Kind::Word && !GOES_ON.contains(&n.lower.as_str()) || n.is_punct('%')
            });
        if minutes && (t.num.is_some_and(|n| n.integer) || decimal_time) {
            return Some(Clock {
                meridiem: false,
                ..at(h, m, last)
            });
        }
        // A bare hour is a time only with a part of the day after it.
        (h <= 12 && t.num.is_none_or(|n| n.integer)).then_some(Clock {
            h,
            m,
            s: 0,
            last,
            bare: true,
            meridiem: false,
        })
    }

    /// "a.m.", "am", "AM", "p.m.", "pm", "a", "p" after a number.
    pub(super) fn meridiem(&self, k: usize) -> Option<(bool, usize)> {
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
                // "at 9p": glued to the number, after "at" ("4p" is also pence).
                let at = k >= 2 && matches!(self.word(k - 2), "at" | "around" | "by" | "until");
                (!t.space_before && ends(k) && at).then_some((pm, k))
            }
            _ => None,
        }
    }

    /// "half past seven", "quarter to eight", "20 minutes past eight", "ten
    /// past nine", and the British "at half four".
    pub(super) fn past_to(&self, i: usize) -> Option<Clock> {
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
        let (past, hour_at) = match self.word(k) {
            "past" | "after" => (true, k + 1),
            "to" | "before" if minutes != 30 && named => (false, k + 1),
            // British "at half four": half past four.
            _ if self.word(i) == "half" && i > 0 && self.word(i - 1) == "at" => (true, k),
            _ => return None,
        };
        let (h, hl) = self.count_at(hour_at)?;
        if !(1..=12).contains(&h) {
            return None;
        }
        // "at half four in the morning", but not "at half four times the
        // price": the hour ends the phrase, or a time of day follows.
        const THEN: &[&str] = &[
            "",
            ".",
            ",",
            ";",
            "in",
            "on",
            "this",
            "last",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "oclock",
        ];
        let said_as_time = THEN.contains(&self.word(hl + 1)) || self.meridiem(hl + 1).is_some();
        if hour_at == k && !said_as_time {
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
            s: 0,
            last,
            bare: false,
            meridiem,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::{value, values};

    #[test]
    fn clock_times() {
        assert_eq!(value("at 7:45 p.m.").as_deref(), Some("T19:45"));
        assert_eq!(value("around 11pm GMT").as_deref(), Some("T23:00"));
        assert_eq!(value("at noon").as_deref(), Some("T12:00"));
        assert_eq!(value("at half past nine").as_deref(), Some("T09:30"));
        assert_eq!(
            value("at half four in the morning").as_deref(),
            Some("T04:30")
        );
        assert!(values("sold at half four times the price").is_empty());
        assert_eq!(value("at 9 in the evening").as_deref(), Some("T21:00"));
        assert_eq!(value("at 18.30").as_deref(), Some("T18:30"));
        assert!(values("rates held at 0.25% and at 1.50 dollars").is_empty());
        assert_eq!(value("fell at around 12.20").as_deref(), Some("T12:20"));
        assert!(
            value("fell at 12.20 on Sunday")
                .as_deref()
                .is_some_and(|v| v.ends_with("T12:20"))
        );
        assert!(values("traded at around 1.50 dollars").is_empty());
        // A bare number is no time.
        assert!(values("they had 7 in the bag").is_empty());
    }

    #[test]
    fn spans_and_parts_of_the_day() {
        assert_eq!(value("open 9 to 5pm").as_deref(), Some("T09:00/T17:00"));
        assert_eq!(value("from 10:30 to 4").as_deref(), Some("T10:30/T16:00"));
        assert_eq!(value("early in the morning").as_deref(), Some("TMO"));
        assert_eq!(
            value("talking into the early hours").as_deref(),
            Some("T00:00/T05:00")
        );
        assert!(values("two to four people").is_empty());
    }
}
