//! The first Beslisboom (schema 3 and before): one path through a tree of questions. Kept,
//! read-only, so a consultation saved with it still opens and reads as it did: it is a
//! record of what was advised then. New runs use the situation model (`super`).

mod content;
mod engine;
mod report;

pub use content::{
    AdviceItem, AdviceKind, Condition, DecisionTree, FILE, OUTCOME, Option_, Placement, Question, QuestionKind,
    decision_tree, load,
};
pub use engine::{Answer, Answers, Outcome, Position, Step};
