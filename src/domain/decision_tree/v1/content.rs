//! The decision tree as data: questions, where each answer leads, where the pupil stands
//! on the care continuum, and the advice with its sources.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::decision_tree::SourceRef;

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct DecisionTree {
    /// The first question.
    pub start: String,
    pub questions: Vec<Question>,
    /// Where the pupil stands; the first placement whose condition holds applies.
    pub placements: Vec<Placement>,
    pub advice: Vec<AdviceItem>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One answer from `options`.
    Choice,
    /// Any number of `options`, including none.
    Multi,
    /// A whole number, e.g. half days of B-codes.
    Number,
}

/// The `next` that ends the questions and shows the outcome.
pub const OUTCOME: &str = "uitkomst";

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    /// Why the question matters, or how to answer it.
    #[serde(default)]
    pub help: Option<String>,
    #[serde(default)]
    pub options: Vec<Option_>,
    /// Where the answer leads: a question id or [`OUTCOME`]. For `multi` and `number`
    /// questions, and for options without their own `next`.
    #[serde(default)]
    pub next: Option<String>,
    /// For `number` questions: the unit, e.g. "halve dagen".
    #[serde(default)]
    pub unit: Option<String>,
}

/// An answer option. (Named with an underscore: `Option` is Rust's own.)
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Option_ {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub next: Option<String>,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Option_> {
        self.options.iter().find(|option| option.id == id)
    }

    /// Where each possible answer leads (several for a choice, one otherwise).
    pub fn successors(&self) -> Vec<&str> {
        match self.kind {
            QuestionKind::Choice => {
                self.options.iter().filter_map(|option| option.next.as_deref().or(self.next.as_deref())).collect()
            }
            QuestionKind::Multi | QuestionKind::Number => self.next.as_deref().into_iter().collect(),
        }
    }
}

/// A condition on the answers, written in the data file as e.g.
/// `{"is": ["b-ouders", "onwil"]}` or `{"at_least": ["b-aantal", 5]}`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Always,
    /// The question was answered on the current path.
    Answered(String),
    /// A choice is this option, or a multi-choice includes it.
    Is(String, String),
    /// A choice is one of these options, or a multi-choice includes one of them.
    OneOf(String, Vec<String>),
    /// A number answer is at least this.
    AtLeast(String, u32),
    /// A number answer is below this.
    Below(String, u32),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// A phase of the care continuum and a track, as document 000 names them.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Placement {
    pub when: Condition,
    /// 0–3.
    pub phase: u8,
    /// "Fase 2: Uitbreiding van zorg".
    pub phase_title: String,
    /// "Ongeoorloofd relatief verzuim (B-codes)".
    pub track: String,
    /// Why the pupil stands here.
    pub reason: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum AdviceKind {
    /// A next step, with who takes it.
    Step,
    /// A legal duty.
    Duty,
    /// A partner that fits the situation.
    Partner,
    /// A warning sign (knipperlicht) that is present.
    WarningSign,
    /// Something to avoid.
    Avoid,
    /// Background the team should know.
    Info,
    /// Where the documents are unclear or silent: said, not decided.
    Unclear,
}

impl AdviceKind {
    /// The outcome's sections, in the order a meeting needs them.
    pub const ORDER: [AdviceKind; 7] =
        [Self::Step, Self::Duty, Self::WarningSign, Self::Partner, Self::Avoid, Self::Unclear, Self::Info];

    pub fn heading(self) -> &'static str {
        match self {
            Self::Step => "Volgende stappen",
            Self::Duty => "Wettelijke plichten",
            Self::Partner => "Partners die passen",
            Self::WarningSign => "Knipperlichten",
            Self::Avoid => "Vermijd",
            Self::Info => "Goed om te weten",
            Self::Unclear => "Onduidelijk of niet geregeld in de bronnen",
        }
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct AdviceItem {
    pub id: String,
    pub kind: AdviceKind,
    pub text: String,
    /// Who acts: a school role, the CLB or a partner.
    #[serde(default)]
    pub who: Option<String>,
    /// The ambiguity this item reports, e.g. "AMB-04" (see shared/domain/rules.md).
    #[serde(default)]
    pub ambiguity: Option<String>,
    pub when: Condition,
    pub sources: Vec<SourceRef>,
}

/// The file of the first tree, as the app serves it (see the newer tree's `SITUATION_FILE`).
pub const FILE: &str = "beslisboom-v1.json";

static TREE: OnceLock<DecisionTree> = OnceLock::new();

/// The first decision tree, parsed once; in the browser only after [`load`], as the newer one.
pub fn decision_tree() -> &'static DecisionTree {
    TREE.get_or_init(|| {
        #[cfg(not(target_arch = "wasm32"))]
        {
            serde_json::from_str(include_str!("../../../content/beslisboom-v1.json"))
                .expect("src/content/beslisboom-v1.json is checked by tests")
        }
        #[cfg(target_arch = "wasm32")]
        panic!("the first Beslisboom's content is read before it was loaded")
    })
}

/// Parses the first tree's file as fetched and keeps it for [`decision_tree`].
pub fn load(text: &str) -> Result<(), String> {
    if TREE.get().is_none() {
        let tree = serde_json::from_str(text).map_err(|e| format!("{FILE}: {e}"))?;
        let _ = TREE.set(tree);
    }
    Ok(())
}

impl DecisionTree {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }
}
