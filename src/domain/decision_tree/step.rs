//! One step of the wizard: what a tick makes of a multi-choice, what "Volgende" makes of the
//! facts on the screen, and the step's number. The wizard's screens only call these.

use super::content::{DecisionTree, Fact, FactKind, Question};
use super::facts::{Answer, Facts};

/// A fact on the screen that still needs an answer before the wizard moves on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepError {
    pub fact: String,
    /// Why, in Dutch, shown beside the fact.
    pub message: String,
}

impl Fact {
    /// The answer of this multi-choice after the user ticks (`on`) or unticks `option`: an
    /// exclusive option ("Weet ik niet") clears the others, another option clears the
    /// exclusive ones. The options keep the data's order.
    pub fn toggled(&self, answer: Option<&Answer>, option: &str, on: bool) -> Answer {
        let exclusive = |id: &str| self.option(id).is_some_and(|o| o.exclusive);
        let mut chosen: Vec<&str> = match answer {
            Some(Answer::Multi(ids)) => ids.iter().map(String::as_str).filter(|id| *id != option).collect(),
            _ => Vec::new(),
        };
        if on {
            if exclusive(option) {
                chosen.clear();
            } else {
                chosen.retain(|id| !exclusive(id));
            }
            chosen.push(option);
        }
        Answer::Multi(self.options.iter().filter(|o| chosen.contains(&o.id.as_str())).map(|o| o.id.clone()).collect())
    }

    /// What the user reads when this fact is left open on the screen.
    fn missing_message(&self) -> String {
        match (self.kind, &self.unknown) {
            (FactKind::Number, Some(unknown)) => format!("Vul een getal in, of kies “{unknown}”."),
            (FactKind::Number, None) => "Vul een getal in.".to_owned(),
            _ => "Kies een antwoord.".to_owned(),
        }
    }
}

impl DecisionTree {
    /// The facts once the user moves on from `question` with `facts` on the screen: a
    /// multi-choice left open means "none of these" (an empty list); a choice or number left
    /// open is an error, one per fact. Facts of the question that no longer show (they cannot
    /// change the outcome any more) are dropped, unless `keep` (what the pupil's dossier says)
    /// has the same answer.
    pub fn complete_step(&self, facts: &Facts, question: &Question, keep: &Facts) -> Result<Facts, Vec<StepError>> {
        let mut facts = facts.clone();
        // An empty multi-choice can make another fact of the screen matter: fill until none is left.
        let mut shown = self.shown_facts(&facts, question);
        for _ in 0..question.facts.len() {
            let open: Vec<&Fact> =
                shown.iter().copied().filter(|f| f.kind == FactKind::Multi && !facts.contains_key(&f.id)).collect();
            if open.is_empty() {
                break;
            }
            for fact in open {
                facts.insert(fact.id.clone(), Answer::Multi(Vec::new()));
            }
            shown = self.shown_facts(&facts, question);
        }
        let errors: Vec<StepError> = shown
            .iter()
            .filter(|f| !facts.contains_key(&f.id))
            .map(|f| StepError { fact: f.id.clone(), message: f.missing_message() })
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        for id in &question.facts {
            if !shown.iter().any(|f| &f.id == id) && facts.get(id) != keep.get(id) {
                facts.remove(id);
            }
        }
        Ok(facts)
    }

    /// The number of `question` in this run, "Vraag 3": one more than the questions before it
    /// that have an answer.
    pub fn step_number(&self, facts: &Facts, question: &Question) -> usize {
        let answered = |q: &Question| q.facts.iter().any(|id| facts.contains_key(id));
        self.questions.iter().take_while(|q| q.id != question.id).filter(|q| answered(q)).count() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small tree: the school's region always matters; the date of discharge only while the
    /// pupil is in hospital; the signs matter for the placement; the age can be unknown.
    fn tree() -> DecisionTree {
        let situation = r#"{
          "facts": [
            {"id": "regio", "kind": "choice", "text": "Waar?", "options": [{"id": "brussel", "label": "Brussel"}, {"id": "elders", "label": "Elders"}]},
            {"id": "leeftijd", "kind": "number", "text": "Leeftijd?", "unknown": "Weet ik niet", "max": 30},
            {"id": "opname", "kind": "choice", "text": "Opgenomen?", "options": [{"id": "nu", "label": "Nu"}, {"id": "nee", "label": "Nee"}]},
            {"id": "ontslag", "kind": "choice", "text": "Ontslag?", "options": [{"id": "ja", "label": "Ja"}, {"id": "nee", "label": "Nee"}]},
            {"id": "signalen", "kind": "multi", "text": "Signalen?", "options": [
              {"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "weet-niet", "label": "Weet ik niet", "exclusive": true}]}
          ],
          "questions": [
            {"id": "school", "title": "De school", "facts": ["regio", "leeftijd"]},
            {"id": "ziekte", "title": "Ziekte", "facts": ["opname", "ontslag", "signalen"]}
          ],
          "derived": [],
          "tracks": [{"id": "t", "title": "T"}],
          "placements": [
            {"track": "t", "phase": 1, "phase_title": "Fase 1", "reason": "r", "sources": [],
             "when": {"any": [{"is": ["regio", "brussel"]}, {"at_least": ["leeftijd", 18]}, {"some": "signalen"},
                              {"all": [{"is": ["opname", "nu"]}, {"is": ["ontslag", "nee"]}]}]}}
          ]
        }"#;
        DecisionTree::parse(situation, &[]).expect("the test tree parses")
    }

    fn facts(pairs: &[(&str, Answer)]) -> Facts {
        pairs.iter().map(|(id, a)| (id.to_string(), a.clone())).collect()
    }

    fn multi(ids: &[&str]) -> Answer {
        Answer::Multi(ids.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn a_tick_on_an_exclusive_option_clears_the_others_and_the_other_way_round() {
        let tree = tree();
        let signs = tree.fact("signalen").unwrap();
        assert_eq!(signs.toggled(None, "b", true), multi(&["b"]));
        assert_eq!(signs.toggled(Some(&multi(&["b"])), "a", true), multi(&["a", "b"]), "in the data's order");
        assert_eq!(signs.toggled(Some(&multi(&["a", "b"])), "weet-niet", true), multi(&["weet-niet"]));
        assert_eq!(signs.toggled(Some(&multi(&["weet-niet"])), "a", true), multi(&["a"]));
        assert_eq!(signs.toggled(Some(&multi(&["a", "b"])), "a", false), multi(&["b"]));
        assert_eq!(signs.toggled(Some(&multi(&["a"])), "a", false), multi(&[]));
    }

    #[test]
    fn moving_on_fills_an_open_multi_choice_with_none_and_names_each_open_choice_or_number() {
        let tree = tree();
        let school = tree.question("school").unwrap();
        let errors = tree.complete_step(&Facts::new(), school, &Facts::new()).unwrap_err();
        assert_eq!(
            errors,
            vec![
                StepError { fact: "regio".into(), message: "Kies een antwoord.".into() },
                StepError { fact: "leeftijd".into(), message: "Vul een getal in, of kies “Weet ik niet”.".into() },
            ]
        );
        let given =
            facts(&[("regio", Answer::Choice("elders".into())), ("leeftijd", Answer::Choice("weet-niet".into()))]);
        assert_eq!(tree.complete_step(&given, school, &Facts::new()), Ok(given.clone()));

        let illness = tree.question("ziekte").unwrap();
        let given = facts(&[("regio", Answer::Choice("elders".into())), ("opname", Answer::Choice("nee".into()))]);
        let done = tree.complete_step(&given, illness, &Facts::new()).unwrap();
        assert_eq!(done.get("signalen"), Some(&multi(&[])), "an open multi-choice is none of these");
    }

    #[test]
    fn a_fact_that_no_longer_shows_is_dropped_unless_the_dossier_says_it() {
        let tree = tree();
        let illness = tree.question("ziekte").unwrap();
        let mut given = facts(&[
            ("regio", Answer::Choice("elders".into())),
            ("opname", Answer::Choice("nu".into())),
            ("ontslag", Answer::Choice("nee".into())),
            ("signalen", multi(&[])),
        ]);
        // Back to "not in hospital": the date of discharge no longer matters.
        given.insert("opname".into(), Answer::Choice("nee".into()));
        let done = tree.complete_step(&given, illness, &Facts::new()).unwrap();
        assert!(!done.contains_key("ontslag"));
        let dossier = facts(&[("ontslag", Answer::Choice("nee".into()))]);
        let done = tree.complete_step(&given, illness, &dossier).unwrap();
        assert_eq!(done.get("ontslag"), Some(&Answer::Choice("nee".into())), "what the dossier says stays");
    }

    #[test]
    fn a_fact_shows_once_the_facts_before_it_on_the_screen_make_it_matter() {
        let tree = tree();
        let illness = tree.question("ziekte").unwrap();
        let shown = |facts: &Facts| tree.shown_facts(facts, illness).iter().map(|f| f.id.clone()).collect::<Vec<_>>();
        let mut facts = facts(&[("regio", Answer::Choice("elders".into()))]);
        // The date of discharge matters only in hospital: not while "opgenomen" is open.
        assert_eq!(shown(&facts), ["opname", "signalen"]);
        assert!(tree.is_relevant(&facts, "ontslag"), "the next question still counts it as open");
        facts.insert("opname".into(), Answer::Choice("nu".into()));
        assert_eq!(shown(&facts), ["opname", "ontslag", "signalen"]);
        facts.insert("opname".into(), Answer::Choice("nee".into()));
        assert_eq!(shown(&facts), ["opname", "signalen"]);
    }

    #[test]
    fn the_step_number_counts_the_answered_questions_before_it() {
        let tree = tree();
        let (school, illness) = (tree.question("school").unwrap(), tree.question("ziekte").unwrap());
        assert_eq!(tree.step_number(&Facts::new(), school), 1);
        assert_eq!(tree.step_number(&Facts::new(), illness), 1);
        let given = facts(&[("regio", Answer::Choice("elders".into()))]);
        assert_eq!(tree.step_number(&given, illness), 2);
        assert_eq!(tree.step_number(&given, school), 1, "a reopened question keeps its number");
    }
}
