//! Helpers shared by the command-line test files.

#![allow(dead_code)] // each test file uses its own subset

use assert_cmd::Command;
use tempfile::TempDir;

pub const STORY: &str = "corpora/kremlin-talks";
pub const WIRE: &str = "corpora/kremlin-talks/wire.txt";
pub const TABLOID: &str = "corpora/kremlin-talks/tabloid.md";

/// The built binary, ready for arguments.
pub fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap()
}

/// Write `bytes` to `name` in `dir`; the path as a string.
pub fn write(dir: &TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}
