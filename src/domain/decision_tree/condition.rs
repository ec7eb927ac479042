//! Conditions over the facts, as the data files write them, e.g. `{"is": ["regio", "brussel"]}`
//! or `{"all": [{"at_least": ["b-dit-jaar", 5]}, {"not": {"is": ["clb", "gesignaleerd"]}}]}`,
//! and what the engine needs to know about them: which facts they read, and with which
//! values and thresholds.
//!
//! A fact that is not answered makes every test on it false (`not` turns that around), so an
//! item never shows on a fact nobody gave.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::content::{DecisionTree, Fact, FactKind, UNKNOWN};
use super::facts::Answer;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Always,
    /// The fact has an answer, whatever it is ("weet ik niet" included).
    Answered(String),
    /// A choice is this option, a multi-choice includes it, or a number is "weet-niet".
    Is(String, String),
    /// As `is`, for any of these options.
    OneOf(String, Vec<String>),
    /// A multi-choice includes at least one option that is not exclusive ("weet ik niet").
    Some(String),
    /// A number is at least this.
    AtLeast(String, u32),
    /// A number is below this (false when unknown or not answered).
    Below(String, u32),
    /// A derived fact holds.
    Derived(String),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// Where the facts come from when a condition is evaluated: the given facts, possibly with
/// some replaced (the engine tries answers without copying the whole set).
pub(crate) trait Lookup {
    fn answer(&self, fact_id: &str) -> Option<&Answer>;
}

impl Lookup for BTreeMap<String, Answer> {
    fn answer(&self, fact_id: &str) -> Option<&Answer> {
        self.get(fact_id)
    }
}

/// The given facts with a few replaced; `None` replaces with "not answered".
pub(crate) struct Overlay<'a> {
    pub base: &'a BTreeMap<String, Answer>,
    pub replaced: Vec<(&'a str, Option<Answer>)>,
}

impl Lookup for Overlay<'_> {
    fn answer(&self, fact_id: &str) -> Option<&Answer> {
        match self.replaced.iter().find(|(id, _)| *id == fact_id) {
            Some((_, answer)) => answer.as_ref(),
            None => self.base.get(fact_id),
        }
    }
}

impl Condition {
    pub(crate) fn holds(&self, tree: &DecisionTree, facts: &impl Lookup) -> bool {
        let number = |id: &str| facts.answer(id).and_then(Answer::number);
        match self {
            Condition::Always => true,
            Condition::Answered(id) => facts.answer(id).is_some(),
            Condition::Is(id, option) => facts.answer(id).is_some_and(|a| a.includes(option)),
            Condition::OneOf(id, options) => facts.answer(id).is_some_and(|a| options.iter().any(|o| a.includes(o))),
            Condition::Some(id) => match (facts.answer(id), tree.fact(id)) {
                (Some(Answer::Multi(chosen)), Some(fact)) => {
                    chosen.iter().any(|c| fact.option(c).is_some_and(|option| !option.exclusive))
                }
                _ => false,
            },
            Condition::AtLeast(id, bound) => number(id).is_some_and(|n| n >= *bound),
            Condition::Below(id, bound) => number(id).is_some_and(|n| n < *bound),
            Condition::Derived(id) => tree.derived_fact(id).is_some_and(|d| d.when.holds(tree, facts)),
            Condition::All(conditions) => conditions.iter().all(|c| c.holds(tree, facts)),
            Condition::Any(conditions) => conditions.iter().any(|c| c.holds(tree, facts)),
            Condition::Not(condition) => !condition.holds(tree, facts),
        }
    }

    /// What the condition reads of each fact, derived facts included.
    pub(crate) fn probe(&self, tree: &DecisionTree) -> Probes {
        let mut probes = Probes::new();
        self.collect(tree, &mut probes, 0);
        probes
    }

    fn collect(&self, tree: &DecisionTree, probes: &mut Probes, depth: usize) {
        fn entry<'p>(probes: &'p mut Probes, id: &str) -> &'p mut Probe {
            probes.entry(id.to_owned()).or_default()
        }
        match self {
            Condition::Always => {}
            Condition::Answered(id) => {
                entry(probes, id);
            }
            Condition::Is(id, option) => {
                entry(probes, id).values.insert(option.clone());
            }
            Condition::OneOf(id, options) => entry(probes, id).values.extend(options.iter().cloned()),
            Condition::Some(id) => entry(probes, id).some = true,
            Condition::AtLeast(id, bound) | Condition::Below(id, bound) => {
                entry(probes, id).thresholds.insert(*bound);
            }
            // Derived facts do not refer to themselves (tests check it); the bound guards a
            // broken data file.
            Condition::Derived(id) if depth < 16 => {
                if let Some(derived) = tree.derived_fact(id) {
                    derived.when.collect(tree, probes, depth + 1);
                }
            }
            Condition::Derived(_) => {}
            Condition::All(conditions) | Condition::Any(conditions) => {
                conditions.iter().for_each(|c| c.collect(tree, probes, depth))
            }
            Condition::Not(condition) => condition.collect(tree, probes, depth),
        }
    }

    /// Every fact and derived fact the condition names, for the content tests.
    pub fn names(&self) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        self.visit(&mut |c| match c {
            Condition::Answered(id)
            | Condition::Is(id, _)
            | Condition::OneOf(id, _)
            | Condition::Some(id)
            | Condition::AtLeast(id, _)
            | Condition::Below(id, _) => out.push(("fact", id.as_str())),
            Condition::Derived(id) => out.push(("derived", id.as_str())),
            _ => {}
        });
        out
    }

    /// Every option a condition tests, with its fact: `("regio", "brussel")`.
    pub fn options(&self) -> Vec<(&str, &str)> {
        let mut out = Vec::new();
        self.visit(&mut |c| match c {
            Condition::Is(id, option) => out.push((id.as_str(), option.as_str())),
            Condition::OneOf(id, options) => out.extend(options.iter().map(|o| (id.as_str(), o.as_str()))),
            _ => {}
        });
        out
    }

    fn visit<'c>(&'c self, f: &mut impl FnMut(&'c Condition)) {
        f(self);
        match self {
            Condition::All(conditions) | Condition::Any(conditions) => conditions.iter().for_each(|c| c.visit(f)),
            Condition::Not(condition) => condition.visit(f),
            _ => {}
        }
    }
}

/// What a condition reads of one fact.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Probe {
    /// Options it tests.
    pub values: BTreeSet<String>,
    /// Numbers it compares with.
    pub thresholds: BTreeSet<u32>,
    /// Whether it asks for "some option" of a multi-choice.
    pub some: bool,
}

pub(crate) type Probes = BTreeMap<String, Probe>;

impl Probe {
    /// Answers that between them give every result the condition can give on this fact:
    /// "not answered" first, then each tested option (and one untested one), each side of
    /// each threshold, or each combination of the tested options of a multi-choice.
    pub fn candidates(&self, fact: &Fact) -> Vec<Option<Answer>> {
        let mut out = vec![None];
        match fact.kind {
            FactKind::Choice => {
                out.extend(self.values.iter().map(|v| Some(Answer::Choice(v.clone()))));
                if let Some(other) = fact.options.iter().find(|o| !self.values.contains(&o.id)) {
                    out.push(Some(Answer::Choice(other.id.clone())));
                }
            }
            FactKind::Number => {
                if fact.unknown.is_some() {
                    out.push(Some(Answer::Choice(UNKNOWN.to_owned())));
                }
                let mut numbers = BTreeSet::from([0]);
                for &t in &self.thresholds {
                    numbers.insert(t);
                    numbers.insert(t.saturating_sub(1));
                }
                out.extend(numbers.into_iter().map(|n| Some(Answer::Number(n))));
            }
            FactKind::Multi => {
                let mut tested: Vec<&str> =
                    fact.options.iter().filter(|o| self.values.contains(&o.id)).map(|o| o.id.as_str()).collect();
                if self.some
                    && let Some(other) = fact.options.iter().find(|o| !o.exclusive && !self.values.contains(&o.id))
                {
                    tested.push(&other.id);
                }
                // 2^n sets; conditions test a handful of options of one fact.
                let n = tested.len().min(10);
                for mask in 0u32..(1 << n) {
                    let set = (0..n).filter(|i| mask & (1 << i) != 0).map(|i| tested[i].to_owned()).collect();
                    out.push(Some(Answer::Multi(set)));
                }
            }
        }
        out
    }
}
