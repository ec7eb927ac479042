//! The Beslisboom: from one pupil's situation to the next steps, who takes them, the legal
//! duties, what follows if they do not help, what to avoid, where the documents are unclear,
//! and the sources. The situation is a set of facts (`facts`); the advice is data
//! (`src/content/beslisboom/`), each item with a condition over the facts (`condition`); the
//! engine asks only for facts that can still change the outcome (`engine`).
//!
//! `v1` is the first Beslisboom, a tree of questions, kept to show consultations saved with it.

mod condition;
mod consultation;
mod content;
mod dossier_facts;
mod engine;
mod facts;
mod report;
mod step;
pub mod v1;

pub use condition::Condition;
pub use consultation::{Consultation, TREE_FACTS, TREE_PATH};
#[cfg(not(target_arch = "wasm32"))]
pub use content::ADVICE_FILES;
pub use content::{
    ADVICE_FILE_NAMES, AdviceItem, DecisionTree, Derived, Fact, FactKind, FactOption, Placement, Question,
    SITUATION_FILE, Section, SourceRef, Track, UNKNOWN, decision_tree, decision_tree_loaded, load_decision_tree,
};
pub use dossier_facts::{DossierUpdate, facts_from_dossier};
pub use engine::{Advised, Changes, Outcome};
pub use facts::{Answer, AnswerError, Facts};
pub use report::source_text;
pub use step::StepError;
