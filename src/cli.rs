//! Command-line interface: clap definitions, turned into the library's
//! configuration. Nothing else in the crate knows about clap.

use clap::{Args, Parser, Subcommand, ValueEnum};

use claimdiff::model::{DivergenceType, Severity};
use claimdiff::review::Status;

const AFTER_HELP: &str = "\
Examples:
  claimdiff compare corpora/kremlin-talks/wire.txt corpora/kremlin-talks/tabloid.md
  claimdiff compare a.txt b.html --format json -o report.json
  claimdiff compare a.txt b.txt --min-severity low --only quantity,polarity
  claimdiff table corpora/kremlin-talks --format html -o report.html
  claimdiff inspect corpora/kremlin-talks/wire.txt
  claimdiff config --print-defaults > claimdiff.toml

Exit status: 0 when no divergence is shown (dismissed ones do not count),
1 when some are, 2 on trouble.";

/// Find where outlets' versions of the same news story diverge: numbers,
/// dates, participants, quotes and speakers, negations, hedging, omissions.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two versions of a story and list where they diverge.
    #[command(after_help = "\
Examples:
  claimdiff compare corpora/kremlin-talks/wire.txt corpora/kremlin-talks/tabloid.md
  claimdiff compare a.txt b.json --format md --label-a Reuters --label-b TASS
  cat b.txt | claimdiff compare a.txt - --format csv -o diff.csv
  claimdiff compare a.txt b.txt --format html -o review.html

Inputs: .txt and .md (a first line without final punctuation is the headline),
.json ({\"outlet\", \"title\", \"body\", \"url\"?, \"published\"?}), .html/.htm (main
text only), or - for standard input.
With --review, dismissed divergences are hidden (--show-dismissed shows them).
Exit status: 0 when no divergence is shown (dismissed ones do not count),
1 when some are, 2 on trouble.")]
    Compare(CompareArgs),
    /// Compare many versions at once: one row per claim group, one column per outlet.
    #[command(after_help = "\
Examples:
  claimdiff table corpora/kremlin-talks
  claimdiff table wire.txt tass.txt bbc.html --reference wire
  claimdiff table corpora/harbour-fire --format csv -o fire.csv
  claimdiff table corpora/kremlin-talks --format html --review decisions.json -o review.html

A folder stands for the .txt, .md, .json, .html and .htm files in it but its
gold.json (the corpus gold file); another JSON file that is not a document is
skipped with a warning.
With --review, dismissed divergences are hidden (--show-dismissed shows them).
Exit status: 0 when no divergence is shown (dismissed ones do not count),
1 when some are, 2 on trouble.")]
    Table(TableArgs),
    /// Record review decisions (accept, dismiss, reopen) in a decisions file.
    #[command(after_help = "\
Examples:
  claimdiff review decisions.json --set D1a2b3c4d5e6f=dismissed --note \"house style\" corpora/kremlin-talks
  claimdiff review decisions.json --set D1a2b3c4d5e6f=accepted --reviewer ana
  claimdiff table corpora/kremlin-talks --review decisions.json

The file is created when missing and rewritten whole (a temporary file renamed
into place). Give the versions compared (files, or one folder) so that each
decision records what the outlets said: a decision reopens when a new version
says something else. compare and table apply the file with --review.")]
    Review(ReviewArgs),
    /// Compare story clusters from JSON Lines, one claimdiff/1 report per line.
    #[command(after_help = "\
Examples:
  claimdiff batch clusters.jsonl > reports.jsonl
  cat clusters.jsonl | claimdiff batch - --min-severity high

Each input line: {\"story\": ID, \"documents\": [{\"outlet\", \"title\", \"body\", \"url\"?, \"published\"?}]}.
A bad line yields {\"story\", \"line\", \"error\"} and the run goes on.
Exit status: 0 when every line was processed, 2 when any failed.")]
    Batch(BatchArgs),
    /// Show the sentences and claims extracted from one source.
    #[command(after_help = "\
Examples:
  claimdiff inspect corpora/kremlin-talks/wire.txt
  claimdiff inspect page.html --format json | jq '.claims[] | select(.kind == \"quote\")'")]
    Inspect(InspectArgs),
    /// Work with configuration files.
    #[command(after_help = "\
Examples:
  claimdiff config --print-defaults > claimdiff.toml
  claimdiff compare a.txt b.txt --config claimdiff.toml")]
    Config(ConfigArgs),
    /// Score claimdiff on a public test set or on a gold-annotated corpus.
    #[command(after_help = "\
Examples:
  claimdiff eval corpus corpora
  claimdiff eval segmentation ../shared/eval/segmentation/pysbd-golden-rules-en.json --gate 46
  claimdiff eval paraphrase ../shared/eval/paraphrase/mrpc-train.jsonl --gate 0.735
  claimdiff eval alignment ../shared/eval/alignment/ecbplus-docs.jsonl --gate 0.83
  claimdiff eval quotes ../shared/eval/quotes/polnear-train.jsonl --gate 0.7

Prints the score; with --gate, exits 1 when the headline score (corpus: recall,
paraphrase: accuracy, alignment: precision, quotes: direct-quote F1) is below the
gate, for alignment when recall is below 0.30, and for quotes when
all-attribution recall is below --min-recall (default 0.4).")]
    Eval(EvalArgs),
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// First version (path, or - for standard input).
    pub a: String,
    /// Second version (path, or - for standard input).
    pub b: String,
    /// Label for the first version (default: JSON outlet, else file name).
    #[arg(long, value_name = "NAME")]
    pub label_a: Option<String>,
    /// Label for the second version.
    #[arg(long, value_name = "NAME")]
    pub label_b: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub review: ReviewOptions,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct TableArgs {
    /// Versions to compare (paths), or one folder holding them.
    #[arg(required = true, num_args = 1..)]
    pub inputs: Vec<String>,
    /// Show everything relative to this outlet (its label): only divergences
    /// where it differs from another outlet, with its version first.
    #[arg(long, value_name = "OUTLET")]
    pub reference: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub review: ReviewOptions,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The decisions file (claimdiff-review/1 JSON).
    pub file: String,
    /// A decision: divergence id = accepted, dismissed or open (repeatable).
    #[arg(long, required = true, value_name = "ID=STATUS", value_parser = parse_set)]
    pub set: Vec<(String, Status)>,
    /// Why (replaces the decision's note).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Who decided (default: $USER).
    #[arg(long, value_name = "NAME")]
    pub reviewer: Option<String>,
    /// The versions compared (paths, or one folder), to record what each
    /// outlet said.
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub input: InputArgs,
}

fn parse_set(s: &str) -> Result<(String, Status), String> {
    let (id, status) = s
        .split_once('=')
        .ok_or_else(|| format!("'{s}': expected ID=STATUS"))?;
    let status = Status::parse(status.trim())
        .ok_or_else(|| format!("'{status}': status is accepted, dismissed or open"))?;
    Ok((id.trim().to_string(), status))
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// JSON Lines of story clusters (- or nothing for standard input).
    #[arg(default_value = "-")]
    pub input: String,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<String>,
    /// Add each document's analysed text to the reports.
    #[arg(long)]
    pub include_text: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Extra word lists and severity overrides (TOML).
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The source to inspect (path, or - for standard input).
    pub file: String,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = InspectFormat::Table)]
    pub format: InspectFormat,
    /// Label for the source.
    #[arg(long, value_name = "NAME")]
    pub label: Option<String>,
    /// Add the analysed text to JSON output.
    #[arg(long)]
    pub include_text: bool,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<String>,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the default lexicon and severity table as a TOML file to edit.
    #[arg(long, required = true)]
    pub print_defaults: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Which evaluation to run.
    #[arg(value_enum)]
    pub set: EvalSet,
    /// The test set: a file, or for `corpus` the corpora folder; for
    /// `alignment` the articles file, with the gold pairs file beside it.
    pub path: String,
    /// Exit 1 when the headline score is below this.
    #[arg(long)]
    pub gate: Option<f64>,
    /// Evaluate with these word lists and severities (TOML).
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// With --gate, also exit 1 when recall is below this (quotes:
    /// all-attribution recall, default 0.4; alignment: pair recall, default 0.30).
    #[arg(long, value_name = "RECALL")]
    pub min_recall: Option<f64>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EvalSet {
    /// The bundled corpora's gold divergences (recall, typed recall, alarms).
    Corpus,
    /// Sentence boundaries on the pySBD golden rules (score: rows exact).
    Segmentation,
    /// Numbers and quantities on a Recognizers-Text spec file (score: mention F1).
    Numbers,
    /// Dates and times on the Recognizers-Text date-time spec (score: F1).
    Dates,
    /// A story from shared/peers/gen_corpus.py: the folder with truth.json
    /// (score: share of sentences grouped as the truth says).
    Peers,
    /// MRPC-style sentence pairs, `{label, s1, s2}` (gate: accuracy).
    Paraphrase,
    /// ECB+ articles; the gold pairs file sits next to them (gate: precision,
    /// with recall at least 0.30).
    Alignment,
    /// PolNeAR attributions: direct-quote and all-attribution precision, recall, F1.
    Quotes,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Write to FILE instead of standard output (written whole or not at all).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<String>,
    /// Add each source's analysed text to JSON output.
    #[arg(long)]
    pub include_text: bool,
    /// When to colour the table.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Hide divergences below this severity (they do not count for the exit status).
    #[arg(long, value_enum, default_value_t = SeverityArg::Medium)]
    pub min_severity: SeverityArg,
    /// Show only these divergence types (comma-separated).
    #[arg(long, value_delimiter = ',', value_enum, value_name = "TYPE,...")]
    pub only: Vec<TypeArg>,
}

#[derive(Debug, Args)]
pub struct ReviewOptions {
    /// Apply review decisions from FILE (see `claimdiff review`): dismissed
    /// divergences are hidden and never count for the exit status.
    #[arg(long, value_name = "FILE")]
    pub review: Option<String>,
    /// Show dismissed divergences too.
    #[arg(long, requires = "review")]
    pub show_dismissed: bool,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Extra word lists and severity overrides (TOML; see `config --print-defaults`).
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Decode inputs with this encoding (e.g. windows-1252, latin1) instead of UTF-8.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    #[value(alias = "markdown")]
    Md,
    Csv,
    /// One self-contained page for editors (filters, keyboard review, export).
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InspectFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Low,
    Medium,
    High,
}

impl From<SeverityArg> for Severity {
    fn from(s: SeverityArg) -> Self {
        match s {
            SeverityArg::Low => Severity::Low,
            SeverityArg::Medium => Severity::Medium,
            SeverityArg::High => Severity::High,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TypeArg {
    Quantity,
    /// Named as in the JSON output; "date-time" is taken too.
    #[value(name = "date_time", alias = "date-time")]
    DateTime,
    Participants,
    Attribution,
    Quote,
    Polarity,
    Certainty,
    Omission,
    Wording,
}

impl From<TypeArg> for DivergenceType {
    fn from(t: TypeArg) -> Self {
        match t {
            TypeArg::Quantity => DivergenceType::Quantity,
            TypeArg::DateTime => DivergenceType::DateTime,
            TypeArg::Participants => DivergenceType::Participants,
            TypeArg::Attribution => DivergenceType::Attribution,
            TypeArg::Quote => DivergenceType::Quote,
            TypeArg::Polarity => DivergenceType::Polarity,
            TypeArg::Certainty => DivergenceType::Certainty,
            TypeArg::Omission => DivergenceType::Omission,
            TypeArg::Wording => DivergenceType::Wording,
        }
    }
}

impl From<OutputFormat> for claimdiff::render::Format {
    fn from(f: OutputFormat) -> Self {
        use claimdiff::render::Format;
        match f {
            OutputFormat::Table => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Md => Format::Markdown,
            OutputFormat::Csv => Format::Csv,
            OutputFormat::Html => Format::Html,
        }
    }
}
