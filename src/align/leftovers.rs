//! A second look at the claims the main pass left alone.
//!
//! Outlets package facts differently: one writes "the five-hour meeting,
//! which stretched past midnight, produced no breakthrough", another puts the
//! "marathon six-hour session" in a sentence about who attended. Each such
//! sentence fits its counterpart too loosely to join it, and both end up
//! alone, so the changed figure is never shown. Two lone claims stating the
//! same typed fact — a figure of the same measure ("hour/talks", the dead),
//! the time of an event's start or end ("the river burst its banks at …"), or
//! a date or clock time next to the same uncommon word — are paired when that
//! is unambiguous: the fact is left alone in exactly two sources, a few
//! claims each at most. An event's start or end, the length of a named event
//! ("time/talks"), a figure in a physical unit within a factor of two ("4,200
//! hectares" and "6,000 hectares" burned), or a person named as taking part
//! pairs even claims that share little else, as does a verb one claim negates
//! right after "not" and the other affirms in the same form ("has not
//! admitted fault", "admitted that their release made the flood worse"), or
//! in its past after "did not" ("did not admit wrongdoing", "has admitted the
//! failings"). Two lone quotes of one speaker pair when their quoted words
//! share a word ("We will be back, and we will be peaceful", "We'll be back,
//! and next time we won't go quietly"): one remark reworded, not two remarks.
//! A fact left alone in many sources (templated copy, where every outlet adds
//! its own "17 people were injured") pairs nothing.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use super::Building;
use super::features::{ClaimFeatures, TokenId, Vocabulary};
use super::similarity::{HEADLINE_MISMATCH, replaced_passages, similarity};
use crate::diff::{dates, quantity};
use crate::extract::events;
use crate::extract::names::{entity_key, same_person};
use crate::lexicon::Lexicon;
use crate::model::{Analysis, Claim, ClaimKind, Member};

/// The least similarity a pair of lone claims needs besides the shared fact.
const FLOOR: f64 = 0.2;
/// The same, when the fact is a word only the two claims have.
const RARE_FLOOR: f64 = 0.3;
/// More lone claims than this with one fact in one source: too many to tell
/// which is the counterpart.
const CROWD: usize = 3;

/// A typed fact a claim states, as a key lone claims are bucketed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Fact<'a> {
    /// What a figure measures: "hour/talks", "/killed".
    Measure(&'a str),
    /// A resolved date or clock time ("at 11:20", "in May"), or a day of a
    /// week the day of writing leaves open ("by Friday"), with one of the
    /// claim's uncommon words: "the network was uncovered in May" and "the
    /// spy network was rumbled back in March".
    Dated(TokenId),
    /// The start or end of an event a time dates: "talks end", "flood start".
    Event(&'a str),
    /// A word only two claims of the whole comparison have ("sirens").
    Rare(TokenId),
    /// Someone a claim says took part: "Ushakov", in "taking part on the
    /// Russian side were Ushakov and Dmitriev" and "Putin was flanked by
    /// Ushakov and Lavrov".
    Participant(&'a str),
    /// A word one claim negates and the other affirms: "admitted", in "the
    /// company has not admitted fault" and "dam bosses admitted that their
    /// release made the flood worse".
    Stance(&'a str),
    /// An outcome, by its synonym group ("agreement" for "agreed" and "no
    /// cash deal"), in the outlet's own words (not a quote).
    Outcome(&'a str),
    /// The weekday (Monday = 1) of a date still to come: "the river could
    /// rise again on Sunday", "the Wend will burst its banks again on
    /// Sunday".
    Ahead(u32),
    /// Whom a quote is given to, by surname: "'We will be back, and we
    /// will be louder,' she said" and "'We'll be back, and next time we
    /// won't go quietly,' she warned", both Lindqvist's.
    Speaker(&'a str),
}

impl Fact<'_> {
    /// The least similarity two claims sharing the fact need besides it.
    /// None for a fact specific enough to pair claims that share little else:
    /// an event's start or end, the length of a named event ("time/talks"),
    /// a person two sentences about who took part both name, a verb one
    /// negates and the other affirms. More for a
    /// word only the two have: a weak sign alone ("comment" in "declined to
    /// comment" and "will comment later").
    fn floor(&self) -> f64 {
        match self {
            Fact::Event(_) | Fact::Participant(_) => 0.0,
            Fact::Measure(m) if quantity::is_event_length(m) || quantity::is_physical(m) => 0.0,
            Fact::Rare(_) => RARE_FLOOR,
            Fact::Measure(_) | Fact::Dated(_) | Fact::Ahead(_) | Fact::Speaker(_) => FLOOR,
            Fact::Stance(_) => 0.0,
            Fact::Outcome(_) => FLOOR,
        }
    }
}

/// What is read of a lone claim before its facts are listed (see [`facts`]).
type Read<'a> = (
    &'a [String],
    &'a [String],
    &'a [(String, bool)],
    &'a [String],
    Option<&'a str>,
);

/// The facts of a claim; `events`, `people`, `words`, `outcome` and
/// `speaker` are its event keys, the keys of its participants, its words
/// with whether it negates them ([`stances`]), the outcomes it tells
/// ([`crate::diff::told_outcomes`]) and the surname of whom it quotes.
fn facts<'a>(
    claim: &Claim,
    features: &'a ClaimFeatures,
    (events, people, words, outcome, speaker): Read<'a>,
    vocab: &Vocabulary,
) -> Vec<Fact<'a>> {
    let mut out: Vec<Fact> = features.measures.iter().map(|m| Fact::Measure(m)).collect();
    out.extend(speaker.map(Fact::Speaker));
    out.extend(events.iter().map(|e| Fact::Event(e)));
    out.extend(people.iter().map(|p| Fact::Participant(p)));
    out.extend(words.iter().map(|(w, _)| Fact::Stance(w)));
    out.extend(outcome.iter().map(|o| Fact::Outcome(o)));
    out.extend(
        claim
            .dates
            .iter()
            .filter_map(|d| ahead(claim, d))
            .map(Fact::Ahead),
    );
    out.extend(
        features
            .tokens
            .iter()
            .filter(|&&t| vocab.in_two_claims_only(t))
            .map(|&t| Fact::Rare(t)),
    );
    if claim
        .dates
        .iter()
        .any(|d| d.value.is_some() || dates::due_in_open_week(claim, d))
    {
        out.extend(
            features
                .tokens
                .iter()
                .filter(|&&t| !vocab.is_common(t))
                .map(|&t| Fact::Dated(t)),
        );
    }
    out
}

/// The weekday of a date a claim speaks of as still to come ("will …
/// on Sunday", "could … on Sunday").
fn ahead(claim: &Claim, d: &crate::model::DateMention) -> Option<u32> {
    const FUTURE: &[&str] = &[
        "will", "could", "would", "may", "might", "shall", "expected", "due",
    ];
    let before = dates::text_before(claim, d).to_lowercase();
    let clause = before.rsplit([',', ';']).next().unwrap_or("");
    clause
        .split_whitespace()
        .any(|w| FUTURE.contains(&w))
        .then(|| dates::weekday(d))
        .flatten()
}

/// The events a claim's resolved dates are times of ("talks end").
fn dated_events(claim: &Claim, lex: &Lexicon) -> Vec<String> {
    claim
        .dates
        .iter()
        .zip(events::event_keys(claim, lex))
        .filter(|(d, _)| d.value.is_some())
        .flat_map(|(_, keys)| keys)
        .collect()
}

/// Do two claims state `fact` as one fact? For a measure, some figure of it
/// in each must not be a different fact: "four or fewer units" and "roughly
/// 22,000 units" are two. For a participant, both must be about who took
/// part.
fn one_fact(sources: &[Analysis], a: Member, b: Member, fact: &Fact, lex: &Lexicon) -> bool {
    let claim = |m: Member| &sources[m.source()].claims[m.claim()];
    // Sentences about who took part, not any two that name one person; and
    // one person, not two of one surname ("Hugo Rahman", "Aisha Rahman").
    if let Fact::Participant(_) = fact {
        let (pa, pb) = (&claim(a).participants, &claim(b).participants);
        return [a, b]
            .iter()
            .all(|&m| claim(m).kind == ClaimKind::Participants)
            && pa.iter().any(|x| pb.iter().any(|y| same_person(x, y)));
    }
    // Two remarks of one speaker, not one remark reworded, unless the
    // quoted words share a word ("we will be back": "peaceful" or
    // "louder"; "will not accept": "compulsory redundancies" or "a single
    // job loss").
    if let Fact::Speaker(_) = fact {
        let quote = |m: Member| claim(m).quote.as_deref().unwrap_or_default();
        return lex.share_a_word(quote(a), quote(b), |_, _| false);
    }
    let Fact::Measure(measure) = fact else {
        return true;
    };
    let figures = |m: Member| {
        sources[m.source()].claims[m.claim()]
            .quantities
            .iter()
            .filter(|q| quantity::measure(q, lex).as_deref() == Some(*measure))
    };
    figures(a).any(|x| figures(b).any(|y| !quantity::different_facts(x, y)))
}

/// A claim's content words as written, each with whether the claim negates
/// it: the verb right after "not" or "never" ("has not admitted fault"
/// negates "admitted"; "was not at the palace" negates "palace"). The same
/// form must stand in the other claim: "could
/// not be opened" says nothing of "stayed open", nor "did not agree" of "by
/// mutual agreement"; and a noun after "no" or a verb after "declined to"
/// is too loose a tie, though the participle of a passive after "no" is
/// negated ("no patient data had been stolen").
fn stances(claim: &Claim) -> Vec<(String, bool)> {
    let tokens = crate::text::tokenize(&claim.text);
    let mut past = Vec::new();
    let negated: Vec<&str> = if claim.polarity == crate::model::Polarity::Negated {
        (0..tokens.len())
            .filter(|&i| {
                let w = tokens[i].lower.as_str();
                matches!(w, "not" | "never" | "cannot") || w.ends_with("n't")
            })
            .filter_map(|i| {
                let mut after = (i + 1..tokens.len())
                    .take_while(|&k| tokens[k].is_word)
                    .skip_while(|&k| AUXILIARIES.contains(&tokens[k].lower.as_str()));
                let v = after.next()?;
                // "was not at the palace" denies being at the palace, which
                // "was inside the palace" affirms.
                if crate::extract::stance::placed(&tokens[v..]) > 0 {
                    return after
                        .map(|k| tokens[k].lower.as_str())
                        .find(|w| !crate::text::is_stop_word(w));
                }
                let verb = tokens[v].lower.as_str();
                if after_do(&tokens, i) {
                    past.push(past_key(verb));
                }
                Some(verb)
            })
            .chain((0..tokens.len()).filter_map(|i| passive_after_no(&tokens, i)))
            .collect()
    } else {
        Vec::new()
    };
    // "until we know exactly what happened" tells nothing of what
    // happened: a word in a clause a wh-word opens is neither.
    const WH: &[&str] = &["what", "how", "why", "whether", "when", "where"];
    let in_question = |i: usize| {
        tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|t| WH.contains(&t.lower.as_str()))
    };
    let mut out: Vec<(String, bool)> = tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| t.is_word && !crate::text::is_stop_word(&t.lower) && !in_question(i))
        .map(|(_, t)| (t.lower.to_string(), negated.contains(&t.lower.as_str())))
        .collect();
    // "did not admit wrongdoing" denies what "has admitted the failings"
    // affirms: a past form and the plain form after "do" meet on their stem.
    out.extend(past.into_iter().map(|key| (key, true)));
    out.extend(
        tokens
            .iter()
            .enumerate()
            .filter(|&(i, t)| t.is_word && t.lower.ends_with("ed") && !in_question(i))
            .map(|(_, t)| (past_key(&t.lower), negated.contains(&t.lower.as_str()))),
    );
    // "Varga ruled out further increases" against "she did not rule out
    // further rises": ruling something out, in any form, told both ways.
    if crate::extract::stance::rules_out(&tokens) {
        out.push((
            "rule out".to_string(),
            claim.polarity == crate::model::Polarity::Negated,
        ));
    }
    out.sort();
    out.dedup();
    out
}

/// Does the negation at token `i` follow "do" ("did not admit", "doesn't
/// agree"), so that the verb after it is in its plain form?
fn after_do(tokens: &[crate::text::Token], i: usize) -> bool {
    const DO: &[&str] = &["do", "does", "did"];
    let w = tokens[i].lower.as_str();
    w.strip_suffix("n't").is_some_and(|d| DO.contains(&d))
        || (i > 0 && DO.contains(&tokens[i - 1].lower.as_str()))
}

/// The key a plain verb after "do" and its past forms share: their stem,
/// marked apart from the words as written ("admit" and "admitted" are
/// "admit/").
fn past_key(verb: &str) -> String {
    format!("{}/", crate::text::stem(verb))
}

/// The participle a "no" before a passive negates: "stolen" in "no patient
/// data had been stolen", "reached" in "no agreement was reached"; none in
/// "no deal on the border".
fn passive_after_no(tokens: &[crate::text::Token], i: usize) -> Option<&str> {
    const PASSIVE: &[&str] = &["had", "has", "have", "was", "were", "is", "are"];
    if tokens[i].lower != "no" {
        return None;
    }
    let words: Vec<&str> = tokens[i + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(6)
        .map(|t| t.lower.as_str())
        .collect();
    let aux = words.iter().position(|w| PASSIVE.contains(w))?;
    let verb = words[aux..]
        .iter()
        .find(|w| !AUXILIARIES.contains(w) && !PASSIVE.contains(w))?;
    (aux > 0 && (verb.ends_with("ed") || verb.ends_with("en"))).then_some(verb)
}

/// Words between a negation and the verb it negates.
const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "have", "has", "had", "yet", "ever", "also", "even", "so", "far",
    "really", "fully", "always",
];

/// Pair lone claims that state the same fact (see the module docs), moving
/// each pair into one group; the emptied groups are removed.
pub(super) fn pair(
    sources: &[Analysis],
    features: &[Vec<Arc<ClaimFeatures>>],
    vocab: &Vocabulary,
    lex: &Lexicon,
    copying: bool,
    groups: &mut Vec<Building>,
) {
    let alone: Vec<(usize, Member)> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.members.len() == 1)
        .map(|(i, g)| (i, g.members[0]))
        .collect();
    let feature = |m: Member| &*features[m.source()][m.claim()];
    let claim = |m: Member| &sources[m.source()].claims[m.claim()];
    // By surname: "Yuri Ushakov" and "Ushakov" are one person.
    let surname = |name: &str| {
        let key = entity_key(name, true, lex);
        key.rsplit(' ').next().unwrap_or_default().to_string()
    };
    let people: Vec<Vec<String>> = alone
        .iter()
        .map(|&(_, m)| claim(m).participants.iter().map(|p| surname(p)).collect())
        .collect();
    let speakers: Vec<Option<String>> = alone
        .iter()
        .map(|&(_, m)| {
            let c = claim(m);
            c.quote.as_ref().and(c.speaker.as_deref()).map(surname)
        })
        .collect();
    let words: Vec<Vec<(String, bool)>> = alone.iter().map(|&(_, m)| stances(claim(m))).collect();
    let outcomes: Vec<Vec<String>> = alone
        .iter()
        .map(|&(_, m)| crate::diff::told_outcomes(claim(m), lex))
        .collect();
    // One claim negates the word, the other affirms it.
    let negates = |k: usize, word: &str| words[k].iter().any(|(w, n)| w == word && *n);
    // How many sources date each event anywhere: an event a third source
    // dates is compared across the story by the diff (its cross-group
    // facts), not by pairing two lone sentences here, which a new outlet
    // telling it would undo.
    // Each claim's events are read once, and kept only for the lone claims
    // (a list of every claim's events would hold an empty one for most).
    let lone_at: HashMap<Member, usize> = (alone.iter().enumerate())
        .map(|(k, &(_, m))| (m, k))
        .collect();
    let mut events: Vec<Vec<String>> = vec![Vec::new(); alone.len()];
    let mut dated_by: HashMap<String, Vec<usize>> = HashMap::default();
    for (source, analysis) in sources.iter().enumerate() {
        for (c, told) in analysis.claims.iter().enumerate() {
            let dated = dated_events(told, lex);
            for key in &dated {
                let by = dated_by.entry(key.clone()).or_default();
                if by.last() != Some(&source) {
                    by.push(source);
                }
            }
            if let Some(&k) = lone_at.get(&Member::new(source, c)) {
                events[k] = dated;
            }
        }
    }
    let mut buckets: HashMap<Fact, Vec<usize>> = HashMap::default();
    for (k, &(_, m)) in alone.iter().enumerate() {
        let mut seen = facts(
            claim(m),
            feature(m),
            (
                &events[k],
                &people[k],
                &words[k],
                &outcomes[k],
                speakers[k].as_deref(),
            ),
            vocab,
        );
        seen.sort_unstable();
        seen.dedup();
        for fact in seen {
            buckets.entry(fact).or_default().push(k);
        }
    }
    // An edge per pair of claims and fact they share, with the fact's floor.
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    for (fact, lone) in &buckets {
        let mut per_source: HashMap<usize, usize> = HashMap::default();
        for &k in lone {
            *per_source.entry(alone[k].1.source()).or_default() += 1;
        }
        if per_source.len() != 2 || per_source.values().any(|&n| n > CROWD) {
            continue;
        }
        if let Fact::Event(event) = fact
            && dated_by.get(*event).is_some_and(|by| by.len() > 2)
        {
            continue;
        }
        for (i, &a) in lone.iter().enumerate() {
            for &b in &lone[i + 1..] {
                let (ma, mb) = (alone[a].1, alone[b].1);
                let same = match fact {
                    Fact::Stance(word) => negates(a, word) != negates(b, word),
                    _ => one_fact(sources, ma, mb, fact, lex),
                };
                if ma.source() != mb.source() && same {
                    edges.push((a.min(b), a.max(b), fact.floor()));
                }
            }
        }
    }
    // An edge appears once per fact the two claims share: the pairs sharing
    // the most facts go first, then the most alike.
    edges.sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)).then(x.2.total_cmp(&y.2)));
    let mut scored: Vec<(usize, f64, usize, usize)> = edges
        .chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .filter_map(|same| {
            // Sorted by floor: the lowest of the shared facts.
            let (a, b, floor) = same[0];
            let (fa, fb) = (feature(alone[a].1), feature(alone[b].1));
            // The main pass lets headlines pair with headlines first; a lone
            // headline has none left, so that handicap no longer applies.
            let handicap = if fa.headline != fb.headline {
                HEADLINE_MISMATCH
            } else {
                0.0
            };
            let score = similarity(fa, fb, vocab) + handicap;
            // Where outlets copy each other, as in the main pass: two own
            // reports on one template are not one fact.
            let own_reports = copying && replaced_passages(fa, fb) >= 2;
            (score >= floor && !own_reports).then_some((same.len(), score, a, b))
        })
        .collect();
    scored.sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.total_cmp(&x.1))
            .then((x.2, x.3).cmp(&(y.2, y.3)))
    });
    let mut paired = vec![false; alone.len()];
    for (_, score, a, b) in scored {
        if paired[a] || paired[b] {
            continue;
        }
        paired[a] = true;
        paired[b] = true;
        let (into, from) = (alone[a].0, alone[b].0);
        let moved = std::mem::take(&mut groups[from].members);
        groups[into].members.extend(moved);
        groups[into].lowest = groups[into].lowest.min(score);
    }
    groups.retain(|g| !g.members.is_empty());
}
