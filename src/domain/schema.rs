//! The schema of the stored document, in one place: its version and the migrations from every
//! older one, the errors a document or file can have, how a document is read (all at once, or
//! a few items at a time for a large import) and checked, and [`StoredItem`], the one home of
//! "a kind of stored item" (a scan, a dossier, a consultation).
//!
//! Adding a kind of stored item: its type implements [`StoredItem`], gets a collection in
//! [`Workspace`] and an entry in [`COLLECTIONS`]; merge, import, stamping and the checks find it
//! through the trait. Adding a stored field: bump [`SCHEMA_VERSION`] with a migration step, even
//! when the field has a default, since an older tab still open would drop a field it does not
//! know; then write the new fixtures (see README, "Schema versions").

use std::collections::{HashMap, VecDeque};

use chrono::{DateTime, Utc};
use serde_json::Value;
use serde_path_to_error::Segment;

use super::decision_tree::Consultation;
use super::dossier::PupilDossier;
use super::self_scan::{SchoolLevel, SelfScan};
use super::workspace::Workspace;

/// The schema version this build writes. Bump it together with a step in [`MIGRATIONS`] and a
/// fixture under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 5;

/// A kind of item the workspace keeps in a list by id, each with its own change time.
pub trait StoredItem: Clone + PartialEq + serde::Serialize + serde::de::DeserializeOwned {
    const KIND: ItemKind;
    /// Its list in the document, e.g. "dossiers".
    const COLLECTION: &'static str;
    fn id(&self) -> &str;
    fn updated_at(&self) -> Option<DateTime<Utc>>;
    fn set_updated_at(&mut self, at: DateTime<Utc>);
    /// For people: "Zelfscan De Linde 2026-2027", "Leerlingdossier JD-4 (3B)".
    fn title(&self) -> String;
    fn list(workspace: &Workspace) -> &Vec<Self>;
    fn list_mut(workspace: &mut Workspace) -> &mut Vec<Self>;
}

/// The kinds of stored item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    SelfScan,
    Dossier,
    Consultation,
}

impl StoredItem for SelfScan {
    const KIND: ItemKind = ItemKind::SelfScan;
    const COLLECTION: &'static str = "self_scans";
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> Option<DateTime<Utc>> {
        self.updated_at
    }
    fn set_updated_at(&mut self, at: DateTime<Utc>) {
        self.updated_at = Some(at);
    }
    fn title(&self) -> String {
        format!("Zelfscan {} {}", self.school_name.trim(), self.school_year.trim())
    }
    fn list(workspace: &Workspace) -> &Vec<Self> {
        &workspace.self_scans
    }
    fn list_mut(workspace: &mut Workspace) -> &mut Vec<Self> {
        &mut workspace.self_scans
    }
}

impl StoredItem for PupilDossier {
    const KIND: ItemKind = ItemKind::Dossier;
    const COLLECTION: &'static str = "dossiers";
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> Option<DateTime<Utc>> {
        self.updated_at
    }
    fn set_updated_at(&mut self, at: DateTime<Utc>) {
        self.updated_at = Some(at);
    }
    fn title(&self) -> String {
        match self.class_name.trim() {
            "" => format!("Leerlingdossier {}", self.label.trim()),
            class => format!("Leerlingdossier {} ({class})", self.label.trim()),
        }
    }
    fn list(workspace: &Workspace) -> &Vec<Self> {
        &workspace.dossiers
    }
    fn list_mut(workspace: &mut Workspace) -> &mut Vec<Self> {
        &mut workspace.dossiers
    }
}

impl StoredItem for Consultation {
    const KIND: ItemKind = ItemKind::Consultation;
    const COLLECTION: &'static str = "consultations";
    fn id(&self) -> &str {
        &self.id
    }
    fn updated_at(&self) -> Option<DateTime<Utc>> {
        self.updated_at.or(self.created_at)
    }
    fn set_updated_at(&mut self, at: DateTime<Utc>) {
        self.updated_at = Some(at);
    }
    fn title(&self) -> String {
        format!("Raadpleging beslisboom {}", self.label.trim())
    }
    fn list(workspace: &Workspace) -> &Vec<Self> {
        &workspace.consultations
    }
    fn list_mut(workspace: &mut Workspace) -> &mut Vec<Self> {
        &mut workspace.consultations
    }
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

/// Reads one item of kind `T` into its list.
fn add<T: StoredItem>(workspace: &mut Workspace, item: Value, path: &str) -> Result<(), SchemaError> {
    T::list_mut(workspace).push(deserialize_at(item, path)?);
    Ok(())
}

/// The collections of items, read one chunk of items at a time: one entry per kind of
/// [`StoredItem`].
const COLLECTIONS: [(&str, AddItem); 3] = [
    (SelfScan::COLLECTION, add::<SelfScan>),
    (PupilDossier::COLLECTION, add::<PupilDossier>),
    (Consultation::COLLECTION, add::<Consultation>),
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
        let mut version =
            value.get("schema_version").and_then(Value::as_u64).ok_or(SchemaError::MissingVersion)? as u32;
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
const MIGRATIONS: &[Migration] = &[
    (1, items_get_their_own_change_time),
    (2, device_settings_leave_the_document),
    (3, consultations_name_their_tree),
    (4, scans_know_their_levels),
];

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

/// Version 3 keeps the settings of the device (last export, reminder, closed notices) out of
/// the document, in the device's own storage; the app moves them there before it migrates
/// (`DeviceSettings::from_old_document`).
fn device_settings_leave_the_document(mut value: Value) -> Result<Value, String> {
    if let Some(document) = value.as_object_mut() {
        document.remove("device");
    }
    Ok(value)
}

/// Version 4 brings the Beslisboom of facts: a consultation says which Beslisboom made it
/// (`tree`), and those of versions 1–3 keep their answers to the first one, which still
/// shows them as they were advised (`decision_tree::v1`).
fn consultations_name_their_tree(mut value: Value) -> Result<Value, String> {
    if let Some(items) = value.get_mut("consultations").and_then(Value::as_array_mut) {
        for item in items.iter_mut().filter_map(Value::as_object_mut) {
            item.insert("tree".into(), Value::from(crate::domain::decision_tree::TREE_PATH));
        }
    }
    Ok(value)
}

/// Version 5 lets a scan name the school's levels of education (`levels`), mark a block as
/// not applying by hand (`applies`) and keep last year's score beside a copied block
/// (`previous_score`). All three default to "not given", which is what a scan of version 4
/// meant: every block applies, and it was no copy. Nothing to change in the document.
fn scans_know_their_levels(value: Value) -> Result<Value, String> {
    Ok(value)
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

impl Workspace {
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
        check_ids(SelfScan::COLLECTION, self.self_scans.iter().map(StoredItem::id))?;
        for (i, scan) in self.self_scans.iter().enumerate() {
            check_ids(&format!("self_scans[{i}].actions"), scan.actions.iter().map(|a| a.id.as_str()))?;
            if let Some(at) = scan.levels.iter().position(|id| SchoolLevel::from_id(id).is_none()) {
                return Err(SchemaError::InvalidField {
                    path: format!("self_scans[{i}].levels[{at}]"),
                    problem: "een onderwijsniveau is kleuter, lager of secundair".into(),
                });
            }
            for (block, answer) in &scan.blocks {
                for (field, score) in [("score", answer.score), ("previous_score", answer.previous_score)] {
                    if score.is_some_and(|score| score > 10) {
                        return Err(SchemaError::InvalidField {
                            path: format!("self_scans[{i}].blocks.{block}.{field}"),
                            problem: "een score ligt tussen 0 en 10".into(),
                        });
                    }
                }
            }
        }
        check_ids(PupilDossier::COLLECTION, self.dossiers.iter().map(StoredItem::id))?;
        for (i, dossier) in self.dossiers.iter().enumerate() {
            check_ids(&format!("dossiers[{i}].measures"), dossier.measures.iter().map(|m| m.id.as_str()))?;
        }
        check_ids(Consultation::COLLECTION, self.consultations.iter().map(StoredItem::id))?;
        crate::domain::limits::check_limits(self)?;
        Ok(())
    }

    /// Reads a workspace from its stored JSON text.
    pub fn from_json(text: &str) -> Result<Self, SchemaError> {
        let value: Value =
            serde_json::from_str(text).map_err(|error| SchemaError::Invalid { detail: error.to_string() })?;
        Self::from_value(value)
    }

    /// The JSON text that storage keeps.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a workspace always serializes")
    }
}
