//! Absolute dates: "Dec. 3", "3 December 2025", "February 2022", "2025-12-03",
//! "in 2019", "Q3 2025", "Tuesday the 11th".

use super::*;

impl Cx<'_, '_> {
    /// "2025-12-03", "2015-3", "12/03/2025", "on 5/12".
    pub(super) fn numeric_date(&self, i: usize) -> Option<Found> {
        // Inside a longer code: "133-03-03-2020".
        if self.in_code(i) {
            return None;
        }
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
            // "2015-3" is a month, but "the 2004-05 season" two years.
            let modifier = self.prev_word(i) == "the"
                || self
                    .tok(i + 3)
                    .is_some_and(|t| t.kind == Kind::Word && !t.capitalised());
            if sep_char == '-' && !modifier {
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
    pub(super) fn month_first(&self, i: usize) -> Option<Found> {
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
    pub(super) fn day_span(&self, first: usize, m: u32, d: u32, dlast: usize) -> Option<Found> {
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
    pub(super) fn weekday_and_day(&self, i: usize) -> Option<Found> {
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
        let written = if self.toks[k].kind == Kind::Num {
            the || dl > k
        } else {
            the && self.ordinal_at(k, dl)
        };
        if !written || !self.day_ends(dl) || self.month_at(dl + 1).is_some() {
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

    /// "before the summer", "by the spring", "this autumn": a season
    /// without its year that something is due by or in (the season at `k`,
    /// `i` the "the" before it or the season itself). Not "since the
    /// autumn" (the start of a stretch) nor "the summer heat".
    fn season_ahead(&self, i: usize, k: usize, season: &'static str) -> Option<Found> {
        let before = i.checked_sub(1).map(|p| self.word(p));
        let ahead = match before {
            // "reopen in the autumn" too: one season, not a stretch ("since
            // the autumn").
            Some("before" | "by" | "until" | "in") => k > i,
            _ => k == i && matches!(before, Some("this" | "next")),
        };
        // The season ends the phrase: "before the summer holidays" is no
        // season; "until next summer at the earliest" is one.
        let bound = self.word(k + 1) == "at"
            && self.word(k + 2) == "the"
            && matches!(self.word(k + 3), "earliest" | "latest");
        let ends = bound
            || !self
                .word(k + 1)
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        (ahead && ends).then(|| Found {
            first: if k > i { i } else { i - 1 },
            last: k,
            day: Some(Day::Season(None, season)),
            ..Default::default()
        })
    }

    /// "spring 2023", "the autumn of 2024", "in fall 2022": a season of a
    /// year. A season alone ("since the autumn") is left out: it is more
    /// often the start of a stretch than the time of one event.
    pub(super) fn season(&self, i: usize) -> Option<Found> {
        let k = if self.word(i) == "the" { i + 1 } else { i };
        let s = match self.word(k) {
            "spring" => "SP",
            "summer" => "SU",
            "autumn" | "fall" => "FA",
            "winter" => "WI",
            _ => return None,
        };
        // "prices fall 2024" is no season.
        let verb_free = self.word(k) != "fall"
            || k > i
            || i.checked_sub(1)
                .is_some_and(|p| matches!(self.word(p), "in" | "by" | "until" | "since"));
        let m = if self.word(k + 1) == "of" {
            k + 2
        } else {
            k + 1
        };
        let Some((y, yl)) = self.year_at(m).filter(|_| verb_free) else {
            return self.season_ahead(i, k, s);
        };
        // Winter runs into the next year: its year is left open.
        Some(Found {
            first: i,
            last: yl,
            day: Some(Day::Season((s != "WI").then_some(y), s)),
            year_written: true,
            ..Default::default()
        })
    }

    /// "Q3 2025", "2017-Q1", "the third quarter of 2024", "last quarter".
    pub(super) fn quarter(&self, i: usize) -> Option<Found> {
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
            "first" | "1" if self.word(k) == "first" || self.ordinal_digits(k) => 1,
            "second" | "2" if self.word(k) == "second" || self.ordinal_digits(k) => 2,
            "third" | "3" if self.word(k) == "third" || self.ordinal_digits(k) => 3,
            "fourth" | "4" if self.word(k) == "fourth" || self.ordinal_digits(k) => 4,
            _ => return None,
        };
        k += 1;
        if self.toks[k - 1].kind == Kind::Num {
            k += 1;
        }
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
    pub(super) fn day_first(&self, i: usize) -> Option<Found> {
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
    pub(super) fn year_in_context(&self, i: usize) -> Option<Found> {
        if self.in_code(i) {
            return None;
        }
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
            // "the 2022 invasion", "the 2028 Olympics", "2019's": a year
            // used as a modifier (a name from a recent or coming year, not
            // "the 1500 Metres").
            let next = self.tok(last + 1);
            let modifier = matches!(prev, "the" | "its" | "their");
            let named = |t: &Tok| !t.capitalised() || (1950..2100).contains(&y);
            cued = modifier
                && next.is_some_and(|t| t.kind == Kind::Word && named(t))
                && (1900..2100).contains(&y);
        }
        // "the Terrorism Act 2000": the year of a law.
        if !cued && i > 0 && self.toks[i - 1].capitalised() && matches!(prev, "act" | "acts") {
            cued = (1800..2100).contains(&y);
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

    /// Does a day of the month end at `last`, rather than start a phrase such
    /// as "the first round" or "the 10-year bond"?
    pub(super) fn day_ends(&self, last: usize) -> bool {
        match self.tok(last + 1) {
            None => true,
            Some(t) if t.kind == Kind::Punct => !is_dash(t) || t.space_before,
            Some(t) if t.kind == Kind::Word => {
                matches!(
                    t.lower.as_str(),
                    "at" | "and"
                        | "or"
                        | "to"
                        | "through"
                        | "until"
                        | "till"
                        | "in"
                        | "when"
                        | "from"
                        | "this"
                        | "next"
                        | "last"
                        | "between"
                        | "around"
                        | "by"
                ) || self.part_word(last + 1).is_some()
                    || self.month_at(last + 1).is_some()
            }
            Some(_) => false,
        }
    }

    /// Is the day read over tokens `k..=last` written as an ordinal ("13th",
    /// "eleventh")?
    pub(super) fn ordinal_at(&self, k: usize, last: usize) -> bool {
        match self.toks[k].kind {
            Kind::Num => last > k,
            _ => spelled(self.toks, k).is_some_and(|s| s.form == Form::Ordinal),
        }
    }

    /// "1st", "3rd": digits with an ordinal suffix at `k`.
    fn ordinal_digits(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| t.kind == Kind::Num)
            && self
                .glued(k + 1)
                .is_some_and(|s| matches!(s.lower.as_str(), "st" | "nd" | "rd" | "th"))
    }

    /// Is the numeral at `i` one part of a code of three or more numbers
    /// joined by dashes ("+86 2010-2015-86", "133-03-03-2020")? An ISO date
    /// ("2025-12-03") is not.
    fn in_code(&self, i: usize) -> bool {
        // Callers look one token ahead ("late" then a year), which may be
        // past the end: nothing there, so no code.
        if self.tok(i).is_none() {
            return false;
        }
        let joined = |k: usize| {
            self.glued(k + 1).is_some_and(is_dash)
                && self.glued(k + 2).is_some_and(|t| t.kind == Kind::Num)
        };
        let mut start = i;
        while start >= 2 && self.toks[start - 2].kind == Kind::Num && joined(start - 2) {
            start -= 2;
        }
        let mut parts = vec![start];
        while joined(parts[parts.len() - 1]) {
            parts.push(parts[parts.len() - 1] + 2);
        }
        let digits = |k: usize| self.toks[k].num.map_or(0, |n| n.int_digits);
        let shape = [
            digits(parts[0]),
            digits(parts.get(1).copied().unwrap_or(0)),
            digits(parts.get(2).copied().unwrap_or(0)),
        ];
        let date_like = matches!(shape, [4, 1 | 2, 1 | 2] | [1 | 2, 1 | 2, 2 | 4]);
        parts.len() >= 3 && !(parts.len() == 3 && date_like)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::find_dates;
    use chrono::NaiveDate;

    /// Values found in `text`, written on Wednesday 3 December 2025.
    fn values(text: &str) -> Vec<(String, Option<String>)> {
        find_dates(text, NaiveDate::from_ymd_opt(2025, 12, 3))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn value(text: &str) -> Option<String> {
        let v = values(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].1.clone()
    }

    #[test]
    fn written_dates() {
        assert_eq!(
            value("signed on 4 July 1990").as_deref(),
            Some("1990-07-04")
        );
        assert_eq!(
            value("on the 2nd of March, 2021").as_deref(),
            Some("2021-03-02")
        );
        assert_eq!(
            value("filed 06/30/2024 in court").as_deref(),
            Some("2024-06-30")
        );
        assert_eq!(value("stamped 30.06.2024").as_deref(), Some("2024-06-30"));
        assert_eq!(value("since early 2019").as_deref(), Some("2019"));
        assert_eq!(value("the 2016 referendum result").as_deref(), Some("2016"));
        assert_eq!(value("the Terrorism Act 2000").as_deref(), Some("2000"));
        // A recent or coming year names an event: no count of Olympics.
        assert_eq!(value("out of the 2028 Olympics").as_deref(), Some("2028"));
        assert!(values("he won the 1500 Metres").is_empty());
        // A month without a year keeps its year open.
        assert_eq!(value("talks resumed in June").as_deref(), Some("XXXX-06"));
        assert_eq!(value("Wednesday the 19th").as_deref(), Some("2025-11-19"));
    }

    #[test]
    fn quarters_and_spans_of_days() {
        assert_eq!(value("profit in Q2 2024").as_deref(), Some("2024-Q2"));
        assert_eq!(
            value("sales in the fourth quarter of 2023").as_deref(),
            Some("2023-Q4")
        );
        assert_eq!(value("last quarter").as_deref(), Some("2025-Q3"));
        assert_eq!(
            value("held March 3-5, 2024").as_deref(),
            Some("2024-03-03/2024-03-05")
        );
    }

    #[test]
    fn a_season_ahead_without_its_year() {
        assert_eq!(
            value("won't restart before the summer").as_deref(),
            Some("XXXX-SU")
        );
        assert_eq!(value("will reopen this spring").as_deref(), Some("XXXX-SP"));
        assert_eq!(
            value("will stay shut until next summer at the earliest").as_deref(),
            Some("XXXX-SU")
        );
        assert_eq!(
            value("expected to reopen in the autumn").as_deref(),
            Some("XXXX-FA")
        );
        assert!(values("fell in the summer heat").is_empty());
    }

    #[test]
    fn seasons_of_a_year() {
        assert_eq!(
            value("last inspected in spring 2023").as_deref(),
            Some("2023-SP")
        );
        assert_eq!(value("in the autumn of 2024").as_deref(), Some("2024-FA"));
        assert_eq!(value("in fall 2022").as_deref(), Some("2022-FA"));
        // Winter runs into the next year.
        assert_eq!(value("in winter 2024").as_deref(), Some("XXXX-WI"));
        // A season alone, and the verb.
        assert!(values("since the autumn").is_empty());
        assert!(values("prices fall 2024 percent").is_empty());
    }

    #[test]
    fn codes_are_not_dates() {
        assert!(values("ref 12-03-2020-77 on file").is_empty());
        assert!(values("It sold 2019 units.").is_empty());
    }

    /// Fuzzing (ingest_json): "early", "mid" or "late" as the last token
    /// looked for a year past the end of the tokens and panicked.
    #[test]
    fn late_as_the_last_word_is_no_date_and_no_panic() {
        for text in [
            "The vote came late",
            "Talks end early",
            "mid",
            "Prices rose in mid-",
        ] {
            assert!(values(text).is_empty(), "{text}");
        }
    }
}
