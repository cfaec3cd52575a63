//! Extract: turn a document's sentences into typed claims.
//!
//! A claim is what a fact-checker would check: who said what, who attended,
//! how an event ended, a number, a date, or another factual statement. Each
//! body sentence yields one claim carrying everything found in it
//! (speaker, quoted words, participants, polarity, certainty, quantities and
//! dates), so that later stages can compare any of these between outlets;
//! a sentence packing two statements ("…; police put it at 12,000") yields
//! one per clause (see [`clauses`]).
//! Headlines and subheads yield claims marked as such; datelines, publisher
//! boilerplate and bare fragments yield none, and say why in their
//! [`SentenceRole`].

mod clauses;
pub mod dates;
pub mod events;
mod memo;
pub mod names;
pub mod numbers;
pub mod quotes;
mod roles;
pub mod sequence;
pub mod speakers;
pub mod stance;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::lexicon::Lexicon;
use crate::model::{
    Analysis, Certainty, Claim, ClaimFacts, ClaimId, ClaimKind, Document, Excerpt, Mention,
    QuantityKind, Sentence, SentenceRole, Span,
};
use crate::text::{Token, sha256_hex, tokenize};
use memo::Local;
pub use memo::SentenceMemo;
use names::{NameMention, People};
use quotes::QuoteSpan;
use speakers::Cue;

/// Extract the claims of one document whose text is cut into `sentences`.
pub fn extract(document: Document, sentences: Vec<Sentence>, lex: &Lexicon) -> Analysis {
    extract_with(document, sentences, lex, None)
}

/// [`extract`], reading sentences other documents share through `memo`.
pub fn extract_with(
    document: Document,
    mut sentences: Vec<Sentence>,
    lex: &Lexicon,
    memo: Option<&SentenceMemo>,
) -> Analysis {
    roles::assign(&document, &mut sentences, lex);
    sentences.shrink_to_fit();
    let mut extractor = Extractor::new(&document, lex);
    extractor.memo = memo;
    let mut claims = Vec::new();
    for range in pieces(&sentences) {
        let piece = extractor.claims(&sentences, range);
        // An article is one piece: kept as it is, not copied.
        if claims.is_empty() {
            claims = piece;
        } else {
            claims.extend(piece);
        }
    }
    claims.shrink_to_fit();
    Analysis {
        sha256: sha256_hex(document.text.as_bytes()),
        document,
        sentences,
        claims,
    }
}

/// Sentences extracted per piece: an article is read whole; a long
/// liveblog is read a piece at a time, so the tokens and names of all its
/// sentences are never held at once.
const PIECE: usize = 2000;

/// Consecutive sentence ranges of about [`PIECE`] sentences, each ending at
/// a paragraph end, for [`Extractor::claims`].
pub fn pieces(sentences: &[Sentence]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..sentences.len() {
        let paragraph_ends = sentences
            .get(i + 1)
            .is_none_or(|n| n.paragraph != sentences[i].paragraph);
        if (i + 1 - start >= PIECE && paragraph_ends) || i + 1 == sentences.len() {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    out
}

/// Give each sentence its role (body, headline, boilerplate…), as
/// [`extract`] does before reading claims.
pub fn assign_roles(document: &Document, sentences: &mut [Sentence], lex: &Lexicon) {
    roles::assign(document, sentences, lex);
}

/// Claim extraction that can run over a document in consecutive pieces, so a
/// 100 MB liveblog need not be held as claims all at once: what one piece
/// learns about its people and speakers carries into the next.
pub struct Extractor<'l> {
    lex: &'l Lexicon,
    reference: Option<NaiveDate>,
    people: People,
    last_speaker: Option<String>,
    /// The person the previous sentence opened with ("Minister Alan
    /// Tremaine visited the town."), whom a "he said" next refers to first.
    last_subject: Option<String>,
    ids: HashMap<ClaimId, u32>,
    /// Keys of names seen where capitals mean a name: inside a sentence, or
    /// as more than one word. A lone capitalised first word ("Heroic
    /// rescuers…", "Locals say…") names something only when it is one of these.
    names_inside: std::collections::HashSet<String>,
    /// Sentence facts shared with other documents (none when streaming one
    /// big document, whose distinct sentences would pile up).
    memo: Option<&'l SentenceMemo>,
    /// The document's text, which claim texts share.
    source: Arc<str>,
}

impl<'l> Extractor<'l> {
    pub fn new(document: &Document, lex: &'l Lexicon) -> Self {
        Extractor {
            lex,
            reference: reference_date(document),
            people: People::default(),
            last_speaker: None,
            last_subject: None,
            ids: HashMap::new(),
            names_inside: Default::default(),
            memo: None,
            source: Arc::clone(&document.text),
        }
    }

    /// The claims of `sentences[range]` (roles already assigned). Pieces
    /// should end at paragraph ends, where quotes do too.
    pub fn claims(&mut self, sentences: &[Sentence], range: std::ops::Range<usize>) -> Vec<Claim> {
        let source = Arc::clone(&self.source);
        let text = &*source;
        let lex = self.lex;
        // Claims are read from clauses: a sentence packing two statements
        // gives two claims, both pointing back to it.
        let sentences = &sentences[range.clone()];
        let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
            return Vec::new();
        };
        let area = Span::new(first.span.start, last.span.end);
        let quotes: Vec<QuoteSpan> = quotes::find_quotes(area.slice(text))
            .into_iter()
            .map(|q| QuoteSpan {
                content: q.content.shifted(area.start),
                outer: q.outer.shifted(area.start),
                ..q
            })
            .collect();
        let quoted: Vec<Span> = quotes.iter().map(|q| q.outer).collect();
        let units = clauses::units(text, sentences, &quoted, lex);
        let piece = units.sentences.as_slice();
        let mut parsed: Vec<Parsed> = piece
            .iter()
            .map(|s| parse(text, s, self.reference, lex, self.memo))
            .collect();
        self.resolve_knights(&mut parsed);
        for p in &parsed {
            let inside = p
                .names
                .iter()
                .filter(|m| !opens_sentence_alone(m, &p.tokens));
            self.names_inside
                .extend(inside.map(|m| m.key.clone()).filter(|k| !k.is_empty()));
        }
        let speakers = self.resolve_speakers(text, &parsed, &quotes);
        // Claims are kept until the report is written: room for exactly
        // those of the piece (shrinking afterwards would copy them all).
        let mut claims = Vec::with_capacity(piece.iter().filter(|s| bears_claim(s)).count());
        let mut claim_of_unit = vec![None; piece.len()];
        let mut roster_asked: Option<u32> = None;
        let mut entry: Option<u32> = None;
        for ((offset, sentence), p) in piece.iter().enumerate().zip(&parsed) {
            if entry_stamp(text, p).is_some() {
                entry = Some(sentence.paragraph);
            }
            let setting = Setting {
                previous: offset.checked_sub(1).map(|k| parsed[k].tokens.as_slice()),
                answers_roster: roster_asked == Some(sentence.paragraph),
                in_entry: entry == Some(sentence.paragraph),
            };
            if asks_who_took_part(p, lex) {
                roster_asked = Some(sentence.paragraph);
            }
            let headline = matches!(
                sentence.role,
                SentenceRole::Headline | SentenceRole::Subhead
            );
            if !bears_claim(sentence) {
                continue;
            }
            let index = range.start + units.origins[offset];
            let mut claim =
                self.build_claim(text, index, (p, &setting), &speakers[offset], &quotes);
            claim.headline = headline;
            claim.id = unique_id(&mut self.ids, p.local.id);
            claim_of_unit[offset] = Some(claims.len());
            claims.push(claim);
        }
        for (attributed_by, own) in units.attributed_by.iter().zip(&claim_of_unit) {
            let covering = attributed_by.and_then(|u| claim_of_unit[u]);
            if let (Some(own), Some(covering)) = (*own, covering) {
                let facts = Arc::clone(&claims[covering].facts);
                share_attribution(&mut claims[own], &facts);
            }
        }
        claims
    }
}

/// Give a clause the attribution of the clause that covers it ("A; B, the
/// ministry said"), unless it has its own.
fn share_attribution(claim: &mut Claim, covering: &ClaimFacts) {
    if claim.speaker.is_some()
        || covering.speaker.is_none()
        || claim.certainty != Certainty::Asserted
    {
        return;
    }
    let facts = Arc::make_mut(&mut claim.facts);
    facts.speaker = covering.speaker.clone();
    facts.cue = covering.cue.clone();
    facts.certainty = covering.certainty;
    facts.distancing_only = covering.distancing_only;
}

/// Is a name one capitalised word opening its sentence (after any quote
/// mark or bullet) or a quotation within it, with no title: a capital the
/// sentence start explains?
fn opens_sentence_alone(mention: &NameMention, tokens: &[Token]) -> bool {
    let before = &tokens[..mention.first_token];
    let opens_quote = before
        .last()
        .is_some_and(|t| ["\"", "\u{201c}", ":"].iter().any(|q| t.lower == *q));
    mention.end_token == mention.first_token + 1
        && mention.roles.is_empty()
        && (before.iter().all(|t| !t.is_word) || opens_quote)
}

/// Whose age a figure gives, by surname as written: a bare number set off
/// by commas right after a person's name ("Anselm Dravic, 58,", "Dravic,
/// aged 58,"), or "N-year-old" right before one ("the 63-year-old Anselm
/// Dravic"). Outlets disagree on ages; one person's age is compared with
/// that person's alone, not with another's.
fn age_of(p: &Parsed, q: &crate::model::Quantity, people: &People) -> Option<String> {
    let tokens = &p.tokens;
    let first = tokens.iter().position(|t| t.span.start == q.span.start)?;
    let last = tokens.iter().rposition(|t| t.span.end == q.span.end)?;
    let person = |m: &&NameMention| m.is_person || people.is_person(&m.key);
    let surname = |m: &NameMention| m.name.split_whitespace().last().map(str::to_string);
    // A whole number of years a person may be.
    q.value
        .filter(|v| v.fract() == 0.0 && (1.0..=120.0).contains(v))?;
    if q.kind == QuantityKind::Duration && q.text.to_lowercase().ends_with("year-old") {
        let named = p
            .names
            .iter()
            .filter(person)
            .find(|m| m.first_token == last + 1)?;
        return surname(named);
    }
    if q.kind != QuantityKind::Number || q.unit.is_some() || q.counts.is_some() {
        return None;
    }
    let mut before = first.checked_sub(1)?;
    if tokens[before].lower == "aged" {
        before = before.checked_sub(1)?;
    }
    let set_off = tokens[before].is_punct(',')
        && tokens
            .get(last + 1)
            .is_none_or(|t| [",", ".", ";", ")"].contains(&t.lower.as_str()));
    if !set_off {
        return None;
    }
    let named = p
        .names
        .iter()
        .filter(person)
        .find(|m| m.end_token == before)?;
    surname(named)
}

/// Body text, headlines and subheads carry claims; other sentences do not.
fn bears_claim(sentence: &Sentence) -> bool {
    matches!(
        sentence.role,
        SentenceRole::Body | SentenceRole::Headline | SentenceRole::Subhead
    )
}

/// The publication date, which anchors "on Tuesday" and "last month".
fn reference_date(document: &Document) -> Option<NaiveDate> {
    let published = document.published.as_deref()?;
    NaiveDate::parse_from_str(published.get(..10)?, "%Y-%m-%d").ok()
}

/// A content id (`base`, the hash of the normalised text), with a suffix
/// when one document says exactly the same thing twice.
fn unique_id(seen: &mut HashMap<ClaimId, u32>, base: ClaimId) -> ClaimId {
    let n = seen.entry(base).or_insert(0);
    *n += 1;
    base.copy(*n)
}

/// What a claim is read with besides its own sentence.
struct Setting<'p> {
    /// The tokens of the sentence before it.
    previous: Option<&'p [Token]>,
    /// It answers a question of who took part ("Who is around the table?
    /// For the union, …").
    answers_roster: bool,
    /// It belongs to a liveblog entry opened by a timestamp.
    in_entry: bool,
}

/// A sentence's tokens and names, in document offsets.
struct Parsed {
    /// The claim's span: the sentence without a leading dateline.
    span: Span,
    tokens: Vec<Token>,
    names: Vec<NameMention>,
    /// What the sentence yields on its own, in offsets into the claim.
    local: Arc<Local>,
}

fn parse(
    text: &str,
    sentence: &Sentence,
    reference: Option<NaiveDate>,
    lex: &Lexicon,
    memo: Option<&SentenceMemo>,
) -> Parsed {
    let words = sentence.span.slice(text);
    let local = match memo {
        Some(memo) => memo.get(words, reference),
        None => Arc::new(Local::of(words, reference)),
    };
    let span = Span::new(sentence.span.start + local.strip, sentence.span.end);
    let tokens: Vec<Token> = tokenize(span.slice(text))
        .into_iter()
        .map(|mut t| {
            t.span = t.span.shifted(span.start);
            t
        })
        .collect();
    // Boilerplate ("Reporting by Wire Moscow bureau") names no one in the
    // story: its names must not turn "Moscow" into a person.
    let names = match sentence.role {
        SentenceRole::Boilerplate(_) => Vec::new(),
        _ => names::find_names(&tokens, text, lex),
    };
    Parsed {
        span,
        tokens,
        names,
        local,
    }
}

/// Who a sentence's words are attributed to.
#[derive(Debug, Clone, Default)]
struct Said {
    speaker: Option<String>,
    mention: Option<Mention>,
    cue: Option<String>,
}

impl Extractor<'_> {
    /// The claim of one parsed sentence `p` in its `setting`.
    fn build_claim(
        &self,
        text: &str,
        index: usize,
        (p, setting): (&Parsed, &Setting),
        said: &Said,
        quotes: &[QuoteSpan],
    ) -> Claim {
        let (people, lex) = (&self.people, self.lex);
        let quoted = |i: usize| in_quotes(quotes, p.tokens[i].span);
        let quote = quoted_words(text, p.span, quotes);
        let shift = |s: Span| s.shifted(p.span.start);
        // The sentence's own dates and quantities, moved into the document
        // (cloned whole: a claim keeps no spare capacity).
        let mut dates = p.local.dates.clone();
        dates.iter_mut().for_each(|d| d.span = shift(d.span));
        dates.extend(sequence::find_event_times(&p.tokens, text, lex));
        // A liveblog entry's "today" is the day of the entry, which the
        // publication date does not tell ("23:40 — After 14 hours at the
        // table today …" in a blog published the next morning).
        // The part of the day its words name stays: "this afternoon" is
        // still an afternoon ("TAF").
        if setting.in_entry {
            for d in dates.iter_mut().filter(|d| relative_day(&d.text)) {
                d.value = d
                    .value
                    .as_deref()
                    .and_then(|v| v.find('T').map(|t| v[t..].into()));
            }
        }
        // Added after the kind is chosen: "The talks have begun." dated by
        // its entry is still a statement.
        let entry = entry_time(text, p, &dates, lex);
        let mut quantities = p.local.quantities.clone();
        quantities.iter_mut().for_each(|q| q.span = shift(q.span));
        // Quantities inside a sentence's own dates were never read; a time
        // relative to an event keeps the event's figure ("after a 5-hour
        // summit" gives the summit's length).
        for q in &mut quantities {
            let measured = q.kind == QuantityKind::Measure;
            q.predicate =
                numbers::predicate(&p.tokens, q.span, measured, lex).map(String::into_boxed_str);
            q.distributive = distributive(&p.tokens, q.span);
            q.level = level(&p.tokens, q.span);
            q.source = figure_source(&p.tokens, q.span, lex).map(String::into_boxed_str);
            // "mum-of-three" counts her children.
            if q.counts.is_none() && speakers::names_a_parent(&text[..q.span.start]) {
                q.counts = Some("children".into());
            }
            if let Some(whose) = age_of(p, q, people) {
                q.kind = QuantityKind::Number;
                q.unit = Some("year".into());
                q.counts = Some(format!("age of {whose}").into_boxed_str());
            }
            if q.kind == QuantityKind::Duration {
                q.counts = match q.counts.take() {
                    None => events::measured_event(&p.tokens, q.span, setting.previous, lex),
                    Some(noun) => Some(
                        events::event_head(&p.tokens, q.span, lex).unwrap_or_else(|| noun.into()),
                    ),
                }
                .map(String::into_boxed_str);
            }
        }
        let attendance = attendance(p, &quoted, setting.answers_roster, people, lex);
        let first_of = |set: &crate::lexicon::PhraseSet| {
            let &(i, n) = set.find_all(&p.tokens).first()?;
            Some(crate::text::lower_joined(&p.tokens[i..i + n]))
        };
        let outcome = first_of(&lex.outcome_nouns).or_else(|| first_of(&lex.outcome_verbs));
        /// Reporting verbs by which a source vouches for a fact.
        const CONFIRMING: &[&str] = &["confirmed", "confirms", "confirm", "confirming"];
        // "The commission confirmed that 96 ballots were found": a source
        // standing behind a fact asserts it; it does not keep it at a
        // distance as "said" does.
        let confirmed = said
            .cue
            .as_deref()
            .is_some_and(|cue| CONFIRMING.contains(&cue.to_lowercase().as_str()));
        let attributed = (said.speaker.is_some() || said.cue.is_some() || quote.is_some())
            && !(confirmed && quote.is_none());
        let kind = claim_kind(
            p,
            quote.as_deref(),
            &attendance,
            outcome.is_some(),
            quantities.iter().any(|q| !referring(&p.tokens, q)),
            !dates.is_empty(),
        );
        dates.extend(entry);
        let mut entities: Vec<String> = p
            .names
            .iter()
            .filter(|m| !opens_sentence_alone(m, &p.tokens) || self.names_inside.contains(&m.key))
            .map(|m| m.key.clone())
            .filter(|k| !k.is_empty())
            .collect();
        entities.sort();
        entities.dedup();
        entities.shrink_to_fit();
        // A bare "Barnes" is a person when the document named one Barnes with a
        // first name or title. The name stays as written: which Barnes is a
        // guess, and a surname alone matches any of them.
        let mut persons: Vec<String> = p
            .names
            .iter()
            .filter(|m| !m.key.is_empty() && (m.is_person || people.is_person(&m.key)))
            .map(|m| names::fold(&m.name))
            .collect();
        // "He said …" is about the person "he" stands for.
        if let Some(speaker) = &said.speaker
            && people.is_person(&names::entity_key(speaker, true, lex))
        {
            persons.push(names::fold(speaker));
        }
        persons.sort();
        persons.dedup();
        persons.shrink_to_fit();
        // Hedge words are the outlet's own, outside quotes and dates ("in
        // May" is the month; "Velmaria MAY drop its tariff" the verb).
        let not_own =
            |i: usize| quoted(i) || dates.iter().any(|d| d.span.contains(&p.tokens[i].span));
        let told = stance::certainty(&p.tokens, &not_own, attributed, lex);
        // "Police believe the gang had inside help", "health officials
        // think the outbreak began …": what a source believes, it is not
        // sure of; against another source's "said", a distance like
        // "allegedly".
        let believed =
            told == Certainty::Attributed && said.cue.as_deref().is_some_and(stance::is_belief);
        let certainty = if believed { Certainty::Hedged } else { told };
        let hedged_telling = || {
            said.cue
                .as_deref()
                .is_some_and(|cue| stance::hedges_the_telling(&p.tokens, &not_own, cue, lex))
        };
        let distancing_only = (believed
            || certainty == Certainty::Hedged
                && stance::only_distancing_hedges(&p.tokens, &not_own, lex))
            && !hedged_telling();
        // Back in the claim's own offsets, in which copies of the sentence
        // elsewhere share them.
        quantities.iter_mut().for_each(|q| {
            q.span = Span::new(q.span.start - p.span.start, q.span.end - p.span.start)
        });
        let facts = ClaimFacts {
            speaker: said.speaker.as_deref().map(Box::from),
            cue: said.cue.as_deref().map(Box::from),
            quote: quote.map(String::into_boxed_str),
            participants: attendance.present.into(),
            absentees: attendance.absent.into(),
            outcome: outcome.map(String::into_boxed_str),
            polarity: stance::polarity(&p.tokens, lex),
            certainty,
            distancing_only,
            quantities: quantities.into(),
            entities: entities.into(),
            persons: persons.into(),
        };
        Claim {
            id: ClaimId::default(),
            kind,
            text: Excerpt::new(&self.source, p.span),
            sentence: crate::model::index(index),
            headline: false,
            speaker_words: (said.mention.as_ref())
                .filter(|m| p.span.contains(&m.span))
                .and_then(|m| {
                    let at = |offset: usize| u32::try_from(offset - p.span.start).ok();
                    Some([at(m.span.start)?, at(m.span.end)?])
                }),
            dates: dates.into(),
            facts: p.local.share(facts),
        }
    }

    /// "Sir Geoffrey" and "Dame Judith" name a knight or dame by first name:
    /// the person the document names in full with that first name, when only
    /// one such person is named.
    fn resolve_knights(&self, parsed: &mut [Parsed]) {
        let knighted = |m: &NameMention| {
            m.roles.iter().any(|r| r == "sir" || r == "dame")
                && m.name.split_whitespace().count() == 1
        };
        // Most pieces name no knight: skip the name index, which would walk
        // every person the document has named so far.
        if !parsed.iter().flat_map(|p| &p.names).any(knighted) {
            return;
        }
        let full_names = parsed
            .iter()
            .flat_map(|p| &p.names)
            .filter(|m| m.is_person)
            .map(|m| m.name.as_str())
            .chain(self.people.displays());
        let mut by_first: HashMap<String, Option<String>> = HashMap::new();
        for name in full_names {
            let words: Vec<&str> = name.split_whitespace().collect();
            if let [first, .., _] = words[..] {
                let slot = by_first
                    .entry(names::fold(first))
                    .or_insert(Some(name.to_string()));
                if slot
                    .as_deref()
                    .is_some_and(|n| names::fold(n) != names::fold(name))
                {
                    *slot = None;
                }
            }
        }
        for m in parsed.iter_mut().flat_map(|p| &mut p.names) {
            if !knighted(m) {
                continue;
            }
            if let Some(Some(full)) = by_first.get(&names::fold(&m.name)) {
                m.key = names::entity_key(full, true, self.lex);
                m.name = full.clone();
                m.is_person = true;
            }
        }
    }

    /// Resolve the speaker of every sentence in document order, so that "he"
    /// and "the Russian president" can refer back, and quotes spanning
    /// several sentences share the speaker named in any of them.
    fn resolve_speakers(
        &mut self,
        text: &str,
        parsed: &[Parsed],
        quotes: &[QuoteSpan],
    ) -> Vec<Said> {
        let lex = self.lex;
        let persons = known_persons(parsed);
        let mut cues: Vec<Option<(Cue, Said)>> = Vec::with_capacity(parsed.len());
        for p in parsed {
            let quoted = |i: usize| in_quotes(quotes, p.tokens[i].span);
            let mut found = speakers::find_cues(&p.tokens, &quoted, lex);
            found.retain(|c| !unknown_lone_subject(c, p, &persons, &self.people));
            let chosen = choose_cue(found, p, quotes);
            let said = chosen.as_ref().map(|cue| {
                let said = speaker_of(
                    text,
                    p,
                    cue,
                    &self.people,
                    &persons,
                    self.last_subject
                        .as_deref()
                        .or(self.last_speaker.as_deref()),
                    lex,
                );
                (cue.clone(), said)
            });
            for m in &p.names {
                let mut m = m.clone();
                m.is_person |= persons.contains_key(&m.key);
                self.people.note(&m);
            }
            if let Some((_, said)) = &said
                && let Some(key) = said
                    .speaker
                    .as_deref()
                    .map(|s| names::entity_key(s, true, lex))
                && self.people.is_person(&key)
            {
                self.last_speaker = said.speaker.clone();
            }
            // A sentence naming no one ("“We did not come to Geneva to
            // redraw maps.") goes on about the same person.
            let names_person = p
                .names
                .iter()
                .any(|m| names_a_person(m, &persons, &self.people));
            if names_person {
                self.last_subject = opening_person(p, &persons, &self.people)
                    .or_else(|| only_person(p, &persons, &self.people));
            }
            cues.push(said);
        }
        quote_speakers(text, parsed, quotes, cues)
    }
}

/// Is a cue a lone capitalised word opening a sentence whose quote follows
/// a colon ("Feyre has opened by defending the decision: "…""), and that
/// word no one the document knows as a person ("Passengers got a message:
/// "…"")?
fn unknown_lone_subject(
    cue: &Cue,
    p: &Parsed,
    persons: &HashMap<String, String>,
    people: &People,
) -> bool {
    cue.speaker.len() == 1
        && cue.speaker.end < cue.cue.start
        && p.tokens[cue.cue.start].is_punct(':')
        && !p
            .names
            .iter()
            .any(|m| m.first_token == cue.speaker.start && names_a_person(m, persons, people))
}

/// The person a sentence opens with, as its subject: a name among its first
/// few words ("Emergency Services Minister Alan Tremaine visited …"), not
/// one after a quote or deep in a clause.
fn opening_person(
    p: &Parsed,
    persons: &HashMap<String, String>,
    people: &People,
) -> Option<String> {
    const OPENING: usize = 5;
    let start = opening_phrase_end(p).unwrap_or(0);
    // The first person among them: "Corvane boss Helena Draskovic" opens
    // with the company and is about its boss.
    let m = p
        .names
        .iter()
        .filter(|m| m.first_token >= start && m.first_token <= start + OPENING)
        .find(|m| names_a_person(m, persons, people))?;
    Some(fullest_name(m, persons))
}

/// Is a name mention a person's: taken for one where it stands, known as
/// one in the document (`persons`), or among the people named so far?
fn names_a_person(m: &NameMention, persons: &HashMap<String, String>, people: &People) -> bool {
    m.is_person || persons.contains_key(&m.key) || people.is_person(&m.key)
}

/// The fullest form of a person's name the document gives, else the
/// mention's own.
fn fullest_name(m: &NameMention, persons: &HashMap<String, String>) -> String {
    persons
        .get(&m.key)
        .filter(|full| full.len() > m.name.len())
        .cloned()
        .unwrap_or_else(|| m.name.clone())
}

/// The one person a sentence names, wherever it names them: "Our reporter
/// has spoken to rescued miner Dalibor Kruz" is about Kruz, and the "he"
/// of the next sentence is he.
fn only_person(p: &Parsed, persons: &HashMap<String, String>, people: &People) -> Option<String> {
    let mut named = p
        .names
        .iter()
        .filter(|m| names_a_person(m, persons, people));
    let m = named.next()?;
    if named.any(|other| other.key != m.key) {
        return None;
    }
    Some(fullest_name(m, persons))
}

/// Where the subject's part of a sentence begins when an opening phrase
/// closed by a comma comes first ("Speaking outside the Infirmary on
/// Tuesday, chief executive Dr Miriam Castell was blunt"): the token after
/// the comma. None when the sentence opens with a name.
fn opening_phrase_end(p: &Parsed) -> Option<usize> {
    const PHRASE: usize = 10;
    if p.names.first().is_some_and(|m| m.first_token == 0) {
        return None;
    }
    p.tokens
        .iter()
        .take(PHRASE)
        .position(|t| t.is_punct(','))
        .map(|comma| comma + 1)
}

/// Persons named with a title or a first name anywhere in the document, so an
/// early bare "Putin" is known to be a person.
fn known_persons(parsed: &[Parsed]) -> HashMap<String, String> {
    let mut persons = HashMap::new();
    for m in parsed.iter().flat_map(|p| &p.names) {
        if m.is_person {
            let e = persons.entry(m.key.clone()).or_insert_with(String::new);
            if m.name.len() > e.len() {
                *e = m.name.clone();
            }
        }
    }
    persons
}

/// The one person known by a first name, as tabloids call a speaker ("Ruth
/// raged" for Ruth Okafor-Lane): none when two people share it.
fn by_first_name<'p>(persons: &'p HashMap<String, String>, first: &str) -> Option<&'p String> {
    let mut named = persons.values().filter(|full| {
        full.split_once(' ')
            .is_some_and(|(given, _)| given == first)
    });
    let one = named.next()?;
    named.all(|other| other == one).then_some(one)
}

fn in_quotes(quotes: &[QuoteSpan], span: Span) -> bool {
    quotes[overlapping(quotes, span)]
        .iter()
        .any(|q| q.outer.contains(&span))
}

/// The quotes whose outer span overlaps `span`, as an index range: quotes are
/// in text order and do not overlap, so two binary searches find them (a
/// liveblog has thousands of quotes; scanning them all per word is too slow).
fn overlapping(quotes: &[QuoteSpan], span: Span) -> std::ops::Range<usize> {
    let start = quotes.partition_point(|q| q.outer.end <= span.start);
    let end = quotes.partition_point(|q| q.outer.start < span.end.max(span.start + 1));
    start..end.max(start)
}

/// The cue that governs a sentence: the one nearest its quoted words when
/// they carry the sentence, else the first (the main clause's: in "Putin
/// threatened to cut what analysts call a “shadow fleet”" the claim is
/// Putin's, the scare quote the analysts').
fn choose_cue(found: Vec<Cue>, p: &Parsed, quotes: &[QuoteSpan]) -> Option<Cue> {
    let quote_tokens: Vec<usize> = (0..p.tokens.len())
        .filter(|&i| p.tokens[i].is_word && in_quotes(quotes, p.tokens[i].span))
        .collect();
    let words = p.tokens.iter().filter(|t| t.is_word).count();
    if quote_tokens.len() * 5 < words * 2 {
        let main = found
            .iter()
            .position(|c| speakers::in_main_clause(&p.tokens, c))
            .unwrap_or(0);
        return found.into_iter().nth(main);
    }
    found.into_iter().min_by_key(|c| {
        quote_tokens
            .iter()
            .map(|&q| q.abs_diff(c.cue.start).min(q.abs_diff(c.speaker.start)))
            .min()
            .unwrap_or(usize::MAX)
    })
}

/// Resolve a cue's speaker phrase to a name: a person named in it, a pronoun
/// (the person the previous sentence opened with, else the last named
/// speaker), a role ("the Russian president"), an
/// organisation ("the Kremlin"), or the phrase itself ("police").
fn speaker_of(
    text: &str,
    p: &Parsed,
    cue: &Cue,
    people: &People,
    persons: &HashMap<String, String>,
    last_speaker: Option<&str>,
    lex: &Lexicon,
) -> Said {
    let toks = &p.tokens[cue.speaker.clone()];
    let span = Span::new(toks[0].span.start, toks[toks.len() - 1].span.end);
    let mention = Some(Mention {
        text: span.slice(text).to_string(),
        span,
    });
    let cue_text = Span::new(
        p.tokens[cue.cue.start].span.start,
        p.tokens[cue.cue.end - 1].span.end,
    )
    .slice(text)
    .to_lowercase();
    // A capitalised title alone ("the Prime Minister said") names an
    // office, resolved as a role below, not a person called so.
    let bare_title = |m: &NameMention| {
        lex.titles.match_at(&p.tokens[..m.end_token], m.first_token)
            == Some(m.end_token - m.first_token)
    };
    let named = p
        .names
        .iter()
        .filter(|m| m.span.overlaps(&span) && !m.key.is_empty() && !bare_title(m))
        .max_by_key(|m| (m.is_person || persons.contains_key(&m.key), m.name.len()));
    let speaker = match named {
        // A speaker called by a first name alone.
        Some(m)
            if !persons.contains_key(&m.key)
                && !m.name.contains(' ')
                && m.span == span
                && let Some(full) = by_first_name(persons, &m.name) =>
        {
            Some(full.clone())
        }
        // The fullest name known for the surname, unless the mention gives
        // another first name ("Lena Harjo, sister of … Jonas Harjo").
        Some(m) if m.is_person || persons.contains_key(&m.key) => Some(
            persons
                .get(&m.key)
                .filter(|known| !names::other_given_names(known, &m.name))
                .cloned()
                .unwrap_or_else(|| m.name.clone()),
        ),
        _ if toks.len() == 1 && ["he", "she"].contains(&toks[0].lower.as_str()) => {
            last_speaker.map(str::to_string).or_else(|| {
                people
                    .last_person()
                    .and_then(|k| people.display(&k).map(str::to_string))
            })
        }
        // "said the 71-year-old retired bus driver": a definite description
        // of someone the story has already named.
        _ if speakers::is_aged_description(toks) && last_speaker.is_some() => {
            last_speaker.map(str::to_string)
        }
        _ => role_or_phrase(toks, named, (people, last_speaker), lex),
    };
    Said {
        speaker,
        mention,
        cue: Some(cue_text),
    }
}

/// "the Russian president" → the person with that role; "the Kremlin" → the
/// organisation; "hospital officials" → the phrase itself.
fn role_or_phrase(
    toks: &[Token],
    named: Option<&NameMention>,
    (people, subject): (&People, Option<&str>),
    lex: &Lexicon,
) -> Option<String> {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word && !["the", "a", "an"].contains(&t.lower.as_str()))
        .map(|t| t.lower.as_str())
        .collect();
    let head = *words.last()?;
    // "the PM": the prime minister, unless someone was named "PM" himself.
    if let Some(title) = lex.title_abbreviations.get(head)
        && !people.holds_role(head)
        && let Some(key) = people.resolve_role(title, &[])
    {
        return people.display(&key).map(str::to_string);
    }
    if lex.titles.contains_word(head) {
        // The role as its last two words ("the Prime Minister", an office
        // someone holds), else as its head ("the Russian president"), the
        // words before it qualifying it.
        for len in [2, 1] {
            let Some(split) = words.len().checked_sub(len) else {
                continue;
            };
            let role = words[split..].join(" ");
            let qualifiers: Vec<String> = words[..split].iter().map(|w| w.to_string()).collect();
            if (len == 1 || people.holds_role(&role))
                && let Some(key) = people.resolve_role(&role, &qualifiers)
            {
                return people.display(&key).map(str::to_string);
            }
        }
        // "the Valdorian foreign minister" when the only foreign minister
        // named so far is the Kestrian one: the person the story is on.
        if let Some(subject) = subject.filter(|_| people.holds_role(head)) {
            return Some(subject.to_string());
        }
    }
    // "the Supreme Court justice": a name that stops before the head only
    // qualifies it.
    let head_named = named.filter(|m| toks.last().is_some_and(|t| m.span.end >= t.span.end));
    if let Some(m) = head_named {
        return Some(m.name.clone());
    }
    if ["they", "it", "we", "i"].contains(&head) {
        return None;
    }
    Some(words.join(" "))
}

/// Give every sentence its speaker: its own cue, else the cue of another
/// sentence of the same quote, else the quote it continues.
fn quote_speakers(
    text: &str,
    parsed: &[Parsed],
    quotes: &[QuoteSpan],
    cues: Vec<Option<(Cue, Said)>>,
) -> Vec<Said> {
    let mut by_quote: Vec<Option<Said>> = vec![None; quotes.len()];
    for (p, cue) in parsed.iter().zip(&cues) {
        if let Some((_, said)) = cue {
            for i in overlapping(quotes, p.span) {
                if by_quote[i].is_none() && quotes[i].outer.overlaps(&p.span) {
                    by_quote[i] = Some(said.clone());
                }
            }
        }
    }
    for i in 0..quotes.len() {
        if by_quote[i].is_some() {
            continue;
        }
        let runs_on = i > 0
            && (quotes[i].continues || follows_quote(text, parsed, &quotes[i - 1], &quotes[i]));
        by_quote[i] = if runs_on {
            by_quote[i - 1].clone()
        } else {
            introduced(text, parsed, &quotes[i])
                .and_then(|k| cues[k].as_ref())
                .map(|(_, said)| said.clone())
        };
    }
    parsed
        .iter()
        .zip(cues)
        .map(|(p, cue)| match cue {
            Some((_, said)) => said,
            None => overlapping(quotes, p.span)
                .find(|&i| quotes[i].outer.overlaps(&p.span) && by_quote[i].is_some())
                .and_then(|i| by_quote[i].clone())
                .map(|s| Said { mention: None, ..s })
                .unwrap_or_default(),
        })
        .collect()
}

/// The sentence that introduces a quote with a colon ("Ushakov said:" then
/// the quote opening the next sentence or paragraph).
fn introduced(text: &str, parsed: &[Parsed], quote: &QuoteSpan) -> Option<usize> {
    let this = sentence_at(parsed, quote.outer.start)?;
    let opens = text[parsed[this].span.start..quote.outer.start]
        .trim()
        .is_empty();
    let before = this.checked_sub(1)?;
    let colon = parsed[before].span.slice(text).trim_end().ends_with(':');
    (opens && colon).then_some(before)
}

fn sentence_at(parsed: &[Parsed], at: usize) -> Option<usize> {
    parsed
        .iter()
        .position(|p| p.span.start <= at && at < p.span.end)
}

/// A quote that opens the sentence right after the one where the previous
/// quote ended carries on the same speaker's words: news names the speaker
/// once (`"…," he said. "…"`) and lets the next quote run on unattributed.
fn follows_quote(text: &str, parsed: &[Parsed], previous: &QuoteSpan, quote: &QuoteSpan) -> bool {
    let (Some(before), Some(this)) = (
        sentence_at(parsed, previous.outer.end.saturating_sub(1)),
        sentence_at(parsed, quote.outer.start),
    ) else {
        return false;
    };
    let opens = text[parsed[this].span.start..quote.outer.start]
        .trim()
        .is_empty();
    opens && this == before + 1
}

/// The quoted words inside a claim's span, joined.
fn quoted_words(text: &str, span: Span, quotes: &[QuoteSpan]) -> Option<String> {
    let parts: Vec<&str> = quotes[overlapping(quotes, span)]
        .iter()
        .filter(|q| q.content.overlaps(&span))
        .map(|q| {
            Span::new(q.content.start.max(span.start), q.content.end.min(span.end))
                .slice(text)
                .trim_matches(|c: char| c.is_whitespace() || c == ',')
        })
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(PASSAGE_BREAK))
}

/// What joins the passages of a claim's quote when the sentence quotes
/// several ("entirely acceptable … detailed and sustained work").
pub const PASSAGE_BREAK: &str = " … ";

/// The passages of a claim's quote, in order.
pub fn passages(quote: &str) -> std::str::Split<'_, &'static str> {
    quote.split(PASSAGE_BREAK)
}

/// Is the figure at `span` a level a change reached, right after "to"
/// ("raised its rate to 4.75%"), or left, right after "from" ("from
/// 4.25%")? Not in a tally ("voted 5 to 2") or a range ("five to six
/// hours"), where a figure stands before the "to".
fn level(tokens: &[Token], span: Span) -> crate::model::Level {
    use crate::model::Level;
    let Some(first) = tokens.iter().position(|t| t.span.start >= span.start) else {
        return Level::None;
    };
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let figure_before = first >= 2 && {
        let before = &tokens[first - 2];
        before.is_digit() || crate::text::is_number_word(&before.lower)
    };
    match (first.checked_sub(1).map(word), figure_before) {
        (Some("to"), false) => Level::Reached,
        (Some("from"), _) => Level::Left,
        _ => Level::None,
    }
}

/// Is the figure at `span` one for each of several: "each side will
/// release 23 prisoners", "23 from each side", "23 per side", "23 each",
/// "every household will receive 5,000 marks"?
fn distributive(tokens: &[Token], span: Span) -> bool {
    let Some(first) = tokens.iter().position(|t| t.span.start >= span.start) else {
        return false;
    };
    let last = tokens
        .iter()
        .rposition(|t| t.span.end <= span.end)
        .unwrap_or(first);
    let before = &tokens[first.saturating_sub(4)..first];
    let from = (last + 1).min(tokens.len());
    let after = &tokens[from..tokens.len().min(last + 4)];
    // "23 per side", not the "per cent" of the next figure ("to 4.75 per
    // cent from 4.25 per cent"); "5,000 marks to every displaced
    // household" as "2,000 marks per household".
    let each = |(k, t): (usize, &Token)| {
        matches!(t.lower.as_str(), "each" | "apiece")
            || t.lower == "per" && tokens.get(from + k + 1).is_none_or(|n| n.lower != "cent")
            || t.lower == "every" && k > 0 && matches!(after[k - 1].lower.as_str(), "to" | "for")
    };
    // "each side will release 23", not "each of the 23"; in its clause,
    // "every displaced household will receive compensation of 5,000 marks".
    let clause = tokens[..first]
        .iter()
        .rposition(|t| !t.is_word && !t.is_punct('-') && !t.is_punct('\''))
        .map_or(0, |k| k + 1);
    let every = tokens[clause..first]
        .windows(2)
        .any(|w| w[0].lower == "every" && !matches!(w[1].lower.as_str(), "of" | "one"));
    before.iter().any(|t| t.lower == "each") && !before.iter().any(|t| t.lower == "of")
        || every
        || after
            .iter()
            .take_while(|t| !t.is_punct(','))
            .enumerate()
            .any(each)
}

/// The timestamp of a liveblog entry as the time of the phase it reports as
/// news: "02:10 — Talks have broken up without a deal" dates the end of the
/// talks (see [`events::phase_now`]), unless the sentence gives a time of
/// its own.
fn entry_time(
    text: &str,
    p: &Parsed,
    dates: &[crate::model::DateMention],
    lex: &Lexicon,
) -> Option<crate::model::DateMention> {
    if dates.iter().any(|d| d.clock().is_some()) {
        return None;
    }
    let stamp = entry_stamp(text, p)?;
    let words = stamp.slice(text);
    if events::phase_now(&p.tokens, lex).is_none() && events::named_alone(&p.tokens, lex).is_none()
    {
        return None;
    }
    let found = dates::find_dates(words, None).into_iter().next()?;
    found.clock()?;
    Some(crate::model::DateMention {
        span: found.span.shifted(stamp.start),
        ..found
    })
}

/// The timestamp a liveblog entry opens with ("02:10 —"), if the sentence
/// has one.
fn entry_stamp(text: &str, p: &Parsed) -> Option<Span> {
    if p.local.strip == 0 {
        return None;
    }
    let stamp = Span::new(p.span.start - p.local.strip, p.span.start);
    stamp
        .slice(text)
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(stamp)
}

/// Does a date mention name a day relative to the day of writing ("today",
/// "this morning", "yesterday")?
fn relative_day(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "today",
        "tonight",
        "this morning",
        "this afternoon",
        "this evening",
        "yesterday",
        "tomorrow",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Does the negation at token `k` deny the cue at token `i`: at most three
/// words before it ("did not attend", "didn't even attend"), not counting
/// words that only soften the verb ("did not even bother to attend")?
fn negates_cue(tokens: &[Token], k: usize, i: usize) -> bool {
    const SOFTENING: &[&str] = &["even", "bother", "bothered", "to", "manage", "managed"];
    // A cue that is itself a negation ("stayed away") stands at `k`.
    k == i
        || k < i
            && tokens[k + 1..i]
                .iter()
                .filter(|t| !SOFTENING.contains(&t.lower.as_str()))
                .count()
                < 3
}

/// Who a sentence says took part, and who it says stayed away.
#[derive(Debug, Default)]
struct Attendance {
    /// Said to attend, meet or accompany.
    present: Vec<String>,
    /// Named by a negated cue: "Highwend's chief executive, Rupert Hale,
    /// did not attend".
    absent: Vec<String>,
}

/// Does a sentence ask who took part ("Who is around the table?")? The
/// sentences after it in its paragraph answer it.
fn asks_who_took_part(p: &Parsed, lex: &Lexicon) -> bool {
    let tokens = &p.tokens;
    tokens.last().is_some_and(|t| t.is_punct('?'))
        && tokens.iter().any(|t| t.lower == "who")
        && !lex.participation.find_all(tokens).is_empty()
}

/// Who a sentence says attended or met: the persons named, when a
/// participation cue ("attended", "flanked by", "a meeting … with", "into
/// talks") is outside quotes, or when the sentence answers a question of
/// who took part. Those a negated cue is about ("Denholm did not attend")
/// are absent.
fn attendance(
    p: &Parsed,
    quoted: &dyn Fn(usize) -> bool,
    answers_roster: bool,
    people: &People,
    lex: &Lexicon,
) -> Attendance {
    let tokens = &p.tokens;
    // "received 58,214 votes": a cue followed by a figure counts things, it
    // places no one.
    let counting = |(i, n): &(usize, usize)| {
        tokens
            .get(i + n)
            .is_some_and(|t| t.is_digit() || crate::text::is_number_word(&t.lower))
    };
    // The lexicon's negations, so "didn't attend" and "never attended" count.
    let negations: Vec<usize> = stance::negation_cues(tokens, lex)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    // A cue that is a negation only where it negates: the reading of
    // negations discounts the rest ("Valdorians travelling abroad" is
    // nobody's absence, nor anybody's presence).
    let discounted =
        |i: usize| lex.negations.match_at(tokens, i).is_some() && !negations.contains(&i);
    let mut cues: Vec<usize> = lex
        .participation
        .find_all(tokens)
        .into_iter()
        .filter(|cue| !counting(cue))
        .map(|(i, _)| i)
        .filter(|&i| !discounted(i))
        .chain(meeting_company(tokens, lex))
        .chain(placed_roster(tokens))
        .filter(|&i| !quoted(i))
        .collect();
    if cues.is_empty() && answers_roster {
        cues.push(0);
    }
    if cues.is_empty() {
        return Attendance::default();
    }
    let absent: Vec<std::ops::Range<usize>> = cues
        .iter()
        // A cue that is itself a negation ("stayed away") says its subject
        // was absent.
        .filter(|&&i| negations.iter().any(|&k| negates_cue(tokens, k, i)))
        .map(|&i| subject_start(tokens, &p.names, i)..i)
        .collect();
    // ", who was sent to Moscow by Donald Trump": a relative clause without
    // a cue of its own describes someone; the people it names were not there.
    let asides: Vec<std::ops::Range<usize>> = relative_clauses(tokens)
        .into_iter()
        .filter(|r| !cues.iter().any(|c| r.contains(c)))
        .collect();
    let away = |i: usize| absent.iter().chain(&asides).any(|r| r.contains(&i)) || quoted(i);
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for m in &p.names {
        let person = m.is_person || people.is_person(&m.key);
        if !person
            || quoted(m.first_token)
            || owner_of_a_person(tokens, m, &p.names, lex)
            || attributive(tokens, m)
        {
            continue;
        }
        if absent.iter().any(|r| r.contains(&m.first_token)) {
            if !missing.contains(&m.name) {
                missing.push(m.name.clone());
            }
        } else if !away(m.first_token) && !out.contains(&m.name) {
            out.push(m.name.clone());
            keys.push(&m.key);
        }
    }
    // "visited the town alongside the mayor": a person named by the title
    // the document gave them ("Mayor Helen Okafor" earlier on).
    let first_cue = cues.iter().copied().min().unwrap_or(usize::MAX);
    for i in (first_cue + 1)..tokens.len().saturating_sub(1) {
        let title = &tokens[i + 1];
        // "the chief of the Valdorian general staff, General Milan Oresko"
        // is described, not named by title alone.
        let named_next = tokens
            .get(i + 2)
            .is_some_and(|t| t.capitalized || t.lower == "of");
        if tokens[i].lower != "the" || named_next || away(i) {
            continue;
        }
        if !lex.titles.contains_word(&title.lower) {
            continue;
        }
        let Some(key) = people.resolve_role(&title.lower, &[]) else {
            continue;
        };
        if let Some(display) = people.display(&key)
            && !keys.contains(&key.as_str())
            && !out.iter().any(|n| n == display)
        {
            out.push(display.to_string());
        }
    }
    Attendance {
        present: out,
        absent: missing,
    }
}

/// Whose figure a figure is, when "according to" follows it before any
/// other figure: "80,000 according to the organisers, 12,000 according to
/// police", "about 5,000 people, according to police, gathered". The
/// source's first word, through the synonym groups.
fn figure_source(tokens: &[Token], span: Span, lex: &Lexicon) -> Option<String> {
    let after = tokens.iter().position(|t| t.span.start >= span.end)?;
    let limit = tokens.len().min(after + 5);
    let at = (after..limit)
        .take_while(|&k| !tokens[k].is_digit() && !crate::text::is_number_word(&tokens[k].lower))
        .find(|&k| {
            tokens[k].lower == "according" && tokens.get(k + 1).is_some_and(|t| t.lower == "to")
        })?;
    let source = tokens[at + 2..]
        .iter()
        .find(|t| !speakers::is_determiner(t))
        .filter(|t| t.is_word)?;
    Some(lex.canonical(&source.lower))
}

/// "the Orlevan family house": a surname between "the" and a common noun
/// names whose the thing is, not someone present.
fn attributive(tokens: &[Token], m: &NameMention) -> bool {
    m.end_token == m.first_token + 1
        && m.first_token > 0
        && tokens[m.first_token - 1].lower == "the"
        && tokens
            .get(m.end_token)
            .is_some_and(|t| t.is_word && !t.capitalized && !crate::text::is_stop_word(&t.lower))
}

/// "Teskel's wife Mirela", "Putin's aide", "Halvik's campaign manager
/// Viktor Sand", "Orlo's argument": a name in the possessive before a
/// title, a family word or a thing names whose the person or thing is, not
/// someone present ("Putin's meeting with Witkoff" still places Putin).
/// So is an employer before a lower-case title and the person's name:
/// "Skylark Regional chief operating officer Tomas Venn".
fn owner_of_a_person(
    tokens: &[Token],
    m: &NameMention,
    names: &[NameMention],
    lex: &Lexicon,
) -> bool {
    let possessive = tokens
        .get(m.end_token.wrapping_sub(1))
        .is_some_and(|t| names::possessive(&t.lower));
    let title_after = tokens
        .get(m.end_token)
        .is_some_and(|t| lex.titles.contains_word(&t.lower));
    let employer = || {
        !tokens[m.end_token].capitalized
            && names
                .iter()
                .any(|n| (m.end_token..m.end_token + 4).contains(&n.first_token))
    };
    // A lower-case word after the possessive, other than a meeting's:
    // "campaign manager", "argument".
    let owns = || {
        tokens
            .get(m.end_token)
            .is_some_and(|t| t.is_word && !t.capitalized)
            && lex.meeting_nouns.match_at(tokens, m.end_token).is_none()
    };
    (title_after && (possessive || employer())) || (possessive && owns())
}

/// Where the subject of a negated cue at token `cue` starts: the start of
/// its clause, or, when that clause names no one ("Highwend's chief
/// executive, Rupert Hale, did not attend"), of the clause before, back to
/// the sentence start or a semicolon.
fn subject_start(tokens: &[Token], names: &[NameMention], cue: usize) -> usize {
    let start = clause_start(tokens, cue);
    if names.iter().any(|m| (start..cue).contains(&m.first_token)) {
        return start;
    }
    tokens[..cue]
        .iter()
        .rposition(|t| t.is_punct(';'))
        .map_or(0, |k| k + 1)
}

/// Token ranges of relative clauses set off by a comma (", who …", ", which
/// …"), each up to the next comma or the sentence's end.
fn relative_clauses(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    (1..tokens.len())
        .filter(|&i| {
            tokens[i - 1].is_punct(',')
                && matches!(tokens[i].lower.as_str(), "who" | "which" | "whom")
        })
        .map(|i| {
            let end = tokens[i..]
                .iter()
                .position(|t| t.is_punct(','))
                .map_or(tokens.len(), |k| i + k);
            i..end
        })
        .collect()
}

/// A liveblog's roster of a place: "In the control room: Director-General
/// Ilse Varga, Paulo Renner …", "In the dock: Teskel, Sorel …". The colon
/// after a short "in the", "at the" or "on the" phrase opening the sentence
/// places the people named after it ("In other news:" names no place).
fn placed_roster(tokens: &[Token]) -> Option<usize> {
    const PLACING: &[&str] = &["in", "at", "on", "inside", "aboard"];
    const MAX_PLACE_WORDS: usize = 5;
    // "In the …", not "In other news:".
    let opens = tokens
        .first()
        .is_some_and(|t| PLACING.contains(&t.lower.as_str()))
        && tokens.get(1).is_some_and(|t| t.lower == "the");
    if !opens {
        return None;
    }
    let colon = tokens
        .iter()
        .take(MAX_PLACE_WORDS + 2)
        .position(|t| t.is_punct(':'))?;
    let place_words = tokens[1..colon].iter().all(|t| t.is_word);
    let named = tokens.get(colon + 1).is_some_and(|t| t.capitalized);
    (place_words && named).then_some(colon)
}

/// Meeting nouns (`[participation] meeting_nouns`) that place named people
/// at the meeting: "a meeting at City Hall with Keane", "hauled Halvorsen
/// and Keane into an emergency meeting", "summoned Keane for talks". A "war
/// with Europe" places no one.
fn meeting_company<'a>(tokens: &'a [Token], lex: &'a Lexicon) -> impl Iterator<Item = usize> + 'a {
    (0..tokens.len()).filter(move |&e| {
        if !tokens[e].is_word || lex.meeting_nouns.match_at(tokens, e).is_none() {
            return false;
        }
        // "A briefing is under way in Korvan with Governor Reyt".
        let with = tokens[e + 1..]
            .iter()
            .take(6)
            .take_while(|t| t.is_word)
            .position(|t| t.lower == "with")
            .map(|k| e + 1 + k);
        let named_after = with.is_some_and(|w| tokens.get(w + 1).is_some_and(|t| t.capitalized));
        let into = tokens[e.saturating_sub(4)..e]
            .iter()
            .any(|t| t.lower == "into");
        // "hauled in Vantić, Lindqvar and Ristel for crisis talks": named
        // people right before "for" ("the EU called for talks" names none).
        let named_for = (e.saturating_sub(4)..e).any(|f| {
            tokens[f].lower == "for"
                && f > 0
                && tokens[f - 1].capitalized
                && tokens[f + 1..e].iter().all(|t| t.is_word)
        });
        // "Castell, Brack and Ashby held crisis talks on Monday".
        let held = tokens[e.saturating_sub(3)..e]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "held" | "hold" | "holds" | "holding"));
        named_after || into || named_for || held || held_in(tokens, e)
    })
}

/// Is the meeting noun at `e` where something was done to the people
/// named: "grilled Witkoff and Kushner in a marathon six-hour session"?
/// "in" and an article open the noun phrase, all words or hyphens.
fn held_in(tokens: &[Token], e: usize) -> bool {
    let before = &tokens[e.saturating_sub(7)..e];
    before.windows(2).enumerate().any(|(k, w)| {
        w[0].lower == "in"
            && matches!(w[1].lower.as_str(), "a" | "an" | "the")
            && before[k + 2..].iter().all(|t| t.is_word || t.is_punct('-'))
    })
}

/// The first token of the clause holding token `i` (after the last comma,
/// semicolon, colon or dash before it).
fn clause_start(tokens: &[Token], i: usize) -> usize {
    // A spaced hyphen stands for a dash ("faced the press - but Dunst stayed
    // away"), and "but" opens a clause of its own.
    tokens[..i]
        .iter()
        .rposition(|t| {
            (!t.is_word && matches!(t.lower.as_str(), "," | ";" | ":" | "—" | "–" | "-"))
                || t.lower == "but"
        })
        .map_or(0, |k| k + 1)
}

/// The kind that best describes a claim: a quote when quoted words carry it,
/// then participants, outcome, quantity, date, else a statement.
/// Does a figure only point back at what the story already counted ("the
/// two sides remained divided", "schools in the three provinces"), as "the"
/// with a small number written in words does? The figure is still
/// compared; it just does not make its sentence a claim about a number.
fn referring(tokens: &[Token], q: &crate::model::Quantity) -> bool {
    let Some(i) = tokens.iter().position(|t| t.span.start == q.span.start) else {
        return false;
    };
    let small = q.kind == crate::model::QuantityKind::Number
        && q.value.is_some_and(|v| v <= 10.0)
        && q.approximation == crate::model::Approximation::Exact
        && crate::text::is_number_word(&tokens[i].lower);
    small && i > 0 && matches!(tokens[i - 1].lower.as_str(), "the" | "both")
}

fn claim_kind(
    p: &Parsed,
    quote: Option<&str>,
    attendance: &Attendance,
    outcome: bool,
    quantity: bool,
    date: bool,
) -> ClaimKind {
    let words = p.tokens.iter().filter(|t| t.is_word).count().max(1);
    let quote_words = quote.map_or(0, |q| q.split_whitespace().count());
    let major_quote = quote_words >= 5 || quote_words * 5 >= words * 2;
    if major_quote {
        ClaimKind::Quote
    } else if !attendance.present.is_empty() || !attendance.absent.is_empty() {
        ClaimKind::Participants
    } else if outcome {
        ClaimKind::Outcome
    } else if quantity {
        ClaimKind::Quantity
    } else if date {
        ClaimKind::DateTime
    } else if quote.is_some() {
        ClaimKind::Quote
    } else {
        ClaimKind::Statement
    }
}

#[cfg(test)]
mod tests {
    use crate::{Config, analyse, ingest};

    /// (speaker, mention) of each claim.
    fn speakers(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        analysis
            .claims
            .iter()
            .filter(|c| !c.headline)
            .map(|c| {
                let mention = c.speaker_mention().map(|m| m.text);
                (c.speaker.as_deref().map(String::from), mention)
            })
            .collect()
    }

    fn some(a: &str, b: Option<&str>) -> (Option<String>, Option<String>) {
        (Some(a.to_string()), b.map(str::to_string))
    }

    #[test]
    fn a_question_in_the_outlets_voice_claims_nothing() {
        let text = "The roof caved in, trapping 41 miners.\n\n\
                    Do you have a relative who works at Stara Brana? Email us.\n\n\
                    \"Where is my son? Nobody tells us anything,\" his mother said.\n\n\
                    So who scooped most of the cash? The biggest winner was Lund.";
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        let texts: Vec<&str> = analysis.claims.iter().map(|c| c.text.as_ref()).collect();
        assert!(!texts.iter().any(|t| t.starts_with("Do you have")));
        assert!(!texts.iter().any(|t| t.starts_with("So who")));
        assert!(texts.iter().any(|t| t.contains("Where is my son?")));
        assert!(texts.iter().any(|t| t.starts_with("The biggest winner")));
    }

    #[test]
    fn branding_words_gives_them_a_speaker() {
        let found = speakers(
            "Foreign Minister Danil Voronet branded the spy claims \"a provocation built on fantasies\".",
        );
        assert_eq!(found[0].0.as_deref(), Some("Danil Voronet"));
    }

    #[test]
    fn an_abbreviated_title_is_the_person_named_with_it() {
        let found = speakers(
            "Prime Minister Tomas Brenn met President Anton Rusk for six hours. \
             Then the PM admitted: \"We have stopped the bleeding.\"",
        );
        assert_eq!(found[1], some("Tomas Brenn", Some("the PM")));
    }

    #[test]
    fn a_knight_named_by_first_name_is_the_person_named_in_full() {
        let persons = |text: &str| -> Vec<Vec<String>> {
            let analysis = analyse(ingest::from_text("t", text), &Config::default());
            analysis.claims.iter().map(|c| c.persons.to_vec()).collect()
        };
        let found = persons(
            "The talks were chaired by Sir Geoffrey Oakes. \
             Sir Geoffrey said both sides would return on Thursday.",
        );
        assert_eq!(found[1], ["geoffrey oakes"]);
        // Two Geoffreys: which one is meant cannot be told.
        let found = persons(
            "Sir Geoffrey Oakes and Geoffrey Brand attended. \
             Sir Geoffrey said both sides would return on Thursday.",
        );
        assert_eq!(found[1], ["geoffrey"]);
    }

    #[test]
    fn a_capital_the_sentence_start_explains_names_nothing() {
        let text = "Heroic rescuers plucked 300 people to safety. \
                    Witkoff said the talks went well. \
                    Envoy Steve Witkoff left at dawn. \
                    \"Locals were furious,\" the mayor said.";
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        let entities: Vec<&[String]> = analysis.claims.iter().map(|c| &*c.entities).collect();
        assert!(entities[0].is_empty(), "{entities:?}");
        // A lone first word the document names elsewhere stays a name.
        assert_eq!(entities[1], ["witkoff"]);
        assert!(entities[3].is_empty(), "{entities:?}");
        let text = "Lanham had a message: \"Nobody wants empty platforms.\"";
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        assert!(!analysis.claims[0].entities.contains(&"nobody".to_string()));
    }

    #[test]
    fn a_surname_before_a_colon_quote_speaks_only_if_a_person() {
        let text = "Vote on the takeover\n\n\
            Chief executive Dominic Feyre and chairman Leonard Ashby arrived at 10am. \
            Feyre has opened by defending the decision: \"The offer fairly values the company.\" \
            Passengers got a message: \"Stay at home.\"";
        let said = speakers(text);
        assert_eq!(said[1].0.as_deref(), Some("Dominic Feyre"));
        assert_eq!(said[2].0, None);
    }

    #[test]
    fn pronouns_and_titles_resolve_to_the_named_speaker() {
        let text = "Talks end without a deal\n\n\
            Kremlin aide Yuri Ushakov, who sat in on the meeting with President Vladimir Putin, \
            said the draft needed work. He stressed that no date was set. \
            The Russian president warned that the offer was unacceptable.";
        assert_eq!(
            speakers(text),
            [
                some("Yuri Ushakov", Some("Kremlin aide Yuri Ushakov")),
                some("Yuri Ushakov", Some("He")),
                some("Vladimir Putin", Some("The Russian president")),
            ]
        );
    }

    #[test]
    fn she_is_the_person_a_sentence_opens_with_after_her_company() {
        let text = "Jet lands safely\n\n\
            And Corvane Air admitted that engineers found a leak. \
            Corvane boss Helena Draskovic, flanked by safety chief Ingrid Salm, faced the cameras. \
            \"This was a minor incident,\" she said.";
        let said = speakers(text);
        assert_eq!(
            said.last().and_then(|s| s.0.as_deref()),
            Some("Helena Draskovic")
        );
    }

    #[test]
    fn according_to_after_a_figure_says_whose_it_is() {
        let sources = first_quantities(
            "The square filled with people: 80,000 according to the organisers, 12,000 according to police.",
            |q| q.source.as_deref().map(str::to_string),
        );
        let lex = crate::lexicon::Lexicon::default();
        assert_eq!(
            sources,
            [
                Some(lex.canonical("organisers")),
                Some(lex.canonical("police"))
            ]
        );
        let sources = first_quantities(
            "About 5,000 people, according to police, gathered in the square.",
            |q| q.source.is_some(),
        );
        assert_eq!(sources, [true]);
    }

    /// Who the body claims of `text` say took part (a sentence cut into
    /// clauses tells them across its claims).
    fn participants(text: &str) -> Vec<String> {
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        analysis
            .claims
            .iter()
            .filter(|c| !c.headline)
            .flat_map(|c| c.participants.to_vec())
            .collect()
    }

    /// What `read` takes of each quantity of the first claim of `text`.
    fn first_quantities<T>(text: &str, read: impl Fn(&crate::model::Quantity) -> T) -> Vec<T> {
        analyse(ingest::from_text("t", text), &Config::default()).claims[0]
            .quantities
            .iter()
            .map(read)
            .collect()
    }

    #[test]
    fn a_figure_for_each_is_not_a_rate_before_another_per_cent() {
        let quantities =
            |text: &str| first_quantities(text, |q| (q.text.to_string(), q.distributive));
        assert_eq!(
            quantities("The bank took its rate to 4.75 per cent from 4.25 per cent on Thursday."),
            [
                ("4.75 per cent".to_string(), false),
                ("4.25 per cent".to_string(), false)
            ]
        );
        assert_eq!(
            quantities("The sides will free 23 prisoners per side on Friday."),
            [("23".to_string(), true)]
        );
        // "Every" in the figure's clause, not in the clause before it.
        assert_eq!(
            quantities(
                "Every household will get a one-off payment of 80 marks, and shops may claim up to 2,000 marks."
            ),
            [
                ("80 marks".to_string(), true),
                ("up to 2,000 marks".to_string(), false)
            ]
        );
    }

    #[test]
    fn an_age_is_the_age_of_the_person_it_follows_and_a_parent_counts_children() {
        let counted = |text: &str| {
            first_quantities(text, |q| {
                (q.text.to_string(), q.counts.as_deref().map(String::from))
            })
        };
        let age =
            |figure: &str, whose: &str| vec![(figure.to_string(), Some(format!("age of {whose}")))];
        assert_eq!(
            counted("The most prominent figure was Anselm Dravic, 58, a colonel."),
            age("58", "Dravic")
        );
        assert_eq!(
            counted("Anselm Dravic, aged 58, was freed."),
            age("58", "Dravic")
        );
        assert_eq!(
            counted("They freed the 63-year-old Anselm Dravic on Saturday."),
            age("63-year-old", "Dravic")
        );
        // Not a figure set off after a place, nor one that goes on to count.
        assert_eq!(
            counted("Turnout in Dolvar, 58, was the highest."),
            [("58".to_string(), None)]
        );
        assert_eq!(
            counted("Anselm Dravic, 58 years in the service, retired."),
            [("58 years".to_string(), None)]
        );
        assert_eq!(
            counted("\"We lay on the floor all night,\" sobbed mum-of-three Josiane Ruel."),
            [("three".to_string(), Some("children".to_string()))]
        );
    }

    #[test]
    fn a_figure_right_after_to_is_a_level_reached() {
        use crate::model::Level;
        let reached = |text: &str| -> Vec<Level> { first_quantities(text, |q| q.level) };
        assert_eq!(
            reached("The bank raised its rate to 4.75 per cent from 4.25 per cent."),
            [Level::Reached, Level::Left]
        );
        // A tally is one figure, and no level.
        assert_eq!(
            reached("The board voted 5 to 2 to approve the plan."),
            [Level::None]
        );
    }

    #[test]
    fn long_documents_are_read_in_pieces_that_end_at_paragraph_ends() {
        let sentence = |paragraph| super::Sentence {
            span: super::Span::new(0, 1),
            paragraph,
            role: super::SentenceRole::Body,
        };
        // Paragraphs of three sentences: a piece runs past PIECE to the end
        // of its paragraph, and the pieces cover every sentence once.
        let sentences: Vec<super::Sentence> = (0..2 * super::PIECE + 10)
            .map(|i| sentence(crate::model::index(i / 3)))
            .collect();
        let ranges = super::pieces(&sentences);
        assert_eq!(ranges.len(), 3);
        assert_eq!(ranges[0], 0..super::PIECE.div_ceil(3) * 3);
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(ranges.last().map(|r| r.end), Some(sentences.len()));
        for r in &ranges {
            assert_ne!(
                sentences[r.end - 1].paragraph,
                sentences.get(r.end).map_or(u32::MAX, |s| s.paragraph)
            );
        }
        // An article is read whole.
        assert_eq!(super::pieces(&sentences[..40]), vec![0..40]);
    }

    #[test]
    fn staying_away_is_absence_and_votes_received_place_no_one() {
        let analysis = analyse(
            ingest::from_text(
                "t",
                "Mayor Teodor Halvik lost the recount. Halvik stayed away. \
                 Kesler received 58,214 votes to 57,927 for Teodor Halvik. Albion Rail's offer?",
            ),
            &Config::default(),
        );
        let claim = |needle: &str| analysis.claims.iter().find(|c| c.text.contains(needle));
        assert_eq!(
            claim("stayed away").map(|c| c.absentees.to_vec()),
            Some(vec!["Halvik".to_string()])
        );
        assert!(claim("received").is_some_and(|c| c.participants.is_empty()));
        assert_eq!(
            absentees(
                "Prime Minister Ilse Marand, who is on an official visit abroad, said she was cutting her trip short."
            ),
            ["Ilse Marand"]
        );
        // Others travelling abroad: nobody absent, nobody present.
        let travel = "Opposition leader Karel Dunn warned that Valdorians travelling abroad would be targets.";
        assert!(absentees(travel).is_empty());
        assert!(participants(travel).is_empty());
        // Not making the trip, or staying home, is not attending either.
        for sentence in [
            "Trade minister Oskar Lind did not even make the trip to the summit.",
            "Trade minister Oskar Lind stayed home while the talks went on.",
        ] {
            assert_eq!(absentees(sentence), ["Oskar Lind"], "{sentence}");
        }
        // Three words make a claim as a statement, not as a question.
        assert!(claim("offer?").is_none());
    }

    #[test]
    fn who_was_present_or_seen_arriving_is_a_participant() {
        assert_eq!(
            participants(
                "Present at the meeting were Anton Kessrin, Deputy Prime Minister Felix Aranda \
                 and Finance Minister Oskar Dahl."
            ),
            vec!["Anton Kessrin", "Felix Aranda", "Oskar Dahl"]
        );
        assert_eq!(
            participants(
                "Our reporter outside saw PM Anton Kessrin and Deputy PM Felix Aranda arrive."
            ),
            vec!["Anton Kessrin", "Felix Aranda"]
        );
        // An employer before a title names whose the person is.
        assert_eq!(
            participants(
                "Helena Strand met Miriam Oduya and Skylark Regional chief operating officer \
                 Tomas Venn at the airport."
            ),
            vec!["Helena Strand", "Miriam Oduya", "Tomas Venn"]
        );
    }

    #[test]
    fn the_dock_a_crowd_addressed_and_family_by_first_name_place_people() {
        assert_eq!(
            participants(
                "Late on Monday Tomas Brennick came face to face with plant boss Hanna Lindqvist."
            ),
            vec!["Tomas Brennick", "Hanna Lindqvist"]
        );
        assert_eq!(
            participants("Tomas Brennick and Mayor Ray Okonjo addressed the crowd outside Gate 3."),
            vec!["Tomas Brennick", "Ray Okonjo"]
        );
        assert_eq!(
            participants("Radovan Teskel's wife Mirela and son Luka are in the public gallery."),
            vec!["Mirela", "Luka"]
        );
        // A surname naming whose a thing is places no one, though the
        // story has named him.
        let analysis = analyse(
            ingest::from_text(
                "t",
                "Opposition leader Tomasz Orlevan was held. \
                 Masked officers arrived at the Orlevan family house at dawn.",
            ),
            &Config::default(),
        );
        assert!(analysis.claims[1].participants.is_empty());
        // So is a possessive before a title of two words.
        assert_eq!(
            participants(
                "Marta Kesler, Teodor Halvik's campaign manager Viktor Sand and observers \
                 were in the chamber."
            ),
            vec!["Marta Kesler", "Viktor Sand"]
        );
        // So is one before a thing: "Orlo's argument" is no sign of Orlo.
        assert_eq!(
            participants(
                "The panel, chaired by Helena Marsk, rejected Tamsin Orlo's argument that a \
                 powder was to blame."
            ),
            vec!["Helena Marsk"]
        );
        // Who watched an event was at it.
        assert_eq!(
            participants(
                "Ilse Varga watched the launch from the control room with Science Minister \
                 Paulo Renner."
            ),
            vec!["Ilse Varga", "Paulo Renner"]
        );
        assert_eq!(
            participants("Watching from the control room were Ilse Varga and Agnes Holt."),
            vec!["Ilse Varga", "Agnes Holt"]
        );
        // A liveblog's roster of a place.
        assert_eq!(
            participants("In the control room: Director-General Ilse Varga and Paulo Renner."),
            vec!["Director-General Ilse Varga", "Paulo Renner"]
        );
        assert!(participants("In other news: Ilse Varga is to retire.").is_empty());
        // So was who was in the room, or gave evidence at a hearing; an
        // event named like a person is none.
        assert_eq!(
            participants("Those in the room included Tamsin Orlo and her coach Ardo Venn."),
            vec!["Tamsin Orlo", "Ardo Venn"]
        );
        assert_eq!(
            participants("The defence called toxicologist Dr Ruth Amsel as an expert witness."),
            vec!["Ruth Amsel"]
        );
        assert!(participants("Fans watched the Lorrin Grand Prix from the stands.").is_empty());
        // Who dashed to a place went there.
        assert_eq!(
            participants(
                "Health boss Ruth Abernethy dashed to the hospital on Monday to visit the sick."
            ),
            vec!["Ruth Abernethy"]
        );
        // Who walked a place with someone went there with them.
        assert_eq!(
            participants(
                "Environment Minister Tomas Reyel walked the beach at Selby Cove on Wednesday \
                 with Mayor Dora Kettleby and Mr Voss."
            ),
            vec!["Tomas Reyel", "Dora Kettleby", "Voss"]
        );
        // A closed meeting names who was in it.
        assert_eq!(
            participants(
                "The talks were restricted to the two leaders and their trade ministers, \
                 Ilse Varga and Oskar Lind, officials said."
            ),
            vec!["Ilse Varga", "Oskar Lind"]
        );
    }

    #[test]
    fn who_did_not_attend_is_no_participant() {
        for text in [
            "Chief executive Paul Denholm did not attend; the company was represented by Sandra Kim.",
            "Chief executive Paul Denholm didn't attend; the company was represented by Sandra Kim.",
        ] {
            assert_eq!(participants(text), ["Sandra Kim"], "{text}");
        }
        assert_eq!(
            participants("Chief executive Paul Denholm attended the session."),
            ["Paul Denholm"]
        );
        // Absent: "did not join", a negation past softening words, and a
        // cue that is itself a negation.
        for (text, who) in [
            (
                "Helen Corrie of the regulator did not join the visit.",
                "Helen Corrie",
            ),
            (
                "Foreign Minister Irena Castell did not even bother to attend.",
                "Irena Castell",
            ),
            (
                "Mayor Teodor Halvik stayed away from the count.",
                "Teodor Halvik",
            ),
            (
                "But her long-time coach Ardo Venn was nowhere to be seen.",
                "Ardo Venn",
            ),
        ] {
            assert_eq!(absentees(text), [who], "{text}");
        }
    }

    fn absentees(text: &str) -> Vec<String> {
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        analysis
            .claims
            .iter()
            .filter(|c| !c.headline)
            .flat_map(|c| c.absentees.to_vec())
            .collect()
    }

    #[test]
    fn who_did_not_attend_is_absent_even_named_in_an_aside() {
        let text = "Highwend's chief executive, Rupert Hale, did not attend; the company sent its operations director, Colin Vance.";
        assert_eq!(absentees(text), ["Rupert Hale"]);
        assert_eq!(participants(text), ["Colin Vance"]);
        // A negation after the cue is about something else.
        assert!(
            absentees("Chief executive Paul Denholm attended the session but did not speak.")
                .is_empty()
        );
    }

    #[test]
    fn who_faced_the_press_was_there_and_who_stayed_away_was_not() {
        let text = "Governor Tomas Reyt and rescue boss Colonel Andrei Sabo faced the press in \
            Korvan on Wednesday - but Halvek chief Marek Dunst STAYED AWAY.";
        assert_eq!(participants(text), ["Tomas Reyt", "Andrei Sabo"]);
        assert_eq!(absentees(text), ["Marek Dunst"]);
        assert_eq!(
            participants(
                "A briefing is under way in Korvan with Governor Tomas Reyt and rescue chief \
                 Colonel Andrei Sabo."
            ),
            ["Tomas Reyt", "Andrei Sabo"]
        );
        // So is facing its questions.
        assert_eq!(
            participants(
                "At a tense press conference, Justice Minister Irena Kovalic and prison boss \
                 Tomas Brezina faced a grilling from reporters."
            ),
            ["Irena Kovalic", "Tomas Brezina"]
        );
        // Hurrying somewhere is going there.
        assert_eq!(
            participants(
                "Heartbroken Mayor Ingrid Sollberg rushed to the museum on Wednesday morning."
            ),
            ["Ingrid Sollberg"]
        );
    }

    #[test]
    fn may_is_the_month_where_a_date_stands_and_a_hedge_elsewhere() {
        let certainty = |text: &str| {
            let analysis = analyse(ingest::from_text("t", text), &Config::default());
            analysis.claims[0].certainty
        };
        use crate::model::Certainty;
        assert_eq!(certainty("The plant closed in May."), Certainty::Asserted);
        assert_eq!(certainty("The plant closed on May 5."), Certainty::Asserted);
        assert_eq!(
            certainty("Witkoff visited the embassy in May."),
            Certainty::Asserted
        );
        assert_eq!(
            certainty("In return, sources whispered, Velmaria MAY drop its tariff on grain."),
            Certainty::Hedged
        );
        assert_eq!(certainty("The talks may resume in May."), Certainty::Hedged);
    }

    #[test]
    fn a_roster_answers_a_question_of_who_took_part() {
        let text = "Who is around the table? For the union, Dana Whitcombe and assistant general secretary Ruth Kellaway.";
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        let last = analysis.claims.last().expect("two claims");
        assert_eq!(*last.participants, ["Dana Whitcombe", "Ruth Kellaway"]);
        // Not without the question.
        assert!(
            participants(
                "For the union, Dana Whitcombe and assistant general secretary Ruth Kellaway."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_liveblog_entrys_today_is_not_the_day_of_publication() {
        let json = r#"{"outlet": "Live", "title": "Talks live", "published": "2026-05-15T06:00:00Z",
            "body": "23:40 — The talks are over. After nearly 14 hours at the table today, the delegations have agreed to a swap. They meet again this afternoon.\n\nThe ministers spoke to reporters today in Geneva after the session."}"#;
        let document =
            ingest::parse("live.json", json, crate::model::SourceFormat::Json).expect("a document");
        let analysis = analyse(document, &Config::default());
        let today = |needle: &str| {
            let claim = analysis
                .claims
                .iter()
                .find(|c| c.text.contains(needle))
                .expect("the claim");
            claim
                .dates
                .iter()
                .find(|d| d.text.contains("today"))
                .and_then(|d| d.value.clone())
        };
        assert_eq!(today("at the table"), None);
        // The part of the day stays.
        let later = analysis
            .claims
            .iter()
            .find(|c| c.text.contains("meet again"))
            .and_then(|c| c.dates.first())
            .and_then(|d| d.value.clone());
        assert_eq!(later.as_deref(), Some("TAF"));
        // Outside an entry, "today" is the day of publication.
        assert_eq!(today("spoke to reporters").as_deref(), Some("2026-05-15"));
    }

    #[test]
    fn a_delegation_that_included_people_lists_them() {
        assert_eq!(
            participants(
                "Ana Petrova led a delegation that included her deputy Tomas Varga and the chief of the general staff, General Milan Oresko."
            ),
            ["Ana Petrova", "Tomas Varga", "Milan Oresko"]
        );
    }

    #[test]
    fn who_walked_out_of_talks_took_part_in_them() {
        assert_eq!(
            participants("Valdorian foreign minister Ana Petrova has walked out of the talks."),
            ["Ana Petrova"]
        );
    }

    #[test]
    fn people_who_held_a_meeting_took_part() {
        assert_eq!(
            participants("Miriam Castell, Owen Brack and Tom Ashby held crisis talks on Monday."),
            ["Miriam Castell", "Owen Brack", "Tom Ashby"]
        );
    }

    #[test]
    fn people_done_something_to_in_a_meeting_took_part() {
        assert_eq!(
            participants(
                "The Russian leader grilled Steve Witkoff and Jared Kushner in a marathon six-hour session."
            ),
            ["Steve Witkoff", "Jared Kushner"]
        );
    }

    #[test]
    fn a_role_with_other_qualifiers_is_the_person_the_story_is_on() {
        let text = "Kestria's foreign minister Lukas Brenner said the river was not for sale.\n\n\
                    Ana Petrova stopped briefly on her way to the cars. \"We came to stop the dying,\" \
                    the Valdorian foreign minister said.";
        let got = speakers(text);
        assert_eq!(
            got.last().and_then(|s| s.0.clone()).as_deref(),
            Some("Ana Petrova")
        );
    }

    #[test]
    fn a_speaker_called_by_a_first_name_is_the_one_person_so_named() {
        let text = "Retired teacher Ruth Okafor-Lane, 67, takes the pill daily.\n\n\
                    And Ruth raged: \"This should never have happened.\"";
        let got = speakers(text);
        assert_eq!(
            got.last().and_then(|s| s.0.clone()).as_deref(),
            Some("Ruth Okafor-Lane")
        );
    }

    #[test]
    fn an_office_of_two_words_is_the_person_holding_it() {
        for said in ["the Prime Minister said", "the prime minister said"] {
            let text = format!(
                "Prime Minister Lena Vastik visited the town on Wednesday.\n\n\
                 \"We will search until the last person is found,\" {said}."
            );
            let got = speakers(&text);
            assert_eq!(
                got.last().and_then(|s| s.0.clone()).as_deref(),
                Some("Lena Vastik"),
                "{said}"
            );
        }
    }

    #[test]
    fn a_role_described_otherwise_without_a_clash_is_the_one_holding_it() {
        let text = "Presidential aide Yuri Ushakov briefed reporters.\n\n\
                    According to Ushakov, Putin did not agree with the proposals. \
                    The Kremlin aide explained that the drafts contained \"unsuitable formulations\".";
        let got = speakers(text);
        assert_eq!(
            got.last().and_then(|s| s.0.clone()).as_deref(),
            Some("Yuri Ushakov")
        );
    }

    #[test]
    fn a_description_by_age_is_the_person_the_story_named() {
        let text = "Derek Pollitt had his bag packed when the phone rang.\n\n\
                    \"I've waited fourteen months,\" said the 71-year-old retired bus driver.\n\n\
                    Gran Pauline Grey, 64, fumed: \"I am back to square one.\"";
        let got = speakers(text);
        assert_eq!(got[1].0.as_deref(), Some("Derek Pollitt"));
        assert_eq!(got[2].0.as_deref(), Some("Pauline Grey"));
    }

    #[test]
    fn she_is_the_subject_after_an_opening_phrase() {
        let text = "Derek Pollitt said he was angry.\n\n\
                    Speaking outside the Infirmary on Tuesday, chief executive Dr Miriam Castell \
                    was blunt. \"We will not pay criminals,\" she said.\n\n\
                    Back in Carrowby, Mr Pollitt's neighbours have rallied round.";
        let got = speakers(text);
        assert_eq!(got[2].0.as_deref(), Some("Miriam Castell"));
    }

    #[test]
    fn a_participant_named_by_title_is_the_person_given_that_title() {
        let text = "Mayor Helen Okafor said the town would recover.\n\n\
                    Minister Alan Tremaine visited the town on Friday alongside the mayor.";
        let analysis = analyse(ingest::from_text("t", text), &Config::default());
        let last = analysis.claims.last().expect("two claims");
        assert_eq!(*last.participants, ["Alan Tremaine", "Helen Okafor"]);
        // Not when no one in the document holds the title.
        assert_eq!(
            participants("Minister Alan Tremaine visited the town alongside the mayor."),
            ["Alan Tremaine"]
        );
    }

    #[test]
    fn a_relative_clause_without_a_cue_places_no_one() {
        assert_eq!(
            participants(
                "Vladimir Putin met envoy Steve Witkoff, who was sent to Moscow by Donald Trump."
            ),
            ["Vladimir Putin", "Steve Witkoff"]
        );
        // With a cue of its own it does.
        assert_eq!(
            participants("Envoy Steve Witkoff, who met Kirill Dmitriev, flew home."),
            ["Steve Witkoff", "Kirill Dmitriev"]
        );
    }

    #[test]
    fn a_meeting_with_named_people_places_them_there() {
        assert_eq!(
            participants(
                "The mayor held an emergency meeting at City Hall with Erik Halvorsen and Moira Keane."
            ),
            ["Erik Halvorsen", "Moira Keane"]
        );
        assert_eq!(
            participants(
                "The mayor hauled Erik Halvorsen and Moira Keane into an emergency meeting."
            ),
            ["Erik Halvorsen", "Moira Keane"]
        );
        assert!(
            participants("Vladimir Putin said Russia was not seeking a war with Europe.")
                .is_empty()
        );
        assert_eq!(
            participants("The mayor summoned Erik Halvorsen and Moira Keane for crisis talks."),
            ["Erik Halvorsen", "Moira Keane"]
        );
        assert!(participants("The European Union called for talks.").is_empty());
    }

    #[test]
    fn he_is_the_person_the_previous_sentence_opened_with() {
        let text = "Floods hit the town\n\n\
            \"Highwend is responsible,\" Mayor Helen Okafor said.\n\n\
            Emergency Services Minister Alan Tremaine visited the town on Friday.\n\n\
            \"The government will help with the cost,\" he said.";
        let found = speakers(text);
        assert_eq!(found[0].0.as_deref(), Some("Helen Okafor"));
        assert_eq!(found[2], some("Alan Tremaine", Some("he")));
    }

    #[test]
    fn he_is_the_one_person_the_previous_sentence_names() {
        let text = "Miners trapped\n\n\
            \"There is still a chance,\" rescue chief Andrei Sabo said.\n\n\
            Our reporter has spoken to rescued miner Dalibor Kruz, 34, from his hospital bed.\n\n\
            \"These men died for copper quotas,\" he said.";
        let found = speakers(text);
        assert_eq!(found[0].0.as_deref(), Some("Andrei Sabo"));
        assert_eq!(found[2], some("Dalibor Kruz", Some("he")));
    }

    #[test]
    fn a_quote_keeps_its_speaker_across_sentences() {
        let text = "Talks end\n\n\"We are close,\" Ushakov said. \"Talks will go on.\"\n\n\
            \u{201c}Nothing has been agreed on the border yet.\u{201d} The capital was quiet that night.";
        assert_eq!(
            speakers(text),
            [
                some("Ushakov", Some("Ushakov")),
                some("Ushakov", None),
                some("Ushakov", None),
                (None, None),
            ]
        );
    }

    #[test]
    fn a_colon_hands_the_speaker_to_the_next_paragraphs_quote() {
        let text = "Talks end\n\nThe envoy told reporters:\n\n\u{201c}The draft is not acceptable.\u{201d}";
        let found = speakers(text);
        assert_eq!(found[1], some("envoy", None), "{found:?}");
    }

    #[test]
    fn a_scare_quote_does_not_take_the_claim_from_the_main_clause() {
        let text = "Talks end\n\nPresident Vladimir Putin spoke on Tuesday. The Russian president \
            threatened to seize what analysts call a \u{201c}shadow fleet.\u{201d}";
        assert_eq!(
            speakers(text)[1],
            some("Vladimir Putin", Some("The Russian president"))
        );
    }

    #[test]
    fn a_name_before_the_head_only_qualifies_the_speaker() {
        let text = "Ruling stands\n\nThe Supreme Court justice said she regretted her remarks.";
        assert_eq!(
            speakers(text),
            [some(
                "supreme court justice",
                Some("The Supreme Court justice")
            )]
        );
    }
}
