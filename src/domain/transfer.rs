//! Export and import of the whole workspace as a JSON file.
//!
//! An import is parsed and validated completely before anything is stored, so a bad file
//! can never touch the data already on the device.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::dates::{dutch_date_time, iso_date};
use super::workspace::{SchemaError, Workspace};

/// Marks a file as a Verzuimwijzer export.
pub const EXPORT_FORMAT: &str = "verzuimwijzer-export";

/// Files above this size are refused before parsing: a real workspace is far smaller, and
/// parsing a huge file would freeze the tab.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

#[derive(Serialize)]
struct ExportEnvelope<'a> {
    format: &'a str,
    app_version: &'a str,
    schema_version: u32,
    exported_at: DateTime<Utc>,
    workspace: &'a Workspace,
}

#[derive(Deserialize)]
struct ImportEnvelope {
    format: String,
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    exported_at: Option<DateTime<Utc>>,
    workspace: Value,
}

/// The pretty-printed JSON text of an export of the whole workspace.
pub fn export_workspace(workspace: &Workspace, app_version: &str, now: DateTime<Utc>) -> String {
    let envelope = ExportEnvelope {
        format: EXPORT_FORMAT,
        app_version,
        schema_version: workspace.schema_version,
        exported_at: now,
        workspace,
    };
    serde_json::to_string_pretty(&envelope).expect("an export always serializes")
}

/// The file name of a whole-workspace export made on `date`, e.g. `verzuimwijzer-2026-11-22.json`.
pub fn export_file_name(date: NaiveDate) -> String {
    format!("verzuimwijzer-{}.json", iso_date(date))
}

/// A file that passed every check and can replace the current workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedFile {
    pub workspace: Workspace,
    pub app_version: String,
    pub exported_at: Option<DateTime<Utc>>,
}

/// Why a file cannot be imported. Shown to the user, so it speaks Dutch.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize },
    NotVerzuimwijzer,
    Schema(SchemaError),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => write!(f, "Het bestand is leeg."),
            Self::TooLarge { bytes } => write!(
                f,
                "Het bestand is te groot ({:.1} MB). Verzuimwijzer leest bestanden tot {} MB.",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            Self::NotJson { line, column } => write!(
                f,
                "Dit is geen geldig JSON-bestand (fout op regel {line}, kolom {column}). \
                 Kies een bestand dat je met Verzuimwijzer hebt geëxporteerd."
            ),
            Self::NotVerzuimwijzer => write!(
                f,
                "Dit bestand komt niet van Verzuimwijzer. Kies een bestand dat je met \
                 Verzuimwijzer hebt geëxporteerd."
            ),
            Self::Schema(error) => write!(f, "Dit bestand kan niet gelezen worden: {error}."),
        }
    }
}

/// Parses and validates an export file. Nothing is stored here; the caller replaces the
/// workspace only after the user confirmed [`ImportedFile::summary`].
pub fn parse_import(text: &str) -> Result<ImportedFile, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|error| ImportError::NotJson {
        line: error.line(),
        column: error.column(),
    })?;
    let envelope: ImportEnvelope =
        serde_json::from_value(value).map_err(|_| ImportError::NotVerzuimwijzer)?;
    if envelope.format != EXPORT_FORMAT {
        return Err(ImportError::NotVerzuimwijzer);
    }
    let workspace = Workspace::from_value(envelope.workspace).map_err(ImportError::Schema)?;
    Ok(ImportedFile {
        workspace,
        app_version: envelope.app_version,
        exported_at: envelope.exported_at,
    })
}

impl ImportedFile {
    /// What the file holds, in one Dutch sentence for the confirmation dialog.
    /// `offset` is the user's time zone, so the export time reads as on their clock.
    pub fn summary(&self, offset: FixedOffset) -> String {
        let owner = match self.workspace.organisation_name.trim() {
            "" => String::from("Dit bestand bevat gegevens"),
            name => format!("Dit bestand bevat de gegevens van «{name}»"),
        };
        let when = match self.exported_at {
            Some(at) => format!(", geëxporteerd op {}", dutch_date_time(at, offset)),
            None => String::new(),
        };
        let version = match self.app_version.as_str() {
            "" => String::new(),
            v => format!(" met Verzuimwijzer {v}"),
        };
        format!("{owner}{when}{version}: {}.", self.workspace.contents())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workspace::{PupilDossier, SelfScan, SCHEMA_VERSION};
    use chrono::TimeZone;

    fn sample() -> Workspace {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 8, 30, 0).unwrap();
        let mut workspace = Workspace::new(now);
        workspace.organisation_name = "Basisschool De Linde".into();
        workspace.self_scans.push(SelfScan::new("a".into(), "De Linde".into(), "2025-2026".into(), now));
        workspace.self_scans.push(SelfScan::new("b".into(), "De Linde".into(), "2026-2027".into(), now));
        workspace.dossiers.push(PupilDossier { id: "c".into(), ..Default::default() });
        workspace
    }

    fn exported() -> String {
        let at = Utc.with_ymd_and_hms(2026, 11, 22, 9, 15, 0).unwrap();
        export_workspace(&sample(), "0.1.0", at)
    }

    #[test]
    fn export_then_import_gives_back_the_same_workspace() {
        let imported = parse_import(&exported()).unwrap();
        assert_eq!(imported.workspace, sample());
        assert_eq!(imported.app_version, "0.1.0");
    }

    #[test]
    fn export_is_pretty_and_names_schema_and_app_version() {
        let text = exported();
        assert!(text.contains("\n  \"schema_version\": 1"), "{text}");
        assert!(text.contains("\"app_version\": \"0.1.0\""));
        assert!(text.contains(&format!("\"format\": \"{EXPORT_FORMAT}\"")));
    }

    #[test]
    fn file_name_carries_the_date() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(export_file_name(date), "verzuimwijzer-2026-11-22.json");
    }

    #[test]
    fn summary_says_what_the_file_holds_in_local_time() {
        let imported = parse_import(&exported()).unwrap();
        let brussels_winter = FixedOffset::east_opt(3600).unwrap();
        assert_eq!(
            imported.summary(brussels_winter),
            "Dit bestand bevat de gegevens van «Basisschool De Linde», geëxporteerd op \
             22-11-2026 om 10:15 met Verzuimwijzer 0.1.0: 2 zelfscans, 1 leerlingdossier en \
             0 raadplegingen van de beslisboom."
        );
    }

    #[test]
    fn invalid_files_get_a_dutch_reason() {
        assert_eq!(parse_import("   "), Err(ImportError::Empty));
        assert!(matches!(parse_import("{ kapot"), Err(ImportError::NotJson { line: 1, .. })));
        assert_eq!(parse_import("[1, 2, 3]"), Err(ImportError::NotVerzuimwijzer));
        assert_eq!(
            parse_import(r#"{"format": "iets-anders", "workspace": {}}"#),
            Err(ImportError::NotVerzuimwijzer)
        );
        let newer = exported().replace(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            &format!("\"schema_version\": {}", SCHEMA_VERSION + 5),
        );
        let error = parse_import(&newer).unwrap_err();
        assert_eq!(
            error,
            ImportError::Schema(SchemaError::NewerVersion { found: SCHEMA_VERSION + 5 })
        );
        assert!(error.to_string().contains("werk de app bij"), "{error}");
        let not_json = parse_import("{ kapot").unwrap_err().to_string();
        assert!(not_json.starts_with("Dit is geen geldig JSON-bestand"), "{not_json}");
    }

    #[test]
    fn refuses_a_file_that_is_too_large_before_parsing_it() {
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(parse_import(&huge), Err(ImportError::TooLarge { .. })));
    }
}
