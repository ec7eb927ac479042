//! The Beslisboom as data: the facts a pupil's situation is made of, the questions that ask
//! for them, facts derived from them, where the pupil stands on the care continuum, and the
//! advice, each item with its condition over the facts, who acts and its source.
//!
//! The data lives in `src/content/beslisboom/`: `situatie.json` (facts, questions, derived
//! facts, tracks, placements) and one `advies-*.json` per theme, each a list of advice items.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::condition::Condition;
use super::engine::Rule;

#[derive(Clone, Debug, PartialEq)]
pub struct DecisionTree {
    pub facts: Vec<Fact>,
    /// The steps of the wizard, in the order they are asked: each asks for a few related facts.
    pub questions: Vec<Question>,
    pub derived: Vec<Derived>,
    pub tracks: Vec<Track>,
    /// Where the pupil stands: per track, the first placement whose condition holds.
    pub placements: Vec<Placement>,
    pub advice: Vec<AdviceItem>,
    /// The conditions the outcome depends on, read once (see `engine`).
    pub(crate) rules: Vec<Rule>,
    /// Where each fact is in `facts`, by id: the engine looks facts up at every step.
    fact_index: BTreeMap<String, usize>,
    /// By fact id, the positions in `rules` of the rules that read it.
    pub(crate) rules_reading: BTreeMap<String, Vec<usize>>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// One answer from `options`.
    Choice,
    /// Any number of `options`, including none.
    Multi,
    /// A whole number (or "weet ik niet" when `unknown` is set).
    Number,
}

/// The option id of "Weet ik niet", for choices, multi-choices and numbers alike.
pub const UNKNOWN: &str = "weet-niet";

/// One fact of the situation, as the user can truthfully give it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Fact {
    pub id: String,
    pub kind: FactKind,
    pub text: String,
    /// Why the fact matters, or how to find it.
    #[serde(default)]
    pub help: Option<String>,
    #[serde(default)]
    pub options: Vec<FactOption>,
    /// For numbers: the unit, e.g. "halve dagen".
    #[serde(default)]
    pub unit: Option<String>,
    /// For numbers: the largest value a user can give.
    #[serde(default)]
    pub max: Option<u32>,
    /// For numbers: the label of the "weet ik niet" answer, when the number may be unknown.
    #[serde(default)]
    pub unknown: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct FactOption {
    pub id: String,
    pub label: String,
    /// In a multi-choice: chosen alone (e.g. "Weet ik niet"); choosing it clears the others.
    #[serde(default)]
    pub exclusive: bool,
}

impl Fact {
    pub fn option(&self, id: &str) -> Option<&FactOption> {
        self.options.iter().find(|option| option.id == id)
    }
}

/// One step of the wizard: a few related facts on one screen.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Question {
    pub id: String,
    pub title: String,
    /// Fact ids, in the order they are shown.
    pub facts: Vec<String>,
}

/// A fact computed from the others, never asked: e.g. "5 of meer halve dagen B-codes".
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Derived {
    pub id: String,
    pub label: String,
    pub when: Condition,
}

/// A kind of problematic absence: the tracks of document 000's Fase 1–3, and absolute verzuim.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Track {
    pub id: String,
    pub title: String,
}

/// A phase of the care continuum in one track.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Placement {
    /// A track id.
    pub track: String,
    /// 0–3; none for absolute verzuim, which lies outside the care continuum.
    pub phase: Option<u8>,
    /// "Fase 2: Uitbreiding van zorg".
    pub phase_title: String,
    /// Why the pupil stands here.
    pub reason: String,
    pub when: Condition,
    pub sources: Vec<SourceRef>,
}

/// The outcome's sections, in the order a meeting needs them.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    /// The next steps, each with who acts.
    Nu,
    /// A legal duty that applies.
    Verplicht,
    /// What follows if the next steps do not help, and when.
    AlsNietHelpt,
    NietDoen,
    /// Where the documents are unclear: said, not decided (an AMB point of rules.md).
    Onduidelijk,
    /// A warning sign (knipperlicht) that is present.
    Knipperlicht,
}

impl Section {
    pub const ORDER: [Section; 6] =
        [Self::Nu, Self::Verplicht, Self::AlsNietHelpt, Self::NietDoen, Self::Onduidelijk, Self::Knipperlicht];

    pub fn heading(self) -> &'static str {
        match self {
            Self::Nu => "Nu",
            Self::Verplicht => "Verplicht",
            Self::AlsNietHelpt => "Als dat niet helpt",
            Self::NietDoen => "Niet doen",
            Self::Onduidelijk => "Onduidelijk in de bronnen",
            Self::Knipperlicht => "Knipperlichten",
        }
    }

    /// The id of the section's heading on the page, e.g. `uitkomst-nu`.
    pub fn anchor(self) -> &'static str {
        match self {
            Self::Nu => "uitkomst-nu",
            Self::Verplicht => "uitkomst-verplicht",
            Self::AlsNietHelpt => "uitkomst-als-niet",
            Self::NietDoen => "uitkomst-niet-doen",
            Self::Onduidelijk => "uitkomst-onduidelijk",
            Self::Knipperlicht => "uitkomst-knipperlichten",
        }
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct AdviceItem {
    pub id: String,
    pub section: Section,
    pub text: String,
    /// Who acts: a school role, the CLB or a partner.
    #[serde(default)]
    pub who: Option<String>,
    /// The tracks the item belongs to (ids of `tracks`, or "algemeen").
    pub tracks: Vec<String>,
    /// The ambiguity this item reports, e.g. "AMB-04" (see shared/domain/rules.md).
    #[serde(default)]
    pub ambiguity: Option<String>,
    /// The rules of rules.md the item follows, e.g. ["THR-01", "LEG-06"]: for the reviewer.
    #[serde(default)]
    pub rules: Vec<String>,
    pub when: Condition,
    /// When this holds too, the step was already taken: shown as done, not advised again.
    #[serde(default)]
    pub done_when: Option<Condition>,
    /// A number fact the item's text relies on (e.g. "b-dit-jaar"): shown with the item.
    #[serde(default)]
    pub count: Option<String>,
    /// For knipperlichten: the id of the checklist's item it ticks in the pupil's dossier.
    #[serde(default)]
    pub checklist: Option<String>,
    pub sources: Vec<SourceRef>,
}

/// A passage of a source document.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct SourceRef {
    /// A document id from `sources.json`.
    pub document: String,
    /// The section, as the document titles it.
    pub section: String,
    /// First and last line in the document's text (`shared/seeds/`).
    pub lines: [u32; 2],
    /// The passage, verbatim (whitespace aside).
    pub quote: String,
}

/// The situation file without its advice.
#[derive(Deserialize)]
struct Situation {
    facts: Vec<Fact>,
    questions: Vec<Question>,
    derived: Vec<Derived>,
    tracks: Vec<Track>,
    placements: Vec<Placement>,
}

/// The situation file and the advice files, by theme, as the app serves them (the browser
/// fetches them before a page of the Beslisboom; see `ui::components::BeslisboomContent`).
/// One item, one place: an item shared by tracks is in one file.
pub const SITUATION_FILE: &str = "situatie.json";
pub const ADVICE_FILE_NAMES: [&str; 3] =
    ["advies-algemeen.json", "advies-ongewettigd.json", "advies-ziekte-schoolweigering.json"];

/// Natively the files are compiled in, for the tests and tools; the wasm leaves them out
/// (44 KiB of its first load, gzipped) and gets them through [`load_decision_tree`].
#[cfg(not(target_arch = "wasm32"))]
pub const ADVICE_FILES: [(&str, &str); 3] = [
    ("advies-algemeen.json", include_str!("../../content/beslisboom/advies-algemeen.json")),
    ("advies-ongewettigd.json", include_str!("../../content/beslisboom/advies-ongewettigd.json")),
    ("advies-ziekte-schoolweigering.json", include_str!("../../content/beslisboom/advies-ziekte-schoolweigering.json")),
];

impl DecisionTree {
    /// Reads the situation file and the advice files; `Err` names the file that does not parse.
    pub fn parse(situation: &str, advice_files: &[(&str, &str)]) -> Result<Self, String> {
        let Situation { facts, questions, derived, tracks, placements } =
            serde_json::from_str(situation).map_err(|e| format!("situatie.json: {e}"))?;
        let mut advice = Vec::new();
        for (name, text) in advice_files {
            let items: Vec<AdviceItem> = serde_json::from_str(text).map_err(|e| format!("{name}: {e}"))?;
            advice.extend(items);
        }
        let fact_index = facts.iter().enumerate().map(|(i, fact)| (fact.id.clone(), i)).collect();
        let mut tree = Self {
            facts,
            questions,
            derived,
            tracks,
            placements,
            advice,
            rules: Vec::new(),
            fact_index,
            rules_reading: BTreeMap::new(),
        };
        tree.rules = tree.rules_of();
        for (i, rule) in tree.rules.iter().enumerate() {
            for id in rule.reads() {
                tree.rules_reading.entry(id.to_owned()).or_default().push(i);
            }
        }
        Ok(tree)
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.fact_index.get(id).map(|&i| &self.facts[i])
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn derived_fact(&self, id: &str) -> Option<&Derived> {
        self.derived.iter().find(|derived| derived.id == id)
    }

    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|track| track.id == id)
    }

    pub fn advice_item(&self, id: &str) -> Option<&AdviceItem> {
        self.advice.iter().find(|item| item.id == id)
    }

    /// The question that asks for `fact_id`.
    pub fn question_of(&self, fact_id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.facts.iter().any(|f| f == fact_id))
    }
}

static TREE: OnceLock<DecisionTree> = OnceLock::new();

/// The decision tree, parsed once. In the browser only after [`load_decision_tree`]: the pages
/// that read it wait for that.
pub fn decision_tree() -> &'static DecisionTree {
    TREE.get_or_init(|| {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let situation = include_str!("../../content/beslisboom/situatie.json");
            DecisionTree::parse(situation, &ADVICE_FILES).expect("src/content/beslisboom/ is checked by tests")
        }
        #[cfg(target_arch = "wasm32")]
        panic!("the Beslisboom's content is read before it was loaded")
    })
}

/// Whether [`decision_tree`] can be read.
pub fn decision_tree_loaded() -> bool {
    TREE.get().is_some()
}

/// Parses the situation file and the advice files (name, text) as fetched, and keeps the tree
/// for [`decision_tree`]. `Err` names the file that does not parse; a second load keeps the first.
pub fn load_decision_tree(situation: &str, advice_files: &[(&str, &str)]) -> Result<(), String> {
    if TREE.get().is_none() {
        let _ = TREE.set(DecisionTree::parse(situation, advice_files)?);
    }
    Ok(())
}
