//! Quotes and speakers against PolNeAR: how many of the attributions a
//! reader would mark (who said what) the extracted claims carry.
//!
//! The file holds one JSON article a line, `{article, date, text,
//! attributions: [{source, cue, content}]}`, each part a list of
//! `{spans: [[start, end]], text}` with offsets in characters.
//!
//! Predicted attributions come from the claims of [`analyse`] on each
//! article's text (a plain-text document dated with the article's date):
//! - a claim is an attribution when it names a speaker (a resolved name or
//!   a mention such as "they"). Quoted words nobody is said to speak (scare
//!   quotes, titles) are not attributions; they are counted apart, in
//!   [`QuotesScore::unattributed_quotes`];
//! - its content is its quote when quoted words make up at least half of
//!   the text on one side of the speaker and cue, or when a comma or colon
//!   introduces a quote of five words or more (a *direct* attribution);
//!   else the reported words: the clause after the cue ("Ushakov said [the
//!   draft was useful], but…"), or the text before the speaker when the
//!   attribution follows what was said ("[The draft was useful], Ushakov
//!   said on Friday", "…, according to the Kremlin"), without an addressee
//!   ("told reporters that");
//! - claims are cut per sentence while one gold attribution covers a quote
//!   running over several, so a direct claim joins the attribution before
//!   it when both are the same speaker's in consecutive sentences and the
//!   speaker is named once (`"A. B," he said.`, `"A," he said. "B."`,
//!   `He said: "A."`).
//!
//! A prediction and a gold attribution match when the token Jaccard of their
//! contents is at least 0.5 and the speakers match: the predicted mention or
//! resolved name equals the gold source once normalised (case, diacritics,
//! punctuation, leading "the" and honorifics dropped), or has the same head
//! noun (the last word before any preposition, "who" or comma). A gold
//! source that is a relative pronoun ("Trump, who said") stands for the word
//! just before it; a gold attribution without a source matches on content
//! alone. Matches are one to one, best overlap first, within an article.
//!
//! A gold attribution is direct when its content opens with a quotation
//! mark or follows an opening one; a prediction is direct when its content
//! is quoted words. Direct precision is over direct predictions, direct
//! recall over direct gold; either may match an attribution of the other
//! sort. Rows are scored in parallel; a row that cannot be read is skipped
//! and reported, never fatal.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::extract::names::fold;
use crate::model::{Claim, ClaimKind};
use crate::{Config, analyse, ingest};

/// Least token Jaccard between predicted and gold content for a match.
const MIN_OVERLAP: f64 = 0.5;

/// Counts for precision and recall: predictions and gold, and how many of
/// each were matched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub predicted: usize,
    pub predicted_matched: usize,
    pub gold: usize,
    pub gold_matched: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.gold_matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        super::f1(self.precision(), self.recall())
    }
    fn add(&mut self, other: &Tally) {
        self.predicted += other.predicted;
        self.predicted_matched += other.predicted_matched;
        self.gold += other.gold;
        self.gold_matched += other.gold_matched;
    }
}

/// Why attributions went unmatched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Misses {
    /// Gold with no prediction overlapping its content.
    pub gold_no_content: usize,
    /// Gold whose content was found, but with another speaker.
    pub gold_wrong_speaker: usize,
    /// Predictions overlapping no gold content.
    pub predicted_spurious: usize,
    /// Predictions whose content is gold, but with another speaker (or
    /// whose gold went to a better prediction).
    pub predicted_wrong_speaker: usize,
}

impl Misses {
    fn add(&mut self, other: &Misses) {
        self.gold_no_content += other.gold_no_content;
        self.gold_wrong_speaker += other.gold_wrong_speaker;
        self.predicted_spurious += other.predicted_spurious;
        self.predicted_wrong_speaker += other.predicted_wrong_speaker;
    }
}

/// The score of one run over a PolNeAR file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuotesScore {
    /// Articles scored.
    pub articles: usize,
    /// Direct quotes only.
    pub direct: Tally,
    /// Every attribution.
    pub all: Tally,
    /// Why attributions of all sorts went unmatched.
    pub misses: Misses,
    /// Quote claims without any speaker (not counted as predictions).
    pub unattributed_quotes: usize,
    /// Lines that could not be scored, as "line N: problem".
    pub skipped: Vec<String>,
}

impl QuotesScore {
    fn add(&mut self, other: &QuotesScore) {
        self.articles += other.articles;
        self.direct.add(&other.direct);
        self.all.add(&other.all);
        self.misses.add(&other.misses);
        self.unattributed_quotes += other.unattributed_quotes;
        self.skipped.extend(other.skipped.iter().cloned());
    }
}

#[derive(Debug, Deserialize)]
struct Row {
    #[serde(default)]
    date: Option<String>,
    text: String,
    #[serde(default)]
    attributions: Vec<GoldRow>,
}

#[derive(Debug, Deserialize)]
struct GoldRow {
    #[serde(default)]
    source: Vec<Part>,
    #[serde(default)]
    content: Vec<Part>,
}

#[derive(Debug, Deserialize)]
struct Part {
    spans: Vec<[usize; 2]>,
    text: String,
}

/// A gold or predicted attribution, reduced to what the match looks at.
#[derive(Debug, Clone, PartialEq)]
struct Attribution {
    words: HashSet<String>,
    /// Speaker phrases; empty when unknown.
    speakers: Vec<String>,
    direct: bool,
}

/// Score the claims' quotes and speakers on the PolNeAR file at `path`.
pub fn run(path: &Path, config: &Config) -> Result<QuotesScore> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let scored: Vec<std::result::Result<QuotesScore, String>> = lines
        .par_iter()
        .map(|&(i, line)| score_line(line, config).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect();
    let mut score = QuotesScore::default();
    for row in scored {
        match row {
            Ok(article) => score.add(&article),
            Err(problem) => score.skipped.push(problem),
        }
    }
    Ok(score)
}

/// The score of one article, or why its line cannot be scored.
fn score_line(line: &str, config: &Config) -> std::result::Result<QuotesScore, String> {
    let row: Row = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let gold = gold_attributions(&row)?;
    let mut document = ingest::from_text("polnear", &row.text);
    document.published = row.date.clone();
    let analysis = analyse(document, config);
    let predicted = predicted_attributions(&analysis.claims);
    let mut score = score_article(&predicted, &gold);
    score.unattributed_quotes = analysis
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Quote && c.speaker.is_none())
        .filter(|c| c.speaker_words.is_none())
        .count();
    Ok(score)
}

fn gold_attributions(row: &Row) -> std::result::Result<Vec<Attribution>, String> {
    let mut out = Vec::new();
    for g in &row.attributions {
        let Some(first) = g.content.first().and_then(|p| p.spans.first()) else {
            continue;
        };
        let content_start = byte_offset(&row.text, first[0])?;
        let content: Vec<&str> = g.content.iter().map(|p| p.text.as_str()).collect();
        let content = content.join(" ");
        let mut speakers = Vec::new();
        for part in &g.source {
            speakers.push(gold_speaker(&row.text, part)?);
        }
        out.push(Attribution {
            direct: gold_is_direct(&row.text[..content_start], &content),
            words: words(&content),
            speakers,
        });
    }
    Ok(out)
}

/// The byte offset of character `index` in `text`.
fn byte_offset(text: &str, index: usize) -> std::result::Result<usize, String> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .nth(index)
        .ok_or_else(|| format!("character offset {index} is past the end of the text"))
}

/// A gold source; a relative pronoun stands for the word before it.
fn gold_speaker(text: &str, part: &Part) -> std::result::Result<String, String> {
    if !["who", "which", "that"].contains(&part.text.to_lowercase().as_str()) {
        return Ok(part.text.clone());
    }
    let Some(span) = part.spans.first() else {
        return Ok(part.text.clone());
    };
    let before = &text[..byte_offset(text, span[0])?];
    let antecedent = before
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    Ok(antecedent.to_string())
}

/// Gold content in quotation marks: it opens with one, or an opening mark
/// comes right before it.
fn gold_is_direct(before: &str, content: &str) -> bool {
    let content = content.trim_start();
    let before = before.trim_end();
    let opening_before = ["\"", "''"].iter().any(|m| {
        before
            .strip_suffix(m)
            .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace))
    });
    content.starts_with(['"', '“'])
        || content.starts_with("''")
        || before.ends_with('“')
        || opening_before
}

/// Claims that attribute words to someone, continuing quotes joined.
fn predicted_attributions(claims: &[Claim]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    // The claim before, and whether its attribution names the speaker yet.
    let mut previous: Option<(&Claim, bool)> = None;
    for claim in claims {
        if claim.speaker.is_none() && claim.speaker_words.is_none() {
            previous = None;
            continue;
        }
        let (content, direct) = content(claim);
        let named = claim.speaker_words.is_some();
        let joins = previous
            .is_some_and(|(p, was_named)| continues(p, claim, direct) && (!named || !was_named));
        match out.last_mut() {
            Some(last) if joins => {
                last.words.extend(words(&content));
                last.direct |= direct;
                if named {
                    last.speakers = claim_speakers(claim);
                }
            }
            _ => out.push(Attribution {
                words: words(&content),
                speakers: claim_speakers(claim),
                direct,
            }),
        }
        let was_named = joins && previous.is_some_and(|(_, n)| n);
        previous = Some((claim, named || was_named));
    }
    out.retain(|a| !a.words.is_empty());
    out
}

/// Does `claim` carry on the quote of the claim before it: the same
/// speaker's quoted words in the next sentence (`"A. B," he said.`, `"A,"
/// he said. "B."`, `He said: "A."`)?
fn continues(previous: &Claim, claim: &Claim, direct: bool) -> bool {
    let same = claim.speaker.is_some() && previous.speaker == claim.speaker;
    same && claim.sentence == previous.sentence + 1 && direct
}

fn claim_speakers(claim: &Claim) -> Vec<String> {
    claim
        .speaker_mention()
        .map(|m| m.text)
        .into_iter()
        .chain(claim.speaker.as_deref().map(String::from))
        .collect()
}

/// What a claim says its speaker said, and whether that is quoted words:
/// the quote when it makes up at least half of either side of the speaker
/// and cue (`"…," she said, blaming…`) or is introduced by a comma or colon
/// at the end of a side (`she said on Monday: "…"`), else the reported words.
fn content(claim: &Claim) -> (String, bool) {
    let Some(mut sides) = sides(claim) else {
        // No speaker named in this sentence: a quote running on.
        return match &claim.quote {
            Some(quote) => (quote.to_string(), true),
            None => (claim.text.to_string(), false),
        };
    };
    sides.after = after_addressee(claim, sides.after);
    match &claim.quote {
        Some(quote) if carries_quote(quote, sides.before) || carries_quote(quote, sides.after) => {
            (quote.to_string(), true)
        }
        _ => (reported_words(&sides), false),
    }
}

/// Is `side` of a claim mostly the quote, or does it end with a quote part
/// of five words or more that a comma or colon introduces?
fn carries_quote(quote: &str, side: &str) -> bool {
    let quoted = words(quote);
    let w = words(side);
    let mostly = !w.is_empty() && 2 * w.intersection(&quoted).count() >= w.len();
    let trimmed = side.trim_end_matches(|c: char| !c.is_alphanumeric());
    let introduced = crate::extract::passages(quote).any(|part| {
        let part = part.trim_end_matches(|c: char| !c.is_alphanumeric());
        part.split_whitespace().count() >= 5
            && trimmed.strip_suffix(part).is_some_and(|head| {
                head.trim_end_matches(|c: char| c.is_whitespace() || "\"“'‘".contains(c))
                    .ends_with([',', ':'])
            })
    });
    mostly || introduced
}

/// "told reporters that…", "told the Daily News, …": the addressee of a
/// telling is not what was said.
fn after_addressee<'c>(claim: &Claim, after: &'c str) -> &'c str {
    let tells = claim
        .cue
        .as_deref()
        .is_some_and(|c| ["told", "tells", "tell", "telling"].contains(&c));
    if !tells {
        return after;
    }
    let reach = &after[..after.floor_char_boundary(60)];
    [" that ", ", "]
        .iter()
        .filter_map(|mark| reach.find(mark).map(|at| at + mark.len()))
        .min()
        .map_or(after, |cut| &after[cut..])
}

/// A claim's text around its speaker mention and cue.
struct Sides<'c> {
    before: &'c str,
    after: &'c str,
    /// The speaker is named before the cue ("Ushakov said", not "said
    /// Ushakov" or "according to Ushakov").
    speaker_first: bool,
}

fn sides(claim: &Claim) -> Option<Sides<'_>> {
    let text = &*claim.text;
    let [start, end] = claim.speaker_words.map(|at| at.map(|n| n as usize))?;
    text.get(start..end)?;
    let cue = claim
        .cue
        .as_deref()
        .and_then(|c| nearest_word_match(text, c, start).map(|at| (at, at + c.len())))
        .unwrap_or((start, end));
    Some(Sides {
        before: &text[..start.min(cue.0)],
        after: &text[end.max(cue.1)..],
        speaker_first: start < cue.0,
    })
}

/// The reported words. "Ushakov said the draft was useful" and "On
/// Friday, Ushakov said that…" give the clause after the cue; "The draft
/// was useful, Ushakov said (on Friday)", "…, said Ushakov" and "…,
/// according to the Kremlin" what comes before; "That, he said, was
/// useful" both.
fn reported_words(sides: &Sides) -> String {
    const ADVERBIAL: &[&str] = &[
        "on", "in", "at", "during", "after", "before", "while", "when", "to", "from", "with", "by",
        "last", "this", "earlier", "later", "recently",
    ];
    let b = sides.before.trim();
    let a = clause(sides.after);
    let size = |s: &str| s.split_whitespace().count();
    if b.ends_with(',') && sides.after.trim_start().starts_with(',') && !a.is_empty() {
        return format!("{b} {a}");
    }
    let first = a.split_whitespace().next().unwrap_or("").to_lowercase();
    let before_ends_clause = b.ends_with([',', '"', '”', '\'']);
    let inverted = if sides.speaker_first {
        before_ends_clause && (size(a) < 4 || ADVERBIAL.contains(&first.as_str()))
    } else {
        size(b) >= 3
    };
    if inverted || size(a) == 0 { b } else { a }.to_string()
}

/// The text up to the end of its first clause: a semicolon, a dash, or a
/// comma opening a relative clause, a contrast or another attribution. A
/// clause that opens with a relative pronoun is about the speaker ("…, said Ann Lee, who…"), not reported: it gives nothing.
fn clause(text: &str) -> &str {
    const ENDS: &[&str] = &[
        ";",
        " - ",
        " — ",
        " – ",
        ", who ",
        ", which ",
        ", but ",
        " but ",
        ", while ",
        ", although ",
        ", according to",
    ];
    let body = text.trim_start_matches([',', ' ']);
    if body.starts_with("who ") || body.starts_with("which ") {
        return "";
    }
    let end = ENDS
        .iter()
        .filter_map(|e| body.find(e))
        .min()
        .unwrap_or(body.len());
    &body[..end]
}

/// The start of the whole-word, case-insensitive occurrence of `needle` in
/// `text` nearest to byte `at`.
fn nearest_word_match(text: &str, needle: &str, at: usize) -> Option<usize> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() || needle.is_empty() {
        return None;
    }
    let bounded = |i: usize| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    lower
        .match_indices(needle)
        .map(|(i, _)| i)
        .filter(|&i| bounded(i))
        .min_by_key(|&i| i.abs_diff(at))
}

/// Content words for the overlap: folded alphanumeric runs.
fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / union as f64
    }
}

/// A speaker phrase's words: folded, without a leading article or honorific.
fn speaker_words(phrase: &str) -> Vec<String> {
    const DROPPED: &[&str] = &[
        "the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
    ];
    let words: Vec<String> = phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    let start = words
        .iter()
        .position(|w| !DROPPED.contains(&w.as_str()))
        .unwrap_or(words.len());
    words[start..].to_vec()
}

/// The head noun of a speaker phrase: its last word before a preposition,
/// a relative pronoun or a comma ("officials at the agency" → "officials").
fn head(phrase: &str) -> Option<String> {
    const STOPS: &[&str] = &[
        "of", "at", "for", "in", "from", "with", "who", "which", "on",
    ];
    let before_comma = phrase.split([',', '(']).next().unwrap_or_default();
    let words = speaker_words(before_comma);
    let end = words
        .iter()
        .position(|w| STOPS.contains(&w.as_str()))
        .unwrap_or(words.len());
    words[..end].last().cloned()
}

fn same_speaker(predicted: &[String], gold: &[String]) -> bool {
    if gold.is_empty() {
        return true;
    }
    predicted.iter().any(|p| {
        gold.iter().any(|g| {
            let (pw, gw) = (speaker_words(p), speaker_words(g));
            (!pw.is_empty() && pw == gw) || head(p).is_some_and(|h| head(g) == Some(h))
        })
    })
}

/// Match one article's predictions to its gold, one to one, best overlap first.
fn score_article(predicted: &[Attribution], gold: &[Attribution]) -> QuotesScore {
    let mut pairs = Vec::new();
    let mut content_hit_p = vec![false; predicted.len()];
    let mut content_hit_g = vec![false; gold.len()];
    for (i, p) in predicted.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let overlap = jaccard(&p.words, &g.words);
            if overlap >= MIN_OVERLAP {
                content_hit_p[i] = true;
                content_hit_g[j] = true;
                if same_speaker(&p.speakers, &g.speakers) {
                    pairs.push((overlap, i, j));
                }
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut matched_p = vec![false; predicted.len()];
    let mut matched_g = vec![false; gold.len()];
    for (_, i, j) in pairs {
        if !matched_p[i] && !matched_g[j] {
            matched_p[i] = true;
            matched_g[j] = true;
        }
    }
    let tally = |only_direct: bool| Tally {
        predicted: count(predicted, only_direct, |_| true),
        predicted_matched: count(predicted, only_direct, |i| matched_p[i]),
        gold: count(gold, only_direct, |_| true),
        gold_matched: count(gold, only_direct, |j| matched_g[j]),
    };
    let misses = Misses {
        gold_no_content: (0..gold.len()).filter(|&j| !content_hit_g[j]).count(),
        gold_wrong_speaker: (0..gold.len())
            .filter(|&j| content_hit_g[j] && !matched_g[j])
            .count(),
        predicted_spurious: (0..predicted.len()).filter(|&i| !content_hit_p[i]).count(),
        predicted_wrong_speaker: (0..predicted.len())
            .filter(|&i| content_hit_p[i] && !matched_p[i])
            .count(),
    };
    QuotesScore {
        articles: 1,
        direct: tally(true),
        all: tally(false),
        misses,
        ..QuotesScore::default()
    }
}

fn count(items: &[Attribution], only_direct: bool, keep: impl Fn(usize) -> bool) -> usize {
    (0..items.len())
        .filter(|&i| (!only_direct || items[i].direct) && keep(i))
        .count()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} ({}/{})  R {:.3} ({}/{})  F1 {:.3}",
            self.precision(),
            self.predicted_matched,
            self.predicted,
            self.recall(),
            self.gold_matched,
            self.gold,
            self.f1()
        )
    }
}

impl fmt::Display for QuotesScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "quotes: {} articles", self.articles)?;
        writeln!(f, "  direct quotes:    {}", self.direct)?;
        writeln!(f, "  all attributions: {}", self.all)?;
        let m = &self.misses;
        writeln!(
            f,
            "  unmatched gold: {} content not found, {} other speaker",
            m.gold_no_content, m.gold_wrong_speaker
        )?;
        writeln!(
            f,
            "  unmatched predictions: {} not gold content, {} other speaker or taken",
            m.predicted_spurious, m.predicted_wrong_speaker
        )?;
        writeln!(
            f,
            "  quote claims without a speaker (not predictions): {}",
            self.unattributed_quotes
        )?;
        for problem in &self.skipped {
            writeln!(f, "  skipped {problem}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(lines: &[&str]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        for line in lines {
            writeln!(f, "{line}").unwrap();
        }
        f
    }

    /// A gold part covering `part` of `text` (character offsets).
    fn part(text: &str, part: &str) -> serde_json::Value {
        let at = text.find(part).unwrap();
        let start = text[..at].chars().count();
        let end = start + part.chars().count();
        serde_json::json!([{"spans": [[start, end]], "text": part}])
    }

    fn row(text: &str, gold: &[(&str, &str)]) -> String {
        let attributions: Vec<serde_json::Value> = gold
            .iter()
            .map(|(source, content)| {
                serde_json::json!({"source": part(text, source), "content": part(text, content)})
            })
            .collect();
        serde_json::json!({"date": "2025-12-03", "text": text, "attributions": attributions})
            .to_string()
    }

    /// The body claims of a text (its headline claim left out).
    fn claims(text: &str) -> Vec<Claim> {
        let claims = analyse(ingest::from_text("t", text), &Config::default()).claims;
        claims.into_iter().filter(|c| !c.headline).collect()
    }

    #[test]
    fn scores_direct_and_reported_speech_and_skips_bad_lines() {
        let text = "Harbour fire\n\n\u{201c}The warehouse was a tinderbox,\u{201d} said fire chief Ana Reyes. \
            Residents said the smoke lingered for two days over the docks.";
        let f = file(&[
            &row(
                text,
                &[
                    (
                        "fire chief Ana Reyes",
                        "\u{201c}The warehouse was a tinderbox,\u{201d}",
                    ),
                    (
                        "Residents",
                        "the smoke lingered for two days over the docks",
                    ),
                ],
            ),
            "{not json",
        ]);
        let score = run(f.path(), &Config::default()).unwrap();
        assert_eq!(score.articles, 1);
        assert_eq!(
            (score.direct.gold, score.direct.gold_matched),
            (1, 1),
            "{score}"
        );
        assert_eq!((score.all.gold, score.all.gold_matched), (2, 2), "{score}");
        assert_eq!(score.all.predicted, 2);
        assert_eq!(score.skipped.len(), 1);
        assert!(score.skipped[0].starts_with("line 2:"));
        assert!(
            score
                .to_string()
                .contains("direct quotes:    P 1.000 (1/1)")
        );
    }

    #[test]
    fn a_quote_over_several_sentences_is_one_attribution() {
        let text = "Harbour fire\n\n\"We lost everything in there,\" the owner said. \
            \"It will take years to rebuild the whole site.\"";
        let predicted = predicted_attributions(&claims(text));
        assert_eq!(predicted.len(), 1, "{predicted:?}");
        assert!(predicted[0].direct);
        assert!(predicted[0].words.contains("rebuild"));
        assert!(predicted[0].words.contains("lost"));
    }

    #[test]
    fn reported_words_are_the_far_side_of_the_attribution() {
        let content_of = |text: &str| content(&claims(&format!("Title\n\n{text}"))[0]).0;
        assert_eq!(
            content_of("On Friday, Ushakov said the draft was useful, but talks stalled."),
            "the draft was useful"
        );
        assert_eq!(
            content_of("The draft was useful for both sides, Ushakov said on Friday."),
            "The draft was useful for both sides,"
        );
        assert_eq!(
            content_of("The mayor told reporters that the bridge would reopen in May."),
            "the bridge would reopen in May."
        );
    }

    #[test]
    fn speakers_match_on_normalised_words_or_head_noun() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(same_speaker(&s(&["Vladimir Putin"]), &s(&["Mr. Putin"])));
        assert!(same_speaker(&s(&["the Kremlin"]), &s(&["Kremlin"])));
        assert!(same_speaker(
            &s(&["officials"]),
            &s(&["officials at the ministry"])
        ));
        assert!(!same_speaker(&s(&["Trump"]), &s(&["the campaign"])));
        assert!(same_speaker(&s(&["anyone"]), &[]));
    }

    #[test]
    fn a_relative_pronoun_source_stands_for_the_word_before_it() {
        let text = "Ushakov, who said no, left.";
        let who = Part {
            spans: vec![[9, 12]],
            text: "who".into(),
        };
        assert_eq!(gold_speaker(text, &who).unwrap(), "Ushakov");
    }

    #[test]
    fn gold_in_quotation_marks_is_direct() {
        assert!(gold_is_direct("he said ", "\u{201c}No deal.\u{201d}"));
        assert!(gold_is_direct("he said ''", "No deal."));
        assert!(gold_is_direct("he said \u{201c}", "No deal."));
        assert!(!gold_is_direct("he said ", "there was no deal"));
    }

    #[test]
    fn character_offsets_become_byte_offsets() {
        assert_eq!(byte_offset("«Да» said", 4), Ok(8));
        assert!(byte_offset("short", 9).is_err());
    }

    #[test]
    fn a_missing_file_is_an_io_error() {
        let err = run(Path::new("/nonexistent/polnear.jsonl"), &Config::default()).unwrap_err();
        assert!(matches!(err, Error::Io { .. }));
    }
}
