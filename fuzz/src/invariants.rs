//! What the pipeline promises whatever the input: every span lies on char
//! boundaries inside its document's text and slices back to the text it
//! reports; sentences come in order without overlapping; every index points
//! at something. A broken span is not a crash where it is made, only where a
//! renderer slices with it, so the fuzz targets and `tests/properties.rs`
//! (which includes this file by path) check it at the source, against one
//! definition.

use claimdiff::{Analysis, Document, Report, Sentence, Span};

/// Panic unless `span` lies inside `text` on char boundaries.
pub fn span_fits(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} is not on char boundaries"
    );
}

/// Panic unless `span` fits `text` and covers exactly `reported`.
pub fn slices_to(text: &str, span: Span, reported: &str, what: &str) {
    span_fits(text, span, what);
    assert_eq!(
        &text[span.start..span.end],
        reported,
        "{what}: span {span:?} does not slice back to its text"
    );
}

/// A document's headline span, when it has one, covers its headline.
pub fn document(d: &Document) {
    if let Some(span) = d.title_span {
        match &d.title {
            Some(title) => slices_to(&d.text, span, title, "title"),
            None => span_fits(&d.text, span, "title"),
        }
    }
}

/// Sentences are non-empty, in text order, and do not overlap.
pub fn sentences(text: &str, sentences: &[Sentence]) {
    let mut end = 0;
    for (i, s) in sentences.iter().enumerate() {
        span_fits(text, s.span, "sentence");
        assert!(
            end <= s.span.start && s.span.start < s.span.end,
            "sentence {i} {:?} is empty or overlaps the one before (which ended at {end})",
            s.span
        );
        end = s.span.end;
    }
}

/// Every span of an analysis: sentences, claims, quantities (in their
/// claim's offsets and the document's), dates and speaker mentions.
pub fn analysis(a: &Analysis) {
    let text = &a.document.text;
    document(&a.document);
    sentences(text, &a.sentences);
    for c in &a.claims {
        slices_to(text, c.span(), &c.text, "claim");
        let sentence = a
            .sentences
            .get(c.sentence as usize)
            .unwrap_or_else(|| panic!("claim {} names sentence {}", c.id, c.sentence));
        assert!(
            sentence.span.contains(&c.span()),
            "claim {} {:?} lies outside its sentence {:?}",
            c.id,
            c.span(),
            sentence.span
        );
        for q in &c.quantities {
            slices_to(&c.text, q.span, &q.text, "quantity in its claim");
            slices_to(text, c.quantity_span(q), &q.text, "quantity");
        }
        for d in &c.dates {
            slices_to(text, d.span, &d.text, "date");
        }
        if let Some(m) = &c.speaker_mention() {
            slices_to(text, m.span, &m.text, "speaker mention");
        }
    }
}

/// Every source's analysis, and every index a group or divergence holds.
pub fn report(r: &Report) {
    r.sources.iter().for_each(analysis);
    let claim_exists = |source: usize, claim: usize| {
        r.sources
            .get(source)
            .is_some_and(|s| claim < s.claims.len())
    };
    for g in &r.groups {
        for m in &g.members {
            assert!(
                claim_exists(m.source(), m.claim()),
                "group {} holds {m:?}",
                g.id
            );
        }
    }
    for d in &r.divergences {
        assert!(
            d.group < r.groups.len(),
            "divergence {} names group {}",
            d.id,
            d.group
        );
        for s in &d.sides {
            assert!(
                claim_exists(s.source(), s.claim()),
                "divergence {} has a side on claim {} of source {}",
                d.id,
                s.claim(),
                s.source()
            );
        }
        assert!(d.missing_in.iter().all(|s| s < r.sources.len()));
    }
}
