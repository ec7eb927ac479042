//! The first Beslisboom's data file (`src/content/beslisboom-v1.json`, kept for saved consultations) checked as a whole: the tree is
//! sound (no dead end, no cycle, every question reachable, short paths), every condition
//! names real questions and options, every advice item has a verbatim source and can occur.

use std::collections::{BTreeSet, HashMap, HashSet};

use verzuimwijzer::domain::content::sources;
use verzuimwijzer::domain::decision_tree::v1::{
    AdviceKind, Answer, Answers, Condition, DecisionTree, OUTCOME, Position, QuestionKind, decision_tree,
};

const DOCUMENT_000: &str = include_str!("seeds/000_a9a61bec76c6d73d.txt");
const DOCUMENT_002: &str = include_str!("seeds/002_46249b824235b6a3.txt");

fn normalise(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("[bookmark: ") {
        out.push_str(&rest[..start]);
        rest = &rest[start + rest[start..].find(']').unwrap() + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every way through the tree, as complete answer sets: each option of a choice; for a
/// multi-choice nothing, each option alone and all of them; for a number 0, 4, 5 and 30.
fn all_answer_sets(tree: &DecisionTree) -> Vec<Answers> {
    fn walk(tree: &DecisionTree, at: &str, answers: Answers, out: &mut Vec<Answers>) {
        if at == OUTCOME {
            out.push(answers);
            return;
        }
        let question = tree.question(at).expect("next points at a question");
        let candidates: Vec<Answer> = match question.kind {
            QuestionKind::Choice => question.options.iter().map(|o| Answer::Choice(o.id.clone())).collect(),
            QuestionKind::Multi => {
                let mut sets = vec![Answer::Multi(vec![])];
                sets.extend(question.options.iter().map(|o| Answer::Multi(vec![o.id.clone()])));
                sets.push(Answer::Multi(question.options.iter().map(|o| o.id.clone()).collect()));
                sets
            }
            QuestionKind::Number => [0, 4, 5, 30].into_iter().map(Answer::Number).collect(),
        };
        for answer in candidates {
            let next = match &answer {
                Answer::Choice(id) => {
                    let option = question.option(id).unwrap();
                    option.next.clone().or(question.next.clone()).expect("every option leads somewhere")
                }
                _ => question.next.clone().expect("multi and number questions lead somewhere"),
            };
            let mut answers = answers.clone();
            answers.insert(question.id.clone(), answer);
            walk(tree, &next, answers, out);
        }
    }
    let mut out = Vec::new();
    walk(tree, &tree.start, Answers::new(), &mut out);
    out
}

#[test]
fn every_next_points_at_a_question_or_the_outcome_and_every_question_is_reachable() {
    let tree = decision_tree();
    let ids: HashSet<&str> = tree.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.len(), tree.questions.len(), "question ids are unique");
    assert!(ids.contains(tree.start.as_str()));
    let mut reachable = HashSet::from([tree.start.as_str()]);
    let mut todo = vec![tree.start.as_str()];
    while let Some(id) = todo.pop() {
        let question = tree.question(id).unwrap();
        match question.kind {
            QuestionKind::Choice => {
                assert!(question.options.len() >= 2, "{id} offers a choice");
                for option in &question.options {
                    assert!(option.next.is_some() || question.next.is_some(), "{id}/{} leads nowhere", option.id);
                }
            }
            QuestionKind::Multi => assert!(!question.options.is_empty() && question.next.is_some(), "{id}"),
            QuestionKind::Number => assert!(question.next.is_some() && question.unit.is_some(), "{id}"),
        }
        for next in question.successors() {
            assert!(next == OUTCOME || ids.contains(next), "{id} leads to unknown {next:?}");
            if next != OUTCOME && reachable.insert(next) {
                todo.push(next);
            }
        }
    }
    assert_eq!(reachable, ids, "every question can be reached");
}

#[test]
fn the_tree_has_no_cycles() {
    fn visit<'a>(tree: &'a DecisionTree, id: &'a str, stack: &mut Vec<&'a str>) {
        assert!(!stack.contains(&id), "cycle: {stack:?} → {id}");
        stack.push(id);
        for next in tree.question(id).unwrap().successors() {
            if next != OUTCOME {
                visit(tree, next, stack);
            }
        }
        stack.pop();
    }
    visit(decision_tree(), &decision_tree().start, &mut Vec::new());
}

#[test]
fn every_path_ends_in_an_outcome_with_a_placement_within_about_eight_answers() {
    let tree = decision_tree();
    let sets = all_answer_sets(tree);
    assert!(sets.len() > 10_000, "enumerated {} ways through the tree", sets.len());
    for answers in &sets {
        assert_eq!(tree.position(answers), Position::Outcome);
        let outcome = tree.outcome(answers).expect("complete answers give an outcome");
        assert!(outcome.placement.is_some(), "no placement for {answers:?}");
        assert!(outcome.items.iter().any(|i| i.kind == AdviceKind::Step), "no next step for {answers:?}");
        let limit = if answers.contains_key("gemengd") { 9 } else { 8 };
        assert!(answers.len() <= limit, "{} answers: {answers:?}", answers.len());
    }
}

#[test]
fn every_advice_item_and_placement_can_occur() {
    let tree = decision_tree();
    let mut seen_items = BTreeSet::new();
    let mut seen_placements = BTreeSet::new();
    for answers in all_answer_sets(tree) {
        let outcome = tree.outcome(&answers).unwrap();
        seen_items.extend(outcome.items.iter().map(|i| i.id.clone()));
        seen_placements.insert(outcome.placement.unwrap().reason.clone());
    }
    for item in &tree.advice {
        assert!(seen_items.contains(&item.id), "advice {:?} never appears", item.id);
    }
    assert_eq!(seen_placements.len(), tree.placements.len(), "every placement is used");
}

#[test]
fn conditions_name_real_questions_and_options() {
    let tree = decision_tree();
    fn check(tree: &DecisionTree, condition: &Condition, context: &str) {
        let question = |id: &str| tree.question(id).unwrap_or_else(|| panic!("{context}: unknown question {id:?}"));
        let option = |id: &str, option: &str| {
            let q = question(id);
            assert!(matches!(q.kind, QuestionKind::Choice | QuestionKind::Multi), "{context}: {id} has no options");
            assert!(q.option(option).is_some(), "{context}: {id} has no option {option:?}");
        };
        match condition {
            Condition::Always => {}
            Condition::Answered(id) => {
                question(id);
            }
            Condition::Is(id, o) => option(id, o),
            Condition::OneOf(id, os) => os.iter().for_each(|o| option(id, o)),
            Condition::AtLeast(id, _) | Condition::Below(id, _) => {
                assert_eq!(question(id).kind, QuestionKind::Number, "{context}: {id} is not a number")
            }
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| check(tree, c, context)),
            Condition::Not(c) => check(tree, c, context),
        }
    }
    let mut ids = HashSet::new();
    for item in &tree.advice {
        assert!(ids.insert(&item.id), "advice id {:?} is unique", item.id);
        check(tree, &item.when, &item.id);
    }
    for placement in &tree.placements {
        check(tree, &placement.when, &placement.reason);
    }
}

#[test]
fn every_statement_has_a_verbatim_source_at_the_lines_it_names() {
    let tree = decision_tree();
    let known = sources();
    let documents: HashMap<&str, Vec<&str>> = HashMap::from([
        ("preventieplan", DOCUMENT_000.lines().collect()),
        ("brusselse-leidraad", DOCUMENT_002.lines().collect()),
    ]);
    let all_sources = tree
        .advice
        .iter()
        .flat_map(|item| item.sources.iter().map(move |s| (item.id.as_str(), s)))
        .chain(tree.placements.iter().flat_map(|p| p.sources.iter().map(move |s| (p.reason.as_str(), s))));
    let mut count = 0;
    for (owner, source) in all_sources {
        count += 1;
        assert!(known.documents.iter().any(|d| d.id == source.document), "{owner}: unknown document");
        assert!(!source.section.trim().is_empty(), "{owner}: a source names its section");
        let lines = &documents[source.document.as_str()];
        let [first, last] = source.lines;
        assert!(first >= 1 && first <= last && (last as usize) <= lines.len(), "{owner}: lines {first}-{last}");
        let passage = normalise(&lines[first as usize - 1..last as usize].join("\n"));
        assert!(
            passage.contains(&normalise(&source.quote)),
            "{owner}: {:?} is not at {} lines {first}-{last}",
            source.quote,
            source.document
        );
    }
    assert!(count > 80);
    for item in &tree.advice {
        assert!(!item.sources.is_empty(), "{} has a source", item.id);
        assert_eq!(
            item.kind == AdviceKind::Unclear,
            item.ambiguity.is_some(),
            "{}: unclear items name their AMB",
            item.id
        );
    }
    for placement in &tree.placements {
        assert!(!placement.sources.is_empty());
        assert!(placement.phase <= 3);
    }
}

#[test]
fn changing_an_earlier_answer_keeps_what_still_applies_and_drops_the_rest() {
    let tree = decision_tree();
    let mut answers = Answers::new();
    tree.answer(&mut answers, "soort", Answer::Choice("ongeoorloofd".into()));
    tree.answer(&mut answers, "b-aantal", Answer::Number(6));
    tree.answer(&mut answers, "b-gedaan", Answer::Multi(vec![]));
    assert!(matches!(tree.position(&answers), Position::Asking(q) if q.id == "b-ouders"));
    assert_eq!(tree.trail(&answers).len(), 4, "three answered, one asked");

    // Another track: the B-code answers no longer apply.
    tree.answer(&mut answers, "soort", Answer::Choice("ziekte".into()));
    assert_eq!(answers.len(), 1);
    assert!(matches!(tree.position(&answers), Position::Asking(q) if q.id == "ziekte-duur"));

    // Back, and a change that keeps the path: later answers stay.
    tree.answer(&mut answers, "soort", Answer::Choice("ongeoorloofd".into()));
    tree.answer(&mut answers, "b-aantal", Answer::Number(6));
    tree.answer(&mut answers, "b-gedaan", Answer::Multi(vec![]));
    tree.answer(&mut answers, "b-aantal", Answer::Number(3));
    assert_eq!(answers.get("b-gedaan"), Some(&Answer::Multi(vec![])));
    assert!(tree.outcome(&answers).is_none(), "no outcome before the last question");
}

#[test]
fn an_answer_that_does_not_fit_its_question_is_not_taken() {
    let tree = decision_tree();
    let mut answers = Answers::new();
    tree.answer(&mut answers, "soort", Answer::Choice("bestaat-niet".into()));
    assert!(matches!(tree.position(&answers), Position::Asking(q) if q.id == "soort"));
    tree.answer(&mut answers, "soort", Answer::Number(3));
    assert!(matches!(tree.position(&answers), Position::Asking(q) if q.id == "soort"));
}

#[test]
fn answers_survive_the_round_trip_through_the_address() {
    let tree = decision_tree();
    let mut answers = Answers::new();
    tree.answer(&mut answers, "soort", Answer::Choice("ongeoorloofd".into()));
    tree.answer(&mut answers, "b-aantal", Answer::Number(7));
    tree.answer(&mut answers, "b-gedaan", Answer::Multi(vec!["gesprek-leerling".into(), "dossier".into()]));
    tree.answer(&mut answers, "b-ouders", Answer::Choice("onwil".into()));
    let query = tree.to_query(&answers);
    assert_eq!(query, "soort=ongeoorloofd&b-aantal=7&b-gedaan=gesprek-leerling,dossier&b-ouders=onwil");
    let pairs: HashMap<&str, &str> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    let read = tree.from_query(|id| pairs.get(id).map(|v| v.to_string()));
    assert_eq!(read, answers);

    // An empty multi-choice is an answer ("none of these"); a bad number stops the reading.
    let read = tree.from_query(|id| match id {
        "soort" => Some("ongeoorloofd".into()),
        "b-aantal" => Some("drie".into()),
        "b-gedaan" => Some(String::new()),
        _ => None,
    });
    assert_eq!(read.len(), 1);
    let read = tree.from_query(|id| match id {
        "soort" => Some("ongeoorloofd".into()),
        "b-aantal" => Some("3".into()),
        "b-gedaan" => Some(String::new()),
        _ => None,
    });
    assert_eq!(read.get("b-gedaan"), Some(&Answer::Multi(vec![])));
    // An unknown option is not taken.
    assert!(tree.from_query(|id| (id == "soort").then(|| "iets".to_string())).is_empty());
}
