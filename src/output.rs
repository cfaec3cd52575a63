//! Where output goes: standard output, or a file written whole or not at all
//! (a temporary file in the same folder, renamed into place), never one of
//! the inputs.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Write `bytes` to `target` (a path, or standard output when `None`).
pub fn write(target: Option<&str>, inputs: &[&str], bytes: &[u8]) -> Result<()> {
    let Some(path) = target.filter(|p| *p != "-") else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(bytes)?;
        return Ok(stdout.flush()?);
    };
    refuse_inputs(path, inputs)?;
    let path = Path::new(path);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(&dir).with_context(|| {
        format!(
            "{}: cannot create a file in {}",
            path.display(),
            dir.display()
        )
    })?;
    temp.write_all(bytes)
        .and_then(|_| temp.flush())
        .with_context(|| format!("{}: write failed", path.display()))?;
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

/// `-o` must never overwrite an input.
fn refuse_inputs(output: &str, inputs: &[&str]) -> Result<()> {
    let canonical = |p: &str| std::fs::canonicalize(p).ok();
    let out = canonical(output);
    for input in inputs.iter().filter(|i| **i != "-") {
        if *input == output || (out.is_some() && canonical(input) == out) {
            bail!("{output}: refusing to write the output over an input file");
        }
    }
    Ok(())
}

/// A closed pipe (`claimdiff … | head`) is not an error worth reporting.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
