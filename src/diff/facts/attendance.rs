//! Who took part, compared across groups: "Rupert Hale: present vs
//! absent" when one version lists him at the meeting and another says he
//! did not attend, and "Jared Kushner: present vs not named" when one
//! version lists him among those at the talks and another, listing who
//! was there, never names him at all (a participant left out).

use crate::model::SideValue;

use super::{Context, FactKind, Told, some_pair};
use crate::diff::{divergence, found, person_keys, sorted_keys};
use crate::extract::names::{entity_key, same_entity};
use crate::lexicon::Lexicon;
use crate::model::{Claim, ClaimGroup, Divergence, DivergenceType};
use crate::text::tokenize;

/// How a telling places a person, by [`Told::index`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    /// At the event: "attended by … Hale", "flanked by Ushakov".
    Present,
    /// Met by someone ("Whitfield met privately on Monday with Denholm"):
    /// there, but perhaps not at the event another version says they
    /// missed.
    Met,
    /// "Hale did not attend".
    Absent,
    /// Not named anywhere by a version that says who took part.
    NotNamed,
}

impl Presence {
    const ALL: [Presence; 4] = [
        Presence::Present,
        Presence::Met,
        Presence::Absent,
        Presence::NotNamed,
    ];

    fn of(told: &Told) -> Presence {
        Self::ALL[told.at().min(3)]
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }

    fn there(self) -> bool {
        matches!(self, Presence::Present | Presence::Met)
    }

    /// Do two placings of one person contradict each other?
    fn contradicts(self, other: Presence) -> bool {
        use Presence::*;
        matches!(
            (self, other),
            (Present, Absent)
                | (Absent, Present)
                | (Present | Met, NotNamed)
                | (NotNamed, Present | Met)
        )
    }

    fn shown(self) -> &'static str {
        match self {
            Presence::Present | Presence::Met => "present",
            Presence::Absent => "absent",
            Presence::NotNamed => "not named",
        }
    }
}

/// Who took part (see the module docs). The fact's key is the person's
/// surname key.
pub(super) struct Attendance;

impl FactKind for Attendance {
    const TYPE: DivergenceType = DivergenceType::Participants;
    const HOSTS_TELLERS: bool = false;

    fn told_by(&self, ctx: &Context, source: usize, claim_index: usize) -> Vec<(String, usize)> {
        let claim = &ctx.sources[source].claims[claim_index];
        if claim.participants.is_empty() && claim.absentees.is_empty() {
            return Vec::new();
        }
        let there = if ctx.cues(source, claim_index).met_only {
            Presence::Met
        } else {
            Presence::Present
        };
        let key = |name: &String| entity_key(name, true, ctx.lex);
        claim
            .participants
            .iter()
            .map(|n| (key(n), there.index()))
            .chain(
                claim
                    .absentees
                    .iter()
                    .map(|n| (key(n), Presence::Absent.index())),
            )
            .collect()
    }

    /// Who took part, person by person ("Kirill Dmitriev: present vs not
    /// named"), says more than the group check's two lists compared
    /// ("Putin, Yuri Ushakov vs Putin, Yuri Ushakov, Sergei Lavrov") when
    /// one version names the person in a sentence of its own; unless the
    /// lists already differ in that person, or one of them says someone
    /// stayed away, and no version says outright that this person stayed
    /// away ("Health Minister Priya Lund did not attend").
    fn replaces(&self, ctx: &Context, key: &str, told: &[Told], d: &Divergence) -> bool {
        if told.iter().any(|t| Presence::of(t) == Presence::Absent) {
            return true;
        }
        // The group's own "did not attend" says more than someone unnamed.
        let claims = |side: &crate::model::Side| &ctx.sources[side.source()].claims[side.claim()];
        if d.sides.iter().any(|s| !claims(s).absentees.is_empty()) {
            return false;
        }
        let names = |side: &crate::model::Side| -> bool {
            d.value(side).names().is_some_and(|names| {
                names
                    .iter()
                    .any(|n| same_entity(&entity_key(n, true, ctx.lex), key))
            })
        };
        let listed = d.sides.iter().filter(|s| names(s)).count();
        listed == 0 || listed == d.sides.len()
    }

    fn consistent(&self, _ctx: &Context, a: &Told, b: &Told) -> bool {
        !Presence::of(a).contradicts(Presence::of(b))
    }

    /// A version that lists who took part but never names someone another
    /// version places there tells that person "not named", quoting its
    /// list that shares most people with the others' (at least one: a list
    /// of another event says nothing).
    fn silent(&self, ctx: &Context, key: &str, told: &[Told]) -> Vec<Told> {
        let there: Vec<&Told> = told.iter().filter(|t| Presence::of(t).there()).collect();
        if there.is_empty() {
            return Vec::new();
        }
        let own = sorted_keys(
            there
                .iter()
                .flat_map(|t| person_keys(t.claim(ctx), ctx.lex)),
        );
        let company = sorted_keys(there.iter().flat_map(|t| company_of(ctx, t)));
        // Tours against tours, meetings against meetings (either, when the
        // tellings mix them).
        let moves: Vec<bool> = there
            .iter()
            .map(|t| ctx.cues(t.source(), t.claim_at()).movement)
            .collect();
        let movement = (moves.iter().all(|&m| m) || !moves.iter().any(|&m| m)).then_some(moves[0]);
        let met = there.iter().any(|t| Presence::of(t) == Presence::Met);
        let words = place_words(there.iter().map(|t| &*t.claim(ctx).text), ctx.lex);
        (0..ctx.sources.len())
            .filter(|&s| !told.iter().any(|t| t.source() == s))
            .filter(|&s| !ctx.names(s, key))
            .filter_map(|source| {
                let claim = best_list(ctx, source, (&own, &company, &words), (movement, met))?;
                Some(Told::new(source, claim, Presence::NotNamed.index()))
            })
            .collect()
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let items: Vec<Option<(Presence, &Claim)>> = told
            .iter()
            .map(|t| Some((Presence::of(t), t.claim(ctx))))
            .collect();
        if !some_pair(&items, |a, b| a.0.contradicts(b.0)) {
            return None;
        }
        let who = display_name(ctx, told, key);
        let severity = ctx.table.participants;
        let differ = |a: &(Presence, &Claim), b: &(Presence, &Claim)| {
            a.0.contradicts(b.0).then_some(severity)
        };
        let value = |p: &(Presence, &Claim)| SideValue::Names(p.1.participants.clone());
        let show = |p: &(Presence, &Claim)| p.0.shown().to_string();
        let found = found(ctx, group, &items, differ, value, show, &who)?;
        Some(divergence(group, g, Self::TYPE, found))
    }
}

/// What the participation cues of a claim say of the gathering.
#[derive(Debug, Clone, Copy, Default)]
pub(in crate::diff) struct Cues {
    /// All are cues of a meeting between named people
    /// (`[participation] meeting_verbs`): "met privately with".
    pub met_only: bool,
    /// All are cues of a visit or journey (`movement_verbs`): "toured".
    movement: bool,
}

impl Cues {
    /// Read once per claim (see the diff's `Context`); a claim naming no
    /// participant or absentee has none worth reading.
    pub fn of(claim: &Claim, lex: &Lexicon) -> Cues {
        if claim.participants.is_empty() && claim.absentees.is_empty() {
            return Cues::default();
        }
        let tokens = tokenize(&claim.text);
        let cues = lex.participation.find_all(&tokens);
        let all = |set: &crate::lexicon::PhraseSet| {
            !cues.is_empty()
                && cues
                    .iter()
                    .all(|&(i, n)| set.match_at(&tokens, i) == Some(n))
        };
        Cues {
            met_only: all(&lex.meeting_verbs),
            movement: all(&lex.movement_verbs),
        }
    }
}

/// The people a telling places at the event and those the sentences
/// next to it list as taking part: "Kirill Dmitriev … also attended" is in
/// the company of the aide Ushakov, who "sat in on the meeting" the
/// sentence before.
fn company_of(ctx: &Context, told: &Told) -> Vec<String> {
    let analysis = &ctx.sources[told.source()];
    let sentence = told.claim(ctx).sentence;
    analysis
        .claims
        .iter()
        .filter(|c| c.sentence + 1 >= sentence && c.sentence <= sentence + 1)
        .filter(|c| !c.participants.is_empty())
        .flat_map(|c| person_keys(c, ctx.lex))
        .collect()
}

/// The content words of some texts other than names, canonical, once each
/// ("public", "gallery" of "Teskel's wife Mirela and son Luka are in the
/// public gallery"): what they say of the place and the occasion (the
/// people are compared by name).
pub(in crate::diff) fn place_words<'t>(
    texts: impl Iterator<Item = &'t str>,
    lex: &Lexicon,
) -> Vec<String> {
    let tokens: Vec<crate::text::Token> = texts
        .flat_map(tokenize)
        .filter(|t| !t.capitalized)
        .collect();
    let mut words: Vec<String> = crate::diff::content_words(&tokens, lex).collect();
    words.sort();
    words.dedup();
    words
}

/// The claim of a source listing who took part, of a tour or not as
/// `movement` says, that names most of the people of the tellings (`own`),
/// at least one of them or of their `company`; of those, one that shares
/// most of the tellings' other `words` (the place: "in the public gallery"
/// against "watched from the public gallery", not "in the dock"), then one
/// that is a meeting between people as the tellings are or are not
/// (`met`), then one naming most of the company, then one in the body,
/// then the first.
fn best_list(
    ctx: &Context,
    source: usize,
    (own, company, words): (&[String], &[String], &[String]),
    (movement, met): (Option<bool>, bool),
) -> Option<usize> {
    let analysis = &ctx.sources[source];
    (0..analysis.claims.len())
        .filter(|&c| !analysis.claims[c].participants.is_empty())
        .map(|c| (c, ctx.cues(source, c)))
        .filter(|(_, cues)| movement.is_none_or(|m| cues.movement == m))
        .map(|(c, cues)| {
            // Its people, and the names a sentence opens with ("Putin is
            // meeting …"), which may be people too.
            let claim = &analysis.claims[c];
            let keys = sorted_keys(
                person_keys(claim, ctx.lex)
                    .into_iter()
                    .chain(claim.entities.iter().cloned()),
            );
            let shared = |people: &[String]| {
                keys.iter()
                    .filter(|k| people.iter().any(|o| same_entity(o, k)))
                    .count()
            };
            (c, cues, shared(own), shared(company))
        })
        // Sharing only the company will do for a person added in a sentence
        // of their own ("Kirill Dmitriev … also attended"), not for a list
        // none of whose people the other version names (the other side's
        // delegation).
        .filter(|&(_, _, own_shared, company)| own_shared > 0 || (own.len() <= 1 && company > 0))
        // The place's words are read only for the lists left.
        .map(|(c, cues, own_shared, company)| {
            let said = place_words(std::iter::once(&*analysis.claims[c].text), ctx.lex);
            let place = said.iter().filter(|w| words.contains(w)).count();
            let rank = (
                own_shared,
                place,
                cues.met_only == met,
                company,
                super::in_body(analysis, c),
            );
            (c, rank)
        })
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(c, _)| c)
}

/// The person's name as the tellings that place them there give it, the
/// longest form.
fn display_name(ctx: &Context, told: &[Told], key: &str) -> String {
    told.iter()
        .flat_map(|t| {
            let c = t.claim(ctx);
            c.participants.iter().chain(&c.absentees)
        })
        .filter(|n| entity_key(n, true, ctx.lex) == key)
        .max_by_key(|n| n.len())
        .cloned()
        .unwrap_or_else(|| key.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn present_contradicts_absent_and_unnamed_but_a_meeting_only_unnamed() {
        use Presence::*;
        assert!(Present.contradicts(Absent));
        assert!(Present.contradicts(NotNamed));
        assert!(Met.contradicts(NotNamed));
        assert!(!Met.contradicts(Absent));
        assert!(!Absent.contradicts(NotNamed));
        assert!(!Present.contradicts(Met));
    }

    #[test]
    fn cues_tell_meetings_and_tours_apart() {
        let lex = Lexicon::default();
        let cues = |text: &str| {
            let analysis = crate::analyse(
                crate::ingest::from_text("t", text),
                &crate::Config::default(),
            );
            let c = Cues::of(&analysis.claims[0], &lex);
            (c.met_only, c.movement)
        };
        assert_eq!(
            cues("Whitfield met privately on Monday with Paul Denholm."),
            (true, false)
        );
        assert_eq!(
            cues("The meeting was attended by Maria Okafor and Rupert Hale."),
            (false, false)
        );
        assert_eq!(cues("Putin was flanked by Yuri Ushakov."), (false, false));
        assert_eq!(
            cues("Alan Tremaine toured the town with Helen Okafor."),
            (false, true)
        );
    }
}
