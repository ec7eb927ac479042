//! The workspace: everything one device holds, saved as one versioned document.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use super::dossier::PupilDossier;
pub use super::self_scan::SelfScan;
use super::decision_tree::Answers;

/// The schema version this build writes. Bump it together with a step in [`MIGRATIONS`].
pub const SCHEMA_VERSION: u32 = 1;

/// All data of one device: the self-scans, the pupil dossiers and the wizard consultations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub schema_version: u32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The school or CLB team this workspace belongs to; printed on reports.
    #[serde(default)]
    pub organisation_name: String,
    #[serde(default)]
    pub self_scans: Vec<SelfScan>,
    #[serde(default)]
    pub dossiers: Vec<PupilDossier>,
    #[serde(default)]
    pub consultations: Vec<Consultation>,
}

/// One saved run of the Beslisboom wizard: the answers, from which the outcome is derived
/// again when it is opened, so it always shows the advice with its sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Consultation {
    pub id: String,
    /// A pseudonymous label chosen by the user, e.g. initials or an internal number.
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub answers: Answers,
}

/// Why a stored or imported workspace document could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum SchemaError {
    /// No `schema_version` number at the top level.
    MissingVersion,
    /// Written by a newer app than this one; reading it could lose data.
    NewerVersion { found: u32 },
    /// A migration step or the final shape did not fit; `detail` says where.
    Invalid { detail: String },
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MissingVersion => write!(f, "de schemaversie ontbreekt"),
            Self::NewerVersion { found } => write!(
                f,
                "de gegevens hebben schemaversie {found}, maar deze versie van Verzuimwijzer kent \
                 alleen versie {SCHEMA_VERSION} of ouder; werk de app bij"
            ),
            Self::Invalid { detail } => write!(f, "de gegevens zijn ongeldig: {detail}"),
        }
    }
}

/// One migration: turns a document of version `from` into one of version `from + 1`.
type Migration = (u32, fn(Value) -> Result<Value, String>);

/// Every step from an older schema to the next one, in order. Empty while version 1 is the
/// only version; each future bump adds a step here and a fixture under `tests/fixtures/`.
const MIGRATIONS: &[Migration] = &[];

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Workspace {
    /// A new, empty workspace.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            created_at: now,
            updated_at: now,
            organisation_name: String::new(),
            self_scans: Vec::new(),
            dossiers: Vec::new(),
            consultations: Vec::new(),
        }
    }

    /// Reads a workspace document of any known schema version, migrating it to the current one.
    pub fn from_value(mut value: Value) -> Result<Self, SchemaError> {
        let mut version = value
            .get("schema_version")
            .and_then(Value::as_u64)
            .ok_or(SchemaError::MissingVersion)? as u32;
        if version > SCHEMA_VERSION {
            return Err(SchemaError::NewerVersion { found: version });
        }
        for (from, step) in MIGRATIONS {
            if *from == version {
                value = step(value).map_err(|detail| SchemaError::Invalid { detail })?;
                version += 1;
                value["schema_version"] = Value::from(version);
            }
        }
        serde_json::from_value(value).map_err(|error| SchemaError::Invalid {
            detail: error.to_string(),
        })
    }

    /// Reads a workspace from its stored JSON text.
    pub fn from_json(text: &str) -> Result<Self, SchemaError> {
        let value: Value = serde_json::from_str(text).map_err(|error| SchemaError::Invalid {
            detail: error.to_string(),
        })?;
        Self::from_value(value)
    }

    /// The JSON text that storage keeps.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a workspace always serializes")
    }

    /// Marks the workspace as changed now; every user edit goes through this.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = now;
    }

    /// What the workspace holds, e.g. "2 zelfscans, 1 leerlingdossier en 0 raadplegingen van
    /// de beslisboom".
    pub fn contents(&self) -> String {
        format!(
            "{}, {} en {}",
            counted(self.self_scans.len(), "zelfscan", "zelfscans"),
            counted(self.dossiers.len(), "leerlingdossier", "leerlingdossiers"),
            counted(
                self.consultations.len(),
                "raadpleging van de beslisboom",
                "raadplegingen van de beslisboom"
            ),
        )
    }

    pub fn self_scan(&self, id: &str) -> Option<&SelfScan> {
        self.self_scans.iter().find(|scan| scan.id == id)
    }

    pub fn self_scan_mut(&mut self, id: &str) -> Option<&mut SelfScan> {
        self.self_scans.iter_mut().find(|scan| scan.id == id)
    }

    pub fn dossier(&self, id: &str) -> Option<&PupilDossier> {
        self.dossiers.iter().find(|d| d.id == id)
    }

    pub fn dossier_mut(&mut self, id: &str) -> Option<&mut PupilDossier> {
        self.dossiers.iter_mut().find(|d| d.id == id)
    }

    pub fn consultation(&self, id: &str) -> Option<&Consultation> {
        self.consultations.iter().find(|c| c.id == id)
    }

    pub fn remove_consultation(&mut self, id: &str) {
        self.consultations.retain(|c| c.id != id);
    }

    pub fn remove_self_scan(&mut self, id: &str) {
        self.self_scans.retain(|scan| scan.id != id);
    }

    /// True when nothing has been entered yet.
    pub fn is_empty(&self) -> bool {
        self.organisation_name.trim().is_empty()
            && self.self_scans.is_empty()
            && self.dossiers.is_empty()
            && self.consultations.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, hour, 0, 0).unwrap()
    }

    fn filled() -> Workspace {
        let mut workspace = Workspace::new(at(8));
        workspace.organisation_name = "Basisschool De Linde".into();
        let mut scan = SelfScan::new("scan-1".into(), "De Linde".into(), "2026-2027".into(), at(8));
        scan.set_score("fase-0-blok", Some(7));
        workspace.self_scans.push(scan);
        workspace.dossiers.push(PupilDossier { id: "dossier-1".into(), label: "JD".into(), ..Default::default() });
        let mut answers = Answers::new();
        answers.insert("soort".into(), crate::domain::decision_tree::Answer::Choice("ziekte".into()));
        workspace.consultations.push(Consultation {
            id: "raadpleging-1".into(),
            label: "JD-3B".into(),
            created_at: Some(at(9)),
            answers,
        });
        workspace.touch(at(9));
        workspace
    }

    #[test]
    fn round_trips_through_json_unchanged() {
        let workspace = filled();
        let read_back = Workspace::from_json(&workspace.to_json()).unwrap();
        assert_eq!(read_back, workspace);
        assert_eq!(read_back.updated_at, at(9));
        assert_eq!(read_back.created_at, at(8));
    }

    #[test]
    fn a_new_workspace_is_empty_and_current() {
        let workspace = Workspace::new(at(8));
        assert!(workspace.is_empty());
        assert_eq!(workspace.schema_version, SCHEMA_VERSION);
        assert!(!filled().is_empty());
    }

    #[test]
    fn refuses_a_newer_schema_instead_of_dropping_what_it_does_not_know() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["schema_version"] = Value::from(SCHEMA_VERSION + 1);
        assert_eq!(
            Workspace::from_value(value),
            Err(SchemaError::NewerVersion { found: SCHEMA_VERSION + 1 })
        );
    }

    #[test]
    fn reads_consultations_saved_before_they_had_answers() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["consultations"] = serde_json::json!([{ "id": "oud" }]);
        let workspace = Workspace::from_value(value).unwrap();
        assert_eq!(workspace.consultations[0].id, "oud");
        assert!(workspace.consultations[0].answers.is_empty());
    }

    #[test]
    fn refuses_a_document_without_version() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value.as_object_mut().unwrap().remove("schema_version");
        assert_eq!(Workspace::from_value(value), Err(SchemaError::MissingVersion));
    }

    #[test]
    fn refuses_a_collection_of_the_wrong_shape() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["dossiers"] = Value::from("niet een lijst");
        assert!(matches!(
            Workspace::from_value(value),
            Err(SchemaError::Invalid { .. })
        ));
    }
}
