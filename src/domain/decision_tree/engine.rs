//! From the facts to the outcome, and from the facts to the next question.
//!
//! A fact is asked only while some answer to it can still change the outcome: the engine
//! reads every rule (an advice item's condition, its "done" condition, a placement's) and
//! tries the fact's possible answers against the possible answers of the rule's other open
//! facts. Nobody keeps a list of which question follows which.

use std::collections::BTreeSet;

use super::condition::{Condition, Overlay, Probes};
use super::content::{AdviceItem, DecisionTree, Derived, Fact, FactKind, Placement, Question, Section};
use super::facts::{Answer, AnswerError, Facts};

/// A condition the outcome depends on, with what it reads of each fact.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Rule {
    condition: Condition,
    probes: Probes,
}

impl Rule {
    /// The ids of the facts the rule reads.
    pub(crate) fn reads(&self) -> impl Iterator<Item = &str> {
        self.probes.keys().map(String::as_str)
    }
}

/// Up to this many evaluations for one rule and fact, relevance is decided by trying every
/// combination of answers; above it, by the rule's structure.
const EXACT_TRIES: usize = 600;

/// The most combinations [`DecisionTree::example`] tries.
const MAX_TRIES: usize = 100_000;

impl DecisionTree {
    /// The rules behind the outcome: every item's condition, with its "done" condition, and
    /// every placement's, which applies only when no earlier placement of its track does.
    /// The rules that read `fact_id`: the only ones an answer to it can change.
    fn rules_reading<'t>(&'t self, fact_id: &str) -> impl Iterator<Item = &'t Rule> + 't {
        let positions = self.rules_reading.get(fact_id).map(Vec::as_slice).unwrap_or_default();
        positions.iter().map(|&i| &self.rules[i])
    }

    pub(crate) fn rules_of(&self) -> Vec<Rule> {
        let mut conditions = Vec::new();
        for item in &self.advice {
            conditions.push(item.when.clone());
            if let Some(done) = &item.done_when {
                conditions.push(Condition::All(vec![item.when.clone(), done.clone()]));
            }
        }
        for (i, placement) in self.placements.iter().enumerate() {
            let earlier: Vec<Condition> =
                self.placements[..i].iter().filter(|p| p.track == placement.track).map(|p| p.when.clone()).collect();
            conditions
                .push(Condition::All(vec![placement.when.clone(), Condition::Not(Box::new(Condition::Any(earlier)))]));
        }
        conditions.into_iter().map(|condition| Rule { probes: condition.probe(self), condition }).collect()
    }

    /// Facts for which `condition` holds, if there are any: only the facts it reads, each
    /// with one of the answers that decide it, answered where it can be (an example a user can
    /// give in full). For tests and reviewers ("when does this show?").
    pub fn example(&self, condition: &Condition) -> Option<Facts> {
        let probes = condition.probe(self);
        // Answers first, "not answered" last.
        let open: Vec<(&str, Vec<Option<Answer>>)> = probes
            .iter()
            .filter_map(|(id, probe)| {
                let mut candidates = probe.candidates(self.fact(id)?);
                candidates.rotate_left(1);
                Some((id.as_str(), candidates))
            })
            .collect();
        let mut facts = Facts::new();
        let mut budget = MAX_TRIES;
        self.search(condition, &open, 0, &mut facts, &mut budget).then_some(facts)
    }

    /// One fact at a time (the first `settled` of `open` are decided), leaving a branch as soon
    /// as the condition can no longer hold.
    fn search(
        &self,
        condition: &Condition,
        open: &[(&str, Vec<Option<Answer>>)],
        settled: usize,
        facts: &mut Facts,
        budget: &mut usize,
    ) -> bool {
        let Some((id, candidates)) = open.get(settled) else { return condition.holds(self, facts) };
        for answer in candidates {
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            match answer {
                Some(answer) => facts.insert((*id).to_owned(), answer.clone()),
                None => facts.remove(*id),
            };
            let still_open = |fact: &str| open[settled + 1..].iter().any(|(later, _)| *later == fact);
            if self.can_be(condition, facts, &still_open, true, 0)
                && self.search(condition, open, settled + 1, facts, budget)
            {
                return true;
            }
            facts.remove(*id);
        }
        false
    }

    /// Whether, for some answers to the rule's other open facts, two answers to `fact_id`
    /// give the rule different results. `fact_id` counts as open even when answered.
    ///
    /// A rule that reads few open facts is decided by trying every combination of their
    /// answers. One that reads many is decided by its structure instead (see
    /// [`DecisionTree::matters`]): that never misses a fact that matters, and may, where two
    /// parts of a rule read the same fact, ask one that does not.
    ///
    /// The facts in `closed` are not answered and count as staying so (not open).
    fn depends(&self, rule: &Rule, facts: &Facts, closed: &[&str], fact_id: &str) -> bool {
        let (Some(probe), Some(fact)) = (rule.probes.get(fact_id), self.fact(fact_id)) else { return false };
        let answers = probe.candidates(fact);
        let open: Vec<(&str, Vec<Option<Answer>>)> = rule
            .probes
            .iter()
            .filter(|(id, _)| {
                id.as_str() != fact_id && !facts.contains_key(id.as_str()) && !closed.contains(&id.as_str())
            })
            .filter_map(|(id, probe)| Some((id.as_str(), probe.candidates(self.fact(id)?))))
            .collect();
        if open.iter().map(|(_, c)| c.len()).product::<usize>() * answers.len() > EXACT_TRIES {
            let open = |id: &str| id == fact_id || !(facts.contains_key(id) || closed.contains(&id));
            return self.matters(&rule.condition, facts, fact_id, &open, 0);
        }
        let mut at = vec![0; open.len()];
        loop {
            let mut lookup = Overlay {
                base: facts,
                replaced: open.iter().zip(&at).map(|((id, candidates), &i)| (*id, candidates[i].clone())).collect(),
            };
            lookup.replaced.push((fact_id, None));
            let mut first = None;
            for answer in &answers {
                lookup.replaced.last_mut().expect("just pushed").1 = answer.clone();
                let result = rule.condition.holds(self, &lookup);
                match first {
                    None => first = Some(result),
                    Some(earlier) if earlier != result => return true,
                    Some(_) => {}
                }
            }
            // The next combination of the open facts' answers, or done.
            let mut i = 0;
            loop {
                if i == at.len() {
                    return false;
                }
                at[i] += 1;
                if at[i] < open[i].1.len() {
                    break;
                }
                at[i] = 0;
                i += 1;
            }
        }
    }

    /// Whether `fact_id` can change `condition`, read from its structure: a part of an `all`
    /// matters when it can change and every other part can still hold; of an `any`, when it
    /// can change and every other part can still fail. Each test on one fact is tried exactly.
    fn matters(
        &self,
        condition: &Condition,
        facts: &Facts,
        fact_id: &str,
        open: &dyn Fn(&str) -> bool,
        depth: usize,
    ) -> bool {
        match condition {
            Condition::Always => false,
            Condition::All(parts) | Condition::Any(parts) => {
                let others_may = !matches!(condition, Condition::Any(_));
                parts.iter().enumerate().any(|(i, part)| {
                    self.matters(part, facts, fact_id, open, depth)
                        && parts
                            .iter()
                            .enumerate()
                            .all(|(j, other)| i == j || self.can_be(other, facts, open, others_may, depth))
                })
            }
            Condition::Not(part) => self.matters(part, facts, fact_id, open, depth),
            Condition::Derived(id) => {
                depth < 16
                    && self.derived_fact(id).is_some_and(|d| self.matters(&d.when, facts, fact_id, open, depth + 1))
            }
            test if test.names().first().is_some_and(|&(_, tested)| tested == fact_id) => {
                let (can_hold, can_fail) = self.test_results(test, facts, open);
                can_hold && can_fail
            }
            _ => false,
        }
    }

    /// Whether `condition` can still come out as `wanted`, with `fact_id` and the facts not
    /// answered open. Read from the structure, as [`DecisionTree::matters`].
    fn can_be(
        &self,
        condition: &Condition,
        facts: &Facts,
        open: &dyn Fn(&str) -> bool,
        wanted: bool,
        depth: usize,
    ) -> bool {
        match condition {
            Condition::Always => wanted,
            Condition::All(parts) if wanted => parts.iter().all(|p| self.can_be(p, facts, open, true, depth)),
            Condition::All(parts) => parts.iter().any(|p| self.can_be(p, facts, open, false, depth)),
            Condition::Any(parts) if wanted => parts.iter().any(|p| self.can_be(p, facts, open, true, depth)),
            Condition::Any(parts) => parts.iter().all(|p| self.can_be(p, facts, open, false, depth)),
            Condition::Not(part) => self.can_be(part, facts, open, !wanted, depth),
            Condition::Derived(id) => {
                depth < 16
                    && self.derived_fact(id).is_some_and(|d| self.can_be(&d.when, facts, open, wanted, depth + 1))
            }
            test => {
                let (can_hold, can_fail) = self.test_results(test, facts, open);
                if wanted { can_hold } else { can_fail }
            }
        }
    }

    /// Whether a test on one fact can hold and can fail: tried on each of the fact's answers
    /// when it is open (or is `fact_id`), on its answer otherwise.
    fn test_results(&self, test: &Condition, facts: &Facts, open: &dyn Fn(&str) -> bool) -> (bool, bool) {
        let Some(&(_, tested)) = test.names().first() else { return (true, true) };
        if !open(tested) {
            let result = test.holds(self, facts);
            return (result, !result);
        }
        let Some(fact) = self.fact(tested) else { return (false, true) };
        let probes = test.probe(self);
        let mut results = (false, false);
        for answer in probes.get(tested).map(|p| p.candidates(fact)).unwrap_or_default() {
            let lookup = Overlay { base: facts, replaced: vec![(tested, answer)] };
            if test.holds(self, &lookup) {
                results.0 = true;
            } else {
                results.1 = true;
            }
        }
        results
    }

    /// Whether some answer to `fact_id` can still change the outcome, given the other facts.
    pub fn is_relevant(&self, facts: &Facts, fact_id: &str) -> bool {
        self.rules_reading(fact_id).any(|rule| self.depends(rule, facts, &[], fact_id))
    }

    /// The facts of `question` that can still change the outcome, answered or not: what its
    /// screen shows. A fact shows once the facts before it on the screen make it matter as
    /// they stand (one not answered yet counts as not answered), so it appears as the user
    /// answers them: "Weet de school wanneer de leerling ontslagen wordt?" once "opgenomen:
    /// ja, nu" is chosen, not before.
    pub fn shown_facts<'t>(&'t self, facts: &Facts, question: &'t Question) -> Vec<&'t Fact> {
        let mut closed: Vec<&str> = Vec::new();
        let mut shown = Vec::new();
        for id in &question.facts {
            if self.rules_reading(id).any(|rule| self.depends(rule, facts, &closed, id))
                && let Some(fact) = self.fact(id)
            {
                shown.push(fact);
            }
            if !facts.contains_key(id) {
                closed.push(id);
            }
        }
        shown
    }

    /// The first question with a fact that is not answered and can still change the outcome;
    /// `None` when the outcome is complete.
    pub fn next_question(&self, facts: &Facts) -> Option<&Question> {
        self.questions.iter().find(|q| q.facts.iter().any(|id| !facts.contains_key(id) && self.is_relevant(facts, id)))
    }

    /// The questions with at least one answered fact, in order.
    pub fn answered_questions(&self, facts: &Facts) -> Vec<&Question> {
        self.questions.iter().filter(|q| q.facts.iter().any(|id| facts.contains_key(id))).collect()
    }

    /// Records `answer` for `fact_id` (`None` clears it), made to fit the fact.
    pub fn set_answer(&self, facts: &mut Facts, fact_id: &str, answer: Option<Answer>) -> Result<(), AnswerError> {
        let fact = self.fact(fact_id).ok_or_else(|| AnswerError(format!("Onbekende vraag “{fact_id}”.")))?;
        match answer {
            Some(answer) => {
                facts.insert(fact_id.to_owned(), fact.normalise(answer)?);
            }
            None => {
                facts.remove(fact_id);
            }
        }
        Ok(())
    }

    /// Only the facts that fit the tree: a saved set or an address read from outside.
    pub fn fitting(&self, facts: &Facts) -> Facts {
        facts
            .iter()
            .filter_map(|(id, answer)| Some((id.clone(), self.fact(id)?.normalise(answer.clone()).ok()?)))
            .collect()
    }

    pub fn holds(&self, condition: &Condition, facts: &Facts) -> bool {
        condition.holds(self, facts)
    }

    /// Where the pupil stands and what the documents advise, for the facts so far.
    pub fn outcome<'t>(&'t self, facts: &Facts) -> Outcome<'t> {
        let placements = self
            .tracks
            .iter()
            .filter_map(|track| self.placements.iter().find(|p| p.track == track.id && self.holds(&p.when, facts)))
            .collect();
        let items = self
            .advice
            .iter()
            .filter(|item| self.holds(&item.when, facts))
            .map(|item| Advised { item, done: item.done_when.as_ref().is_some_and(|done| self.holds(done, facts)) })
            .collect();
        let derived = self.derived.iter().filter(|d| self.holds(&d.when, facts)).collect();
        Outcome { placements, items, derived }
    }

    /// What changing the facts from `before` to `after` added to the outcome and removed.
    pub fn changes<'t>(&'t self, before: &Facts, after: &Facts) -> Changes<'t> {
        let (before, after) = (self.outcome(before), self.outcome(after));
        let advised = |o: &Outcome<'t>| -> BTreeSet<&'t str> {
            o.items.iter().filter(|a| !a.done).map(|a| a.item.id.as_str()).collect()
        };
        let shown = |o: &Outcome<'t>| -> BTreeSet<&'t str> { o.items.iter().map(|a| a.item.id.as_str()).collect() };
        let done = |o: &Outcome<'t>| -> BTreeSet<&'t str> {
            o.items.iter().filter(|a| a.done).map(|a| a.item.id.as_str()).collect()
        };
        let item = |id: &&str| self.advice_item(id);
        Changes {
            added: advised(&after).difference(&shown(&before)).filter_map(item).collect(),
            removed: shown(&before).difference(&shown(&after)).filter_map(item).collect(),
            now_done: done(&after).difference(&done(&before)).filter_map(item).collect(),
            placements_before: before.placements,
            placements_after: after.placements,
        }
    }
}

/// An advice item that applies, and whether the step was already taken.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Advised<'t> {
    pub item: &'t AdviceItem,
    pub done: bool,
}

/// What the documents advise for the facts given.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome<'t> {
    /// One per track that applies, in the tracks' order.
    pub placements: Vec<&'t Placement>,
    pub items: Vec<Advised<'t>>,
    /// The derived facts that hold.
    pub derived: Vec<&'t Derived>,
}

impl<'t> Outcome<'t> {
    pub fn in_section(&self, section: Section) -> impl Iterator<Item = Advised<'t>> + '_ {
        self.items.iter().copied().filter(move |a| a.item.section == section)
    }

    /// Whether the item shows (advised or done).
    pub fn has(&self, advice_id: &str) -> bool {
        self.items.iter().any(|a| a.item.id == advice_id)
    }

    /// Whether the item shows as advised, not done.
    pub fn advises(&self, advice_id: &str) -> bool {
        self.items.iter().any(|a| a.item.id == advice_id && !a.done)
    }

    pub fn is_done(&self, advice_id: &str) -> bool {
        self.items.iter().any(|a| a.item.id == advice_id && a.done)
    }

    /// The ambiguities flagged, e.g. ["AMB-01", "AMB-04"], once each.
    pub fn ambiguities(&self) -> BTreeSet<&'t str> {
        self.items.iter().filter_map(|a| a.item.ambiguity.as_deref()).collect()
    }
}

/// What an answer change did to the outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Changes<'t> {
    /// Items advised now that did not show before.
    pub added: Vec<&'t AdviceItem>,
    /// Items that showed before and do not now.
    pub removed: Vec<&'t AdviceItem>,
    /// Items that now show as done.
    pub now_done: Vec<&'t AdviceItem>,
    pub placements_before: Vec<&'t Placement>,
    pub placements_after: Vec<&'t Placement>,
}

impl Changes<'_> {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.now_done.is_empty()
            && self.placements_before == self.placements_after
    }
}

impl DecisionTree {
    /// The facts as URL query pairs in the facts' order, e.g. `regio=brussel&soort=ongewettigd,angst`,
    /// so each step is an address. Option ids and numbers need no escaping.
    pub fn to_query(&self, facts: &Facts) -> String {
        self.facts
            .iter()
            .filter_map(|fact| {
                let value = match facts.get(&fact.id)? {
                    Answer::Choice(id) => id.clone(),
                    Answer::Number(n) => n.to_string(),
                    Answer::Multi(ids) => ids.join(","),
                };
                Some(format!("{}={value}", fact.id))
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads facts from query values (see [`DecisionTree::to_query`]); a value that does not
    /// fit its fact is left out.
    pub fn from_query(&self, value_of: impl Fn(&str) -> Option<String>) -> Facts {
        let mut facts = Facts::new();
        for fact in &self.facts {
            let Some(value) = value_of(&fact.id) else { continue };
            let value = value.trim();
            let answer = match fact.kind {
                FactKind::Choice => Answer::Choice(value.to_owned()),
                FactKind::Number => match value.parse() {
                    Ok(n) => Answer::Number(n),
                    Err(_) => Answer::Choice(value.to_owned()),
                },
                FactKind::Multi => {
                    Answer::Multi(value.split(',').filter(|id| !id.is_empty()).map(str::to_owned).collect())
                }
            };
            let _ = self.set_answer(&mut facts, &fact.id, Some(answer));
        }
        facts
    }
}
