//! Run configuration: the lexicon (word lists), alignment settings and the
//! severity table, from the shipped defaults plus an optional user file.

use crate::align::AlignConfig;
use crate::diff::SeverityTable;
use crate::error::Result;
use crate::lexicon::Lexicon;

/// Everything a run can be configured with; `Default` gives the shipped defaults.
#[derive(Debug, Clone)]
pub struct Config {
    pub lexicon: Lexicon,
    pub align: AlignConfig,
    pub severity: SeverityTable,
}

impl Default for Config {
    fn default() -> Self {
        let lexicon = Lexicon::default();
        Config {
            severity: SeverityTable::from_spec(&lexicon.severity, "defaults.toml")
                .expect("valid defaults"),
            align: AlignConfig::from_spec(&lexicon.alignment, "defaults.toml")
                .expect("valid defaults"),
            lexicon,
        }
    }
}

impl Config {
    /// The defaults plus a user's TOML file (`path` is only used in messages):
    /// word lists are added to the defaults, `[severity]` entries override.
    pub fn from_toml(path: &str, text: &str) -> Result<Self> {
        let lexicon = Lexicon::from_toml(Some((path, text)))?;
        let severity = SeverityTable::from_spec(&lexicon.severity, path)?;
        let align = AlignConfig::from_spec(&lexicon.alignment, path)?;
        Ok(Config {
            lexicon,
            severity,
            align,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

    #[test]
    fn severity_overrides_apply() {
        let c = Config::from_toml("my.toml", "[severity]\ncertainty = \"high\"\n").unwrap();
        assert_eq!(c.severity.certainty, Severity::High);
        assert_eq!(c.severity.polarity, Severity::High);
        let err = Config::from_toml("my.toml", "[severity]\ncertainty = \"huge\"\n").unwrap_err();
        assert!(err.to_string().contains("expected \"high\""), "{err}");
    }
}
