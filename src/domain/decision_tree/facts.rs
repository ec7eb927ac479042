//! The facts of one pupil's situation as the user gave them, by fact id.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::{Fact, FactKind, UNKNOWN};

/// One answer. Stored untagged: `"brussel"`, `7` or `["ongewettigd", "angst"]`; a number
/// that the user does not know is `"weet-niet"`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Number(u32),
    Choice(String),
    Multi(Vec<String>),
}

impl Answer {
    /// A choice is this option, or a multi-choice includes it.
    pub(crate) fn includes(&self, option: &str) -> bool {
        match self {
            Answer::Choice(chosen) => chosen == option,
            Answer::Multi(chosen) => chosen.iter().any(|c| c == option),
            Answer::Number(_) => false,
        }
    }

    pub fn number(&self) -> Option<u32> {
        match self {
            Answer::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// The facts given so far, by fact id. A fact that is missing is not answered (yet).
pub type Facts = BTreeMap<String, Answer>;

/// Why an answer does not fit its fact, in Dutch for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError(pub String);

impl Fact {
    /// The answer made to fit this fact: a multi-choice keeps its options in the data's order,
    /// once, and an exclusive option ("Weet ik niet") alone. `Err` when it cannot fit.
    pub fn normalise(&self, answer: Answer) -> Result<Answer, AnswerError> {
        match (self.kind, answer) {
            (FactKind::Choice, Answer::Choice(id)) if self.option(&id).is_some() => Ok(Answer::Choice(id)),
            (FactKind::Number, Answer::Number(n)) => match self.max {
                Some(max) if n > max => Err(AnswerError(format!("Vul een getal in van 0 tot {max}."))),
                _ => Ok(Answer::Number(n)),
            },
            (FactKind::Number, Answer::Choice(id)) if id == UNKNOWN && self.unknown.is_some() => Ok(Answer::Choice(id)),
            (FactKind::Multi, Answer::Multi(ids)) => {
                if let Some(unknown) = ids.iter().find(|id| self.option(id).is_none()) {
                    return Err(AnswerError(format!("“{unknown}” is geen antwoord op deze vraag.")));
                }
                let chosen: Vec<&str> =
                    self.options.iter().filter(|o| ids.contains(&o.id)).map(|o| o.id.as_str()).collect();
                // The last exclusive option wins; otherwise the non-exclusive ones.
                let exclusive = chosen.iter().rev().find(|id| self.option(id).is_some_and(|o| o.exclusive));
                Ok(Answer::Multi(match exclusive {
                    Some(id) => vec![id.to_string()],
                    None => chosen.into_iter().map(str::to_owned).collect(),
                }))
            }
            _ => Err(AnswerError("Dit antwoord past niet bij deze vraag.".to_owned())),
        }
    }

    /// The answer as the user chose it: the option's label, "7 halve dagen", "Weet ik niet"
    /// or "Geen van deze".
    pub fn answer_text(&self, answer: &Answer) -> String {
        let label = |id: &str| match self.option(id) {
            Some(option) => option.label.clone(),
            None if id == UNKNOWN => self.unknown.clone().unwrap_or_else(|| "Weet ik niet".to_owned()),
            None => id.to_owned(),
        };
        match answer {
            Answer::Choice(id) => label(id),
            Answer::Number(n) => match &self.unit {
                Some(unit) => format!("{n} {unit}"),
                None => n.to_string(),
            },
            Answer::Multi(ids) if ids.is_empty() => "Geen van deze".to_owned(),
            Answer::Multi(ids) => ids.iter().map(|id| label(id)).collect::<Vec<_>>().join("; "),
        }
    }
}
