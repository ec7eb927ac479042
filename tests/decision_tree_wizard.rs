//! The wizard's steps over the real content (`src/content/beslisboom/`): what a screen shows,
//! and that "Volgende" always moves on. Written for the UI, which only calls these.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use verzuimwijzer::domain::decision_tree::{Answer, FactKind, Facts, UNKNOWN, decision_tree};

#[test]
fn the_date_of_discharge_shows_once_the_pupil_is_in_hospital() {
    let tree = decision_tree();
    let illness = tree.question_of("ontslagdatum").unwrap();
    let mut facts = Facts::new();
    tree.set_answer(&mut facts, "soort", Some(Answer::Multi(vec!["ziekte".into()]))).unwrap();
    let shows = |facts: &Facts| tree.shown_facts(facts, illness).iter().any(|f| f.id == "ontslagdatum");
    assert!(!shows(&facts), "not while the admission is open");
    tree.set_answer(&mut facts, "opname", Some(Answer::Choice("nu".into()))).unwrap();
    assert!(shows(&facts));
    tree.set_answer(&mut facts, "opname", Some(Answer::Choice("nee".into()))).unwrap();
    assert!(!shows(&facts));
}

/// An answer from `pick`: a choice's option, a number (or "weet-niet"), or a few options.
fn answer(id: &str, pick: u32) -> Answer {
    let fact = decision_tree().fact(id).unwrap();
    match fact.kind {
        FactKind::Choice => Answer::Choice(fact.options[pick as usize % fact.options.len()].id.clone()),
        FactKind::Number if fact.unknown.is_some() && pick.is_multiple_of(5) => Answer::Choice(UNKNOWN.into()),
        FactKind::Number => {
            Answer::Number([0, 1, 4, 5, 12, 30, 40][pick as usize % 7].min(fact.max.unwrap_or(u32::MAX)))
        }
        FactKind::Multi => Answer::Multi(
            fact.options
                .iter()
                .enumerate()
                .filter(|(i, _)| pick >> (i % 30) & 1 == 1)
                .map(|(_, o)| o.id.clone())
                .collect(),
        ),
    }
}

#[test]
fn each_step_shows_a_fact_and_volgende_always_moves_on_to_another_question_or_the_outcome() {
    let tree = decision_tree();
    let ids: Vec<String> = tree.facts.iter().map(|f| f.id.clone()).collect();
    let mut runner = TestRunner::new(Config {
        cases: 150,
        rng_seed: RngSeed::Fixed(20261204),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&proptest::collection::vec(any::<u32>(), ids.len()), |picks| {
            let mut facts = Facts::new();
            let mut asked = Vec::new();
            while let Some(question) = tree.next_question(&facts) {
                prop_assert!(!asked.contains(&question.id), "{} asked twice after {:?}", question.id, asked);
                prop_assert!(asked.len() < 12);
                asked.push(question.id.clone());
                // As a person on the screen: each fact as it shows, in order; a multi-choice
                // sometimes left open ("none of these", filled in by Volgende).
                let mut draft = facts.clone();
                for _ in 0..question.facts.len() {
                    let open = tree.shown_facts(&draft, question).into_iter().find(|f| {
                        !(draft.contains_key(&f.id) || f.kind == FactKind::Multi && picks[0].is_multiple_of(3))
                    });
                    let Some(fact) = open else { break };
                    let pick = picks[ids.iter().position(|id| *id == fact.id).unwrap()];
                    tree.set_answer(&mut draft, &fact.id, Some(answer(&fact.id, pick))).unwrap();
                }
                let next = tree.complete_step(&draft, question, &Facts::new());
                prop_assert!(next.is_ok(), "{}: {:?}", question.id, next);
                facts = next.unwrap();
            }
            Ok(())
        })
        .unwrap();
}
