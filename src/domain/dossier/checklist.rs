//! The "Checklist PA bij aanmelding CLB" of document 002, in its extended and brief version,
//! kept verbatim in `src/content/checklist.json`.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Checklist {
    pub document: String,
    pub versions: ChecklistTitles,
    pub sections: Vec<ChecklistSection>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ChecklistTitles {
    pub uitgebreid: String,
    pub beknopt: String,
}

/// Which version of the checklist: the brief one leaves out "Visie" and "Interne opvolging".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChecklistVersion {
    Extended,
    Brief,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ChecklistSection {
    pub id: String,
    pub title: String,
    /// Only in the extended version.
    #[serde(default)]
    pub extended_only: bool,
    pub items: Vec<ChecklistItem>,
}

/// A tick box, possibly with sub-boxes (`options`) or numbers to fill in (`counts`).
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub options: Vec<ChecklistField>,
    #[serde(default)]
    pub counts: Vec<ChecklistField>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ChecklistField {
    pub id: String,
    pub label: String,
}

const CHECKLIST_JSON: &str = include_str!("../../content/checklist.json");

/// The checklist, parsed once.
pub fn checklist() -> &'static Checklist {
    static CHECKLIST: OnceLock<Checklist> = OnceLock::new();
    CHECKLIST
        .get_or_init(|| serde_json::from_str(CHECKLIST_JSON).expect("src/content/checklist.json is checked by tests"))
}

impl Checklist {
    /// The item `id`, in any section.
    pub fn item(&self, id: &str) -> Option<&ChecklistItem> {
        self.sections.iter().flat_map(|s| &s.items).find(|item| item.id == id)
    }

    pub fn title(&self, version: ChecklistVersion) -> &str {
        match version {
            ChecklistVersion::Extended => &self.versions.uitgebreid,
            ChecklistVersion::Brief => &self.versions.beknopt,
        }
    }

    /// The sections of one version, in the document's order.
    pub fn sections(&self, version: ChecklistVersion) -> impl Iterator<Item = &ChecklistSection> {
        self.sections.iter().filter(move |section| version == ChecklistVersion::Extended || !section.extended_only)
    }
}
