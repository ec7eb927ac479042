//! What the rules say about one dossier, in the Dutch the pages show: worded here, beside the
//! thresholds they name, so a page cannot state a rule the domain does not apply.

use crate::domain::dates::dutch_date;

use super::{PupilDossier, SIGNAL_THRESHOLD};

/// Why the dossier of guiding measures is kept.
pub const MEASURES_RULE: &str = "Wat de school deed, wie, naar wie en met welk resultaat: de regelgeving vraagt dit dossier, ongeacht het aantal afwezigheden.";

/// What the knipperlichten weigh, and what the sources leave open.
pub const WARNING_SIGNS_RULE: &str = "Uit de Checklist PA bij aanmelding CLB. Ze geven voorrang in de opvolging; de bronnen zeggen niet hoeveel er nodig zijn voor een aanmelding.";

/// How pressing a fact is: an urgent one names a duty not yet met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    Info,
    Urgent,
}

/// One sentence about the dossier's figures, with how pressing it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub text: String,
    pub urgency: Urgency,
}

impl Fact {
    fn info(text: String) -> Self {
        Self { text, urgency: Urgency::Info }
    }
}

impl PupilDossier {
    /// What the absences mean under the rules: the totals, the signal duty, fast
    /// accumulation and September/October, in that order.
    pub fn absence_facts(&self) -> Vec<Fact> {
        let b = self.half_days("B");
        let total = self.total_half_days();
        let mut facts =
            vec![Fact::info(format!("{b} halve dagen B-codes, {total} halve dagen in totaal (alle codes)."))];
        facts.push(match (self.signal_due(), self.signalled_on) {
            (true, _) => Fact {
                text: format!("Signaal aan het CLB verplicht: {b} halve dagen B-codes (vanaf {SIGNAL_THRESHOLD}), nog niet gegeven."),
                urgency: Urgency::Urgent,
            },
            (false, Some(on)) => Fact::info(format!("Signaal aan het CLB gegeven op {}.", dutch_date(on))),
            (false, None) => Fact::info(format!("Nog geen signaal aan het CLB nodig: minder dan {SIGNAL_THRESHOLD} halve dagen B-codes.")),
        });
        if let Some(recent) = self.last_six_weeks {
            facts.push(Fact::info(format!(
                "{recent} van de {total} halve dagen vielen in de laatste 6 weken{}",
                if self.piling_up_fast() { ": de afwezigheden stapelen zich snel op (meer dan de helft; de bronnen geven een voorbeeld, geen drempel)." } else { "." }
            )));
        }
        if let Some(n) = self.september_october.filter(|n| *n > 0) {
            facts.push(Fact::info(format!(
                "{n} halve dagen in september en oktober: een belangrijke voorspeller; volg intensiever op."
            )));
        }
        facts
    }

    /// The short notice for a list of dossiers while the signal duty is not met.
    pub fn signal_due_notice(&self) -> Option<String> {
        self.signal_due()
            .then(|| format!("{SIGNAL_THRESHOLD} of meer halve dagen B-codes: nog niet gesignaleerd aan het CLB"))
    }
}
