//! The outcome as plain text: to copy into a report, an e-mail or the pupil's dossier.

use super::content::{AdviceKind, DecisionTree, Question};
use super::engine::{Answer, Answers};
use crate::domain::content::Sources;
use crate::domain::decision_tree::source_text;

impl Question {
    /// The answer as the user chose it: the option's label, "7 halve dagen", or "geen".
    pub fn answer_text(&self, answer: &Answer) -> String {
        let label = |id: &str| self.option(id).map_or(id.to_owned(), |o| o.label.clone());
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

impl DecisionTree {
    /// The answers and the outcome with every source, as plain text. `None` before the outcome.
    pub fn outcome_text(&self, answers: &Answers, heading: &str, documents: &Sources) -> Option<String> {
        let outcome = self.outcome(answers)?;
        let mut text = format!("{heading}\n\nAntwoorden\n");
        for step in self.trail(answers) {
            if let Some(answer) = step.answer {
                text.push_str(&format!("- {} {}\n", step.question.text, step.question.answer_text(answer)));
            }
        }
        if let Some(placement) = outcome.placement {
            text.push_str(&format!(
                "\nWaar staat de leerling?\n{} – {}\n{}\n",
                placement.phase_title, placement.track, placement.reason
            ));
            for source in &placement.sources {
                text.push_str(&format!("  Bron: {}\n", source_text(source, documents)));
            }
        }
        for kind in AdviceKind::ORDER {
            let items: Vec<_> = outcome.items_of(kind).collect();
            if items.is_empty() {
                continue;
            }
            text.push_str(&format!("\n{}\n", kind.heading()));
            for item in items {
                text.push_str(&format!("- {}", item.text));
                if let Some(who) = &item.who {
                    text.push_str(&format!(" (Wie: {who})"));
                }
                text.push('\n');
                for source in &item.sources {
                    text.push_str(&format!("  Bron: {}: “{}”\n", source_text(source, documents), source.quote));
                }
            }
        }
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::sources;
    use crate::domain::decision_tree::v1::decision_tree;

    #[test]
    fn the_text_holds_the_answers_the_placement_and_every_item_with_its_source() {
        let tree = decision_tree();
        let mut answers = Answers::new();
        tree.answer(&mut answers, "soort", Answer::Choice("ziekte".into()));
        for (question, option) in [
            ("ziekte-duur", "chronisch"),
            ("ziekte-attesten", "twijfel"),
            ("ziekte-opname", "nee"),
            ("ziekte-onderwijs", "ja"),
            ("ziekte-vooruitzicht", "terugkeer"),
        ] {
            assert!(tree.outcome_text(&answers, "x", sources()).is_none(), "not before the end");
            tree.answer(&mut answers, question, Answer::Choice(option.into()));
        }
        tree.answer(&mut answers, "ziekte-clb", Answer::Choice("nee".into()));
        let text = tree.outcome_text(&answers, "Beslisboom – JD – 25-11-2026", sources()).unwrap();
        assert!(text.starts_with("Beslisboom – JD – 25-11-2026\n\nAntwoorden\n"));
        assert!(
            text.contains("- Heeft de school vragen bij de medische attesten? Ja: twijfel aan de rechtsgeldigheid\n")
        );
        assert!(text.contains("Fase 1: Verhoogde zorg – Geoorloofd relatief verzuim (Z- en D-codes)"));
        assert!(text.contains("\nVolgende stappen\n"));
        assert!(text.contains("(Wie: School, dan CLB en CLB-arts)"));
        assert!(text.contains("Bron: Brusselse leidraad in de opvolging van problematische afwezigheden, 2 Doorverwijzing naar het CLB, r. "));
        let outcome = tree.outcome(&answers).unwrap();
        for item in &outcome.items {
            assert!(text.contains(&item.text), "{} is in the text", item.id);
        }
    }

    #[test]
    fn answers_read_as_the_user_chose_them() {
        let tree = decision_tree();
        let count = tree.question("b-aantal").unwrap();
        assert_eq!(count.answer_text(&Answer::Number(7)), "7 halve dagen");
        let done = tree.question("b-gedaan").unwrap();
        assert_eq!(done.answer_text(&Answer::Multi(vec![])), "Geen van deze");
        assert_eq!(
            done.answer_text(&Answer::Multi(vec!["gesprek-leerling".into(), "dossier".into()])),
            "Een eerste gesprek met de leerling over de afwezigheden; De begeleidende maatregelen genoteerd in het dossier"
        );
    }
}
