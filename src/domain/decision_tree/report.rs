//! The outcome as plain text: to copy into a report, an e-mail or the pupil's dossier.

use super::content::{DecisionTree, Section, SourceRef};
use super::facts::Facts;
use crate::domain::content::Sources;

/// "Brusselse leidraad in de opvolging van problematische afwezigheden, 2 Doorverwijzing
/// naar het CLB, r. 134-138".
pub fn source_text(source: &SourceRef, documents: &Sources) -> String {
    let title = documents.document_title(&source.document);
    let [first, last] = source.lines;
    let lines = if first == last { format!("r. {first}") } else { format!("r. {first}-{last}") };
    format!("{title}, {}, {lines}", source.section)
}

impl DecisionTree {
    /// The count an item relies on, as the user gave it: "Deze leerling: 7 halve dagen".
    pub fn count_text(&self, fact_id: &str, facts: &Facts) -> Option<String> {
        let fact = self.fact(fact_id)?;
        Some(format!("Deze leerling: {}", fact.answer_text(facts.get(fact_id)?)))
    }

    /// The facts, the placement and every item of the outcome with its sources, as plain
    /// text under `heading` (which carries the pupil's label and the date).
    pub fn outcome_text(&self, facts: &Facts, heading: &str, documents: &Sources) -> String {
        let outcome = self.outcome(facts);
        let mut text = format!("{heading}\n\nWaar staat de leerling?\n");
        if outcome.placements.is_empty() {
            text.push_str("Nog niet te zeggen met deze antwoorden.\n");
        }
        for placement in &outcome.placements {
            let track = self.track(&placement.track).map_or(placement.track.as_str(), |t| t.title.as_str());
            text.push_str(&format!("{} – {track}\n{}\n", placement.phase_title, placement.reason));
            for source in &placement.sources {
                text.push_str(&format!("  Bron: {}\n", source_text(source, documents)));
            }
        }
        for section in Section::ORDER {
            let items: Vec<_> = outcome.in_section(section).collect();
            if items.is_empty() {
                continue;
            }
            text.push_str(&format!("\n{}\n", section.heading()));
            for advised in items {
                let item = advised.item;
                text.push_str(&format!("- {}{}", if advised.done { "(gedaan) " } else { "" }, item.text));
                if let Some(who) = &item.who {
                    text.push_str(&format!(" (Wie: {who})"));
                }
                if let Some(count) = item.count.as_deref().and_then(|id| self.count_text(id, facts)) {
                    text.push_str(&format!(" ({count})"));
                }
                if let Some(amb) = &item.ambiguity {
                    text.push_str(&format!(" [{amb}]"));
                }
                text.push('\n');
                for source in &item.sources {
                    text.push_str(&format!("  Bron: {}: “{}”\n", source_text(source, documents), source.quote));
                }
            }
        }
        text.push_str("\nAntwoorden\n");
        for question in self.answered_questions(facts) {
            for id in &question.facts {
                if let (Some(fact), Some(answer)) = (self.fact(id), facts.get(id)) {
                    text.push_str(&format!("- {} {}\n", fact.text, fact.answer_text(answer)));
                }
            }
        }
        if !outcome.derived.is_empty() {
            text.push_str("\nAfgeleid uit de antwoorden\n");
            for derived in &outcome.derived {
                text.push_str(&format!("- {}\n", derived.label));
            }
        }
        text
    }
}
