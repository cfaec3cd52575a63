//! People and organisations: find capitalised names, split off titles and
//! roles, and give each a key that stays the same across "President Vladimir
//! Putin", "Putin" and "Putin's", and across transliterations ("Zelenskiy",
//! "Zelensky") when keys are compared with [`same_entity`].
//!
//! Outlets name the same person in different ways; without one key per person
//! every title or spelling change would read as a different speaker.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use crate::lexicon::Lexicon;
use crate::model::Span;
use crate::text::Token;

/// A capitalised name in a sentence, with the titles around it.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMention {
    /// Span of the whole mention, titles included (document offsets).
    pub span: Span,
    /// The name words as written, titles removed ("Vladimir Putin").
    pub name: String,
    /// Lower-case titles and roles ("president", "aide").
    pub roles: Vec<String>,
    /// Lower-case words that qualify the role ("russian", "kremlin").
    pub context: Vec<String>,
    pub is_person: bool,
    /// Comparison key: a person's folded surname, else the folded name.
    pub key: String,
    /// Index of the first token of the mention (titles included).
    pub first_token: usize,
    /// Index one past the last token of the mention.
    pub end_token: usize,
}

const CONNECTORS: &[&str] = &[
    "de", "van", "von", "al", "bin", "da", "di", "la", "le", "du", "del", "der", "of", "ibn",
];

/// Find the names in a sentence's tokens (spans in document offsets).
pub fn find_names(tokens: &[Token], text: &str, lex: &Lexicon) -> Vec<NameMention> {
    // In a shouted sentence ("EIGHT DEAD AS RIVER SWALLOWS TOWN") capitals
    // say nothing: its all-capital words are read as if lower case.
    if shouted(tokens, text) {
        let quiet: Vec<Token> = tokens
            .iter()
            .map(|t| Token {
                capitalized: t.capitalized && !is_acronym(t.span.slice(text)),
                ..t.clone()
            })
            .collect();
        return find_names_in(&quiet, text, lex);
    }
    find_names_in(tokens, text, lex)
}

/// Three or more words, most of them in capitals.
fn shouted(tokens: &[Token], text: &str) -> bool {
    let words = tokens.iter().filter(|t| {
        t.is_word
            && t.span
                .slice(text)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= 2
    });
    let (mut all, mut loud) = (0, 0);
    for t in words {
        all += 1;
        loud += usize::from(is_acronym(t.span.slice(text)));
    }
    loud >= 3 && loud * 5 >= all * 3
}

fn find_names_in(tokens: &[Token], text: &str, lex: &Lexicon) -> Vec<NameMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match name_run_end(tokens, i, text, lex) {
            Some(end) => {
                out.push(build_mention(tokens, text, i, end, lex));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

fn is_name_word(t: &Token, lex: &Lexicon) -> bool {
    t.is_word
        && t.capitalized
        && !lex.not_names.contains(t.lower.as_str())
        && !t.is_digit()
        // Capitalised, a number word is still not a name: "FOUR people died".
        && !crate::text::is_number_word(&t.lower)
}

/// A run opening with a title of one or more words and giving two names
/// after it ("President Anton Rusk", "Chief Superintendent Daniel Orme"): a
/// person, whom "of Velmaria" or "of Eastholm Police" places rather than
/// names (unlike the "Bank of England").
fn titled_person(run: &[Token], lex: &Lexicon) -> bool {
    // Titles of several words count whole: "Prime Minister Tomas Brenn".
    let mut title = 0;
    while let Some(len) = lex.titles.match_at(run, title) {
        title += len;
    }
    title >= 1
        && run.len() >= title + 2
        && !run[title..]
            .iter()
            .any(|t| lex.titles.contains_word(&t.lower))
}

/// A word whose capitals can only shout: a stop word or one longer than an
/// acronym usually is ("STAYED", "NEVER"), not "UN" or "NATO".
fn is_stop_or_common(word: &str) -> bool {
    crate::text::is_stop_word(word) || word.chars().count() > 4
}

/// End (exclusive) of the capitalised run starting at `start`, if one does.
fn name_run_end(tokens: &[Token], start: usize, text: &str, lex: &Lexicon) -> Option<usize> {
    if !is_name_word(&tokens[start], lex) || compound_adjective(tokens[start].span.slice(text)) {
        return None;
    }
    let mut end = start + 1;
    while end < tokens.len() {
        let t = &tokens[end];
        if possessive(&tokens[end - 1].lower) {
            break;
        }
        // A shouted word after a name in ordinary case is emphasis: "Halvek
        // chief Marek Dunst STAYED AWAY".
        let shout = is_acronym(t.span.slice(text))
            && !is_acronym(tokens[end - 1].span.slice(text))
            && is_stop_or_common(&t.lower);
        if t.is_word
            && (t.capitalized || hyphened_particle(t.span.slice(text)))
            && !t.is_digit()
            && !shout
        {
            end += 1;
        } else if CONNECTORS.contains(&t.lower.as_str())
            && tokens.get(end + 1).is_some_and(|n| is_name_word(n, lex))
            && !(t.lower == "of" && titled_person(&tokens[start..end], lex))
        {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// "al-Hassan", "el-Sisi", "bin-Laden": a lower-case particle joined by a
/// hyphen to a capitalised name is part of the name.
fn hyphened_particle(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        [
            "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "ben",
        ]
        .contains(&particle)
            && rest.starts_with(char::is_uppercase)
    })
}

/// "Lindmoor-based", "Kremlin-backed", "Glasgow-born": a capitalised word
/// made an adjective by a lower-case word after a hyphen describes the
/// name after it; it is no first name ("Lindmoor-based Tessaline" is a
/// company, not a person).
fn compound_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, last)| {
        last.len() >= 3 && last.chars().all(|c| c.is_ascii_lowercase()) && !hyphened_particle(word)
    })
}

/// "Putin's", "Sanders'" (lower case).
pub(crate) fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("s'")
}

fn build_mention(
    tokens: &[Token],
    text: &str,
    start: usize,
    end: usize,
    lex: &Lexicon,
) -> NameMention {
    // Titles inside the run: "U.S. President Donald Trump".
    let mut name_start = start;
    let mut roles = Vec::new();
    let mut context = Vec::new();
    let mut j = start;
    while j < end {
        let title = lex.titles.match_at(&tokens[..end], j);
        match title.or_else(|| lex.plural_titles.match_at(&tokens[..end], j)) {
            Some(n) if j + n < end => {
                context.extend(tokens[name_start..j].iter().map(|t| t.lower.to_string()));
                // "Minister of Internal Affairs Bogdan Sever": the office
                // runs on to the given name and surname that end the run.
                let portfolio = tokens[j + n].lower == "of" && end >= j + n + 4;
                let title_end = if portfolio { end - 2 } else { j + n };
                roles.push(crate::text::lower_joined(&tokens[j..title_end]));
                j = title_end;
                name_start = j;
            }
            _ => j += 1,
        }
    }
    // Lower-case titles just before the run: "aide Yuri Ushakov".
    let mut first = start;
    if let Some((title_start, role)) = title_before(tokens, start, lex) {
        roles.push(role);
        context.extend(
            tokens[title_start.saturating_sub(2)..title_start]
                .iter()
                .filter(|t| t.is_word && !crate::text::is_stop_word(&t.lower))
                .map(|t| t.lower.to_string()),
        );
        first = title_start;
    }
    roles.extend(appositive_role(tokens, end, lex));
    let name_tokens = &tokens[name_start..end];
    let name = Span::new(
        name_tokens[0].span.start,
        name_tokens[name_tokens.len() - 1].span.end,
    )
    .slice(text)
    .trim_end_matches("'s")
    .trim_end_matches("’s")
    .to_string();
    // "the Amalgamated Vehicle Workers' Union": a plural possessive before
    // a body's head noun ends the run, but the name is the body's.
    let body_follows = tokens.get(end).is_some_and(|t| t.lower == "'")
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.capitalized && lex.non_person_heads.contains(t.lower.as_str()));
    let is_person = !body_follows && person_like(name_tokens, text, !roles.is_empty(), lex);
    let key = entity_key(&name, is_person, lex);
    NameMention {
        span: Span::new(tokens[first].span.start, tokens[end - 1].span.end),
        name,
        roles,
        context,
        is_person,
        key,
        first_token: first,
        end_token: end,
    }
}

/// A lower-case title right before token `start` ("aide", "foreign minister"),
/// or before a comma ("Ukraine's foreign minister, Andrii Sybiha").
fn title_before(tokens: &[Token], start: usize, lex: &Lexicon) -> Option<(usize, String)> {
    let mut end = start;
    if end > 0 && tokens[end - 1].is_punct(',') {
        end -= 1;
    }
    (1..=3).rev().find_map(|n| {
        let s = end.checked_sub(n)?;
        let is_title = lex.titles.match_at(&tokens[..end], s) == Some(n);
        (is_title && !tokens[s].capitalized)
            .then(|| (s, crate::text::lower_joined(&tokens[s..end])))
    })
}

/// A role given after the name: "Kirill Dmitriev, head of the fund".
fn appositive_role(tokens: &[Token], end: usize, lex: &Lexicon) -> Option<String> {
    if !tokens.get(end)?.is_punct(',') {
        return None;
    }
    (end + 1..(end + 5).min(tokens.len())).find_map(|j| {
        if !tokens[j].is_word {
            return None;
        }
        // "Back in Carrowby, Mr Pollitt …": a title before a name is that
        // name's, not an aside about the one before the comma.
        lex.titles
            .match_at(tokens, j)
            .filter(|&n| {
                !tokens
                    .get(j + n)
                    .is_some_and(|t| t.is_word && t.capitalized)
            })
            .map(|n| crate::text::lower_joined(&tokens[j..j + n]))
    })
}

fn person_like(name: &[Token], text: &str, has_role: bool, lex: &Lexicon) -> bool {
    let place_word = name.iter().any(|t| {
        lex.non_person_heads
            .contains(t.lower.trim_end_matches("'s"))
    });
    let acronym = name.iter().any(|t| is_acronym(t.span.slice(text)));
    if place_word || acronym {
        return false;
    }
    has_role || name.iter().filter(|t| t.is_word).count() >= 2
}

/// A word that names a nationality ("Russian", "Chinese", "British"), by
/// its ending: two different ones describe two different people.
fn is_demonym(word: &str) -> bool {
    const NOT: &[&str] = &[
        "veteran",
        "partisan",
        "human",
        "urban",
        "suburban",
        "republican",
    ];
    let w = word.to_lowercase();
    let by_ending = ["ian", "ean", "ese", "ish", "can"]
        .iter()
        .any(|e| w.ends_with(e))
        || (w.ends_with("an") && w.len() >= 6);
    w.len() >= 5 && by_ending && !NOT.contains(&w.as_str())
}

/// "NATO", "US", "EU": two or more letters, all capitals.
fn is_acronym(word: &str) -> bool {
    let letters = || word.chars().filter(|c| c.is_alphabetic());
    letters().count() >= 2 && letters().all(char::is_uppercase)
}

/// Fold a word for keys: lower case, diacritics removed, possessive dropped.
pub fn fold(word: &str) -> String {
    // ASCII has no diacritics or curly apostrophes: only its case to fold
    // (a shortcut: keys are folded for every name of every claim).
    let folded = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' { '\'' } else { c })
            .collect::<String>()
    };
    folded
        .trim_end_matches("'s")
        .trim_end_matches('\'')
        .to_string()
}

/// The key of a name: a person's folded surname (after aliases), else the
/// folded full name.
pub fn entity_key(name: &str, is_person: bool, lex: &Lexicon) -> String {
    let shown = lex
        .aliases
        .get(&name.to_lowercase())
        .map(String::as_str)
        .unwrap_or(name);
    if is_person {
        shown
            .split_whitespace()
            .last()
            .map(fold)
            .unwrap_or_default()
    } else {
        fold(shown)
    }
}

/// Do two keys name the same entity, allowing transliteration variants
/// ("zelenskiy" / "zelensky" / "zelenskyy")?
pub fn same_entity(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    a.chars().next() == b.chars().next()
        && a.chars().count() >= 5
        && b.chars().count() >= 5
        && strsim::jaro_winkler(a, b) >= 0.92
}

/// Can two person names be the same person? The surnames must match
/// (allowing transliteration); first names only when both give one, an
/// initial matching a full name ("J. Smith", "John Smith"). Names are
/// compared as given: pass them folded ([`fold`]) when case or accents vary.
pub fn same_person(a: &str, b: &str) -> bool {
    let ((fa, sa), (fb, sb)) = (first_and_surname(a), first_and_surname(b));
    if !same_entity(sa, sb) {
        return false;
    }
    fa.is_empty() || fb.is_empty() || same_given_name(fa, fb)
}

/// Can two given names be one person's: the same name, allowing
/// transliteration, or an initial matching it ("J." and "John")?
pub fn same_given_name(a: &str, b: &str) -> bool {
    let initial = |f: &str| f.trim_end_matches('.').chars().count() == 1;
    if initial(a) || initial(b) {
        return a.chars().next() == b.chars().next();
    }
    same_entity(a, b)
}

/// Do two names with one surname give different first names ("Lena Harjo"
/// and "Birgit Harjo")? Each word before the surname may be a given name,
/// an initial, or a label ("Deputy Governor Tomas Reiner", "Baker Karel
/// Voss"): the names differ only when no word of one is even loosely like
/// a word of the other, as transliterations of one name are ("Volodymyr"
/// and "Vladimir").
pub fn other_given_names(a: &str, b: &str) -> bool {
    // Below this, names are others ("John" and "Jane" score 0.67).
    const TRANSLITERATED: f64 = 0.7;
    let loosely_alike =
        |x: &str, y: &str| same_given_name(x, y) || strsim::jaro_winkler(x, y) >= TRANSLITERATED;
    let given = |s: &str| {
        let words: Vec<String> = s.split_whitespace().map(fold).collect();
        words[..words.len().saturating_sub(1)].to_vec()
    };
    let (ga, gb) = (given(a), given(b));
    !ga.is_empty() && !gb.is_empty() && !ga.iter().any(|x| gb.iter().any(|y| loosely_alike(x, y)))
}

fn first_and_surname(name: &str) -> (&str, &str) {
    let name = name.trim();
    match name.rfind(' ') {
        Some(i) => (name[..i].split(' ').next().unwrap_or(""), &name[i + 1..]),
        None => ("", name),
    }
}

/// What a document has said about each person so far: the longest form of the
/// name and the roles given, for resolving "he" and "the Russian president".
#[derive(Debug, Default, Clone)]
pub struct People {
    persons: HashMap<String, PersonInfo>,
    /// Keys in order of last mention, most recent last.
    recent: Vec<String>,
}

#[derive(Debug, Default, Clone)]
struct PersonInfo {
    display: String,
    roles: Vec<String>,
    context: Vec<String>,
}

impl People {
    pub fn note(&mut self, mention: &NameMention) {
        if !mention.is_person || mention.key.is_empty() {
            return;
        }
        let info = self.persons.entry(mention.key.clone()).or_default();
        if mention.name.len() > info.display.len() {
            info.display = mention.name.clone();
        }
        // Each role once: a liveblog names the same person thousands of times.
        for role in &mention.roles {
            if !info.roles.contains(role) {
                info.roles.push(role.clone());
            }
        }
        for word in &mention.context {
            if !info.context.contains(word) {
                info.context.push(word.clone());
            }
        }
        self.recent.retain(|k| k != &mention.key);
        self.recent.push(mention.key.clone());
    }

    pub fn is_person(&self, key: &str) -> bool {
        self.persons.contains_key(key)
    }

    /// The fullest name of every person seen so far.
    pub fn displays(&self) -> impl Iterator<Item = &str> {
        self.persons.values().map(|p| p.display.as_str())
    }

    /// The fullest form of a person's name seen so far.
    pub fn display(&self, key: &str) -> Option<&str> {
        self.persons.get(key).map(|p| p.display.as_str())
    }

    /// The person a role phrase refers to: "the Russian president" is the most
    /// recently named person with the role "president", preferring one whose
    /// description shares a qualifier ("Russian" ~ "Russia").
    /// Does anyone named so far hold the role ("foreign minister")?
    pub fn holds_role(&self, role: &str) -> bool {
        self.recent.iter().any(|k| self.has_role(k, role))
    }

    /// Does the person hold the role, as named or as a kind of it ("the
    /// minister" for the housing minister)? A prime minister, vice
    /// president or deputy mayor holds another office than "the minister",
    /// "the president" or "the mayor".
    fn has_role(&self, key: &str, role: &str) -> bool {
        const OTHER_OFFICE: &[&str] = &["prime", "vice", "deputy", "assistant", "former", "ex"];
        let kind_of = |r: &str| {
            r.strip_suffix(role)
                .and_then(|head| head.strip_suffix(' '))
                .is_some_and(|head| {
                    let last = head.rsplit([' ', '-']).next().unwrap_or(head);
                    !OTHER_OFFICE.contains(&last)
                })
        };
        self.persons[key]
            .roles
            .iter()
            .any(|r| r == role || kind_of(r))
    }

    pub fn resolve_role(&self, role: &str, qualifiers: &[String]) -> Option<String> {
        let has_role = |k: &&String| self.has_role(k, role);
        let shares = |c: &String| {
            qualifiers
                .iter()
                .any(|q| c.chars().take(5).eq(q.chars().take(5)))
        };
        let qualified = |k: &&&String| self.persons[**k].context.iter().any(shares);
        // A person described with other qualifiers ("Ukrainian") is not
        // "the Russian president".
        let unqualified =
            |k: &&&String| qualifiers.is_empty() || self.persons[**k].context.is_empty();
        // "the Kremlin aide" may be the "presidential aide": other words, no
        // clash. But "the Valdorian foreign minister" is not the Kestrian
        // one, whoever was named last.
        let no_clash = |k: &&&String| {
            // "Kestria's foreign minister" is as Kestrian as "the Kestrian
            // foreign minister".
            let theirs = || {
                self.persons[**k]
                    .context
                    .iter()
                    .filter(|w| is_demonym(w) || w.ends_with("'s") || w.ends_with("’s"))
            };
            let same = |a: &str, b: &str| a.chars().take(5).eq(b.chars().take(5));
            !qualifiers
                .iter()
                .filter(|q| is_demonym(q))
                .any(|q| theirs().next().is_some() && theirs().all(|w| !same(w, q)))
        };
        let candidates: Vec<&String> = self.recent.iter().rev().filter(has_role).collect();
        candidates
            .iter()
            .find(qualified)
            .or_else(|| candidates.iter().find(unqualified))
            .or_else(|| candidates.iter().find(no_clash))
            .map(|k| (*k).clone())
    }

    /// The most recently named person.
    pub fn last_person(&self) -> Option<String> {
        self.recent.last().cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn names(text: &str) -> Vec<NameMention> {
        find_names(&tokenize(text), text, &Lexicon::default())
    }

    #[test]
    fn a_place_made_an_adjective_is_no_first_name() {
        let n = names("Lindmoor-based Tessaline has expanded.");
        assert!(n.iter().any(|m| m.name == "Tessaline" && !m.is_person));
        let n = names("Glasgow-born Mary Kell spoke.");
        assert!(n.iter().any(|m| m.name == "Mary Kell" && m.is_person));
        // A particle is part of the name.
        assert!(names("Al-Hassan Omar spoke.")[0].is_person);
    }

    #[test]
    fn a_business_named_for_its_trade_is_no_person() {
        let n = names("Belmora Coaches said in a statement that it was saddened.");
        assert!(
            n.iter()
                .any(|m| m.name == "Belmora Coaches" && !m.is_person)
        );
        let n = names("Spokeswoman Mirela Daskal said the firm was saddened.");
        assert!(n.iter().any(|m| m.name == "Mirela Daskal" && m.is_person));
    }

    #[test]
    fn a_title_before_the_next_name_is_no_aside_about_a_place() {
        let n = names("Back in Carrowby, Mr Pollitt's neighbours have rallied round.");
        assert!(n.iter().any(|m| m.key == "carrowby" && !m.is_person));
        let n = names("His operation at St Brigid's Hospital was off.");
        assert!(n.iter().all(|m| !m.is_person));
        let n = names("Tomas Brennick of the Amalgamated Vehicle Workers' Union met them.");
        assert!(n.iter().any(|m| m.name == "Tomas Brennick" && m.is_person));
        assert!(
            n.iter()
                .any(|m| m.name.starts_with("Amalgamated") && !m.is_person)
        );
    }

    #[test]
    fn of_places_a_titled_person_and_names_a_body() {
        let n = names("President Anton Rusk of Velmaria met the press.");
        assert!(n.iter().any(|m| m.name == "Anton Rusk" && m.key == "rusk"));
        let n = names("Chief Superintendent Daniel Orme of Eastholm Police spoke.");
        assert!(n.iter().any(|m| m.name == "Daniel Orme" && m.key == "orme"));
        // A title of two words, one of them no title alone.
        let n = names("Prime Minister Tomas Brenn of Kesland began the talks.");
        assert!(
            n.iter()
                .any(|m| m.name == "Tomas Brenn" && m.key == "brenn")
        );
        let n = names("Minister of Internal Affairs Bogdan Sever said so.");
        assert!(
            n.iter()
                .any(|m| m.name == "Bogdan Sever" && m.key == "sever")
        );
        let n = names("The Bank of England raised rates.");
        assert!(n.iter().any(|m| m.name.contains("Bank of England")));
        // A shouted word after a name is no part of it.
        let n = names("Halvek chief Marek Dunst STAYED AWAY.");
        assert!(n.iter().any(|m| m.name == "Marek Dunst"));
    }

    #[test]
    fn a_hyphened_particle_belongs_to_the_name() {
        let n = names("Syrian Information Minister Ahmad al-Hassan called the charges baseless.");
        assert_eq!(n[0].name, "Ahmad al-Hassan");
        assert_eq!(n[0].key, "al-hassan");
    }

    #[test]
    fn nationalities_are_told_by_their_endings() {
        assert!(is_demonym("valdorian") && is_demonym("chinese") && is_demonym("british"));
        assert!(!is_demonym("kremlin") && !is_demonym("presidential") && !is_demonym("veteran"));
    }

    #[test]
    fn capitals_in_a_shouted_sentence_make_no_name() {
        assert!(names("EIGHT DEAD AS RIVER SWALLOWS TOWN").is_empty());
        // Mixed case within it still does; so do acronyms in a calm sentence.
        let n = names("FLOOD HORROR AS RIVER HITS Caldbridge");
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].key, "caldbridge");
        assert_eq!(names("The NATO summit opened.").len(), 1);
    }

    #[test]
    fn titles_are_roles_not_names() {
        let n = names("U.S. President Donald Trump sent envoys.");
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].name, "Donald Trump");
        assert_eq!(n[0].roles, ["president"]);
        assert_eq!(n[0].context, ["u.s."]);
        assert_eq!(n[0].key, "trump");
        assert!(n[0].is_person);
        // A title in the plural stands before a list of names.
        let n = names("Trade Ministers Ilse Varga and Oskar Lind sat in.");
        assert_eq!(n[0].name, "Ilse Varga");
        assert_eq!(n[0].roles, ["ministers"]);
    }

    #[test]
    fn lower_case_titles_before_and_roles_after() {
        let n = names("Kremlin foreign-policy aide Yuri Ushakov spoke.");
        let ushakov = n.iter().find(|m| m.key == "ushakov").unwrap();
        assert_eq!(ushakov.roles, ["aide"]);
        assert!(ushakov.context.contains(&"foreign-policy".to_string()));
        let n = names("Kirill Dmitriev, head of the fund, attended.");
        assert_eq!(n[0].roles, ["head"]);
    }

    #[test]
    fn places_and_acronyms_are_not_people() {
        for text in [
            "They walked across Red Square.",
            "Officers took part in the operation on Quarry Lawn.",
            "The White House said.",
            "NATO met.",
        ] {
            assert!(names(text).iter().all(|m| !m.is_person), "{text}");
        }
    }

    #[test]
    fn possessives_and_diacritics_fold_into_the_key() {
        assert_eq!(names("Putin's warning")[0].key, "putin");
        assert_eq!(fold("Zelenskýy"), "zelenskyy");
        assert_eq!(fold("PUTIN'S"), "putin");
        assert_eq!(fold("Putin’s"), "putin");
    }

    #[test]
    fn first_names_tell_people_apart_when_both_are_given() {
        assert!(same_person("james fischer", "fischer"));
        assert!(!same_person("james fischer", "samuel fischer"));
        assert!(same_person("j. fischer", "james fischer"));
        assert!(same_person("volodymyr zelenskiy", "volodymyr zelensky"));
    }

    #[test]
    fn transliterations_are_the_same_entity() {
        assert!(same_entity("zelenskiy", "zelensky"));
        assert!(same_entity("zelenskyy", "zelensky"));
        assert!(!same_entity("putin", "peskov"));
        assert!(!same_entity("chen", "chan"));
    }

    #[test]
    fn role_phrases_resolve_to_the_latest_matching_person() {
        let lex = Lexicon::default();
        let mut people = People::default();
        for text in [
            "President Vladimir Putin met them.",
            "Ukrainian President Volodymyr Zelenskiy spoke.",
        ] {
            for m in find_names(&tokenize(text), text, &lex) {
                people.note(&m);
            }
        }
        assert_eq!(
            people.resolve_role("president", &[]).as_deref(),
            Some("zelenskiy")
        );
        assert_eq!(
            people
                .resolve_role("president", &["ukrainian".into()])
                .as_deref(),
            Some("zelenskiy")
        );
        assert_eq!(
            people
                .resolve_role("president", &["russian".into()])
                .as_deref(),
            Some("putin")
        );
        assert_eq!(people.display("putin"), Some("Vladimir Putin"));
    }

    #[test]
    fn a_prime_minister_is_not_the_minister() {
        let lex = Lexicon::default();
        let mut people = People::default();
        for text in [
            "Housing Minister Margit Sorell resigned.",
            "She wrote to Prime Minister Anton Kessrin.",
        ] {
            for m in find_names(&tokenize(text), text, &lex) {
                people.note(&m);
            }
        }
        assert_eq!(
            people.resolve_role("minister", &[]).as_deref(),
            Some("sorell")
        );
        assert_eq!(
            people.resolve_role("prime minister", &[]).as_deref(),
            Some("kessrin")
        );
    }
}
