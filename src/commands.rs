//! One function per subcommand: load inputs through the library, run it,
//! render, and return the exit status.

use std::io::IsTerminal;

use anyhow::{Context, Result};

use claimdiff::ingest::{self, IngestOptions};
use claimdiff::render::{self, View};
use claimdiff::{Config, compare};

use crate::cli::{
    BatchArgs, ColorChoice, Command, CompareArgs, EvalArgs, EvalSet, FilterArgs, InputArgs,
    InspectArgs, InspectFormat, OutputArgs, TableArgs,
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
    }
}

fn compare_command(args: CompareArgs) -> Result<u8> {
    let config = load_config(&args.input)?;
    if args.a == "-" && args.b == "-" {
        anyhow::bail!("only one input can be standard input (-)");
    }
    let a = ingest::load(&args.a, &ingest_options(&args.input, args.label_a.clone()))?;
    let b = ingest::load(&args.b, &ingest_options(&args.input, args.label_b.clone()))?;
    let report = compare(vec![a, b], &config);
    let view = view(&args.output, &args.filter);
    let mut bytes = Vec::new();
    render::render(&report, &view, args.output.format.into(), &mut bytes)?;
    output::write(args.output.output.as_deref(), &[&args.a, &args.b], &bytes)?;
    Ok(if report.shown(&view).is_empty() {
        NO_DIVERGENCE
    } else {
        DIVERGENCES
    })
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
        return Ok(documents);
    }
    Ok(inputs
        .iter()
        .map(|p| ingest::load(p, options))
        .collect::<claimdiff::Result<Vec<_>>>()?)
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
    let mut bytes = Vec::new();
    render::render(&report, &view, args.output.format.into(), &mut bytes)?;
    let inputs: Vec<&str> = report
        .sources
        .iter()
        .filter_map(|s| s.document.path.as_deref())
        .collect();
    output::write(args.output.output.as_deref(), &inputs, &bytes)?;
    Ok(if report.shown(&view).is_empty() {
        NO_DIVERGENCE
    } else {
        DIVERGENCES
    })
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
            "claimdiff: {} of {} lines failed (see their \"error\" records)",
            summary.failed, summary.lines
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
    let document = ingest::load(&args.file, &ingest_options(&args.input, args.label.clone()))?;
    let analysis = claimdiff::analyse(document, &config);
    let mut bytes = Vec::new();
    match args.format {
        InspectFormat::Json => render::inspect::json(&analysis, args.include_text, &mut bytes)?,
        InspectFormat::Table => {
            let width = (args.output.is_some() || !std::io::stdout().is_terminal()).then_some(120);
            render::inspect::table(&analysis, width, &mut bytes)?
        }
    }
    output::write(args.output.as_deref(), &[&args.file], &bytes)?;
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
    println!("{}", scored.text.trim_end());
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
                    args.min_recall,
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
                floor: Some(("recall", score.recall(), alignment::MIN_RECALL)),
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
