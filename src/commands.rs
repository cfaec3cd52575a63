//! One function per subcommand: load inputs through the library, run it,
//! render, and return the exit status.

use std::io::IsTerminal;

use anyhow::{Context, Result};

use claimdiff::ingest::{self, IngestOptions};
use claimdiff::render::{self, Review, View};
use claimdiff::review::{self, Decision, Decisions, Status};
use claimdiff::{Config, Report, compare};

use crate::cli::{
    BatchArgs, ColorChoice, Command, CompareArgs, EvalArgs, EvalSet, FilterArgs, InputArgs,
    InspectArgs, InspectFormat, OutputArgs, ReviewArgs, ReviewOptions, TableArgs,
};
use crate::output;

/// Exit status: nothing shown.
pub const NO_DIVERGENCE: u8 = 0;
/// Exit status: divergences shown.
pub const DIVERGENCES: u8 = 1;
/// Exit status: trouble (bad input, I/O error, failed gate's data).
pub const TROUBLE: u8 = 2;

pub fn run(command: Command) -> Result<u8> {
    match command {
        Command::Compare(args) => compare_command(args),
        Command::Inspect(args) => inspect_command(args),
        Command::Table(args) => table_command(args),
        Command::Batch(args) => batch_command(args),
        Command::Review(args) => review_command(args),
        Command::Config(_) => {
            output::write(None, &[], claimdiff::lexicon::DEFAULTS_TOML.as_bytes())?;
            Ok(NO_DIVERGENCE)
        }
        Command::Eval(args) => eval_command(args),
    }
}

fn load_config(input: &InputArgs) -> Result<Config> {
    let Some(path) = &input.config else {
        return Ok(Config::default());
    };
    let text = std::fs::read_to_string(path).with_context(|| format!("{path}: cannot read"))?;
    Ok(Config::from_toml(path, &text)?)
}

/// Read a source, saying on stderr when it is not in English: it is still
/// compared, but the claim rules are English.
fn load(path: &str, options: &IngestOptions) -> Result<claimdiff::Document> {
    let document = ingest::load(path, options)?;
    warn_language(&document);
    Ok(document)
}

fn warn_language(document: &claimdiff::Document) {
    warn_foreign(document, ingest::foreign_language(&document.text));
}

fn warn_foreign(document: &claimdiff::Document, language: Option<&str>) {
    if let Some(language) = language {
        let name = document.path.as_deref().unwrap_or(&document.label);
        eprintln!("claimdiff: {name}: looks like {language}, not English; claims may be missed");
    }
}

/// The documents' languages, guessed in parallel (guessing costs more than
/// reading a file), and warned about in order, as [`load`] does one by one.
fn warn_languages(documents: &[claimdiff::Document]) {
    use rayon::prelude::*;
    let languages: Vec<Option<&str>> = documents
        .par_iter()
        .map(|d| ingest::foreign_language(&d.text))
        .collect();
    for (document, language) in documents.iter().zip(languages) {
        warn_foreign(document, language);
    }
}

/// [`load`] of several paths, read in parallel; what is reported (the first
/// failure, the warnings of the documents before it) is as when read in order.
fn load_all(paths: &[String], options: &IngestOptions) -> Result<Vec<claimdiff::Document>> {
    use rayon::prelude::*;
    let loaded: Vec<claimdiff::Result<claimdiff::Document>> =
        paths.par_iter().map(|p| ingest::load(p, options)).collect();
    let mut documents = Vec::with_capacity(loaded.len());
    let mut failure = None;
    for found in loaded {
        match found {
            Ok(document) => documents.push(document),
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    warn_languages(&documents);
    match failure {
        Some(e) => Err(e.into()),
        None => Ok(documents),
    }
}

fn ingest_options(input: &InputArgs, label: Option<String>) -> IngestOptions {
    IngestOptions {
        label,
        encoding: input.encoding.clone(),
        format: None,
    }
}

fn view(output: &OutputArgs, filter: &FilterArgs) -> View {
    let to_terminal = output.output.is_none() && std::io::stdout().is_terminal();
    let color = match output.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none(),
    };
    View {
        min_severity: filter.min_severity.into(),
        only: (!filter.only.is_empty()).then(|| filter.only.iter().map(|&t| t.into()).collect()),
        include_text: output.include_text,
        color,
        width: if to_terminal { None } else { Some(120) },
        reference: None,
        by_group: false,
        review: None,
        show_dismissed: false,
    }
}

fn compare_command(args: CompareArgs) -> Result<u8> {
    let config = load_config(&args.input)?;
    if args.a == "-" && args.b == "-" {
        anyhow::bail!("only one input can be standard input (-)");
    }
    let a = load(&args.a, &ingest_options(&args.input, args.label_a.clone()))?;
    let b = load(&args.b, &ingest_options(&args.input, args.label_b.clone()))?;
    let report = compare(vec![a, b], &config);
    let mut view = view(&args.output, &args.filter);
    apply_review(&args.review, &report, &mut view)?;
    finish(&report, &view, &args.output, &[&args.a, &args.b])
}

/// Render, write, and pick the exit status: 1 when a divergence that counts
/// is shown.
fn finish(report: &Report, view: &View, output: &OutputArgs, inputs: &[&str]) -> Result<u8> {
    output::stream(output.output.as_deref(), inputs, |out| {
        Ok(render::render(report, view, output.format.into(), out)?)
    })?;
    Ok(if report.counted(view) == 0 {
        NO_DIVERGENCE
    } else {
        DIVERGENCES
    })
}

/// Read a decisions file; a file that is not there is an empty one only
/// when `missing_ok` (the `review` command creates it).
fn read_decisions(path: &str, missing_ok: bool) -> Result<Decisions> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Decisions::parse(path, &text)?),
        Err(e) if missing_ok && e.kind() == std::io::ErrorKind::NotFound => {
            Ok(Decisions::default())
        }
        Err(e) => Err(claimdiff::Error::io(path, e).into()),
    }
}

/// Put `--review` decisions into the view, naming stale ones in one warning.
fn apply_review(options: &ReviewOptions, report: &Report, view: &mut View) -> Result<()> {
    let Some(path) = &options.review else {
        return Ok(());
    };
    let applied = review::apply(&read_decisions(path, false)?, report);
    if !applied.stale.is_empty() {
        let ids: Vec<&str> = applied.stale.keys().map(String::as_str).collect();
        eprintln!(
            "claimdiff: warning: {path}: {} stale decision(s), their divergence is gone: {}",
            ids.len(),
            ids.join(", ")
        );
    }
    let file_name = std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
    view.review = Some(Review { applied, file_name });
    view.show_dismissed = options.show_dismissed;
    Ok(())
}

/// `claimdiff review FILE --set ID=STATUS…`: edit the decisions file, and
/// with the versions at hand, record what each decision was made on.
fn review_command(args: ReviewArgs) -> Result<u8> {
    let mut decisions = read_decisions(&args.file, true)?;
    let report = match args.inputs.is_empty() {
        true => None,
        false => {
            let config = load_config(&args.input)?;
            let documents = table_documents(&args.inputs, &ingest_options(&args.input, None))?;
            Some(compare(documents, &config))
        }
    };
    if let Some(report) = &report {
        // File moved decisions under their ids now before setting any.
        decisions = review::apply(&decisions, report).merged(report);
    }
    let reviewer = args.reviewer.clone().or_else(|| std::env::var("USER").ok());
    let time = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for (id, status) in &args.set {
        let mut decision = new_decision(&decisions, report.as_ref(), id, *status)?;
        decision.note = args
            .note
            .clone()
            .or_else(|| decisions.decisions.get(id).and_then(|d| d.note.clone()));
        decision.reviewer = reviewer.clone();
        decision.time = Some(time.clone());
        decisions.decisions.insert(id.clone(), decision);
    }
    let inputs: Vec<&str> = args.inputs.iter().map(String::as_str).collect();
    output::write(Some(&args.file), &inputs, decisions.to_json().as_bytes())?;
    Ok(NO_DIVERGENCE)
}

/// A decision on the divergence as the versions show it now; without them,
/// on the id alone (its claims kept from an earlier decision, its variants
/// unknown, so it cannot be reopened — said on stderr).
fn new_decision(
    decisions: &Decisions,
    report: Option<&Report>,
    id: &str,
    status: Status,
) -> Result<Decision> {
    if let Some(report) = report {
        let d = report
            .divergences
            .iter()
            .find(|d| d.id == id)
            .with_context(|| format!("{id}: no divergence with this id in these versions"))?;
        return Ok(Decision::new(status, Some(review::fingerprint(report, d))));
    }
    eprintln!(
        "claimdiff: note: {id}: recorded without the versions it is about; give them (files or a folder) so that a new version reopens it"
    );
    let mut decision = Decision::new(status, None);
    if let Some(before) = decisions.decisions.get(id) {
        decision.kind = before.kind;
        decision.claims = before.claims.clone();
    }
    Ok(decision)
}

/// The documents a `table` command names: files, or the files of one folder.
fn table_documents(inputs: &[String], options: &IngestOptions) -> Result<Vec<claimdiff::Document>> {
    if let [single] = inputs
        && std::path::Path::new(single).is_dir()
    {
        let (documents, skipped) = ingest::load_dir(single, options)?;
        for err in skipped {
            eprintln!("claimdiff: skipped {err}");
        }
        warn_languages(&documents);
        return Ok(documents);
    }
    load_all(inputs, options)
}

fn table_command(args: TableArgs) -> Result<u8> {
    let config = load_config(&args.input)?;
    let documents = table_documents(&args.inputs, &ingest_options(&args.input, None))?;
    if documents.len() < 2 {
        anyhow::bail!(
            "table needs at least two versions, found {}",
            documents.len()
        );
    }
    let mut view = view(&args.output, &args.filter);
    view.by_group = true;
    if let Some(outlet) = &args.reference {
        let labels: Vec<&str> = documents.iter().map(|d| d.label.as_str()).collect();
        let index = labels.iter().position(|l| l == outlet).with_context(|| {
            format!(
                "--reference {outlet}: no source has that label (labels: {})",
                labels.join(", ")
            )
        })?;
        view.reference = Some(index);
    }
    let report = compare(documents, &config);
    apply_review(&args.review, &report, &mut view)?;
    let inputs: Vec<&str> = report
        .sources
        .iter()
        .filter_map(|s| s.document.path.as_deref())
        .collect();
    finish(&report, &view, &args.output, &inputs)
}

fn batch_command(args: BatchArgs) -> Result<u8> {
    let config = load_config(&InputArgs {
        config: args.config.clone(),
        encoding: None,
    })?;
    let view = View {
        min_severity: args.filter.min_severity.into(),
        only: (!args.filter.only.is_empty())
            .then(|| args.filter.only.iter().map(|&t| t.into()).collect()),
        include_text: args.include_text,
        ..View::default()
    };
    let reader: Box<dyn std::io::BufRead> = if args.input == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        // A folder opens fine on Unix and fails only at the first read.
        if std::path::Path::new(&args.input).is_dir() {
            return Err(claimdiff::Error::IsDirectory { path: args.input }.into());
        }
        let file =
            std::fs::File::open(&args.input).map_err(|e| claimdiff::Error::io(&args.input, e))?;
        Box::new(std::io::BufReader::new(file))
    };
    let bar = progress_bar();
    let tick = |done: usize| {
        if let Some(bar) = &bar {
            bar.set_position(done as u64);
        }
    };
    let summary = output::stream(args.output.as_deref(), &[&args.input], |out| {
        Ok(claimdiff::batch::run(reader, out, &config, &view, &tick)?)
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if summary.failed > 0 {
        eprintln!(
            "claimdiff: {}: {} of {} lines failed, the first: {} (see the \"error\" records)",
            args.input,
            summary.failed,
            summary.lines,
            summary.first_error.as_deref().unwrap_or("unknown")
        );
        return Ok(TROUBLE);
    }
    Ok(NO_DIVERGENCE)
}

/// A progress counter on stderr, only when stderr is a terminal.
fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} stories compared ({per_sec})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    Some(bar)
}

fn inspect_command(args: InspectArgs) -> Result<u8> {
    let config = load_config(&args.input)?;
    let document = load(&args.file, &ingest_options(&args.input, args.label.clone()))?;
    let width = (args.output.is_some() || !std::io::stdout().is_terminal()).then_some(120);
    output::stream(args.output.as_deref(), &[&args.file], |out| {
        match args.format {
            // Read in pieces: a 100 MB liveblog is never held as claims all at once.
            InspectFormat::Json => {
                render::inspect::json(&document, &config, args.include_text, out)?
            }
            InspectFormat::Table => {
                render::inspect::table(&claimdiff::analyse(document, &config), width, out)?
            }
        }
        Ok(())
    })?;
    Ok(NO_DIVERGENCE)
}

/// What an evaluation printed and what `--gate` compares.
struct Scored {
    text: String,
    /// The headline measure's name and value, compared with the gate.
    headline: (&'static str, f64),
    /// A measure that must reach a fixed floor before the headline counts:
    /// (name, value, floor).
    floor: Option<(&'static str, f64, f64)>,
}

impl Scored {
    /// Why the score fails `gate`, if it does.
    fn failure(&self, gate: f64) -> Option<String> {
        let (name, value) = self.headline;
        if let Some((floor_name, floor_value, floor)) = self.floor
            && floor_value < floor
        {
            return Some(format!(
                "{floor_name} {floor_value:.4} is below {floor}, so {name} {value:.4} does not count"
            ));
        }
        (value < gate).then(|| format!("{name} {value:.4} is below the gate {gate}"))
    }
}

fn eval_command(args: EvalArgs) -> Result<u8> {
    let scored = score_eval(&args)?;
    output::write(
        None,
        &[],
        format!("{}\n", scored.text.trim_end()).as_bytes(),
    )?;
    match args.gate.and_then(|gate| scored.failure(gate)) {
        Some(failure) => {
            eprintln!("claimdiff: {failure}");
            Ok(DIVERGENCES)
        }
        None => Ok(NO_DIVERGENCE),
    }
}

fn score_eval(args: &EvalArgs) -> Result<Scored> {
    use claimdiff::eval::{alignment, corpus, paraphrase};
    let path = std::path::Path::new(&args.path);
    let config = load_config(&InputArgs {
        config: args.config.clone(),
        encoding: None,
    })?;
    Ok(match args.set {
        EvalSet::Corpus => {
            let score = corpus::run(path, &config)?;
            Scored {
                text: score.to_string(),
                headline: ("recall", score.recall()),
                floor: None,
            }
        }
        EvalSet::Segmentation => {
            let score = claimdiff::eval::segmentation::run(path)?;
            Scored {
                text: score.to_string(),
                headline: ("rows exact", score.exact as f64),
                floor: None,
            }
        }
        EvalSet::Numbers => {
            let score = claimdiff::eval::numbers::run(path)?;
            Scored {
                text: score.to_string(),
                headline: ("F1", score.f1()),
                floor: None,
            }
        }
        EvalSet::Dates => {
            let score = claimdiff::eval::dates::run(path)?;
            Scored {
                text: score.to_string(),
                headline: ("F1", score.f1()),
                floor: None,
            }
        }
        EvalSet::Quotes => {
            let score = claimdiff::eval::quotes::run(path, &config)?;
            Scored {
                text: score.to_string(),
                headline: ("direct-quote F1", score.direct.f1()),
                floor: Some((
                    "all-attribution recall",
                    score.all.recall(),
                    args.min_recall.unwrap_or(0.4),
                )),
            }
        }
        EvalSet::Peers => {
            let score = claimdiff::eval::peers::run(path, &config)?;
            Scored {
                text: score.to_string(),
                headline: ("grouped as the truth says", score.alignment()),
                floor: None,
            }
        }
        EvalSet::Paraphrase => {
            let score = paraphrase::run(path, &config)?;
            Scored {
                text: score.to_string(),
                headline: ("accuracy", score.accuracy()),
                floor: None,
            }
        }
        EvalSet::Alignment => {
            let score = alignment::run(path, &config)?;
            Scored {
                text: score.to_string(),
                headline: ("precision", score.precision()),
                floor: Some((
                    "recall",
                    score.recall(),
                    args.min_recall.unwrap_or(alignment::MIN_RECALL),
                )),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(headline: f64, floor: Option<f64>) -> Scored {
        Scored {
            text: String::new(),
            headline: ("precision", headline),
            floor: floor.map(|r| ("recall", r, 0.30)),
        }
    }

    #[test]
    fn the_gate_checks_the_floor_then_the_headline() {
        assert_eq!(scored(0.9, Some(0.4)).failure(0.83), None);
        let low_recall = scored(0.9, Some(0.2)).failure(0.83).unwrap();
        assert_eq!(
            low_recall,
            "recall 0.2000 is below 0.3, so precision 0.9000 does not count"
        );
        let low_precision = scored(0.8, Some(0.4)).failure(0.83).unwrap();
        assert_eq!(low_precision, "precision 0.8000 is below the gate 0.83");
        assert_eq!(scored(0.8, None).failure(0.7), None);
    }
}
