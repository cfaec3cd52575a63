//! Word lists that drive extraction: reporting verbs, hedges, negations,
//! participation and outcome cues, titles, aliases, boilerplate patterns and
//! the severity table.
//!
//! Extraction rules are only as good as their word lists, and every newsroom
//! has its own house words, so the lists are data, not code: the defaults ship
//! inside the binary (`defaults.toml`) and a user's TOML file adds to them.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use regex::{Regex, RegexSet, RegexSetBuilder};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::text::{Token, tokenize};

/// The default lexicon as shipped, in the TOML format `--config` accepts.
pub const DEFAULTS_TOML: &str = include_str!("defaults.toml");

/// The shipped manners of speaking (`[reporting] manners`: "roared",
/// "sobbed"), for segmentation, which runs before any lexicon is chosen:
/// a quote before "Okoro roared" is one sentence with its speaker.
pub fn default_manners() -> &'static [String] {
    static MANNERS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let table: Option<toml::Table> = DEFAULTS_TOML.parse().ok();
        let listed = table
            .as_ref()
            .and_then(|t| t.get("reporting")?.get("manners")?.as_array());
        listed
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect()
    });
    &MANNERS
}

/// A set of phrases of one or more words, matched against lower-cased tokens.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    by_first: HashMap<String, Vec<Vec<String>>>,
}

impl PhraseSet {
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(phrases: I) -> Self {
        let mut set = PhraseSet::default();
        for phrase in phrases {
            let words: Vec<String> = tokenize(phrase.as_ref())
                .iter()
                .map(|t| t.lower.to_string())
                .collect();
            if let Some(first) = words.first() {
                set.by_first.entry(first.clone()).or_default().push(words);
            }
        }
        for list in set.by_first.values_mut() {
            // Longest phrase first, so "failed to" wins over "failed".
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        set
    }

    /// The length in tokens of the longest phrase starting at `tokens[at]`.
    /// The one-word phrases of the set.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.by_first
            .iter()
            .filter(|(_, phrases)| phrases.iter().any(|p| p.len() == 1))
            .map(|(word, _)| word.as_str())
    }

    pub fn match_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        let candidates = self.by_first.get(tokens.get(at)?.lower.as_str())?;
        candidates
            .iter()
            .find(|p| {
                p.len() <= tokens.len() - at
                    && p.iter().zip(&tokens[at..]).all(|(w, t)| *w == t.lower)
            })
            .map(|p| p.len())
    }

    /// Every match as (first token, length), left to right, not overlapping.
    pub fn find_all(&self, tokens: &[Token]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.match_at(tokens, i) {
                Some(n) => {
                    out.push((i, n));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    pub fn contains_word(&self, word: &str) -> bool {
        self.by_first
            .get(word)
            .is_some_and(|l| l.iter().any(|p| p.len() == 1))
    }
}

/// Phrases that each stand for a name: lists whose first entry is the name
/// and the rest its phrases (`["flood start", "burst its banks"]`).
#[derive(Debug, Clone, Default)]
pub struct PhraseMap {
    sets: Vec<(String, PhraseSet)>,
}

impl PhraseMap {
    pub fn new(lists: &[Vec<String>]) -> Self {
        PhraseMap {
            sets: lists
                .iter()
                .filter_map(|list| {
                    let (name, phrases) = list.split_first()?;
                    Some((name.clone(), PhraseSet::new(phrases)))
                })
                .collect(),
        }
    }

    /// The name and length in tokens of the longest phrase at `tokens[at]`.
    pub fn match_at(&self, tokens: &[Token], at: usize) -> Option<(&str, usize)> {
        self.sets
            .iter()
            .filter_map(|(name, set)| Some((name.as_str(), set.match_at(tokens, at)?)))
            .max_by_key(|&(_, len)| len)
    }
}

/// Severity names per rule, as written in the `[severity]` section.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SeveritySpec {
    pub polarity: String,
    pub attribution: String,
    pub attribution_unnamed: String,
    pub participants: String,
    pub certainty: String,
    pub certainty_attribution: String,
    pub date_time: String,
    pub wording: String,
    pub quantity_incompatible: String,
    pub quantity_loose: String,
    pub quantity_rounding: String,
    pub quantity_bound_gap: f64,
    pub quote_meaning: String,
    pub quote_other: String,
    pub omission_major: String,
    pub omission_minor: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconSpec {
    reporting: ReportingSpec,
    hedges: HedgesSpec,
    negation: NegationSpec,
    participation: ParticipationSpec,
    outcome: OutcomeSpec,
    events: EventsSpec,
    names: NamesSpec,
    boilerplate: BoilerplateSpec,
    severity: SeveritySpec,
    quotes: QuotesSpec,
    quantities: QuantitiesSpec,
    synonyms: SynonymsSpec,
    alignment: AlignmentSpec,
}

/// The `[alignment]` section.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AlignmentSpec {
    pub threshold: f64,
    pub story_margin: f64,
    pub candidates: i64,
    pub representatives: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportingSpec {
    verbs: Vec<String>,
    source_phrases: Vec<String>,
    interested_parties: Vec<String>,
    manners: Vec<String>,
    observers: Vec<String>,
    causes: Vec<String>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgesSpec {
    words: Vec<String>,
    phrases: Vec<String>,
    distancing: Vec<String>,
    documents: Vec<String>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NegationSpec {
    words: Vec<String>,
    phrases: Vec<String>,
    negative_verbs: Vec<String>,
    event_verbs: Vec<String>,
    future_verbs: Vec<String>,
    continuations: Vec<String>,
    rises: Vec<String>,
    falls: Vec<String>,
    opens: Vec<String>,
    closes: Vec<String>,
    custody: Vec<String>,
    releases: Vec<String>,
    post_holders: Vec<String>,
    post_terms: Vec<String>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParticipationSpec {
    verbs: Vec<String>,
    meeting_nouns: Vec<String>,
    meeting_verbs: Vec<String>,
    movement_verbs: Vec<String>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeSpec {
    nouns: Vec<String>,
    verbs: Vec<String>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsSpec {
    nouns: Vec<String>,
    starts: Vec<String>,
    ends: Vec<String>,
    phrases: Vec<Vec<String>>,
    parties: Vec<Vec<String>>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesSpec {
    titles: Vec<String>,
    speaker_nouns: Vec<String>,
    non_person_heads: Vec<String>,
    not_names: Vec<String>,
    #[serde(default)]
    title_abbreviations: Vec<Vec<String>>,
    aliases: Vec<Vec<String>>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BoilerplateSpec {
    patterns: Vec<String>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsSpec {
    groups: Vec<Vec<String>>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuantitiesSpec {
    predicates: Vec<Vec<String>>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuotesSpec {
    strong_words: Vec<String>,
}

/// The compiled lexicon used by extraction and diffing.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub reporting_verbs: PhraseSet,
    pub source_phrases: PhraseSet,
    /// Sources with a stake in their claim ("residents", "the union").
    pub interested_parties: PhraseSet,
    /// Interested parties who tell what they saw ("residents", "staff"):
    /// stripping them from a count or a time makes no allegation a fact.
    pub observers: PhraseSet,
    /// Reporting verbs that are also things done ("the cable snapped"):
    /// they report words only beside a quotation.
    pub speech_manners: PhraseSet,
    /// Phrases naming a cause ("caused", "due to"): a cause someone gave,
    /// stated as fact elsewhere, becomes the outlet's own finding.
    pub causes: PhraseSet,
    pub hedges: PhraseSet,
    /// Hedges by which a reporter keeps a source at a distance ("allegedly",
    /// "claimed"), rather than words softening what the source said.
    pub distancing: PhraseSet,
    /// Verbs that make a document of the hedge after them: "publish a
    /// preliminary report".
    pub hedge_documents: PhraseSet,
    pub negations: PhraseSet,
    pub negative_verbs: PhraseSet,
    /// Holders of a post ("officers", "guards") and the post itself ("with
    /// pay", "from duty"): a suspension of them sanctions, it halts nothing.
    pub post_holders: HashSet<String>,
    pub post_terms: HashSet<String>,
    /// Negative verbs that deny only an event or outcome named before them
    /// ("talks collapsed", not "the roof collapsed").
    pub event_negative_verbs: PhraseSet,
    /// Negative verbs in their plain form, denying after "will" or "would".
    pub future_negative_verbs: PhraseSet,
    /// Words saying something goes on as it was ("continues as normal"):
    /// they deny a failure of it ("production has been halted").
    pub continuations: PhraseSet,
    /// Words of a figure moving up ("rose", "higher") and down ("fell").
    pub rises: PhraseSet,
    pub falls: PhraseSet,
    /// Words of a place or service (re)opening ("will reopen") and staying
    /// or being shut ("would remain closed").
    pub opens: PhraseSet,
    pub closes: PhraseSet,
    /// Words of someone taken into custody ("arrested", "detained") and
    /// let go ("questioned and released").
    pub custody: PhraseSet,
    pub releases: PhraseSet,
    pub participation: PhraseSet,
    /// Meetings that place the people named "with" them or brought "into"
    /// them there ("a meeting at City Hall with Keane").
    pub meeting_nouns: PhraseSet,
    /// Cues of a meeting between named people ("met", "received"), which
    /// place them together but say nothing of an event someone else reports
    /// them missing from ("Denholm did not attend" the session, though he
    /// met the mayor on Monday).
    pub meeting_verbs: PhraseSet,
    /// Cues of a visit or a journey ("toured", "went to"): those named
    /// toured the town, which says nothing of who sat in a meeting.
    pub movement_verbs: PhraseSet,
    pub outcome_nouns: PhraseSet,
    pub outcome_verbs: PhraseSet,
    pub event_nouns: PhraseSet,
    /// Verbs that date an event's start ("began", "broke out") or end
    /// ("ended", "collapsed").
    pub event_starts: PhraseSet,
    pub event_ends: PhraseSet,
    /// Phrases naming an event and its phase at once ("burst its banks").
    pub event_phrases: PhraseMap,
    /// Those who take part in an event, standing for it as the subject of
    /// a phase verb: "negotiators broke up just after 2am" ends the talks.
    pub event_parties: PhraseMap,
    pub titles: PhraseSet,
    /// The titles in the plural, as they stand before a list of names
    /// ("Trade Ministers Ilse Varga and Oskar Lind").
    pub plural_titles: PhraseSet,
    pub speaker_nouns: HashSet<String>,
    pub non_person_heads: HashSet<String>,
    pub not_names: HashSet<String>,
    /// Lower-cased abbreviation of a title → the title ("pm" → "prime minister").
    pub title_abbreviations: HashMap<String, String>,
    /// Lower-cased alias → the name shown for its group.
    pub aliases: HashMap<String, String>,
    /// Boilerplate patterns, matched all at once: one pass tells that a
    /// sentence (as nearly every one is) matches none.
    pub boilerplate: RegexSet,
    pub strong_words: PhraseSet,
    /// Lower-case word (and its stem) → the name of its synonym group.
    pub synonyms: HashMap<String, String>,
    /// The words of the synonym group named "arrested" ("detained",
    /// "arrests"): whether anyone was arrested is one fact of a story.
    pub arrest_words: Vec<String>,
    /// The words of the synonym group named "injured" ("hurt", "wounded"):
    /// whether anyone was hurt is one fact of a story.
    pub injury_words: Vec<String>,
    /// What happens to what a figure counts ("killed", "rescued"), as
    /// lower-case word (and its stem) → the name of its group.
    pub predicates: HashMap<String, String>,
    pub severity: SeveritySpec,
    pub alignment: AlignmentSpec,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::from_toml(None).expect("the shipped default lexicon is valid")
    }
}

impl Lexicon {
    /// Build the lexicon from the defaults plus an optional user file
    /// (`(path, contents)`); the user's lists are added to the defaults.
    pub fn from_toml(user: Option<(&str, &str)>) -> Result<Self> {
        let mut table: toml::Table = DEFAULTS_TOML.parse().map_err(|e| Error::Config {
            path: "defaults.toml".into(),
            message: format!("{e}"),
        })?;
        if let Some((path, text)) = user {
            let user: toml::Table = text.parse().map_err(|e: toml::de::Error| Error::Config {
                path: path.to_string(),
                message: e.message().to_string(),
            })?;
            merge(&mut table, user, path)?;
        }
        let spec: LexiconSpec = table
            .try_into()
            .map_err(|e: toml::de::Error| Error::Config {
                path: user.map_or("defaults.toml", |u| u.0).to_string(),
                message: e.message().to_string(),
            })?;
        Self::compile(spec, user.map_or("defaults.toml", |u| u.0))
    }

    fn compile(spec: LexiconSpec, path: &str) -> Result<Self> {
        let boilerplate = boilerplate_set(&spec.boilerplate.patterns, path)?;
        let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<HashSet<_>>();
        Ok(Lexicon {
            reporting_verbs: PhraseSet::new(
                spec.reporting.verbs.iter().chain(&spec.reporting.manners),
            ),
            source_phrases: PhraseSet::new(&spec.reporting.source_phrases),
            interested_parties: PhraseSet::new(&spec.reporting.interested_parties),
            observers: PhraseSet::new(&spec.reporting.observers),
            speech_manners: PhraseSet::new(&spec.reporting.manners),
            causes: PhraseSet::new(&spec.reporting.causes),
            hedges: PhraseSet::new(
                spec.hedges
                    .words
                    .iter()
                    .chain(&spec.hedges.phrases)
                    .chain(&spec.hedges.distancing),
            ),
            distancing: PhraseSet::new(&spec.hedges.distancing),
            hedge_documents: PhraseSet::new(&spec.hedges.documents),
            negations: PhraseSet::new(spec.negation.words.iter().chain(&spec.negation.phrases)),
            negative_verbs: PhraseSet::new(&spec.negation.negative_verbs),
            post_holders: lower(&spec.negation.post_holders),
            post_terms: lower(&spec.negation.post_terms),
            event_negative_verbs: PhraseSet::new(&spec.negation.event_verbs),
            future_negative_verbs: PhraseSet::new(&spec.negation.future_verbs),
            continuations: PhraseSet::new(&spec.negation.continuations),
            rises: PhraseSet::new(&spec.negation.rises),
            falls: PhraseSet::new(&spec.negation.falls),
            opens: PhraseSet::new(&spec.negation.opens),
            closes: PhraseSet::new(&spec.negation.closes),
            custody: PhraseSet::new(&spec.negation.custody),
            releases: PhraseSet::new(&spec.negation.releases),
            participation: PhraseSet::new(&spec.participation.verbs),
            meeting_nouns: PhraseSet::new(&spec.participation.meeting_nouns),
            meeting_verbs: PhraseSet::new(&spec.participation.meeting_verbs),
            movement_verbs: PhraseSet::new(&spec.participation.movement_verbs),
            outcome_nouns: PhraseSet::new(&spec.outcome.nouns),
            outcome_verbs: PhraseSet::new(&spec.outcome.verbs),
            event_nouns: PhraseSet::new(&spec.events.nouns),
            event_starts: PhraseSet::new(&spec.events.starts),
            event_ends: PhraseSet::new(&spec.events.ends),
            event_phrases: PhraseMap::new(&spec.events.phrases),
            event_parties: PhraseMap::new(&spec.events.parties),
            titles: PhraseSet::new(
                spec.names
                    .titles
                    .iter()
                    .chain(spec.names.title_abbreviations.iter().flatten()),
            ),
            plural_titles: PhraseSet::new(spec.names.titles.iter().map(|t| plural(t))),
            speaker_nouns: lower(&spec.names.speaker_nouns),
            non_person_heads: lower(&spec.names.non_person_heads),
            not_names: lower(&spec.names.not_names),
            title_abbreviations: by_first(&spec.names.title_abbreviations, str::to_lowercase),
            aliases: by_first(&spec.names.aliases, str::to_string),
            boilerplate,
            strong_words: PhraseSet::new(&spec.quotes.strong_words),
            synonyms: synonym_map(&spec.synonyms.groups),
            arrest_words: group_words(&spec.synonyms.groups, "arrested"),
            injury_words: group_words(&spec.synonyms.groups, "injured"),
            predicates: synonym_map(&spec.quantities.predicates),
            severity: spec.severity,
            alignment: spec.alignment,
        })
    }

    /// The event noun whose canonical form is `canonical` ("mediation" for
    /// the stem "mediat"), the first in order when several share it.
    pub fn event_noun(&self, canonical: &str) -> Option<&str> {
        self.event_nouns
            .words()
            .filter(|noun| self.canonical(noun) == canonical)
            .min()
    }

    /// Do two texts share a content word of four letters or more (in
    /// canonical form), leaving out those `skip` is given (as written, and
    /// canonical)? "According to" names a source, not a matter: its stem is
    /// the "accord" of an agreement.
    pub fn share_a_word(&self, a: &str, b: &str, skip: impl Fn(&str, &str) -> bool) -> bool {
        let words = |text: &str| -> Vec<String> {
            tokenize(text)
                .iter()
                .filter(|t| {
                    t.is_word && t.lower.chars().count() > 3 && !crate::text::is_stop_word(&t.lower)
                })
                .filter(|t| t.lower != "according")
                .filter_map(|t| {
                    let canonical = self.canonical(t.lower.trim_end_matches("'s"));
                    (!skip(&t.lower, &canonical)).then_some(canonical)
                })
                .collect()
        };
        let wb = words(b);
        words(a).iter().any(|x| wb.contains(x))
    }

    /// A word as alignment compares it: its synonym group's name, else its
    /// stem (or the group of its stem): "meeting" and "talks" are one word.
    pub fn canonical(&self, word: &str) -> String {
        self.synonyms.get(word).cloned().unwrap_or_else(|| {
            let s = crate::text::stem(word);
            self.synonyms.get(&s).cloned().unwrap_or(s)
        })
    }

    /// The boilerplate pattern a sentence matches, if any.
    pub fn boilerplate_match(&self, sentence: &str) -> Option<&str> {
        let s = sentence.trim();
        if !self.boilerplate.is_match(s) {
            return None;
        }
        let first = self.boilerplate.matches(s).into_iter().next()?;
        Some(&self.boilerplate.patterns()[first])
    }
}

/// The boilerplate patterns as one case-insensitive set; an error names the
/// pattern at fault.
fn boilerplate_set(patterns: &[String], path: &str) -> Result<RegexSet> {
    RegexSetBuilder::new(patterns)
        .case_insensitive(true)
        .build()
        .map_err(|e| {
            let message = match patterns.iter().find(|p| Regex::new(p).is_err()) {
                Some(p) => format!("boilerplate pattern '{p}': {e}"),
                None => format!("boilerplate patterns: {e}"),
            };
            Error::Config {
                path: path.to_string(),
                message,
            }
        })
}

/// The lower-cased words of the group whose first word is `head`.
fn group_words(groups: &[Vec<String>], head: &str) -> Vec<String> {
    groups
        .iter()
        .find(|g| g.first().is_some_and(|h| h.eq_ignore_ascii_case(head)))
        .map(|g| g.iter().map(|w| w.to_lowercase()).collect())
        .unwrap_or_default()
}

/// Every word of a group, and its stem, mapped to the group's first word.
fn synonym_map(groups: &[Vec<String>]) -> HashMap<String, String> {
    let mut map = HashMap::default();
    for group in groups {
        let Some(head) = group.first().map(|h| h.to_lowercase()) else {
            continue;
        };
        for word in group {
            let word = word.to_lowercase();
            map.insert(crate::text::stem(&word), head.clone());
            map.insert(word, head.clone());
        }
    }
    map
}

/// Merge a user table into the defaults: arrays are appended (or replaced when
/// the section says `replace = true`), scalars override, unknown keys are errors.
fn merge(base: &mut toml::Table, user: toml::Table, path: &str) -> Result<()> {
    for (section, value) in user {
        let Some(toml::Value::Table(base_section)) = base.get_mut(&section) else {
            return Err(Error::Config {
                path: path.to_string(),
                message: format!("unknown section [{section}]"),
            });
        };
        let toml::Value::Table(mut user_section) = value else {
            return Err(Error::Config {
                path: path.to_string(),
                message: format!("'{section}' must be a table ([{section}])"),
            });
        };
        let replace = matches!(
            user_section.remove("replace"),
            Some(toml::Value::Boolean(true))
        );
        for (key, value) in user_section {
            match (base_section.get_mut(&key), value) {
                (Some(toml::Value::Array(list)), toml::Value::Array(extra)) if !replace => {
                    list.extend(extra)
                }
                (Some(slot), value) if slot.same_type(&value) => *slot = value,
                (Some(_), _) => {
                    return Err(Error::Config {
                        path: path.to_string(),
                        message: format!("[{section}] {key} has the wrong type"),
                    });
                }
                (None, _) => {
                    return Err(Error::Config {
                        path: path.to_string(),
                        message: format!("unknown key '{key}' in [{section}]"),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Each word of lists `[first, other…]`, lower-cased, mapped to the list's
/// first as `show` gives it: aliases to the name shown ("Zelenskiy" →
/// "Volodymyr Zelensky"), abbreviations to their title ("pm" → "prime
/// minister").
fn by_first(lists: &[Vec<String>], show: fn(&str) -> String) -> HashMap<String, String> {
    let mut out = HashMap::default();
    for list in lists {
        if let Some(first) = list.first() {
            for word in list {
                out.insert(word.to_lowercase(), show(first));
            }
        }
    }
    out
}

/// A title in the plural, its last word taking the ending: "trade
/// minister" → "trade ministers", "boss" → "bosses".
fn plural(title: &str) -> String {
    if title.ends_with('s') {
        format!("{title}es")
    } else {
        format!("{title}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_compile_and_match_phrases() {
        let lex = Lexicon::default();
        let toks = tokenize("The talks failed to produce a deal");
        assert_eq!(lex.negations.find_all(&toks), vec![(2, 2)]);
        assert!(lex.reporting_verbs.contains_word("said"));
    }

    #[test]
    fn user_lists_extend_the_defaults() {
        let lex =
            Lexicon::from_toml(Some(("my.toml", "[hedges]\nwords = [\"arguably\"]\n"))).unwrap();
        assert!(lex.hedges.contains_word("arguably"));
        assert!(lex.hedges.contains_word("reportedly"));
    }

    #[test]
    fn replace_true_drops_the_defaults_of_a_section() {
        let lex = Lexicon::from_toml(Some((
            "my.toml",
            "[hedges]\nreplace = true\nwords = [\"arguably\"]\nphrases = []\ndistancing = []\n",
        )))
        .unwrap();
        assert!(!lex.hedges.contains_word("reportedly"));
    }

    #[test]
    fn bad_user_files_name_the_problem() {
        let err = Lexicon::from_toml(Some(("my.toml", "[nope]\nx = 1\n"))).unwrap_err();
        assert_eq!(err.to_string(), "my.toml: unknown section [nope]");
        let err = Lexicon::from_toml(Some(("my.toml", "[severity]\npolarity = 3\n"))).unwrap_err();
        assert!(err.to_string().contains("wrong type"), "{err}");
        let bad = "[boilerplate]\npatterns = ['(unclosed']\n";
        let err = Lexicon::from_toml(Some(("my.toml", bad))).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("my.toml: boilerplate pattern '(unclosed'"),
            "{err}"
        );
    }

    #[test]
    fn boilerplate_patterns_match_publisher_lines() {
        let lex = Lexicon::default();
        assert!(
            lex.boilerplate_match("Follow us on Google News, BlueSky, and X.")
                .is_some()
        );
        assert!(lex.boilerplate_match("Putin met the envoys.").is_none());
        for byline in [
            "By Kev Marsh | Daily Clarion | 14 March 2026",
            "By Ruth Calloway, Courier chief reporter",
            "By Jane O'Neill",
        ] {
            assert!(lex.boilerplate_match(byline).is_some(), "{byline}");
        }
        for story in [
            "By Tuesday, the river had fallen.",
            "By Friday Evening, crews had left.",
            "By late Friday the water was gone.",
        ] {
            assert!(lex.boilerplate_match(story).is_none(), "{story}");
        }
    }
}
