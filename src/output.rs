//! Where output goes: standard output, or a file written whole or not at all
//! (a temporary file in the same folder, renamed into place), never one of
//! the inputs.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Write `bytes` to `target` (a path, or standard output when `None`).
pub fn write(target: Option<&str>, inputs: &[&str], bytes: &[u8]) -> Result<()> {
    stream(target, inputs, |out| Ok(out.write_all(bytes)?))
}

/// Stream output through `write_with`: to standard output as it comes, or to
/// a temporary file renamed into place only when everything was written.
pub fn stream<T>(
    target: Option<&str>,
    inputs: &[&str],
    write_with: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let Some(path) = target.filter(|p| *p != "-") else {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        let value = write_with(&mut stdout)?;
        stdout.flush()?;
        return Ok(value);
    };
    refuse_inputs(path, inputs)?;
    let path = Path::new(path);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // tempfile's error names its random file; the folder is what the user gave.
    let temp = tempfile::NamedTempFile::new_in(&dir)
        .map_err(|e| claimdiff::Error::io(&dir, std::io::Error::from(e.kind())))
        .with_context(|| format!("{}: cannot write the output", path.display()))?;
    let mut writer = std::io::BufWriter::new(temp);
    let value = write_with(&mut writer)?;
    let temp = writer
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("{}: write failed", path.display()))?;
    // Temporary files are private; the output gets the usual permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = temp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(value)
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
