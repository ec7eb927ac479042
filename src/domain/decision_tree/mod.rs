//! The Beslisboom: from one pupil's absence situation to the next steps, who takes them, the
//! legal duties, the partners and the sources. The tree and its advice are data
//! (`src/content/beslisboom.json`); this module reads them and walks them.

mod consultation;
mod content;
mod engine;
mod report;

pub use consultation::Consultation;
pub use content::{
    AdviceItem, AdviceKind, Condition, DecisionTree, OUTCOME, Option_, Placement, Question, QuestionKind, SourceRef,
    decision_tree,
};
pub use engine::{Answer, Answers, Outcome, Position, Step};
pub use report::source_text;
