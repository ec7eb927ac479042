//! The workspace: everything one device holds, saved as one versioned document.

use std::collections::{HashMap, VecDeque};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_path_to_error::Segment;

pub use super::dossier::PupilDossier;
pub use super::self_scan::SelfScan;
use super::decision_tree::Answers;

/// The schema version this build writes. Bump it together with a step in [`MIGRATIONS`] and a
/// fixture under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 2;

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
    /// Settings of this device; never part of an export.
    #[serde(default, skip_serializing_if = "DeviceSettings::is_default")]
    pub device: DeviceSettings,
}

/// What belongs to this device rather than to the data: an export leaves it out and an import
/// keeps the device's own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceSettings {
    /// When the user last exported everything (the backup reminder counts from here).
    pub last_export_at: Option<DateTime<Utc>>,
    /// After how many days without an export the app reminds the user; 0 turns it off.
    pub backup_reminder_days: u32,
    /// The user closed the advice to install the app (Safari may wipe a tab's data).
    pub install_hint_dismissed: bool,
}

/// The reminder's default: a school holiday fits in, a term does not.
pub const DEFAULT_BACKUP_REMINDER_DAYS: u32 = 14;

impl Default for DeviceSettings {
    fn default() -> Self {
        Self {
            last_export_at: None,
            backup_reminder_days: DEFAULT_BACKUP_REMINDER_DAYS,
            install_hint_dismissed: false,
        }
    }
}

impl DeviceSettings {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
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
    /// When this consultation last changed; an import's merge keeps the newer version.
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
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
    /// One field does not fit: `path` names it (e.g. `dossiers[0].absences.B`).
    InvalidField { path: String, problem: String },
    /// A migration step failed.
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
            // At the top level there is no field to name, only what is wrong.
            Self::InvalidField { path, problem } if path.is_empty() => write!(f, "{problem}"),
            Self::InvalidField { path, problem } => {
                write!(f, "het veld «{path}» is ongeldig: {problem}")
            }
            Self::Invalid { detail } => write!(f, "de gegevens zijn ongeldig: {detail}"),
        }
    }
}

/// serde's English reason, in Dutch words a user can act on.
pub fn dutch_problem(message: &str) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("het verplichte onderdeel «{}» ontbreekt", rest.trim_matches('`'));
    }
    // The path already names the field.
    if message.starts_with("unknown field ") {
        return "Verzuimwijzer kent dit veld niet".to_string();
    }
    for (english, dutch) in [
        ("invalid type: ", "verkeerde soort waarde"),
        ("invalid value: ", "ongeldige waarde"),
        ("unknown variant ", "onbekende keuze"),
        ("invalid length ", "verkeerde lengte"),
    ] {
        if let Some(rest) = message.strip_prefix(english) {
            return format!("{dutch} ({rest})");
        }
    }
    format!("ongeldige waarde ({message})")
}

/// How many scans, dossiers or consultations an import reads per step
/// ([`WorkspaceReader::read_items`]): for typical items well under the 50 ms that make a task
/// "long" in the browser (none of the steps of a 5,000-dossier file is one), and few enough
/// steps that the pauses between them cost little.
pub const ITEMS_PER_STEP: usize = 250;

/// Deserializes `value` as a `T` found at `prefix` in the document; on an error, the path of
/// the field at fault (e.g. `dossiers[0].absences.B`) comes from the deserializer itself, in
/// one pass, however large the document.
pub(crate) fn deserialize_at<T: serde::de::DeserializeOwned>(value: Value, prefix: &str) -> Result<T, SchemaError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let mut path = prefix.to_string();
        for segment in error.path().iter() {
            match segment {
                Segment::Seq { index } => path.push_str(&format!("[{index}]")),
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Segment::Unknown => {}
            }
        }
        SchemaError::InvalidField { path, problem: dutch_problem(&error.inner().to_string()) }
    })
}

/// Adds one item, read from its JSON value, to its collection of the workspace.
type AddItem = fn(&mut Workspace, Value, &str) -> Result<(), SchemaError>;

/// The collections of items, read one chunk of items at a time.
const COLLECTIONS: [(&str, AddItem); 3] = [
    ("self_scans", |workspace, item, path| {
        workspace.self_scans.push(deserialize_at(item, path)?);
        Ok(())
    }),
    ("dossiers", |workspace, item, path| {
        workspace.dossiers.push(deserialize_at(item, path)?);
        Ok(())
    }),
    ("consultations", |workspace, item, path| {
        workspace.consultations.push(deserialize_at(item, path)?);
        Ok(())
    }),
];

/// Reads a workspace document of any known schema version a few items at a time, so that a
/// page reading a large file can let the browser paint between the steps. Deterministic: a
/// step is a number of items, never a time.
pub struct WorkspaceReader {
    workspace: Workspace,
    /// The items still to read, with their collection and position.
    pending: VecDeque<(&'static str, AddItem, std::iter::Enumerate<std::vec::IntoIter<Value>>)>,
}

impl WorkspaceReader {
    /// Checks the version, migrates to the current schema and reads everything but the items.
    pub fn new(mut value: Value) -> Result<Self, SchemaError> {
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
        let mut pending = VecDeque::new();
        for (name, add) in COLLECTIONS {
            // A collection that is not a list stays, so that reading the rest names it.
            if let Some(Value::Array(items)) = value.get_mut(name) {
                pending.push_back((name, add, std::mem::take(items).into_iter().enumerate()));
            }
        }
        Ok(Self { workspace: deserialize_at(value, "")?, pending })
    }

    /// Reads up to `count` more items; true when all are read.
    pub fn read_items(&mut self, count: usize) -> Result<bool, SchemaError> {
        let mut read = 0;
        while read < count {
            let Some((name, add, items)) = self.pending.front_mut() else { break };
            let Some((index, item)) = items.next() else {
                self.pending.pop_front();
                continue;
            };
            add(&mut self.workspace, item, &format!("{name}[{index}]"))?;
            read += 1;
        }
        self.pending.retain(|(.., items)| items.len() > 0);
        Ok(self.pending.is_empty())
    }

    /// The workspace read so far: complete once [`WorkspaceReader::read_items`] returned true.
    pub fn finish(self) -> Workspace {
        self.workspace
    }
}

/// One migration: turns a document of version `from` into one of version `from + 1`.
type Migration = (u32, fn(Value) -> Result<Value, String>);

/// Every step from an older schema to the next one, in order. Each has a fixture of the older
/// version under `tests/fixtures/`, which `tests/schema_fixtures.rs` migrates and round-trips.
const MIGRATIONS: &[Migration] = &[(1, items_get_their_own_change_time)];

/// Version 2 gives each scan, dossier and consultation its own `updated_at`, so that an import
/// can keep the newer of two versions. Version 1 only knew the workspace's time, which is the
/// best estimate for every item in it.
fn items_get_their_own_change_time(mut value: Value) -> Result<Value, String> {
    let changed = value.get("updated_at").cloned().unwrap_or(Value::Null);
    for (collection, _) in COLLECTIONS {
        if let Some(items) = value.get_mut(collection).and_then(Value::as_array_mut) {
            for item in items.iter_mut().filter_map(Value::as_object_mut) {
                item.entry("updated_at").or_insert_with(|| changed.clone());
            }
        }
    }
    Ok(value)
}

/// Removes the first item that `is_it`, and only that one.
pub fn remove_first<T>(items: &mut Vec<T>, is_it: impl Fn(&T) -> bool) {
    if let Some(at) = items.iter().position(is_it) {
        items.remove(at);
    }
}

/// Where each id first occurs in `ids`: one pass, so that matching items by id stays linear
/// however many there are. The first occurrence wins, as a search from the start would find
/// it. (One map type for every such index keeps the wasm small.)
pub(crate) fn first_positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut positions = HashMap::new();
    for (position, id) in ids.enumerate() {
        positions.entry(id).or_insert(position);
    }
    positions
}

/// The ids of one list of items: none empty, none twice (deleting an item by its id would
/// otherwise remove its twin too).
fn check_ids<'a>(list: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), SchemaError> {
    let mut seen = HashMap::new();
    for (i, id) in ids.enumerate() {
        let problem = if id.trim().is_empty() {
            "de id is leeg"
        } else if seen.insert(id, i).is_some() {
            "deze id komt twee keer voor"
        } else {
            continue;
        };
        return Err(SchemaError::InvalidField { path: format!("{list}[{i}].id"), problem: problem.into() });
    }
    Ok(())
}

/// True when `value` is a document of version 1 in every respect: its version says 1 and no
/// item has the change time that version 2 added.
pub fn has_version_1_shape(value: &Value) -> bool {
    let items_changed_on_their_own = COLLECTIONS.iter().any(|(collection, _)| {
        let items = value.get(collection).and_then(Value::as_array);
        items.is_some_and(|items| items.iter().any(|item| item.get("updated_at").is_some()))
    });
    value.get("schema_version").and_then(Value::as_u64) == Some(1) && !items_changed_on_their_own
}

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
            device: DeviceSettings::default(),
        }
    }

    /// Reads a workspace document of any known schema version, migrating it to the current one.
    pub fn from_value(value: Value) -> Result<Self, SchemaError> {
        let mut reader = WorkspaceReader::new(value)?;
        reader.read_items(usize::MAX)?;
        Ok(reader.finish())
    }

    /// What the types alone do not say: every list of items with an id (scans, dossiers,
    /// consultations, and within them actions and measures) has non-empty ids, each once; scores
    /// are 0–10. Checked for imported files; the device's own document is read as it is, so
    /// that an older document that breaks a newer rule never locks its owner out. Linear in the
    /// size of the workspace.
    pub fn check_consistency(&self) -> Result<(), SchemaError> {
        check_ids("self_scans", self.self_scans.iter().map(|scan| scan.id.as_str()))?;
        for (i, scan) in self.self_scans.iter().enumerate() {
            check_ids(&format!("self_scans[{i}].actions"), scan.actions.iter().map(|a| a.id.as_str()))?;
            for (block, answer) in &scan.blocks {
                if answer.score.is_some_and(|score| score > 10) {
                    return Err(SchemaError::InvalidField {
                        path: format!("self_scans[{i}].blocks.{block}.score"),
                        problem: "een score ligt tussen 0 en 10".into(),
                    });
                }
            }
        }
        check_ids("dossiers", self.dossiers.iter().map(|dossier| dossier.id.as_str()))?;
        for (i, dossier) in self.dossiers.iter().enumerate() {
            check_ids(&format!("dossiers[{i}].measures"), dossier.measures.iter().map(|m| m.id.as_str()))?;
        }
        check_ids("consultations", self.consultations.iter().map(|c| c.id.as_str()))?;
        crate::domain::limits::check_limits(self)?;
        Ok(())
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

    /// Marks the workspace, and every scan, dossier and consultation that differs from
    /// `before`, as changed `now`. Every user edit goes through this, so each item's
    /// `updated_at` is right without each page having to remember it.
    pub fn stamp_changes(&mut self, before: &Workspace, now: DateTime<Utc>) {
        fn stamp<T: PartialEq>(
            items: &mut [T],
            before: &[T],
            id: impl Fn(&T) -> &str,
            updated_at: impl Fn(&mut T) -> &mut Option<DateTime<Utc>>,
            now: DateTime<Utc>,
        ) {
            // By id through an index: a search per item would make every edit of a workspace
            // of thousands of items (after an import, say) quadratic.
            let before_by_id = first_positions(before.iter().map(&id));
            for item in items {
                if before_by_id.get(id(item)).map(|&position| &before[position]) != Some(&*item) {
                    *updated_at(item) = Some(now);
                }
            }
        }
        stamp(&mut self.self_scans, &before.self_scans, |s| &s.id, |s| &mut s.updated_at, now);
        stamp(&mut self.dossiers, &before.dossiers, |d| &d.id, |d| &mut d.updated_at, now);
        stamp(&mut self.consultations, &before.consultations, |c| &c.id, |c| &mut c.updated_at, now);
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

    // Each removes exactly one item, even from a document that an older version let hold
    // two items with one id.
    // A removed consultation is detached from the dossiers too, unless a second copy with
    // its id remains to be shown there.
    pub fn remove_consultation(&mut self, id: &str) {
        remove_first(&mut self.consultations, |c| c.id == id);
        if self.consultation(id).is_none() {
            self.dossiers.iter_mut().for_each(|d| d.detach_consultation(id));
        }
    }

    pub fn remove_dossier(&mut self, id: &str) {
        remove_first(&mut self.dossiers, |d| d.id == id);
    }

    pub fn remove_self_scan(&mut self, id: &str) {
        remove_first(&mut self.self_scans, |scan| scan.id == id);
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
            updated_at: Some(at(9)),
            answers,
        });
        workspace.updated_at = at(9);
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
        let error = Workspace::from_value(value).unwrap_err();
        assert!(matches!(&error, SchemaError::InvalidField { path, .. } if path == "dossiers"), "{error:?}");
    }

    #[test]
    fn names_the_path_of_an_invalid_field_in_dutch() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["dossiers"][0]["absences"] = serde_json::json!({ "B": "zeven" });
        let error = Workspace::from_value(value).unwrap_err();
        assert_eq!(
            error.to_string(),
            "het veld «dossiers[0].absences.B» is ongeldig: verkeerde soort waarde (string \"zeven\", expected u32)"
        );
        let mut value = serde_json::to_value(filled()).unwrap();
        value["self_scans"][0].as_object_mut().unwrap().remove("id");
        let error = Workspace::from_value(value).unwrap_err().to_string();
        assert!(error.contains("«self_scans[0]»") && error.contains("«id» ontbreekt"), "{error}");
    }

    #[test]
    fn finds_duplicate_ids_and_scores_above_ten() {
        let mut value = serde_json::to_value(filled()).unwrap();
        let copy = value["dossiers"][0].clone();
        value["dossiers"].as_array_mut().unwrap().push(copy);
        let workspace = Workspace::from_value(value).expect("the device's own data always opens");
        let error = workspace.check_consistency().unwrap_err().to_string();
        assert_eq!(error, "het veld «dossiers[1].id» is ongeldig: deze id komt twee keer voor");
        let mut value = serde_json::to_value(filled()).unwrap();
        value["self_scans"][0]["blocks"]["fase-0-blok"]["score"] = Value::from(11);
        let error = Workspace::from_value(value).unwrap().check_consistency().unwrap_err().to_string();
        assert!(error.contains("«self_scans[0].blocks.fase-0-blok.score»"), "{error}");
    }

    #[test]
    fn ids_are_unique_and_present_in_every_list_at_every_depth() {
        let consistency = |edit: &dyn Fn(&mut Workspace)| {
            let mut workspace = filled();
            edit(&mut workspace);
            workspace.check_consistency().map_err(|error| error.to_string())
        };
        let measure = |id: &str| crate::domain::dossier::Measure { id: id.into(), ..Default::default() };
        assert_eq!(consistency(&|_| {}), Ok(()));
        assert_eq!(
            consistency(&|w| {
                w.dossiers = (0..4).map(|i| PupilDossier { id: format!("d{i}"), ..Default::default() }).collect();
                w.dossiers[3].measures = vec![measure("m1"), measure("m1")];
            }),
            Err("het veld «dossiers[3].measures[1].id» is ongeldig: deze id komt twee keer voor".into())
        );
        assert_eq!(
            consistency(&|w| w.dossiers[0].measures = vec![measure("m1"), measure(" ")]),
            Err("het veld «dossiers[0].measures[1].id» is ongeldig: de id is leeg".into())
        );
        let action = |id: &str| crate::domain::self_scan::Action { id: id.into(), ..Default::default() };
        assert_eq!(
            consistency(&|w| w.self_scans[0].actions = vec![action("a"), action("b"), action("a")]),
            Err("het veld «self_scans[0].actions[2].id» is ongeldig: deze id komt twee keer voor".into())
        );
        assert_eq!(
            consistency(&|w| w.self_scans[0].actions = vec![action("")]),
            Err("het veld «self_scans[0].actions[0].id» is ongeldig: de id is leeg".into())
        );
        assert_eq!(
            consistency(&|w| w.consultations[0].id = String::new()),
            Err("het veld «consultations[0].id» is ongeldig: de id is leeg".into())
        );
        // The same id in two different lists is fine: each list is deleted from by its own id.
        assert_eq!(consistency(&|w| w.dossiers[0].measures = vec![measure("dossier-1")]), Ok(()));
    }

    #[test]
    fn reading_in_steps_of_a_few_items_gives_the_same_workspace() {
        let mut workspace = filled();
        workspace.dossiers = (0..7).map(|i| PupilDossier { id: format!("d{i}"), ..Default::default() }).collect();
        let mut reader = WorkspaceReader::new(serde_json::to_value(&workspace).unwrap()).unwrap();
        let mut steps = 1;
        while !reader.read_items(2).unwrap() {
            steps += 1;
        }
        assert_eq!(steps, 5, "9 items, 2 at a time");
        assert_eq!(reader.finish(), workspace);
    }

    #[test]
    fn a_missing_required_field_is_named_at_its_item() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["self_scans"][0].as_object_mut().unwrap().remove("created_at");
        let error = Workspace::from_value(value).unwrap_err().to_string();
        assert_eq!(
            error,
            "het veld «self_scans[0]» is ongeldig: het verplichte onderdeel «created_at» ontbreekt"
        );
    }

    #[test]
    fn an_edit_stamps_only_the_items_it_changed() {
        let before = filled();
        let mut after = before.clone();
        after.dossiers[0].class_name = "3B".into();
        after.stamp_changes(&before, at(11));
        assert_eq!(after.updated_at, at(11));
        assert_eq!(after.dossiers[0].updated_at, Some(at(11)));
        assert_eq!(after.self_scans[0].updated_at, before.self_scans[0].updated_at);
        assert_eq!(after.consultations[0].updated_at, Some(at(9)));
    }

    #[test]
    fn version_1_items_take_the_workspace_time_as_their_change_time() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["schema_version"] = Value::from(1);
        for collection in ["self_scans", "dossiers", "consultations"] {
            value[collection][0].as_object_mut().unwrap().remove("updated_at");
        }
        let workspace = Workspace::from_value(value).unwrap();
        assert_eq!(workspace.schema_version, SCHEMA_VERSION);
        assert_eq!(workspace.self_scans[0].updated_at, Some(at(9)));
        assert_eq!(workspace.dossiers[0].updated_at, Some(at(9)));
    }

    #[test]
    fn device_settings_are_left_out_of_the_document_until_changed() {
        let mut workspace = filled();
        assert!(!workspace.to_json().contains("\"device\""));
        workspace.device.backup_reminder_days = 30;
        let read_back = Workspace::from_json(&workspace.to_json()).unwrap();
        assert_eq!(read_back.device.backup_reminder_days, 30);
    }
}
