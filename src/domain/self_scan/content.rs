//! The self-scan's content, verbatim from the prevention plan, kept in
//! `src/content/zelfscan.json` so a content expert can review it.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct SelfScanContent {
    /// The source document's id (see `sources.json`).
    pub document: String,
    pub phases: Vec<Phase>,
}

/// A phase of the care continuum, from Fase 0 (brede basiszorg) to Fase 3.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Phase {
    pub id: String,
    pub number: u8,
    pub title: String,
    pub tracks: Vec<Track>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
pub enum TrackKind {
    /// Objectives for every kind of absence (phase 0 and the start of phase 1).
    #[serde(rename = "algemeen")]
    General,
    #[serde(rename = "b-codes")]
    BCodes,
    #[serde(rename = "z-d-codes")]
    ZdCodes,
    #[serde(rename = "schoolweigering")]
    SchoolRefusal,
}

/// A track within a phase: B-codes, Z- and D-codes or school refusal (or none).
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Track {
    pub id: String,
    pub kind: TrackKind,
    /// The document's heading for this track; `None` for the general part.
    pub title: Option<String>,
    /// Explanatory text the document puts before this track's heading.
    #[serde(default)]
    pub passages: Vec<String>,
    pub objectives: Vec<Objective>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Objective {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A level of education a school offers. A scan says which its school has; a block that is
/// about one level (Kleuterparticipatie) does not apply to a school without it.
///
/// Stored by its id (`kleuter`, `lager`, `secundair`) in lists of strings: the document and
/// the content keep their plain shape, and the wasm reuses the code that reads such lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchoolLevel {
    Kleuter,
    Lager,
    Secundair,
}

impl SchoolLevel {
    pub const ALL: [SchoolLevel; 3] = [Self::Kleuter, Self::Lager, Self::Secundair];

    pub fn id(self) -> &'static str {
        match self {
            Self::Kleuter => "kleuter",
            Self::Lager => "lager",
            Self::Secundair => "secundair",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.id() == id)
    }

    /// As a tick box says it.
    pub fn title(self) -> &'static str {
        match self {
            Self::Kleuter => "Kleuteronderwijs",
            Self::Lager => "Lager onderwijs",
            Self::Secundair => "Secundair onderwijs",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Kleuter => "kleuteronderwijs",
            Self::Lager => "lager onderwijs",
            Self::Secundair => "secundair onderwijs",
        }
    }
}

/// A scored block: intro text, reflection questions and one 0–10 score.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Block {
    pub id: String,
    /// The block's own title, where an objective has more than one block.
    pub title: Option<String>,
    /// The ids of the levels of education the block is about ([`SchoolLevel::id`]); empty
    /// for a block about every level.
    #[serde(default)]
    pub levels: Vec<String>,
    /// Paragraphs; items starting with "· " form a bulleted list.
    #[serde(default)]
    pub intro: Vec<String>,
    pub questions: Vec<String>,
}

const SELF_SCAN_JSON: &str = include_str!("../../content/zelfscan.json");

/// The self-scan content, parsed once.
pub fn self_scan_content() -> &'static SelfScanContent {
    static CONTENT: OnceLock<SelfScanContent> = OnceLock::new();
    CONTENT.get_or_init(|| serde_json::from_str(SELF_SCAN_JSON).expect("src/content/zelfscan.json is checked by tests"))
}

impl SelfScanContent {
    pub fn objectives(&self) -> impl Iterator<Item = (&Phase, &Track, &Objective)> {
        self.phases.iter().flat_map(|phase| {
            phase
                .tracks
                .iter()
                .flat_map(move |track| track.objectives.iter().map(move |objective| (phase, track, objective)))
        })
    }

    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.objectives().flat_map(|(_, _, objective)| objective.blocks.iter())
    }

    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.phases.iter().find(|phase| phase.id == id)
    }

    /// The objectives before and after `id` in document order: the scan's "vorige" and
    /// "volgende".
    pub fn neighbours(&self, id: &str) -> (Option<&Objective>, Option<&Objective>) {
        let all: Vec<&Objective> = self.objectives().map(|(_, _, objective)| objective).collect();
        match all.iter().position(|objective| objective.id == id) {
            Some(at) => (at.checked_sub(1).map(|before| all[before]), all.get(at + 1).copied()),
            None => (None, None),
        }
    }

    /// Where an objective sits, e.g. "Fase 3 · Ongeoorloofd relatief verzuim (B-codes)": several
    /// tracks share an objective's wording, so lists that mix tracks need it.
    pub fn context(&self, id: &str) -> Option<String> {
        let (phase, track, _) = self.objective(id)?;
        Some(match &track.title {
            Some(title) => format!("Fase {} · {title}", phase.number),
            None => format!("Fase {}", phase.number),
        })
    }

    pub fn objective(&self, id: &str) -> Option<(&Phase, &Track, &Objective)> {
        self.objectives().find(|(_, _, objective)| objective.id == id)
    }
}

impl Phase {
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.tracks.iter().flat_map(|track| track.objectives.iter()).flat_map(|objective| objective.blocks.iter())
    }
}
