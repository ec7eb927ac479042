//! Walking the tree: which question comes next, the trail of answers so far, and the outcome.
//!
//! Answers are kept by question id. Changing an earlier answer keeps the later answers that
//! still lie on the new path and drops the others, so nobody starts over.

use std::collections::BTreeMap;

pub use crate::domain::decision_tree::Answer;

use super::content::{AdviceItem, AdviceKind, Condition, DecisionTree, OUTCOME, Placement, Question, QuestionKind};

pub type Answers = BTreeMap<String, Answer>;

/// A question on the current path (from the tree) and its answer, if given (from the answers).
#[derive(Debug, PartialEq)]
pub struct Step<'t, 'a> {
    pub question: &'t Question,
    pub answer: Option<&'a Answer>,
}

/// Where the wizard is.
#[derive(Debug, PartialEq)]
pub enum Position<'t> {
    Asking(&'t Question),
    Outcome,
}

/// What the documents advise for the answers given.
#[derive(Debug, PartialEq)]
pub struct Outcome<'t> {
    pub placement: Option<&'t Placement>,
    pub items: Vec<&'t AdviceItem>,
}

impl<'t> Outcome<'t> {
    pub fn items_of(&self, kind: AdviceKind) -> impl Iterator<Item = &'t AdviceItem> + '_ {
        self.items.iter().copied().filter(move |item| item.kind == kind)
    }

    pub fn has(&self, advice_id: &str) -> bool {
        self.items.iter().any(|item| item.id == advice_id)
    }
}

impl DecisionTree {
    /// Where `answer` to `question` leads, or `None` when it does not fit the question.
    fn next_after<'a>(&'a self, question: &'a Question, answer: &Answer) -> Option<&'a str> {
        match (question.kind, answer) {
            (QuestionKind::Choice, Answer::Choice(chosen)) => {
                let option = question.option(chosen)?;
                option.next.as_deref().or(question.next.as_deref())
            }
            (QuestionKind::Multi, Answer::Multi(chosen)) if chosen.iter().all(|c| question.option(c).is_some()) => {
                question.next.as_deref()
            }
            (QuestionKind::Number, Answer::Number(_)) => question.next.as_deref(),
            _ => None,
        }
    }

    /// The questions on the path that `answers` take, in order: every answered one, then the
    /// first unanswered one (with `answer: None`) unless the path reached the outcome.
    pub fn trail<'t, 'a>(&'t self, answers: &'a Answers) -> Vec<Step<'t, 'a>> {
        let mut steps = Vec::new();
        let mut at = self.start.as_str();
        // The tree has no cycles (tests check it); the bound guards a broken data file.
        for _ in 0..=self.questions.len() {
            let Some(question) = self.question(at) else { break };
            let answer = answers.get(at);
            let next = answer.and_then(|answer| self.next_after(question, answer));
            steps.push(Step { question, answer: next.and(answer) });
            match next {
                Some(next) if next != OUTCOME => at = next,
                _ => break,
            }
        }
        steps
    }

    pub fn position<'t>(&'t self, answers: &Answers) -> Position<'t> {
        match self.trail(answers).last() {
            Some(Step { question, answer: None }) => Position::Asking(question),
            _ => Position::Outcome,
        }
    }

    /// Records `answer` and drops the answers that are no longer on the path.
    pub fn answer(&self, answers: &mut Answers, question_id: &str, answer: Answer) {
        answers.insert(question_id.to_owned(), answer);
        let on_path: Vec<String> = self
            .trail(answers)
            .iter()
            .filter(|step| step.answer.is_some())
            .map(|step| step.question.id.clone())
            .collect();
        answers.retain(|id, _| on_path.contains(id));
    }

    /// The answers on the current path only.
    fn path_answers<'a>(&'a self, answers: &'a Answers) -> BTreeMap<&'a str, &'a Answer> {
        self.trail(answers).into_iter().filter_map(|step| Some((step.question.id.as_str(), step.answer?))).collect()
    }

    /// The placement and every advice item whose condition holds. `None` until the path
    /// reaches the outcome.
    pub fn outcome<'t>(&'t self, answers: &Answers) -> Option<Outcome<'t>> {
        if self.position(answers) != Position::Outcome {
            return None;
        }
        let given = self.path_answers(answers);
        let holds = |condition: &Condition| evaluate(condition, &given);
        Some(Outcome {
            placement: self.placements.iter().find(|p| holds(&p.when)),
            items: self.advice.iter().filter(|item| holds(&item.when)).collect(),
        })
    }
}

fn evaluate(condition: &Condition, given: &BTreeMap<&str, &Answer>) -> bool {
    let number = |id: &str| match given.get(id) {
        Some(Answer::Number(n)) => Some(*n),
        _ => None,
    };
    match condition {
        Condition::Always => true,
        Condition::Answered(id) => given.contains_key(id.as_str()),
        Condition::Is(id, option) => given.get(id.as_str()).is_some_and(|a| a.includes(option)),
        Condition::OneOf(id, options) => {
            given.get(id.as_str()).is_some_and(|a| options.iter().any(|option| a.includes(option)))
        }
        Condition::AtLeast(id, bound) => number(id).is_some_and(|n| n >= *bound),
        Condition::Below(id, bound) => number(id).is_some_and(|n| n < *bound),
        Condition::All(conditions) => conditions.iter().all(|c| evaluate(c, given)),
        Condition::Any(conditions) => conditions.iter().any(|c| evaluate(c, given)),
        Condition::Not(condition) => !evaluate(condition, given),
    }
}

impl DecisionTree {
    /// The answers as URL query pairs in path order, e.g. `soort=ongeoorloofd&b-aantal=7`, so
    /// each step of the wizard is an address: reloadable, and the browser's back button
    /// returns to the previous question. Option ids and numbers need no escaping.
    pub fn to_query(&self, answers: &Answers) -> String {
        self.trail(answers)
            .iter()
            .filter_map(|step| {
                let value = match step.answer? {
                    Answer::Choice(id) => id.clone(),
                    Answer::Number(n) => n.to_string(),
                    Answer::Multi(ids) => ids.join(","),
                };
                Some(format!("{}={value}", step.question.id))
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads answers from query values (see [`DecisionTree::to_query`]), following the path:
    /// a value that does not fit its question ends the reading there.
    pub fn from_query(&self, value_of: impl Fn(&str) -> Option<String>) -> Answers {
        let mut answers = Answers::new();
        while let Position::Asking(question) = self.position(&answers) {
            let Some(value) = value_of(&question.id) else { break };
            let answer = match question.kind {
                QuestionKind::Choice => Answer::Choice(value),
                QuestionKind::Number => match value.trim().parse() {
                    Ok(n) => Answer::Number(n),
                    Err(_) => break,
                },
                QuestionKind::Multi => {
                    Answer::Multi(value.split(',').filter(|id| !id.is_empty()).map(str::to_owned).collect())
                }
            };
            let id = question.id.clone();
            let before = answers.len();
            self.answer(&mut answers, &id, answer);
            if answers.len() == before {
                break;
            }
        }
        answers
    }
}
