//! A saved run of the Beslisboom: what the user answered, kept so the outcome can be shown
//! again with its sources.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Answers;

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
