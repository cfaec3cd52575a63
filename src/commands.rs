//! One function per subcommand: load inputs through the library, run it,
//! render, and return the exit status.

use std::io::IsTerminal;

use anyhow::{Context, Result};

use claimdiff::ingest::{self, IngestOptions};
use claimdiff::render::{self, View};
use claimdiff::{Config, compare};

use crate::cli::{
    ColorChoice, Command, CompareArgs, EvalArgs, EvalSet, FilterArgs, InputArgs, InspectArgs,
    InspectFormat, OutputArgs,
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

fn eval_command(args: EvalArgs) -> Result<u8> {
    let path = std::path::Path::new(&args.path);
    let config = Config::default();
    // The headline score, and a second gated score with its floor, if any.
    let (text, score, second) = match args.set {
        EvalSet::Corpus => {
            let score = claimdiff::eval::corpus::run(path, &config)?;
            (score.to_string(), score.recall(), None)
        }
        EvalSet::Quotes => {
            let score = claimdiff::eval::quotes::run(path, &config)?;
            let recall = (
                "all-attribution recall",
                score.all.recall(),
                args.min_recall,
            );
            (score.to_string(), score.direct.f1(), Some(recall))
        }
    };
    print!("{text}");
    let Some(gate) = args.gate else {
        return Ok(NO_DIVERGENCE);
    };
    let mut passed = true;
    if score < gate {
        eprintln!("claimdiff: score {score:.4} is below the gate {gate}");
        passed = false;
    }
    if let Some((name, value, floor)) = second
        && value < floor
    {
        eprintln!("claimdiff: {name} {value:.4} is below {floor}");
        passed = false;
    }
    Ok(if passed { NO_DIVERGENCE } else { DIVERGENCES })
}
