//! A saved consultation of the Beslisboom: the facts, from which the outcome is derived again
//! when it is opened, so it always shows the advice with its sources.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::facts::Facts;
use super::v1;

/// The first Beslisboom: a path of answers (schema 3 and before).
pub const TREE_PATH: u8 = 1;
/// The Beslisboom of facts (schema 4 on).
pub const TREE_FACTS: u8 = 2;

fn tree_facts() -> u8 {
    TREE_FACTS
}

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
    /// Which Beslisboom it was made with: [`TREE_PATH`] or [`TREE_FACTS`]. An older one keeps
    /// its answers and reads as it did: it is a record of what was advised then.
    #[serde(default = "tree_facts")]
    pub tree: u8,
    /// The answers to the first Beslisboom, for [`TREE_PATH`] only.
    #[serde(default, skip_serializing_if = "v1::Answers::is_empty")]
    pub answers: v1::Answers,
    /// The situation, for [`TREE_FACTS`].
    #[serde(default)]
    pub facts: Facts,
}

impl Consultation {
    /// A new consultation of the current Beslisboom.
    pub fn new(id: String, label: String, now: DateTime<Utc>, facts: Facts) -> Self {
        Self {
            id,
            label,
            created_at: Some(now),
            updated_at: Some(now),
            tree: TREE_FACTS,
            answers: v1::Answers::new(),
            facts,
        }
    }

    pub fn is_first_tree(&self) -> bool {
        self.tree == TREE_PATH
    }
}
