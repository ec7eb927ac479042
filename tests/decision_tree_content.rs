//! The Beslisboom's content (`src/content/beslisboom/`) checked as a whole: every quote is
//! verbatim at the body lines it cites; every condition names real facts, options, derived
//! facts and tracks; every item, placement and ambiguity of rules.md can occur through the
//! wizard; and, over random situations, the wizard asks at most 12 questions, every question it
//! asks can change the outcome, and skipping the others changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet, HashSet};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use verzuimwijzer::domain::content::sources;
use verzuimwijzer::domain::decision_tree::{
    Answer, Condition, DecisionTree, FactKind, Facts, Outcome, Section, SourceRef, UNKNOWN, decision_tree,
};
use verzuimwijzer::domain::dossier::checklist;

const DOCUMENTS: [(&str, &str); 3] = [
    ("000_a9a61bec76c6d73d.txt", include_str!("seeds/000_a9a61bec76c6d73d.txt")),
    ("002_46249b824235b6a3.txt", include_str!("seeds/002_46249b824235b6a3.txt")),
    ("external-facts.md", include_str!("seeds/external-facts.md")),
];

/// Document 000's table of contents: its lines name sections, they advise nothing.
const TABLE_OF_CONTENTS_000: [u32; 2] = [12, 49];

/// Every ambiguity of shared/domain/rules.md §12.
const AMBIGUITIES: std::ops::RangeInclusive<u32> = 1..=20;

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

fn document_text(document_id: &str) -> &'static str {
    let file = &sources().documents.iter().find(|d| d.id == document_id).expect("a known document").file;
    DOCUMENTS.iter().find(|(name, _)| name == file).map(|(_, text)| *text).expect("its text is in tests/seeds")
}

fn every_source(tree: &DecisionTree) -> Vec<(String, &SourceRef)> {
    let mut out = Vec::new();
    for item in &tree.advice {
        out.extend(item.sources.iter().map(|s| (format!("advice {}", item.id), s)));
    }
    for placement in &tree.placements {
        let owner = format!("placement {} {:?}", placement.track, placement.phase);
        out.extend(placement.sources.iter().map(|s| (owner.clone(), s)));
    }
    out
}

#[test]
fn every_quote_is_verbatim_at_the_body_lines_it_cites() {
    let tree = decision_tree();
    for (owner, source) in every_source(tree) {
        let known = sources().documents.iter().any(|d| d.id == source.document);
        assert!(known, "{owner}: unknown document {}", source.document);
        let [first, last] = source.lines;
        let lines: Vec<&str> = document_text(&source.document).lines().collect();
        assert!(1 <= first && first <= last && (last as usize) <= lines.len(), "{owner}: lines {first}-{last}");
        let cited = normalise(&lines[first as usize - 1..last as usize].join("\n"));
        assert!(
            cited.contains(&normalise(&source.quote)),
            "{owner}: the quote is not at {} lines {first}-{last}:\n  quote: {}\n  lines: {cited}",
            source.document,
            source.quote
        );
        if source.document == "preventieplan" {
            let [toc_first, toc_last] = TABLE_OF_CONTENTS_000;
            assert!(last < toc_first || first > toc_last, "{owner}: cites the table of contents ({first}-{last})");
        }
        assert!(!source.section.trim().is_empty(), "{owner}: names its section");
    }
}

#[test]
fn advice_from_outside_the_documents_says_so() {
    for item in &decision_tree().advice {
        if item.sources.iter().any(|s| s.document == "externe-feiten") {
            let text = item.text.to_lowercase();
            assert!(
                text.contains("buiten") || text.contains("extern"),
                "{} cites the external facts and must say it comes from outside the two documents",
                item.id
            );
        }
    }
}

#[test]
fn ids_are_unique_and_every_fact_is_asked_by_exactly_one_question() {
    let tree = decision_tree();
    let unique = |what: &str, ids: Vec<&str>| {
        let set: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(set.len(), ids.len(), "{what} ids are unique");
    };
    unique("fact", tree.facts.iter().map(|f| f.id.as_str()).collect());
    unique("question", tree.questions.iter().map(|q| q.id.as_str()).collect());
    unique("derived", tree.derived.iter().map(|d| d.id.as_str()).collect());
    unique("track", tree.tracks.iter().map(|t| t.id.as_str()).collect());
    unique("advice", tree.advice.iter().map(|a| a.id.as_str()).collect());
    for fact in &tree.facts {
        unique(&format!("{} option", fact.id), fact.options.iter().map(|o| o.id.as_str()).collect());
        let askers = tree.questions.iter().filter(|q| q.facts.contains(&fact.id)).count();
        assert_eq!(askers, 1, "{} is asked by one question", fact.id);
        match fact.kind {
            FactKind::Choice => assert!(fact.options.len() >= 2, "{} offers a choice", fact.id),
            FactKind::Multi => assert!(!fact.options.is_empty(), "{}", fact.id),
            FactKind::Number => assert!(fact.options.is_empty() && fact.max.is_some(), "{}", fact.id),
        }
    }
    for question in &tree.questions {
        assert!(!question.facts.is_empty(), "{} asks something", question.id);
        for id in &question.facts {
            assert!(tree.fact(id).is_some(), "{}: unknown fact {id}", question.id);
        }
    }
}

fn every_condition(tree: &DecisionTree) -> Vec<(String, &Condition)> {
    let mut out: Vec<(String, &Condition)> = Vec::new();
    for item in &tree.advice {
        out.push((format!("advice {}", item.id), &item.when));
        if let Some(done) = &item.done_when {
            out.push((format!("advice {} (done)", item.id), done));
        }
    }
    for placement in &tree.placements {
        out.push((format!("placement {} {:?}", placement.track, placement.phase), &placement.when));
    }
    for derived in &tree.derived {
        out.push((format!("derived {}", derived.id), &derived.when));
    }
    out
}

#[test]
fn conditions_name_real_facts_options_and_derived_facts() {
    let tree = decision_tree();
    for (owner, condition) in every_condition(tree) {
        for (kind, id) in condition.names() {
            match kind {
                "fact" => assert!(tree.fact(id).is_some(), "{owner}: unknown fact {id}"),
                _ => assert!(tree.derived_fact(id).is_some(), "{owner}: unknown derived fact {id}"),
            }
        }
        for (fact_id, option) in condition.options() {
            let fact = tree.fact(fact_id).unwrap();
            let fits = fact.option(option).is_some() || (option == UNKNOWN && fact.unknown.is_some());
            assert!(fits, "{owner}: {fact_id} has no option {option}");
        }
    }
}

#[test]
fn derived_facts_do_not_refer_to_themselves() {
    let tree = decision_tree();
    fn reaches(tree: &DecisionTree, from: &str, target: &str, depth: usize) -> bool {
        depth < 32
            && tree
                .derived_fact(from)
                .unwrap()
                .when
                .names()
                .iter()
                .any(|&(kind, id)| kind == "derived" && (id == target || reaches(tree, id, target, depth + 1)))
    }
    for derived in &tree.derived {
        assert!(!reaches(tree, &derived.id, &derived.id, 0), "{} refers to itself", derived.id);
    }
}

#[test]
fn items_carry_what_their_section_needs() {
    let tree = decision_tree();
    let signs: Vec<&str> = checklist()
        .sections
        .iter()
        .filter(|s| s.id == "knipperlichten")
        .flat_map(|s| s.items.iter().map(|i| i.id.as_str()))
        .collect();
    for item in &tree.advice {
        assert!(!item.sources.is_empty(), "{} has a source", item.id);
        assert!(!item.tracks.is_empty(), "{} names its tracks", item.id);
        for track in &item.tracks {
            assert!(track == "algemeen" || tree.track(track).is_some(), "{}: unknown track {track}", item.id);
        }
        match item.section {
            Section::Nu => assert!(item.who.is_some(), "{}: a step says who takes it", item.id),
            Section::Onduidelijk => {
                let amb = item.ambiguity.as_deref().unwrap_or_else(|| panic!("{} names its AMB point", item.id));
                let n: u32 = amb.strip_prefix("AMB-").and_then(|n| n.parse().ok()).expect("AMB-nn");
                assert!(AMBIGUITIES.contains(&n), "{}: {amb}", item.id);
            }
            Section::Knipperlicht => {
                let id = item.checklist.as_deref().unwrap_or_else(|| panic!("{} names its checklist item", item.id));
                assert!(signs.contains(&id), "{}: {id} is not a knipperlicht of the checklist", item.id);
            }
            _ => {}
        }
        if let Some(count) = &item.count {
            let fact = tree.fact(count).unwrap_or_else(|| panic!("{}: unknown count {count}", item.id));
            assert_eq!(fact.kind, FactKind::Number, "{}: counts a number", item.id);
        }
    }
    for placement in &tree.placements {
        assert!(tree.track(&placement.track).is_some(), "placement: unknown track {}", placement.track);
        assert!(!placement.sources.is_empty(), "placement {} {:?} has a source", placement.track, placement.phase);
    }
}

/// Runs the wizard: at each step, answers the facts on screen with `answer_of` (or leaves a
/// multi-choice empty), as a user would. Returns the facts given and the questions asked, with
/// the facts each one showed.
fn run_wizard(
    tree: &DecisionTree,
    start: Facts,
    answer_of: &dyn Fn(&str) -> Answer,
) -> (Facts, Vec<(String, Vec<String>, Facts)>) {
    let mut facts = start;
    let mut asked = Vec::new();
    while let Some(question) = tree.next_question(&facts) {
        assert!(asked.len() < 40, "the wizard loops at {}", question.id);
        let before = facts.clone();
        let mut shown = Vec::new();
        // As on screen: the facts shown follow the answers given on it.
        loop {
            let open =
                tree.shown_facts(&facts, question).into_iter().find(|f| !facts.contains_key(&f.id)).map(|f| &f.id);
            let Some(id) = open else { break };
            shown.push(id.clone());
            tree.set_answer(&mut facts, id, Some(answer_of(id))).unwrap();
        }
        asked.push((question.id.clone(), shown, before));
    }
    (facts, asked)
}

/// A default answer a user could give to any fact.
fn plain_answer(tree: &DecisionTree, id: &str) -> Answer {
    let fact = tree.fact(id).unwrap();
    match fact.kind {
        FactKind::Choice => Answer::Choice(fact.options[0].id.clone()),
        FactKind::Multi => Answer::Multi(vec![]),
        FactKind::Number => Answer::Number(0),
    }
}

/// What a meeting reads: the placements and each item with whether it is done.
fn reading(outcome: &Outcome) -> (Vec<String>, BTreeMap<String, bool>) {
    (
        outcome.placements.iter().map(|p| format!("{} {:?}", p.track, p.phase)).collect(),
        outcome.items.iter().map(|a| (a.item.id.clone(), a.done)).collect(),
    )
}

#[test]
fn every_item_placement_and_ambiguity_can_occur_through_the_wizard() {
    let tree = decision_tree();
    let mut flagged = BTreeSet::new();
    let mut check = |owner: String, condition: &Condition, shows: &dyn Fn(&Outcome) -> bool| {
        let example = tree.example(condition).unwrap_or_else(|| panic!("{owner} can never occur"));
        // The example's answers; for another fact, one that keeps the condition true.
        let answer_of = |id: &str| {
            example.get(id).cloned().unwrap_or_else(|| {
                let keeps = |answer: &Answer| {
                    let mut facts = example.clone();
                    facts.insert(id.to_owned(), answer.clone());
                    tree.holds(condition, &facts)
                };
                every_answer(tree, id).into_iter().find(keeps).unwrap_or_else(|| plain_answer(tree, id))
            })
        };
        let (facts, _) = run_wizard(tree, Facts::new(), &answer_of);
        let outcome = tree.outcome(&facts);
        assert!(shows(&outcome), "{owner} does not show through the wizard with {example:?}; wizard gave {facts:?}");
        flagged.extend(outcome.ambiguities().into_iter().map(str::to_owned));
    };
    for item in &tree.advice {
        check(format!("advice {}", item.id), &item.when, &|o| o.has(&item.id));
        if let Some(done) = &item.done_when {
            let both = Condition::All(vec![item.when.clone(), done.clone()]);
            check(format!("advice {} (done)", item.id), &both, &|o| o.is_done(&item.id));
        }
    }
    for placement in &tree.placements {
        check(format!("placement {} {:?}", placement.track, placement.phase), &placement.when, &|o| {
            o.placements.iter().any(|p| p.track == placement.track)
        });
    }
    for n in AMBIGUITIES {
        let amb = format!("AMB-{n:02}");
        assert!(flagged.contains(&amb), "{amb} of rules.md is flagged in no situation");
    }
}

/// A random answer to a fact: any option, any set of options, a number around the thresholds.
fn random_answer(tree: &DecisionTree, id: &str, pick: u32) -> Answer {
    let fact = tree.fact(id).unwrap();
    let max = fact.max.unwrap_or(u32::MAX);
    match fact.kind {
        FactKind::Choice => Answer::Choice(fact.options[pick as usize % fact.options.len()].id.clone()),
        FactKind::Multi => Answer::Multi(
            fact.options
                .iter()
                .enumerate()
                .filter(|(i, _)| pick.rotate_left(*i as u32 * 3).is_multiple_of(3))
                .map(|(_, o)| o.id.clone())
                .collect(),
        ),
        FactKind::Number => match pick % 7 {
            0 if fact.unknown.is_some() => Answer::Choice(UNKNOWN.into()),
            0 | 1 => Answer::Number(pick % 5),
            2 => Answer::Number(5 + pick % 3),
            3 => Answer::Number(17 + pick % 3),
            4 => Answer::Number(29 + pick % 3),
            _ => Answer::Number(pick % 60),
        }
        .clamped(max),
    }
}

trait Clamped {
    fn clamped(self, max: u32) -> Self;
}

impl Clamped for Answer {
    fn clamped(self, max: u32) -> Self {
        match self {
            Answer::Number(n) => Answer::Number(n.min(max)),
            other => other,
        }
    }
}

/// Every answer that can matter for a fact: each option, each option alone, and numbers on
/// each side of every threshold in the content.
fn every_answer(tree: &DecisionTree, id: &str) -> Vec<Answer> {
    let fact = tree.fact(id).unwrap();
    match fact.kind {
        FactKind::Choice => fact.options.iter().map(|o| Answer::Choice(o.id.clone())).collect(),
        FactKind::Multi => {
            let mut out = vec![Answer::Multi(vec![])];
            out.extend(fact.options.iter().map(|o| Answer::Multi(vec![o.id.clone()])));
            out.push(Answer::Multi(fact.options.iter().filter(|o| !o.exclusive).map(|o| o.id.clone()).collect()));
            out
        }
        FactKind::Number => {
            let max = fact.max.unwrap_or(u32::MAX);
            let numbers = [0, 1, 4, 5, 6, 16, 17, 18, 19, 29, 30, 31].into_iter().filter(|&n| n <= max);
            let mut out: Vec<Answer> = numbers.map(Answer::Number).collect();
            if fact.unknown.is_some() {
                out.push(Answer::Choice(UNKNOWN.into()));
            }
            out
        }
    }
}

#[test]
fn over_random_situations_the_wizard_asks_at_most_12_questions_each_can_change_the_outcome_and_skipping_changes_nothing()
 {
    let tree = decision_tree();
    let ids: Vec<String> = tree.facts.iter().map(|f| f.id.clone()).collect();
    let mut runner = TestRunner::new(Config {
        cases: 200,
        rng_seed: RngSeed::Fixed(20261203),
        failure_persistence: None,
        ..Config::default()
    });
    let picks = proptest::collection::vec(any::<u32>(), ids.len()..=ids.len());
    runner
        .run(&picks, |picks| {
            // The whole situation, as the school knows it.
            let situation: BTreeMap<&str, Answer> =
                ids.iter().zip(&picks).map(|(id, &pick)| (id.as_str(), random_answer(tree, id, pick))).collect();
            let answer_of = |id: &str| situation[id].clone();
            let (facts, asked) = run_wizard(tree, Facts::new(), &answer_of);
            prop_assert!(
                asked.len() <= 12,
                "{} questions: {:?}",
                asked.len(),
                asked.iter().map(|a| &a.0).collect::<Vec<_>>()
            );
            // Skipping changes nothing: the outcome is the one of the whole situation.
            let whole: Facts = situation.iter().map(|(id, a)| ((*id).to_owned(), a.clone())).collect();
            let whole = tree.fitting(&whole);
            prop_assert_eq!(reading(&tree.outcome(&facts)), reading(&tree.outcome(&whole)));
            // No item shows whose condition is false.
            for advised in tree.outcome(&facts).items {
                prop_assert!(tree.holds(&advised.item.when, &facts), "{} shows without its condition", advised.item.id);
            }
            // Every fact asked can change the outcome: with the facts given before its
            // question, some two answers to it give different outcomes once the rest is
            // answered, as the school would or plainly (or, failing those, in a wider search).
            for (question, shown, before) in &asked {
                for id in shown {
                    let mut readings = BTreeSet::new();
                    for answer in every_answer(tree, id) {
                        for rest in [&answer_of as &dyn Fn(&str) -> Answer, &|f: &str| plain_answer(tree, f)] {
                            let mut end = before.clone();
                            for fact in &tree.facts {
                                if !end.contains_key(&fact.id) {
                                    end.insert(fact.id.clone(), rest(&fact.id));
                                }
                            }
                            tree.set_answer(&mut end, id, Some(answer.clone())).unwrap();
                            readings.insert(reading(&tree.outcome(&tree.fitting(&end))));
                        }
                    }
                    prop_assert!(
                        readings.len() > 1 || relevant_by_search(tree, before, id),
                        "question {question}: no answer to {id} changes the outcome"
                    );
                }
            }
            Ok(())
        })
        .unwrap();
}

/// A wider search for a fact that the two plain completions above did not show to matter:
/// every answer to it against every answer to one other open fact.
fn relevant_by_search(tree: &DecisionTree, before: &Facts, id: &str) -> bool {
    let open: Vec<&str> =
        tree.facts.iter().map(|f| f.id.as_str()).filter(|f| *f != id && !before.contains_key(*f)).collect();
    for other in std::iter::once(None).chain(open.iter().map(Some)) {
        let others: Vec<Option<Answer>> = match other {
            None => vec![None],
            Some(other) => every_answer(tree, other).into_iter().map(Some).collect(),
        };
        for other_answer in others {
            let readings: BTreeSet<_> = every_answer(tree, id)
                .into_iter()
                .map(|answer| {
                    let mut facts = before.clone();
                    tree.set_answer(&mut facts, id, Some(answer)).unwrap();
                    if let (Some(other), Some(a)) = (other, &other_answer) {
                        tree.set_answer(&mut facts, other, Some(a.clone())).unwrap();
                    }
                    reading(&tree.outcome(&facts))
                })
                .collect();
            if readings.len() > 1 {
                return true;
            }
        }
    }
    false
}

#[test]
fn a_run_from_a_dossier_asks_fewer_questions() {
    use verzuimwijzer::domain::decision_tree::facts_from_dossier;
    use verzuimwijzer::domain::dossier::{Measure, PupilDossier, Toward};
    let tree = decision_tree();
    let mut dossier = PupilDossier { id: "d".into(), label: "JD".into(), ..Default::default() };
    dossier.set_half_days("B", 7);
    dossier.set_last_six_weeks(Some(5));
    dossier.set_september_october(Some(2));
    dossier.set_warning_sign("ouders-niet-bereikbaar", true);
    dossier.set_warning_sign("verleden", true);
    dossier.add_measure(Measure {
        id: "m".into(),
        what: "Gesprek over de reden".into(),
        toward: Toward::Beiden,
        ..Default::default()
    });
    let prefilled = facts_from_dossier(&dossier);
    assert_eq!(prefilled.get("b-dit-jaar"), Some(&Answer::Number(7)));
    let answer_of = |id: &str| match id {
        "soort" => Answer::Multi(vec!["ongewettigd".into()]),
        "regio" => Answer::Choice("brussel".into()),
        _ => prefilled.get(id).cloned().unwrap_or_else(|| plain_answer(tree, id)),
    };
    let (_, from_scratch) = run_wizard(tree, Facts::new(), &answer_of);
    let (_, from_dossier) = run_wizard(tree, prefilled.clone(), &answer_of);
    let facts_asked = |asked: &[(String, Vec<String>, Facts)]| asked.iter().map(|a| a.1.len()).sum::<usize>();
    assert!(facts_asked(&from_dossier) < facts_asked(&from_scratch), "the dossier's facts are not asked again");
    assert!(from_dossier.len() <= from_scratch.len());
    for (_, shown, _) in &from_dossier {
        for id in shown {
            assert!(!prefilled.contains_key(id), "{id} is known from the dossier and asked again");
        }
    }
}

/// How long the engine takes, natively: `cargo test --release --test decision_tree_content -- --ignored --nocapture timing`.
/// Not a timed test (timing depends on the machine); `./dev bench` measures the browser.
#[test]
#[ignore]
fn timing() {
    let tree = decision_tree();
    let mut facts = Facts::new();
    let start = std::time::Instant::now();
    let mut steps = 0;
    while let Some(question) = tree.next_question(&facts) {
        for fact in tree.shown_facts(&facts, question) {
            if !facts.contains_key(&fact.id) {
                let answer = plain_answer(tree, &fact.id);
                tree.set_answer(&mut facts, &fact.id, Some(answer)).unwrap();
            }
        }
        steps += 1;
    }
    let elapsed = start.elapsed();
    let outcome_start = std::time::Instant::now();
    let outcome = tree.outcome(&facts);
    println!("{steps} steps in {elapsed:?}; outcome of {} items in {:?}", outcome.items.len(), outcome_start.elapsed());
}

#[test]
#[ignore]
fn show_a_run() {
    let tree = decision_tree();
    let given: Facts = serde_json::from_str(&std::env::var("FACTS").unwrap()).unwrap();
    let answer_of = |id: &str| given.get(id).cloned().unwrap_or_else(|| plain_answer(tree, id));
    let (facts, asked) = run_wizard(tree, Facts::new(), &answer_of);
    for (q, shown, _) in &asked {
        println!("{q}: {shown:?}");
    }
    let outcome = tree.outcome(&facts);
    for p in &outcome.placements {
        println!("placement {} {:?}", p.track, p.phase);
    }
    for a in &outcome.items {
        println!(
            "{:?} {}{} — {}",
            a.item.section,
            a.item.id,
            if a.done { " (done)" } else { "" },
            a.item.text.chars().take(90).collect::<String>()
        );
    }
}
