//! Alignment on ECB+: do claimdiff's groups link the sentences of different
//! articles that report the same event instance?
//!
//! `ecbplus-docs.jsonl` holds articles as numbered sentences, grouped into
//! sub-topics (one real event told by several outlets), each with the
//! sentences the annotators covered; `ecbplus-sentence-pairs.jsonl`, in the
//! same folder, the gold pairs of sentences in different articles of one
//! sub-topic that share an event instance.
//!
//! Each article becomes one document, its sentences joined by blank lines so
//! the segmenter keeps them apart (we check that it does: a gold sentence cut
//! in several, or glued to another, is counted). All articles of a sub-topic
//! are compared at once, as a user comparing many outlets would, and every two
//! members of a group from different articles give a predicted pair of the
//! gold sentences their claims' spans overlap. Pairs count only when both
//! sentences were annotated, since the gold says nothing about the others.
//!
//! Groups hold at most one claim per article, so one sentence can be linked
//! to at most one sentence of each other article, while the gold links many.
//! The score therefore also bounds the recall any such grouping can reach.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use super::{at_line, breakdown, f1, ratio, read_jsonl};
use crate::model::{ClaimGroup, SentenceRole, Span};
use crate::{Config, Error, Result, compare, ingest};

/// The gold pairs' file name, looked up next to the articles' file.
pub const PAIRS_FILE: &str = "ecbplus-sentence-pairs.jsonl";

/// Recall below which precision says little: an aligner that links nothing
/// makes no wrong pair. The gate judges precision only above this recall.
pub const MIN_RECALL: f64 = 0.30;

#[derive(Debug, Deserialize)]
struct ArticleRow {
    doc: String,
    subtopic: String,
    annotated_sentences: Vec<usize>,
    sentences: Vec<SentenceRow>,
}

#[derive(Debug, Deserialize)]
struct SentenceRow {
    sentence: usize,
    text: String,
}

#[derive(Debug, Deserialize)]
struct PairRow {
    doc_a: String,
    sent_a: usize,
    doc_b: String,
    sent_b: usize,
}

/// A sentence of the set: (article index, sentence number).
pub type SentenceId = (usize, usize);

/// Two sentences of different articles, the smaller first.
pub type SentencePair = (SentenceId, SentenceId);

fn sentence_pair(a: SentenceId, b: SentenceId) -> SentencePair {
    if a <= b { (a, b) } else { (b, a) }
}

/// An article rebuilt as one document.
#[derive(Debug, Clone)]
pub struct Article {
    pub name: String,
    pub subtopic: String,
    /// The sentences joined by blank lines.
    pub text: String,
    /// Each gold sentence's number and its span in `text`.
    pub sentences: Vec<(usize, Span)>,
    pub annotated: BTreeSet<usize>,
}

impl Article {
    /// Join `sentences` (number, text) by blank lines, keeping their spans.
    pub fn new(name: &str, subtopic: &str, sentences: &[(usize, &str)]) -> Article {
        let mut text = String::new();
        let mut spans = Vec::with_capacity(sentences.len());
        for (i, &(number, sentence)) in sentences.iter().enumerate() {
            if i > 0 {
                text.push_str("\n\n");
            }
            spans.push((number, Span::new(text.len(), text.len() + sentence.len())));
            text.push_str(sentence);
        }
        Article {
            name: name.to_string(),
            subtopic: subtopic.to_string(),
            text,
            sentences: spans,
            annotated: BTreeSet::new(),
        }
    }

    /// The numbers of the gold sentences that `span` overlaps.
    pub fn sentences_under(&self, span: Span) -> Vec<usize> {
        self.sentences
            .iter()
            .filter(|(_, s)| s.overlaps(&span))
            .map(|&(n, _)| n)
            .collect()
    }
}

/// How the segmenter cut the gold sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SegmentationCheck {
    pub sentences: usize,
    /// Gold sentences cut into several segments.
    pub split: usize,
    /// Gold sentences sharing a segment with another gold sentence.
    pub merged: usize,
    pub annotated: usize,
    pub annotated_split: usize,
    pub annotated_merged: usize,
}

impl SegmentationCheck {
    fn add(&mut self, other: &SegmentationCheck) {
        self.sentences += other.sentences;
        self.split += other.split;
        self.merged += other.merged;
        self.annotated += other.annotated;
        self.annotated_split += other.annotated_split;
        self.annotated_merged += other.annotated_merged;
    }
}

/// Bounds on how many gold pairs a grouping with at most one sentence per
/// article per group can recover.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecallCap {
    /// No such grouping recovers more: between two articles the pairs it
    /// makes form a matching, so it recovers at most the maximum matching of
    /// the gold pairs between them, summed over article pairs.
    pub bound: usize,
    /// Recovered by one such grouping, built greedily (see [`recall_cap`]).
    pub reachable: usize,
}

/// The score of one run over the ECB+ files. Pair counts are over annotated
/// sentences unless named otherwise.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AlignmentScore {
    pub subtopics: usize,
    pub articles: usize,
    pub predicted: usize,
    /// Predicted pairs including unannotated sentences.
    pub predicted_all: usize,
    pub gold: usize,
    pub correct: usize,
    /// Gold rows dropped because a sentence is not in its article's annotated set.
    pub gold_unannotated: usize,
    /// Cross-article pairs of annotated sentences within sub-topics: linking
    /// them all reaches recall 1 at precision `gold / annotated_pairs`.
    pub annotated_pairs: usize,
    pub cap: RecallCap,
    pub segmentation: SegmentationCheck,
    /// Annotated sentences without a claim, by the role of their first segment.
    pub without_claim: BTreeMap<String, usize>,
}

impl AlignmentScore {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Precision of linking every annotated pair.
    pub fn link_all_precision(&self) -> f64 {
        ratio(self.gold, self.annotated_pairs)
    }
    pub fn cap_recall(&self) -> f64 {
        ratio(self.cap.bound, self.gold)
    }
    pub fn reachable_recall(&self) -> f64 {
        ratio(self.cap.reachable, self.gold)
    }
}

/// Score alignment on the articles at `path` against the gold pairs file
/// ([`PAIRS_FILE`]) in the same folder.
pub fn run(path: &Path, config: &Config) -> Result<AlignmentScore> {
    let articles = read_articles(path)?;
    let pairs_path = pairs_path(path);
    let (gold, gold_unannotated) = read_gold(&pairs_path, &articles)?;
    let by_subtopic = subtopics(&articles);
    let outcomes: Vec<Outcome> = by_subtopic
        .par_iter()
        .map(|members| evaluate_subtopic(&articles, members, config))
        .collect();
    let mut score = AlignmentScore {
        subtopics: by_subtopic.len(),
        articles: articles.len(),
        gold: gold.len(),
        gold_unannotated,
        annotated_pairs: annotated_pairs(&articles, &by_subtopic),
        cap: recall_cap(&sorted(&gold)),
        ..AlignmentScore::default()
    };
    for outcome in outcomes {
        score.add(&outcome, &gold, &articles);
    }
    Ok(score)
}

/// The pairs in order, so that the greedy grouping's ties, and so its
/// result, do not depend on hashing.
fn sorted(pairs: &HashSet<SentencePair>) -> Vec<SentencePair> {
    let mut out: Vec<SentencePair> = pairs.iter().copied().collect();
    out.sort_unstable();
    out
}

/// The gold pairs file next to the articles file.
pub fn pairs_path(articles: &Path) -> PathBuf {
    articles.with_file_name(PAIRS_FILE)
}

fn read_articles(path: &Path) -> Result<Vec<Article>> {
    let mut seen = HashSet::new();
    read_jsonl::<ArticleRow>(path)?
        .into_iter()
        .map(|(line, row)| {
            let at = at_line(path, line);
            if !seen.insert(row.doc.clone()) {
                return Err(field_error(&at, "doc", format!("repeats '{}'", row.doc)));
            }
            article(&at, row)
        })
        .collect()
}

fn article(at: &str, row: ArticleRow) -> Result<Article> {
    let sentences: Vec<(usize, &str)> = row
        .sentences
        .iter()
        .map(|s| (s.sentence, s.text.as_str()))
        .collect();
    let numbers: BTreeSet<usize> = sentences.iter().map(|s| s.0).collect();
    if numbers.len() != sentences.len() {
        return Err(field_error(at, "sentences", "repeat a number".into()));
    }
    if let Some(n) = row
        .annotated_sentences
        .iter()
        .find(|n| !numbers.contains(n))
    {
        let problem = format!("names sentence {n}, which the article lacks");
        return Err(field_error(at, "annotated_sentences", problem));
    }
    let mut article = Article::new(&row.doc, &row.subtopic, &sentences);
    article.annotated = row.annotated_sentences.into_iter().collect();
    Ok(article)
}

fn field_error(at: &str, field: &str, problem: String) -> Error {
    Error::JsonField {
        path: at.to_string(),
        field: field.to_string(),
        problem,
    }
}

/// The gold pairs between annotated sentences, and how many rows were not.
fn read_gold(path: &Path, articles: &[Article]) -> Result<(HashSet<SentencePair>, usize)> {
    let index: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.name.as_str(), i))
        .collect();
    let mut gold = HashSet::new();
    let mut unannotated = 0;
    for (line, row) in read_jsonl::<PairRow>(path)? {
        let at = at_line(path, line);
        let a = gold_sentence(&at, "doc_a", &row.doc_a, row.sent_a, &index, articles)?;
        let b = gold_sentence(&at, "doc_b", &row.doc_b, row.sent_b, &index, articles)?;
        if a.0 == b.0 || articles[a.0].subtopic != articles[b.0].subtopic {
            let problem = "must name another article of the same sub-topic".to_string();
            return Err(field_error(&at, "doc_b", problem));
        }
        if is_annotated(articles, a) && is_annotated(articles, b) {
            gold.insert(sentence_pair(a, b));
        } else {
            unannotated += 1;
        }
    }
    Ok((gold, unannotated))
}

fn gold_sentence(
    at: &str,
    field: &str,
    doc: &str,
    number: usize,
    index: &HashMap<&str, usize>,
    articles: &[Article],
) -> Result<SentenceId> {
    let Some(&a) = index.get(doc) else {
        return Err(field_error(
            at,
            field,
            format!("names unknown article '{doc}'"),
        ));
    };
    if !articles[a].sentences.iter().any(|&(n, _)| n == number) {
        let problem = format!("'{doc}' has no sentence {number}");
        return Err(field_error(at, field, problem));
    }
    Ok((a, number))
}

fn is_annotated(articles: &[Article], (a, n): SentenceId) -> bool {
    articles[a].annotated.contains(&n)
}

/// Article indices per sub-topic, in sub-topic name order.
fn subtopics(articles: &[Article]) -> Vec<Vec<usize>> {
    let mut by: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        by.entry(a.subtopic.as_str()).or_default().push(i);
    }
    by.into_values().collect()
}

/// Cross-article pairs of annotated sentences within each sub-topic.
fn annotated_pairs(articles: &[Article], subtopics: &[Vec<usize>]) -> usize {
    subtopics
        .iter()
        .map(|members| {
            let sizes: Vec<usize> = members
                .iter()
                .map(|&a| articles[a].annotated.len())
                .collect();
            let total: usize = sizes.iter().sum();
            let within: usize = sizes.iter().map(|n| n * n).sum();
            (total * total - within) / 2
        })
        .sum()
}

/// What comparing one sub-topic's articles yields.
#[derive(Debug, Default)]
struct Outcome {
    /// Every predicted pair, annotated or not.
    predicted: HashSet<SentencePair>,
    segmentation: SegmentationCheck,
    without_claim: BTreeMap<String, usize>,
}

fn evaluate_subtopic(articles: &[Article], members: &[usize], config: &Config) -> Outcome {
    let documents = members
        .iter()
        .map(|&a| ingest::from_text(&articles[a].name, &articles[a].text))
        .collect();
    let report = compare(documents, config);
    let mut outcome = Outcome::default();
    let mut claim_sentences = Vec::with_capacity(members.len());
    for (source, &a) in report.sources.iter().zip(members) {
        let article = &articles[a];
        let under: Vec<Vec<usize>> = source
            .claims
            .iter()
            .map(|c| article.sentences_under(c.span()))
            .collect();
        let segments: Vec<Span> = source.sentences.iter().map(|s| s.span).collect();
        outcome
            .segmentation
            .add(&check_segments(article, &segments));
        note_without_claim(&mut outcome.without_claim, article, source, &under);
        claim_sentences.push(under);
    }
    outcome.predicted = predicted_pairs(&report.groups, members, &claim_sentences);
    outcome
}

/// Every pair of gold sentences under two members of one group.
/// `claim_sentences[source][claim]` lists the gold sentences a claim covers;
/// `articles[source]` is the source's article index.
pub fn predicted_pairs(
    groups: &[ClaimGroup],
    articles: &[usize],
    claim_sentences: &[Vec<Vec<usize>>],
) -> HashSet<SentencePair> {
    let mut out = HashSet::new();
    for group in groups {
        for (i, x) in group.members.iter().enumerate() {
            for y in &group.members[i + 1..] {
                if x.source() == y.source() {
                    continue;
                }
                for &m in &claim_sentences[x.source()][x.claim()] {
                    for &n in &claim_sentences[y.source()][y.claim()] {
                        let a = (articles[x.source()], m);
                        let b = (articles[y.source()], n);
                        out.insert(sentence_pair(a, b));
                    }
                }
            }
        }
    }
    out
}

/// Count gold sentences the segmenter split or merged with a neighbour.
pub fn check_segments(article: &Article, segments: &[Span]) -> SegmentationCheck {
    let mut check = SegmentationCheck::default();
    for &(number, span) in &article.sentences {
        let over: Vec<&Span> = segments.iter().filter(|s| s.overlaps(&span)).collect();
        let split = over.len() > 1;
        let merged = over.iter().any(|s| {
            article
                .sentences
                .iter()
                .any(|&(n, o)| n != number && o.overlaps(s))
        });
        let annotated = article.annotated.contains(&number);
        check.sentences += 1;
        check.split += usize::from(split);
        check.merged += usize::from(merged);
        check.annotated += usize::from(annotated);
        check.annotated_split += usize::from(annotated && split);
        check.annotated_merged += usize::from(annotated && merged);
    }
    check
}

/// Count annotated sentences no claim covers, by the role of their first
/// segment (why the extractor passed them over).
fn note_without_claim(
    counts: &mut BTreeMap<String, usize>,
    article: &Article,
    source: &crate::model::Analysis,
    under: &[Vec<usize>],
) {
    for &(number, span) in &article.sentences {
        if !article.annotated.contains(&number) || under.iter().any(|u| u.contains(&number)) {
            continue;
        }
        let role = source
            .sentences
            .iter()
            .find(|s| s.span.overlaps(&span))
            .map_or("no segment", |s| role_name(&s.role));
        *counts.entry(role.to_string()).or_default() += 1;
    }
}

fn role_name(role: &SentenceRole) -> &'static str {
    match role {
        SentenceRole::Body => "body",
        SentenceRole::Headline => "headline",
        SentenceRole::Subhead => "subhead",
        SentenceRole::Dateline => "dateline",
        SentenceRole::NoClaim => "too short",
        SentenceRole::Boilerplate(_) => "boilerplate",
    }
}

impl AlignmentScore {
    fn add(&mut self, outcome: &Outcome, gold: &HashSet<SentencePair>, articles: &[Article]) {
        self.predicted_all += outcome.predicted.len();
        let counted = outcome
            .predicted
            .iter()
            .filter(|(a, b)| is_annotated(articles, *a) && is_annotated(articles, *b));
        for pair in counted {
            self.predicted += 1;
            self.correct += usize::from(gold.contains(pair));
        }
        self.segmentation.add(&outcome.segmentation);
        for (role, n) in &outcome.without_claim {
            *self.without_claim.entry(role.clone()).or_default() += n;
        }
    }
}

/// Bound and reach the recall of groupings with at most one sentence per
/// article per group, on gold `pairs`.
///
/// The bound is exact per article pair (the pairs a grouping makes between
/// two articles form a matching) but the matchings of different article pairs
/// need not fit one grouping, so the true best lies between `reachable` and
/// `bound`. `reachable` is what one grouping we build recovers: start with
/// every sentence alone, repeatedly merge the two groups joined by the most
/// gold pairs whose articles do not overlap, then improve by local moves
/// (see `improve`).
pub fn recall_cap(pairs: &[SentencePair]) -> RecallCap {
    RecallCap {
        bound: matching_bound(pairs),
        reachable: greedy_grouping(pairs),
    }
}

/// The sum over article pairs of the maximum matching of their gold pairs.
fn matching_bound(pairs: &[SentencePair]) -> usize {
    let mut by_articles: BTreeMap<(usize, usize), Vec<(usize, usize)>> = BTreeMap::new();
    for &((a, m), (b, n)) in pairs {
        by_articles.entry((a, b)).or_default().push((m, n));
    }
    by_articles.values().map(|edges| max_matching(edges)).sum()
}

/// Maximum bipartite matching by augmenting paths (Kuhn); the graphs here
/// have a handful of sentences a side.
fn max_matching(edges: &[(usize, usize)]) -> usize {
    let mut adjacent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(l, r) in edges {
        adjacent.entry(l).or_default().push(r);
    }
    let mut partner: HashMap<usize, usize> = HashMap::new();
    let mut size = 0;
    for &left in adjacent.keys() {
        let mut visited = HashSet::new();
        size += usize::from(augment(left, &adjacent, &mut partner, &mut visited));
    }
    size
}

fn augment(
    left: usize,
    adjacent: &BTreeMap<usize, Vec<usize>>,
    partner: &mut HashMap<usize, usize>,
    visited: &mut HashSet<usize>,
) -> bool {
    for &right in &adjacent[&left] {
        if !visited.insert(right) {
            continue;
        }
        let free = match partner.get(&right) {
            None => true,
            Some(&other) => augment(other, adjacent, partner, visited),
        };
        if free {
            partner.insert(right, left);
            return true;
        }
    }
    false
}

/// A grouping of sentences: each sentence's group number.
type Grouping = HashMap<SentenceId, usize>;

/// Gold pairs recovered by the greedy grouping described at [`recall_cap`].
fn greedy_grouping(pairs: &[SentencePair]) -> usize {
    let mut group = merge_greedily(pairs);
    improve(pairs, &mut group);
    pairs.iter().filter(|(a, b)| group[a] == group[b]).count()
}

/// Start with every sentence alone and merge the two groups joined by the
/// most gold pairs while their articles stay disjoint.
fn merge_greedily(pairs: &[SentencePair]) -> Grouping {
    let mut group: Grouping = HashMap::new();
    let mut articles: Vec<BTreeSet<usize>> = Vec::new();
    for &(a, b) in pairs {
        for s in [a, b] {
            group.entry(s).or_insert_with(|| {
                articles.push(BTreeSet::from([s.0]));
                articles.len() - 1
            });
        }
    }
    while let Some((keep, gone)) = best_merge(pairs, &group, &articles) {
        let moved = std::mem::take(&mut articles[gone]);
        articles[keep].extend(moved);
        group
            .values_mut()
            .filter(|g| **g == gone)
            .for_each(|g| *g = keep);
    }
    group
}

/// The two groups joined by the most gold pairs that can merge (their
/// articles are disjoint); ties go to the lowest group numbers.
fn best_merge(
    pairs: &[SentencePair],
    group: &Grouping,
    articles: &[BTreeSet<usize>],
) -> Option<(usize, usize)> {
    let mut joining: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (a, b) in pairs {
        let (x, y) = (group[a], group[b]);
        if x != y {
            *joining.entry((x.min(y), x.max(y))).or_default() += 1;
        }
    }
    joining
        .into_iter()
        .filter(|((x, y), _)| articles[*x].is_disjoint(&articles[*y]))
        .max_by(|(k1, n1), (k2, n2)| n1.cmp(n2).then(k2.cmp(k1)))
        .map(|(key, _)| key)
}

/// Local search after the greedy merges, which cannot undo a merge: move a
/// sentence into a neighbour's group, the sentence of the same article it
/// displaces there going to the best group that can take it (or one of its
/// own), whenever this recovers more gold pairs. Every move gains, so the
/// search ends.
fn improve(pairs: &[SentencePair], group: &mut Grouping) {
    let mut search = Search::new(pairs, group);
    while search.pass() {}
    *group = search.group;
}

/// The state of the local search: the grouping both ways round.
struct Search {
    neighbours: BTreeMap<SentenceId, Vec<SentenceId>>,
    group: Grouping,
    members: HashMap<usize, BTreeSet<SentenceId>>,
    fresh: usize,
}

/// A move: `v` joins `to`; `evicted` (v's article's sentence there) goes to
/// `rehome` (`None`: a group of its own).
struct Move {
    v: SentenceId,
    to: usize,
    evicted: Option<SentenceId>,
    rehome: Option<usize>,
}

impl Search {
    fn new(pairs: &[SentencePair], group: &Grouping) -> Search {
        let mut neighbours: BTreeMap<SentenceId, Vec<SentenceId>> = BTreeMap::new();
        for &(a, b) in pairs {
            neighbours.entry(a).or_default().push(b);
            neighbours.entry(b).or_default().push(a);
        }
        let mut members: HashMap<usize, BTreeSet<SentenceId>> = HashMap::new();
        for (&s, &g) in group {
            members.entry(g).or_default().insert(s);
        }
        Search {
            neighbours,
            fresh: group.values().max().map_or(0, |g| g + 1),
            group: group.clone(),
            members,
        }
    }

    /// Try a move for every sentence; whether any was made.
    fn pass(&mut self) -> bool {
        let sentences: Vec<SentenceId> = self.neighbours.keys().copied().collect();
        let mut moved = false;
        for v in sentences {
            if let Some(m) = self.gaining_move(v) {
                self.apply(m);
                moved = true;
            }
        }
        moved
    }

    /// Gold pairs between `s` and members of group `g`, leaving out `skip`.
    fn links(&self, s: SentenceId, g: usize, skip: Option<SentenceId>) -> usize {
        self.neighbours[&s]
            .iter()
            .filter(|&&w| self.group[&w] == g && Some(w) != skip)
            .count()
    }

    /// The member of group `g` from `article`, other than `skip`.
    fn of_article(&self, g: usize, article: usize, skip: SentenceId) -> Option<SentenceId> {
        self.members[&g]
            .iter()
            .find(|s| s.0 == article && **s != skip)
            .copied()
    }

    fn gaining_move(&self, v: SentenceId) -> Option<Move> {
        let from = self.group[&v];
        let stay = self.links(v, from, None) as isize;
        let targets: BTreeSet<usize> = self.neighbours[&v].iter().map(|w| self.group[w]).collect();
        targets.into_iter().filter(|&to| to != from).find_map(|to| {
            let evicted = self.of_article(to, v.0, v);
            let mut gain = self.links(v, to, evicted) as isize - stay;
            let mut rehome = None;
            if let Some(u) = evicted {
                let (home, links) = self.best_home(u, to, v);
                gain += links as isize - self.links(u, to, None) as isize;
                rehome = home;
            }
            (gain > 0).then_some(Move {
                v,
                to,
                evicted,
                rehome,
            })
        })
    }

    /// Where `u`, evicted from `left` by `v` of the same article, recovers
    /// most pairs: a neighbour's group without another sentence of its article.
    fn best_home(&self, u: SentenceId, left: usize, v: SentenceId) -> (Option<usize>, usize) {
        let homes: BTreeSet<usize> = self.neighbours[&u].iter().map(|w| self.group[w]).collect();
        homes
            .into_iter()
            .filter(|&g| g != left && self.of_article(g, u.0, v).is_none())
            .map(|g| (Some(g), self.links(u, g, None)))
            .max_by_key(|&(g, n)| (n, std::cmp::Reverse(g)))
            .unwrap_or((None, 0))
    }

    fn apply(&mut self, m: Move) {
        self.place(m.v, m.to);
        if let Some(u) = m.evicted {
            let home = m.rehome.unwrap_or_else(|| {
                self.fresh += 1;
                self.fresh - 1
            });
            self.place(u, home);
        }
    }

    fn place(&mut self, s: SentenceId, g: usize) {
        let old = self.group.insert(s, g);
        if let Some(old) = old {
            self.members.entry(old).or_default().remove(&s);
        }
        self.members.entry(g).or_default().insert(s);
    }
}

impl fmt::Display for AlignmentScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "alignment: {} sub-topics, {} articles, {} gold pairs between annotated sentences",
            self.subtopics, self.articles, self.gold
        )?;
        writeln!(
            f,
            "  precision {:.3} ({}/{}), recall {:.3} ({}/{}), F1 {:.3}",
            self.precision(),
            self.correct,
            self.predicted,
            self.recall(),
            self.correct,
            self.gold,
            self.f1()
        )?;
        writeln!(
            f,
            "  predicted pairs: {} between annotated sentences, {} in all",
            self.predicted, self.predicted_all
        )?;
        writeln!(
            f,
            "  linking every annotated pair: precision {:.3} ({}/{})",
            self.link_all_precision(),
            self.gold,
            self.annotated_pairs
        )?;
        writeln!(
            f,
            "  recall cap, one sentence per article per group: at most {:.3} (maximum matching per article pair, {}), reachable {:.3} (greedy grouping with local moves, {})",
            self.cap_recall(),
            self.cap.bound,
            self.reachable_recall(),
            self.cap.reachable
        )?;
        self.fmt_segmentation(f)
    }
}

impl AlignmentScore {
    fn fmt_segmentation(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.segmentation;
        writeln!(
            f,
            "  segmentation: of {} gold sentences {} split, {} merged; of {} annotated {} split, {} merged",
            s.sentences, s.split, s.merged, s.annotated, s.annotated_split, s.annotated_merged
        )?;
        let missing: usize = self.without_claim.values().sum();
        let roles = breakdown(self.without_claim.iter().map(|(r, n)| (r, *n)));
        write!(f, "  annotated sentences without a claim: {missing}{roles}")?;
        if self.gold_unannotated > 0 {
            write!(
                f,
                "\n  gold rows outside annotated sentences, not counted: {}",
                self.gold_unannotated
            )?;
        }
        writeln!(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Member, Why};

    fn group(members: &[(usize, usize)]) -> ClaimGroup {
        ClaimGroup {
            id: String::new(),
            kind: ClaimKind::Statement,
            members: members
                .iter()
                .map(|&(source, claim)| Member::new(source, claim))
                .collect(),
            why: Why::default(),
        }
    }

    #[test]
    fn articles_keep_each_sentence_span() {
        let a = Article::new("x", "t", &[(0, "Rain fell."), (2, "Roads shut.")]);
        assert_eq!(a.text, "Rain fell.\n\nRoads shut.");
        assert_eq!(a.sentences[1], (2, Span::new(12, 23)));
        assert_eq!(a.sentences_under(Span::new(14, 18)), vec![2]);
        assert_eq!(a.sentences_under(Span::new(5, 15)), vec![0, 2]);
    }

    #[test]
    fn group_members_from_different_articles_make_pairs() {
        // Source 0 is article 4, source 1 article 7, source 2 article 9.
        // Claim 1 of source 1 came from a gold sentence cut in two (both
        // claims cover sentence 5).
        let claims = vec![
            vec![vec![0], vec![1]],
            vec![vec![3], vec![5]],
            vec![vec![5], vec![6]],
        ];
        let groups = [group(&[(0, 0), (1, 1), (2, 0)]), group(&[(0, 1)])];
        let pairs = predicted_pairs(&groups, &[4, 7, 9], &claims);
        let want: HashSet<SentencePair> =
            [((4, 0), (7, 5)), ((4, 0), (9, 5)), ((7, 5), (9, 5))].into();
        assert_eq!(pairs, want);
    }

    #[test]
    fn only_annotated_pairs_count() {
        let mut a = Article::new("a", "t", &[(0, "One."), (1, "Two.")]);
        let mut b = Article::new("b", "t", &[(0, "Three."), (1, "Four.")]);
        a.annotated = [0].into();
        b.annotated = [0, 1].into();
        let articles = [a, b];
        let outcome = Outcome {
            predicted: [((0, 0), (1, 0)), ((0, 0), (1, 1)), ((0, 1), (1, 1))].into(),
            ..Outcome::default()
        };
        let gold: HashSet<SentencePair> = [((0, 0), (1, 1))].into();
        let mut score = AlignmentScore {
            gold: 1,
            ..AlignmentScore::default()
        };
        score.add(&outcome, &gold, &articles);
        assert_eq!(
            (score.predicted, score.predicted_all, score.correct),
            (2, 3, 1)
        );
        assert_eq!((score.precision(), score.recall()), (0.5, 1.0));
        assert_eq!(annotated_pairs(&articles, &[vec![0, 1]]), 2);
    }

    #[test]
    fn split_and_merged_sentences_are_counted() {
        let mut a = Article::new("a", "t", &[(0, "Aa bb. Cc dd."), (1, "Ee."), (2, "Ff.")]);
        a.annotated = [0, 2].into();
        // Sentence 0 cut in two; sentences 1 and 2 glued into one segment.
        let segments = [Span::new(0, 6), Span::new(7, 13), Span::new(15, 23)];
        let check = check_segments(&a, &segments);
        assert_eq!((check.sentences, check.split, check.merged), (3, 1, 2));
        assert_eq!(
            (
                check.annotated,
                check.annotated_split,
                check.annotated_merged
            ),
            (2, 1, 1)
        );
    }

    #[test]
    fn the_cap_matches_each_sentence_once_per_article() {
        // A star: sentence (0,0) shares an event with three sentences of
        // article 1 and one of article 2, and (1,1) with (2,0) too. One group
        // holds one sentence of article 1, so the best is {(0,0), (1,1),
        // (2,0)}: 3 pairs. Greedy merging alone takes (1,0) first and gets 2.
        let pairs = [
            ((0, 0), (1, 0)),
            ((0, 0), (1, 1)),
            ((0, 0), (1, 2)),
            ((0, 0), (2, 0)),
            ((1, 1), (2, 0)),
        ];
        let cap = recall_cap(&pairs);
        assert_eq!(cap.bound, 3);
        assert_eq!(cap.reachable, 3);
    }

    #[test]
    fn the_bound_can_exceed_what_one_grouping_reaches() {
        // Each article pair's pairs form a matching, so the bound counts all
        // 4; but sentences (0,0) and (0,1) both reach (2,0) by gold pairs and
        // cannot share a group, so the best grouping, {(0,1), (1,0), (2,0)}
        // and {(0,0), (2,1)}, recovers 3.
        let pairs = [
            ((0, 0), (1, 0)),
            ((1, 0), (2, 0)),
            ((0, 1), (2, 0)),
            ((0, 0), (2, 1)),
        ];
        let cap = recall_cap(&pairs);
        assert_eq!(cap.bound, 4);
        assert_eq!(cap.reachable, 3);
    }

    /// A folder holding an articles file and the gold pairs file beside it.
    fn files(articles: &[&str], pairs: &[&str]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let docs = dir.path().join("docs.jsonl");
        std::fs::write(&docs, articles.join("\n")).unwrap();
        std::fs::write(dir.path().join(PAIRS_FILE), pairs.join("\n")).unwrap();
        (dir, docs)
    }

    const FERRY: &str = "The harbour board approved the new ferry timetable on Monday.";

    fn article_row(doc: &str, second: &str) -> String {
        format!(
            r#"{{"doc": "{doc}", "subtopic": "t1", "annotated_sentences": [0, 1],
                "sentences": [{{"sentence": 0, "text": "{FERRY}"}},
                              {{"sentence": 1, "text": "{second}"}}]}}"#
        )
        .replace('\n', " ")
    }

    #[test]
    fn run_links_the_same_sentence_across_articles() {
        let a = article_row(
            "a",
            "Storm damage closed the northern pier for a whole week.",
        );
        let b = article_row(
            "b",
            "Local bakers raised the price of bread by ten percent.",
        );
        let pair = r#"{"doc_a": "a", "sent_a": 0, "doc_b": "b", "sent_b": 0}"#;
        let (_dir, docs) = files(&[&a, &b], &[pair]);
        let score = run(&docs, &Config::default()).unwrap();
        assert_eq!((score.subtopics, score.articles, score.gold), (1, 2, 1));
        assert_eq!(score.correct, 1, "{score}");
        assert_eq!(score.annotated_pairs, 4);
        assert_eq!(
            score.cap,
            RecallCap {
                bound: 1,
                reachable: 1
            }
        );
    }

    #[test]
    fn a_pair_naming_an_unknown_article_names_the_line() {
        let a = article_row(
            "a",
            "Storm damage closed the northern pier for a whole week.",
        );
        let pairs = [
            r#"{"doc_a": "a", "sent_a": 0, "doc_b": "a", "sent_b": 1}"#,
            r#"{"doc_a": "a", "sent_a": 0, "doc_b": "zz", "sent_b": 0}"#,
        ];
        let (_dir, docs) = files(&[&a], &pairs[1..]);
        let err = run(&docs, &Config::default()).unwrap_err().to_string();
        assert!(
            err.contains(":1: JSON field 'doc_b' names unknown article 'zz'"),
            "{err}"
        );
        let (_dir, docs) = files(&[&a], &pairs[..1]);
        let err = run(&docs, &Config::default()).unwrap_err().to_string();
        assert!(err.contains("must name another article"), "{err}");
    }

    #[test]
    fn an_annotated_sentence_the_article_lacks_is_an_error() {
        let row = r#"{"doc": "a", "subtopic": "t", "annotated_sentences": [3],
                      "sentences": [{"sentence": 0, "text": "Rain fell."}]}"#;
        let (_dir, docs) = files(&[&row.replace('\n', " ")], &[]);
        let err = run(&docs, &Config::default()).unwrap_err().to_string();
        assert!(
            err.contains(":1: JSON field 'annotated_sentences' names sentence 3"),
            "{err}"
        );
    }

    #[test]
    fn matching_uses_augmenting_paths() {
        // Greedy would match 0-0 and strand 1; the maximum is 2.
        assert_eq!(max_matching(&[(0, 0), (0, 1), (1, 0)]), 2);
    }
}
