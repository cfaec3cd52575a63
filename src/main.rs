//! The `claimdiff` binary: parse arguments, run a command, map the outcome to
//! an exit status like diff's (0 nothing shown, 1 divergences shown, 2 trouble).

mod cli;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli.command) {
        Ok(status) => ExitCode::from(status),
        Err(err) if output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("claimdiff: {err:#}");
            ExitCode::from(commands::TROUBLE)
        }
    }
}
