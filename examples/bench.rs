//! Speed and memory figures quoted in the README, measured in a release
//! build (never in unit tests):
//!
//! ```text
//! cargo run --release --example bench              # every figure
//! cargo run --release --example bench -- scale 50x200
//! cargo run --release --example bench -- inspect   # one 1 MB article
//! ```
//!
//! `scale` builds synthetic stories (N outlets × S sentences, with changed
//! figures, dropped names, negations, omissions and insertions) and times
//! `compare` on them; `inspect` times the analysis of a 1 MB article. Peak
//! memory is the heap high-water mark, counted by a wrapping allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use claimdiff::{Config, analyse, compare, ingest};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn reset_peak() -> usize {
    let now = CURRENT.load(Ordering::Relaxed);
    PEAK.store(now, Ordering::Relaxed);
    now
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// A small deterministic random source (no dependency needed for a bench).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const PEOPLE: &[&str] = &[
    "Ana Torres",
    "Ben Okoro",
    "Clara Weiss",
    "Dev Patel",
    "Eva Lind",
    "Femi Adebayo",
    "Greta Holm",
    "Hiro Sato",
    "Ines Duarte",
    "Jon Berg",
    "Kofi Mensah",
    "Lena Novak",
    "Marco Ricci",
    "Nora Quist",
];
const PLACES: &[&str] = &[
    "the town hall",
    "the port",
    "the stadium",
    "the court",
    "the square",
    "the depot",
];
const BODIES: &[&str] = &[
    "council",
    "board",
    "assembly",
    "commission",
    "committee",
    "tribunal",
];
const THINGS: &[&str] = &[
    "budget",
    "bridge plan",
    "rent cap",
    "water deal",
    "school merger",
    "bus contract",
];

/// One base sentence, with an outlet's edit applied.
fn sentence(rng: &mut Rng, base: usize, edit: u64) -> String {
    let mut r = Rng(base as u64 * 7919 + 17);
    let who = PEOPLE[r.below(PEOPLE.len())];
    let other = PEOPLE[r.below(PEOPLE.len())];
    let place = PLACES[r.below(PLACES.len())];
    let body = BODIES[r.below(BODIES.len())];
    let thing = THINGS[r.below(THINGS.len())];
    let n = 3 + r.below(40);
    let changed = if edit == 1 { n + 1 + rng.below(3) } else { n };
    let not = if edit == 2 { " not" } else { "" };
    match base % 4 {
        0 => format!(
            "The {body} voted {changed} to {} to approve the {thing} at {place}, {who} said.",
            r.below(9)
        ),
        1 => format!(
            "{who} and {} attended the {thing} hearing at {place} on day {base}.",
            if edit == 3 { "an aide" } else { other }
        ),
        2 => format!(
            "\"We will{not} sign the {thing},\" {who} told reporters at {place} in session {base}."
        ),
        _ => format!(
            "About {changed}00 people gathered near {place} over the {thing}, the {body} said in notice {base}."
        ),
    }
}

/// N outlet texts of S sentences each.
fn story(outlets: usize, sentences: usize) -> Vec<String> {
    let mut rng = Rng(42);
    (0..outlets)
        .map(|o| {
            let mut text = String::new();
            for base in 0..sentences {
                if o > 0 && rng.chance(5) {
                    continue;
                }
                let edit = if o > 0 && rng.chance(30) {
                    1 + rng.next() % 3
                } else {
                    0
                };
                text.push_str(&sentence(&mut rng, base, edit));
                text.push(if base % 3 == 2 { '\n' } else { ' ' });
                if o > 0 && rng.chance(5) {
                    let fresh = 100_000 + rng.below(1_000_000);
                    text.push_str(&sentence(&mut rng, fresh, 0));
                    text.push(' ');
                }
            }
            text
        })
        .collect()
}

fn scale(outlets: usize, sentences: usize, config: &Config) {
    let texts = story(outlets, sentences);
    let input: usize = texts.iter().map(String::len).sum();
    let before = reset_peak();
    let started = Instant::now();
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ingest::from_text(&format!("outlet{i}"), t))
        .collect();
    let report = compare(docs, config);
    let seconds = started.elapsed().as_secs_f64();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let total = outlets * sentences;
    println!(
        "{outlets:>5} x {sentences:<4} {:>8.3} s {:>8.1} µs/sentence {:>7.1} MiB peak for {:>6.2} MiB input ({:>4.1}x) {:>6} groups",
        seconds,
        seconds * 1e6 / total as f64,
        mib(peak),
        mib(input),
        peak as f64 / input as f64,
        report.groups.len()
    );
    drop(texts);
}

fn inspect(config: &Config) {
    let seed = std::fs::read_to_string("corpora/kremlin-talks/wire.txt").unwrap_or_else(|_| {
        "The five-hour meeting produced no agreement, Ushakov said. ".repeat(10)
    });
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    let before = reset_peak();
    let started = Instant::now();
    let analysis = analyse(ingest::from_text("big", &text), config);
    let seconds = started.elapsed().as_secs_f64();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    println!(
        "inspect: {:.2} MiB article, {} sentences, {} claims in {:.3} s, {:.1} MiB peak",
        mib(text.len()),
        analysis.sentences.len(),
        analysis.claims.len(),
        seconds,
        mib(peak)
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = Config::default();
    let sizes = [(2, 50), (10, 100), (50, 200), (200, 200), (1000, 50)];
    match args.first().map(String::as_str) {
        Some("inspect") => inspect(&config),
        Some("scale") => {
            let wanted: Vec<(usize, usize)> = args[1..]
                .iter()
                .filter_map(|a| a.split_once('x'))
                .filter_map(|(n, s)| Some((n.parse().ok()?, s.parse().ok()?)))
                .collect();
            for (n, s) in if wanted.is_empty() {
                sizes.to_vec()
            } else {
                wanted
            } {
                scale(n, s, &config);
            }
        }
        _ => {
            inspect(&config);
            for (n, s) in sizes {
                scale(n, s, &config);
            }
        }
    }
}
