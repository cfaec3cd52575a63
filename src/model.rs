//! The data that flows through the pipeline, in the order it flows.
//!
//! `ingest` makes a [`Document`]; `segment` cuts its text into [`Sentence`]s;
//! `extract` turns sentences into typed [`Claim`]s; `align` gathers the claims
//! of several documents into [`ClaimGroup`]s; `diff` finds the [`Divergence`]s
//! inside each group; `render` prints a [`Report`]. Every type here is plain
//! data: a reader can learn the whole program from this one file.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize, Serializer};

/// A byte range `[start, end)` into a document's analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Deserialize)]
#[serde(from = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The text this span covers (empty when the span does not fit `text`).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Shift by `offset` bytes (a span found in a sentence, moved into its document).
    pub fn shifted(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Self {
        Span::new(a[0], a[1])
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// A piece of a document's text that shares the document's buffer instead
/// of copying it: a claim keeps the sentence it came from for every sentence
/// of every document, and copies would cost as much as the input again.
///
/// It reads as the `str` it covers (and serialises as one).
///
/// ```
/// use std::sync::Arc;
/// use claimdiff::{Excerpt, Span};
///
/// let text: Arc<str> = Arc::from("Talks ended. No deal was reached.");
/// let excerpt = Excerpt::new(&text, Span::new(13, 33));
/// assert_eq!(&*excerpt, "No deal was reached.");
/// assert!(excerpt.starts_with("No deal"));
/// ```
#[derive(Clone)]
pub struct Excerpt {
    source: Arc<str>,
    start: u32,
    end: u32,
}

impl Excerpt {
    /// The part of `source` that `span` covers (empty when it does not fit).
    pub fn new(source: &Arc<str>, span: Span) -> Excerpt {
        let (start, end) = match source.get(span.start..span.end) {
            Some(_) => (span.start, span.end),
            None => (0, 0),
        };
        match (u32::try_from(start), u32::try_from(end)) {
            (Ok(start), Ok(end)) => Excerpt {
                source: Arc::clone(source),
                start,
                end,
            },
            // Past 4 GiB into a document, the excerpt is copied instead.
            _ => Excerpt::from(&source[start..end]),
        }
    }
}

impl Excerpt {
    /// Where the excerpt sits in the text it was cut from (from 0 for a
    /// copy).
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

impl From<&str> for Excerpt {
    /// A copy of `text` (cut at the last character boundary within 4 GiB).
    fn from(text: &str) -> Excerpt {
        let mut end = text.len().min(u32::MAX as usize);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Excerpt {
            source: Arc::from(&text[..end]),
            start: 0,
            end: end as u32,
        }
    }
}

impl std::ops::Deref for Excerpt {
    type Target = str;
    fn deref(&self) -> &str {
        &self.source[self.start as usize..self.end as usize]
    }
}

impl AsRef<str> for Excerpt {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for Excerpt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq for Excerpt {
    fn eq(&self, other: &Excerpt) -> bool {
        **self == **other
    }
}

impl Eq for Excerpt {}

impl PartialEq<str> for Excerpt {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for Excerpt {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl Serialize for Excerpt {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

/// How a source was written, which decides how `ingest` reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Markdown,
    Json,
    Html,
}

/// One outlet's version of the story, decoded and reduced to the text we analyse.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The outlet label shown to users ("wire", "Reuters").
    pub label: String,
    /// The path as the user gave it (`-` for standard input), if any.
    pub path: Option<String>,
    pub format: SourceFormat,
    /// Headline, when the source has one.
    pub title: Option<String>,
    /// The analysed text: decoded, BOM removed; the main text of an HTML page or
    /// the `body` of a JSON document. Every span indexes into it. Shared with
    /// the claims, whose texts are [`Excerpt`]s of it.
    pub text: Arc<str>,
    /// Where the headline sits inside `text`, for plain-text and Markdown sources.
    pub title_span: Option<Span>,
    /// Where the items of bulleted or numbered lists sit inside `text`, for
    /// Markdown sources, whose list markers the text no longer shows.
    pub list_items: Vec<Span>,
    /// Where the headings after the headline sit inside `text`, for
    /// Markdown sources: subheads, however they are worded ("### 'Like a
    /// war zone'").
    pub headings: Vec<Span>,
    pub url: Option<String>,
    /// Publication date as given (ISO 8601 preferred); anchors relative dates.
    pub published: Option<String>,
}

/// Why a sentence carries no claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceRole {
    /// Ordinary story text.
    Body,
    /// The headline (first line without final punctuation, `# title`).
    Headline,
    /// A subhead inside the story ("Territorial Questions Remain").
    Subhead,
    /// A dateline such as "MOSCOW, Dec 3 (Reuters) -" standing alone.
    Dateline,
    /// Too short or too bare to carry a check-worthy claim.
    NoClaim,
    /// Publisher boilerplate, with the pattern that matched.
    Boilerplate(Pattern),
}

/// A boilerplate pattern, interned: each process holds a pattern's text
/// once, and a sentence it matched keeps two bytes (a sentence is kept for
/// every sentence of every source). Reads as the pattern's text.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pattern(u16);

/// The patterns interned so far, in order; each leaked once, so a
/// [`Pattern`] reads as a `&'static str` (there are as many as the
/// lexicons in use name).
static PATTERNS: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());

impl Pattern {
    /// Past this many distinct patterns, a pattern reads as "…".
    const MAX: u16 = u16::MAX;

    /// The pattern of this text, interning it on first sight.
    pub fn new(text: &str) -> Pattern {
        let mut patterns = PATTERNS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = patterns.iter().position(|p| *p == text) {
            return Pattern(u16::try_from(known).unwrap_or(Self::MAX));
        }
        match u16::try_from(patterns.len()) {
            Ok(next) if next < Self::MAX => {
                patterns.push(Box::leak(text.into()));
                Pattern(next)
            }
            _ => Pattern(Self::MAX),
        }
    }

    /// The pattern's text.
    pub fn as_str(&self) -> &'static str {
        let patterns = PATTERNS.lock().unwrap_or_else(|e| e.into_inner());
        patterns.get(usize::from(self.0)).copied().unwrap_or("…")
    }
}

impl std::ops::Deref for Pattern {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Pattern {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A sentence of a document, as a span, with the paragraph it belongs to
/// (24 bytes: a sentence is kept for every sentence of every source).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph in the document.
    pub paragraph: u32,
    pub role: SentenceRole,
}

/// What kind of amount a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    Number,
    Ordinal,
    Percent,
    Money,
    Range,
    Score,
    Measure,
    Duration,
}

/// How exactly a quantity was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Approximation {
    /// "28 proposals"
    #[default]
    Exact,
    /// "about 40,000", "some 12,000", "roughly"
    About,
    /// "at least 30", "more than 2,000"
    AtLeast,
    /// "nearly three", "up to 50", "fewer than"
    AtMost,
    /// "tens of thousands", "dozens", "hundreds"
    Vague,
}

/// A number found in text, normalised.
///
/// `value` is the number as stated; `low`/`high` bound what the text allows
/// (equal to `value` for an exact figure, `None` for an open side).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub text: Box<str>,
    pub span: Span,
    pub kind: QuantityKind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Normalised unit: "hour", "percent", "USD", "km", "year"…
    pub unit: Option<Box<str>>,
    #[serde(skip_serializing_if = "is_exact")]
    pub approximation: Approximation,
    /// The noun the number counts ("proposals", "casualties", "meeting").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<Box<str>>,
    /// What happened to what is counted, as the name of its lexicon group
    /// (`[quantities] predicates`): "killing six people" → "killed".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicate: Option<Box<str>>,
    /// A figure for each of several ("each side will release 23
    /// prisoners", "23 from each side"): not a total.
    #[serde(skip)]
    pub distributive: bool,
    /// The level a change reached or left, if the figure is one.
    #[serde(skip)]
    pub level: Level,
    /// Whose figure it is, when the sentence says so right after it ("80,000
    /// according to the organisers, 12,000 according to police"): the
    /// source's word, through the synonym groups.
    #[serde(skip)]
    pub source: Option<Box<str>>,
}

/// A figure as the end of a change: the level reached, right after "to"
/// ("raised its rate to 4.75%", "hiked rates by half a point to 5%"), or
/// the level left, right after "from" ("from 4.25%").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Level {
    #[default]
    None,
    Reached,
    Left,
}

fn is_exact(a: &Approximation) -> bool {
    *a == Approximation::Exact
}

/// A date or time expression, resolved where possible.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMention {
    pub text: String,
    pub span: Span,
    /// ISO 8601 value ("2022-02", "2025-12-02", "T00:00", "2025-12-02T23:00"),
    /// or `None` when the expression cannot be resolved.
    pub value: Option<String>,
}

impl DateMention {
    /// The clock time of the value ("23:40" of "2025-12-02T23:40"), when it
    /// has one; a part of the day ("TNI") is none.
    pub fn clock(&self) -> Option<&str> {
        let time = self.value.as_deref()?.split_once('T')?.1;
        time.starts_with(|c: char| c.is_ascii_digit())
            .then_some(time)
    }
}

/// A name as written in a sentence, with the person or body it refers to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Quote,
    Participants,
    Outcome,
    Quantity,
    DateTime,
    Statement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    #[default]
    Affirmed,
    Negated,
}

/// How firmly a claim is put.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Stated as fact by the outlet.
    #[default]
    Asserted,
    /// Put in someone's mouth ("Ushakov said", "according to the Kremlin").
    Attributed,
    /// Softened ("may", "reportedly", "allegedly").
    Hedged,
}

/// A claim's content-derived id: "C" and twelve hex digits of the hash of
/// its normalised text, then "-N" for the Nth claim of the same text in one
/// document. Kept as numbers, since a claim is kept for every sentence of
/// every source, and written as text; ids order as their text does. Twelve
/// bytes: the 48-bit hash in two halves and the copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ClaimId {
    hash: [u32; 2],
    copy: u32,
}

impl ClaimId {
    /// Digits of the hash shown.
    const DIGITS: usize = 12;

    /// The id of the first claim of `normalized` text in a document.
    pub fn of_text(normalized: &str) -> ClaimId {
        let hex = crate::text::short_hash(normalized, Self::DIGITS);
        let hash = u64::from_str_radix(&hex, 16).unwrap_or_default();
        ClaimId {
            hash: [(hash >> 32) as u32, hash as u32],
            copy: 1,
        }
    }

    /// The hash, as a number.
    fn hash(self) -> u64 {
        (u64::from(self.hash[0]) << 32) | u64::from(self.hash[1])
    }

    /// The id of the `copy`th claim (counting from 1) of this one's text.
    pub fn copy(self, copy: u32) -> ClaimId {
        ClaimId { copy, ..self }
    }

    /// What follows the hash: "" for the first claim, "-2" for the second.
    fn suffix(self) -> String {
        if self.copy > 1 {
            format!("-{}", self.copy)
        } else {
            String::new()
        }
    }
}

impl std::fmt::Display for ClaimId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "C{:012x}{}", self.hash(), self.suffix())
    }
}

impl Ord for ClaimId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // Twelve hex digits order as their numbers do; the suffixes as text
        // ("-10" before "-2").
        // Compared without writing them: ids of one text in many sources
        // tie on the hash, and sorting them must not allocate.
        let suffixes = |a: u32, b: u32| match (a.max(1), b.max(1)) {
            (a, b) if a == b => std::cmp::Ordering::Equal,
            (1, _) => std::cmp::Ordering::Less,
            (_, 1) => std::cmp::Ordering::Greater,
            (a, b) => a.to_string().cmp(&b.to_string()),
        };
        self.hash()
            .cmp(&other.hash())
            .then_with(|| suffixes(self.copy, other.copy))
    }
}

impl PartialOrd for ClaimId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for ClaimId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One check-worthy claim of one document.
///
/// What the claim says ([`ClaimFacts`], reached through `Deref`: `claim.speaker`,
/// `claim.quantities`) is shared between the claims of sentences that syndicated
/// copy repeats word for word: a thousand outlets running one wire sentence hold
/// its facts once. Where the claim sits in its document stays its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Content-derived id ("C" + hex), stable across runs and edits elsewhere.
    pub id: ClaimId,
    pub kind: ClaimKind,
    /// The sentence or clause the claim came from; where it sits in the
    /// document is [`Claim::span`] (kept once, in the excerpt).
    pub text: Excerpt,
    /// Index of the sentence in the document's sentence list (32 bits, like
    /// the id's parts: a claim is kept for every sentence).
    pub sentence: u32,
    /// The claim comes from a headline or subhead, which compress the story:
    /// their omission elsewhere matters less.
    pub headline: bool,
    /// Where the words naming the speaker sit in this sentence, relative to
    /// the claim's start (two numbers, no copy of the words: a claim is kept
    /// for every sentence); see [`Claim::speaker_mention`].
    pub speaker_words: Option<[u32; 2]>,
    /// Dates and times, in the document's offsets (a liveblog entry's
    /// timestamp, which dates a claim, lies before it).
    pub dates: Box<[DateMention]>,
    /// Everything else the claim says.
    pub facts: Arc<ClaimFacts>,
}

/// What a claim says, apart from where it sits: shared by the claims of
/// identical sentences that say the same. Quantity spans are relative to the
/// claim's start (`claim.span.start`), so that copies of a sentence at
/// different places share them; [`Claim::quantity_span`] gives the document's
/// offsets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClaimFacts {
    /// Resolved name of whoever the claim is attributed to.
    pub speaker: Option<Box<str>>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Box<str>>,
    /// Quoted words (direct quotes only).
    pub quote: Option<Box<str>>,
    /// People said to attend, meet or accompany (canonical names).
    pub participants: Box<[String]>,
    /// People said not to attend ("Rupert Hale did not attend").
    pub absentees: Box<[String]>,
    /// Outcome noun ("agreement", "breakthrough") for outcome claims.
    pub outcome: Option<Box<str>>,
    pub polarity: Polarity,
    pub certainty: Certainty,
    /// Hedged only by words by which the reporter keeps a source at a
    /// distance ("allegedly", "claimed"), none softening what was said.
    pub distancing_only: bool,
    /// Figures, with spans relative to the claim's start.
    pub quantities: Box<[Quantity]>,
    /// Keys of people and bodies named in the claim.
    pub entities: Box<[String]>,
    /// Keys of the people among them (surnames, folded).
    pub persons: Box<[String]>,
}

impl std::ops::Deref for Claim {
    type Target = ClaimFacts;
    fn deref(&self) -> &ClaimFacts {
        &self.facts
    }
}

impl Claim {
    /// Where the claim's text sits in the document.
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// The words naming the speaker in this sentence, in the document's
    /// offsets.
    pub fn speaker_mention(&self) -> Option<Mention> {
        let [start, end] = self.speaker_words?;
        let within = Span::new(start as usize, end as usize);
        Some(Mention {
            text: within.slice(&self.text).to_string(),
            span: within.shifted(self.span().start),
        })
    }

    /// Where a quantity of this claim sits in the document.
    pub fn quantity_span(&self, quantity: &Quantity) -> Span {
        quantity.span.shifted(self.span().start)
    }

    /// The claim's quantities with their spans in the document's offsets.
    pub fn quantities_in_document(&self) -> impl Iterator<Item = Quantity> + '_ {
        self.quantities.iter().map(|q| Quantity {
            span: self.quantity_span(q),
            ..q.clone()
        })
    }
}

/// The `inspect` JSON of a claim: its facts in the document's offsets, in
/// the order of the `claimdiff/1` contract.
impl Serialize for Claim {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("span", &self.span())?;
        if self.headline {
            map.serialize_entry("headline", &true)?;
        }
        map.serialize_entry("speaker", &self.speaker)?;
        map.serialize_entry("speaker_mention", &self.speaker_mention())?;
        if let Some(cue) = &self.cue {
            map.serialize_entry("cue", cue)?;
        }
        map.serialize_entry("quote", &self.quote)?;
        map.serialize_entry("participants", &self.participants)?;
        if !self.absentees.is_empty() {
            map.serialize_entry("absentees", &self.absentees)?;
        }
        if let Some(outcome) = &self.outcome {
            map.serialize_entry("outcome", outcome)?;
        }
        map.serialize_entry("polarity", &self.polarity)?;
        map.serialize_entry("certainty", &self.certainty)?;
        let quantities: Vec<Quantity> = self.quantities_in_document().collect();
        map.serialize_entry("quantities", &quantities)?;
        if !self.dates.is_empty() {
            map.serialize_entry("dates", &self.dates)?;
        }
        if !self.entities.is_empty() {
            map.serialize_entry("entities", &self.entities)?;
        }
        if !self.persons.is_empty() {
            map.serialize_entry("persons", &self.persons)?;
        }
        map.end()
    }
}

/// Everything one document yields: the input to alignment.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub document: Document,
    /// sha256 of the analysed text, hex.
    pub sha256: String,
    pub sentences: Vec<Sentence>,
    pub claims: Vec<Claim>,
}

/// A claim of one source inside a group: two 32-bit indexes, since every
/// claim of every source is a member of one group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Member {
    /// Index of the source; see [`Member::source`].
    pub source_index: u32,
    /// Index of the claim in its source; see [`Member::claim`].
    pub claim_index: u32,
}

impl Member {
    pub fn new(source: usize, claim: usize) -> Member {
        Member {
            source_index: index(source),
            claim_index: index(claim),
        }
    }
    /// Index of the source in the report's source list.
    pub fn source(&self) -> usize {
        self.source_index as usize
    }
    /// Index of the claim in that source's claim list.
    pub fn claim(&self) -> usize {
        self.claim_index as usize
    }
}

/// Why the members of a group were put together.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Why {
    /// Lowest pairwise similarity with the group's representative (0..1).
    pub score: f64,
    pub shared_entities: Vec<String>,
    pub shared_numbers: Vec<String>,
}

/// Claims of several sources that tell the same thing; at most one per source.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimGroup {
    pub id: String,
    pub kind: ClaimKind,
    pub members: Vec<Member>,
    pub why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DivergenceType {
    Quantity,
    DateTime,
    Participants,
    Attribution,
    Quote,
    Polarity,
    Certainty,
    Omission,
    Wording,
}

impl DivergenceType {
    pub const ALL: [DivergenceType; 9] = [
        DivergenceType::Quantity,
        DivergenceType::DateTime,
        DivergenceType::Participants,
        DivergenceType::Attribution,
        DivergenceType::Quote,
        DivergenceType::Polarity,
        DivergenceType::Certainty,
        DivergenceType::Omission,
        DivergenceType::Wording,
    ];
    pub fn name(self) -> &'static str {
        match self {
            DivergenceType::Quantity => "quantity",
            DivergenceType::DateTime => "date_time",
            DivergenceType::Participants => "participants",
            DivergenceType::Attribution => "attribution",
            DivergenceType::Quote => "quote",
            DivergenceType::Polarity => "polarity",
            DivergenceType::Certainty => "certainty",
            DivergenceType::Omission => "omission",
            DivergenceType::Wording => "wording",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "low" => Some(Severity::Low),
            "medium" => Some(Severity::Medium),
            "high" => Some(Severity::High),
            _ => None,
        }
    }
}

/// One source's side of a divergence: sixteen bytes, since a report across
/// many outlets holds a side for every source of every divergence. Its
/// value and any wider extent it cites are kept by the divergence
/// ([`Divergence::value`], [`Divergence::extent`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    /// Index of the source; see [`Side::source`].
    pub source_index: u32,
    /// Index of the claim in its source; see [`Side::claim`].
    pub claim_index: u32,
    /// Sources with the same variant agree; see [`Side::variant`].
    pub variant_index: u32,
    /// Index of the side's value among its divergence's
    /// [`Divergence::values`].
    pub value_index: u32,
}

impl Side {
    /// Index of the side's source in the report's source list.
    pub fn source(&self) -> usize {
        self.source_index as usize
    }
    /// Index of the side's claim in its source's claim list.
    pub fn claim(&self) -> usize {
        self.claim_index as usize
    }
    /// The side's variant: sources with the same one agree.
    pub fn variant(&self) -> usize {
        self.variant_index as usize
    }
    /// Point the side at another claim of its source.
    pub fn set_claim(&mut self, claim: usize) {
        self.claim_index = index(claim);
    }
}

/// An index kept in 32 bits (no report holds four billion sources, claims
/// or variants).
pub fn index(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A place where the sources of a group disagree, of one type.
#[derive(Debug, Clone, PartialEq)]
pub struct Divergence {
    pub id: String,
    pub kind: DivergenceType,
    pub severity: Severity,
    /// Index into the report's groups.
    pub group: usize,
    pub summary: String,
    pub sides: Vec<Side>,
    /// The sides' typed values (see the JSON contract in the README), each
    /// distinct one once: a divergence across hundreds of outlets has only
    /// a few. A side's is [`Divergence::value`].
    pub values: Box<[SideValue]>,
    /// The texts shown for sides wider than their claims, by source: an
    /// attribution side whose sentence does not name its speaker ("…," he
    /// said) runs from the neighbouring sentence that does. Few sides have
    /// one; see [`Divergence::extent`].
    pub extents: Box<[(u32, Span)]>,
    /// Sources without a claim in the group (omissions only).
    pub missing_in: SourceSet,
}

impl Divergence {
    /// The typed value of one of the divergence's sides (null when the side
    /// has none).
    pub fn value(&self, side: &Side) -> &SideValue {
        static NULL: SideValue = SideValue::Null;
        self.values.get(side.value_index as usize).unwrap_or(&NULL)
    }

    /// The wider text a side cites instead of its claim's, if any.
    pub fn extent(&self, side: &Side) -> Option<Span> {
        self.extents
            .iter()
            .find(|(source, _)| *source == side.source_index)
            .map(|&(_, span)| span)
    }
}

/// The typed value of a divergence's side, written to JSON as the
/// `claimdiff/1` contract says: a figure as `{"high", "low", "unit",
/// "value"}`, names as a list, a speaker, quoted words, a resolved date or a
/// polarity or certainty as a string, and null where the type has none.
/// Typed rather than a `serde_json::Value`: a figure kept as a JSON object
/// costs ten times the memory.
///
/// ```
/// use claimdiff::SideValue;
///
/// let hours = SideValue::Figure {
///     value: Some(5.0),
///     low: Some(5.0),
///     high: Some(5.0),
///     unit: Some("hour".into()),
/// };
/// assert_eq!(hours.to_string(), r#"{"high":5.0,"low":5.0,"unit":"hour","value":5.0}"#);
/// assert_eq!(hours.label().as_deref(), Some("5 hour"));
/// assert_eq!(SideValue::from("Ushakov").as_str(), Some("Ushakov"));
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub enum SideValue {
    /// No value: omissions, wording, a side that does not tell it.
    #[default]
    Null,
    /// A speaker, quoted words, a resolved date or time, `"affirmed"` or
    /// `"negated"`, `"asserted"`, `"attributed"` or `"hedged"`.
    Text(Box<str>),
    /// People named (participants).
    Names(Box<[String]>),
    /// A figure and the range it allows.
    Figure {
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        unit: Option<Box<str>>,
    },
}

impl SideValue {
    pub fn is_null(&self) -> bool {
        *self == SideValue::Null
    }

    /// The words of a text value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            SideValue::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The names of a list of people.
    pub fn names(&self) -> Option<&[String]> {
        match self {
            SideValue::Names(names) => Some(names),
            _ => None,
        }
    }

    /// The value in a few words for a reader ("5 hour", "Yuri Ushakov,
    /// Sergei Lavrov"); none for null or a figure without a value.
    pub fn label(&self) -> Option<String> {
        match self {
            SideValue::Null => None,
            SideValue::Text(text) => Some(text.to_string()),
            SideValue::Names(names) => Some(names.join(", ")),
            SideValue::Figure { value, unit, .. } => {
                let unit = unit.as_deref().unwrap_or("");
                Some(format!("{} {unit}", (*value)?).trim_end().to_string())
            }
        }
    }
}

impl From<&str> for SideValue {
    fn from(text: &str) -> SideValue {
        SideValue::Text(text.into())
    }
}

impl From<String> for SideValue {
    fn from(text: String) -> SideValue {
        SideValue::Text(text.into_boxed_str())
    }
}

impl Serialize for SideValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            SideValue::Null => s.serialize_unit(),
            SideValue::Text(text) => s.serialize_str(text),
            SideValue::Names(names) => names.serialize(s),
            // Keys in the order they have always been written in (sorted).
            SideValue::Figure {
                value,
                low,
                high,
                unit,
            } => {
                let mut map = s.serialize_map(Some(4))?;
                map.serialize_entry("high", high)?;
                map.serialize_entry("low", low)?;
                map.serialize_entry("unit", unit)?;
                map.serialize_entry("value", value)?;
                map.end()
            }
        }
    }
}

/// The value as compact JSON (review files keep it so).
impl fmt::Display for SideValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let json = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&json)
    }
}

/// A set of sources by index, one bit each: a claim only a few of a
/// thousand outlets carry is missing in most of them, and a list of
/// indexes would cost 64 times the memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceSet(fixedbitset::FixedBitSet);

impl SourceSet {
    pub fn is_empty(&self) -> bool {
        self.0.is_clear()
    }
    /// How many sources the set holds.
    pub fn len(&self) -> usize {
        self.0.count_ones(..)
    }
    pub fn contains(&self, source: usize) -> bool {
        self.0.contains(source)
    }
    /// The sources, in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.ones()
    }
}

impl FromIterator<usize> for SourceSet {
    fn from_iter<I: IntoIterator<Item = usize>>(sources: I) -> Self {
        SourceSet(sources.into_iter().collect())
    }
}

/// The result of comparing sources: what every renderer prints.
#[derive(Debug, Clone)]
pub struct Report {
    pub sources: Vec<Analysis>,
    pub groups: Vec<ClaimGroup>,
    /// Every divergence found, ordered by severity then first appearance.
    pub divergences: Vec<Divergence>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_shares_its_documents_text() {
        let text: Arc<str> = Arc::from("Talks ended. No deal.");
        let excerpt = Excerpt::new(&text, Span::new(13, 21));
        assert_eq!(excerpt, "No deal.");
        assert_eq!(Arc::strong_count(&text), 2);
        assert_eq!(serde_json::to_string(&excerpt).unwrap(), "\"No deal.\"");
        assert_eq!(format!("{excerpt} {excerpt:?}"), "No deal. \"No deal.\"");
    }

    #[test]
    fn a_pattern_reads_as_its_text_and_is_held_once() {
        let a = Pattern::new(r"^follow us on\b");
        let b = Pattern::new(r"^follow us on\b");
        let other = Pattern::new(r"^sign up for our newsletter");
        assert_eq!((a, a.as_str()), (b, r"^follow us on\b"));
        assert_ne!(a, other);
        assert_eq!(other.to_string(), "^sign up for our newsletter");
        assert_eq!(
            serde_json::to_string(&SentenceRole::Boilerplate(other)).unwrap(),
            r#"{"boilerplate":"^sign up for our newsletter"}"#
        );
    }

    /// A sentence, a claim and a side are kept for every sentence of every
    /// source (see the README's memory figures).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn what_is_kept_per_sentence_stays_small() {
        use std::mem::size_of;
        assert_eq!(size_of::<Sentence>(), 24);
        assert_eq!(size_of::<ClaimId>(), 12);
        assert_eq!(size_of::<Claim>(), 80);
        assert_eq!(size_of::<Side>(), 16);
    }

    #[test]
    fn side_values_are_written_as_the_contract_says_and_read_as_words() {
        let hours = SideValue::Figure {
            value: Some(5.0),
            low: Some(4.5),
            high: None,
            unit: Some("hour".into()),
        };
        let contract = serde_json::json!({"value": 5.0, "low": 4.5, "high": null, "unit": "hour"});
        assert_eq!(hours.to_string(), contract.to_string());
        assert_eq!(hours.label().as_deref(), Some("5 hour"));
        let names = SideValue::Names(vec!["Yuri Ushakov".into(), "Sergei Lavrov".into()].into());
        assert_eq!(names.to_string(), r#"["Yuri Ushakov","Sergei Lavrov"]"#);
        assert_eq!(
            names.label().as_deref(),
            Some("Yuri Ushakov, Sergei Lavrov")
        );
        assert_eq!(SideValue::from("negated").to_string(), r#""negated""#);
        assert_eq!(SideValue::Null.to_string(), "null");
        assert_eq!(SideValue::Null.label(), None);
    }

    #[test]
    fn a_side_takes_its_value_and_extent_from_its_divergence() {
        let side = |source: u32, value: u32| Side {
            source_index: source,
            claim_index: 0,
            variant_index: value,
            value_index: value,
        };
        let d = Divergence {
            id: "D1".into(),
            kind: DivergenceType::Attribution,
            severity: Severity::High,
            group: 0,
            summary: String::new(),
            sides: vec![side(0, 0), side(1, 1)],
            values: vec![SideValue::from("Putin"), SideValue::from("Ushakov")].into(),
            extents: vec![(1, Span::new(4, 20))].into(),
            missing_in: SourceSet::default(),
        };
        assert_eq!(d.value(&d.sides[1]).as_str(), Some("Ushakov"));
        assert!(d.value(&side(0, 7)).is_null());
        assert_eq!(d.extent(&d.sides[0]), None);
        assert_eq!(d.extent(&d.sides[1]), Some(Span::new(4, 20)));
    }

    #[test]
    fn an_excerpt_past_the_text_is_empty() {
        let text: Arc<str> = Arc::from("Talks ended.");
        assert_eq!(Excerpt::new(&text, Span::new(5, 99)), "");
        assert_eq!(Excerpt::new(&text, Span::new(40, 99)), "");
        // Not on a character boundary: empty, like `Span::slice`.
        let text: Arc<str> = Arc::from("Zürich");
        assert_eq!(Excerpt::new(&text, Span::new(0, 2)), "");
        assert_eq!(Excerpt::new(&text, Span::new(2, 2)), "");
    }

    #[test]
    fn a_claim_id_is_written_and_ordered_as_its_text() {
        let id = ClaimId::of_text("the talks lasted five hours");
        let text = id.to_string();
        assert_eq!(text.len(), 13);
        assert!(text.starts_with('C'));
        assert_eq!(
            text[1..],
            crate::text::short_hash("the talks lasted five hours", 12)
        );
        assert_eq!(id.copy(2).to_string(), format!("{text}-2"));
        assert_eq!(serde_json::to_value(id).unwrap(), serde_json::json!(text));
        // Ids sort as their text does, copies included ("-10" before "-2").
        let mut ids = [id.copy(2), id.copy(10), id, ClaimId::of_text("other")];
        let mut texts: Vec<String> = ids.iter().map(ToString::to_string).collect();
        ids.sort();
        texts.sort();
        assert_eq!(
            ids.iter().map(ToString::to_string).collect::<Vec<_>>(),
            texts
        );
    }
}
