//! Between a pupil's dossier and the Beslisboom: the facts the dossier already knows, filled
//! in when a run starts from it; and, when a consultation is saved, what its answers add to
//! the dossier, applied only with the user's consent.

use chrono::NaiveDate;

use super::content::DecisionTree;
use super::facts::{Answer, Facts};
use crate::domain::dossier::{PupilDossier, Toward, checklist};

/// What the dossier says about the situation. Only facts the dossier knows are filled in; the
/// user sees them and can change them.
pub fn facts_from_dossier(dossier: &PupilDossier) -> Facts {
    let mut facts = Facts::new();
    if let Some(&b) = dossier.absences.get("B") {
        facts.insert("b-dit-jaar".into(), Answer::Number(b));
    }
    let signs = dossier.active_warning_signs();
    let sign = |id: &str| signs.iter().any(|s| s == id);
    // The pattern, when the figures or a knipperlicht tell it.
    if dossier.last_six_weeks.is_some() || dossier.september_october.is_some() || sign("snelle-opstapeling") {
        let mut pattern = Vec::new();
        if sign("snelle-opstapeling") {
            pattern.push("snel".to_owned());
        }
        if dossier.september_october.is_some_and(|n| n > 0) {
            pattern.push("sept-okt".to_owned());
        }
        let other_codes: u32 = dossier.absences.iter().filter(|(code, _)| *code != "B").map(|(_, n)| n).sum();
        if other_codes > dossier.half_days("B") {
            pattern.push("andere-codes".to_owned());
        }
        facts.insert("patroon".into(), Answer::Multi(pattern));
    }
    if sign("ouders-niet-bereikbaar") {
        facts.insert("ouders-bereikbaar".into(), Answer::Choice("nee-nagekeken".into()));
    }
    if sign("ouders-weinig-bereid") {
        facts.insert("ouders-houding".into(), Answer::Multi(vec!["weinig-bereid".into()]));
    }
    let known = |id: &str| dossier.checklist.get(id).is_some_and(|answer| answer.checked);
    let mut problems = Vec::new();
    for (sign_id, option) in [
        ("andere-moeilijkheden", "andere-moeilijkheden"),
        ("gedragsverandering", "gedragsverandering"),
        ("verleden", "verleden"),
    ] {
        if sign(sign_id) {
            problems.push(option.to_owned());
        }
    }
    if known("onderliggende-problematiek") {
        problems.push("onderliggend".to_owned());
    }
    if !problems.is_empty() {
        facts.insert("problemen".into(), Answer::Multi(problems));
    }
    if known("komt-niet-meer") {
        facts.insert("aanwezig".into(), Answer::Choice("nee".into()));
    }
    if known("traject-rendeert-niet") {
        facts.insert("traject".into(), Answer::Choice("rendeert-niet".into()));
    }
    // What the school did, as its measures show it.
    if !dossier.measures.is_empty() {
        let toward = |who: Toward| dossier.measures.iter().any(|m| m.toward == who || m.toward == Toward::Beiden);
        let mut done = Vec::new();
        if toward(Toward::Leerling) {
            done.push("gesprek-leerling".to_owned());
        }
        if toward(Toward::Ouders) {
            done.push("gesprek-ouders".to_owned());
        }
        done.push("dossier".to_owned());
        facts.insert("gedaan".into(), Answer::Multi(done));
    }
    if dossier.signalled_on.is_some() {
        facts.insert("clb".into(), Answer::Choice("gesignaleerd".into()));
    }
    facts
}

/// One thing a consultation's answers add to the pupil's dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DossierUpdate {
    /// The half days of B-codes this school year.
    HalfDaysB(u32),
    /// A knipperlicht of the checklist (its item id) present in the outcome.
    WarningSign(String),
    /// A checklist sub-box: (item id, option id), e.g. the first talk with the pupil.
    ChecklistOption(String, String),
    /// A checklist item, e.g. a reason for registering with the CLB.
    ChecklistItem(String),
    /// The day the school signalled the CLB.
    SignalledOn(NaiveDate),
}

impl DecisionTree {
    /// What the facts add to `dossier`: only what it does not say yet. `today` dates a signal
    /// to the CLB that the dossier has no date for.
    pub fn dossier_updates(&self, facts: &Facts, dossier: &PupilDossier, today: NaiveDate) -> Vec<DossierUpdate> {
        let mut updates = Vec::new();
        let has = |fact: &str, option: &str| facts.get(fact).is_some_and(|a| a.includes(option));
        if let Some(Answer::Number(b)) = facts.get("b-dit-jaar")
            && dossier.absences.get("B") != Some(b)
        {
            updates.push(DossierUpdate::HalfDaysB(*b));
        }
        let outcome = self.outcome(facts);
        let signs = dossier.active_warning_signs();
        for advised in &outcome.items {
            if let Some(id) = &advised.item.checklist
                && !signs.contains(id)
                && !updates.contains(&DossierUpdate::WarningSign(id.clone()))
            {
                updates.push(DossierUpdate::WarningSign(id.clone()));
            }
        }
        let list = checklist();
        let shown = |item: &str| list.item(item).map(|i| dossier.checklist_answer(i));
        for (fact, option, item, sub) in [
            ("gedaan", "gesprek-leerling", "acties-leerling", "reden"),
            ("gedaan", "gesprek-ouders", "acties-ouders", "reden"),
        ] {
            if has(fact, option) && shown(item).is_some_and(|a| !a.options.iter().any(|o| o == sub)) {
                updates.push(DossierUpdate::ChecklistOption(item.into(), sub.into()));
            }
        }
        let reasons = [
            ("traject-rendeert-niet", has("traject", "rendeert-niet")),
            ("onderliggende-problematiek", has("problemen", "onderliggend")),
            ("komt-niet-meer", has("aanwezig", "nee")),
            ("weigeren-begeleiding", has("weigert-begeleiding", "ja") || has("ouders-houding", "weigeren")),
        ];
        for (item, applies) in reasons {
            if applies && shown(item).is_some_and(|a| !a.checked) {
                updates.push(DossierUpdate::ChecklistItem(item.into()));
            }
        }
        let signalled = ["gesignaleerd", "consultatief", "aangemeld", "afgesloten"].iter().any(|o| has("clb", o));
        if signalled && dossier.signalled_on.is_none() {
            updates.push(DossierUpdate::SignalledOn(today));
        }
        updates
    }
}

impl DossierUpdate {
    /// What the update does, in Dutch, for the consent list.
    pub fn label(&self) -> String {
        let list = checklist();
        let item_text = |id: &str| list.item(id).map_or(id.to_owned(), |i| i.text.clone());
        match self {
            Self::HalfDaysB(n) => format!("B-codes dit schooljaar: {n} halve dagen"),
            Self::WarningSign(id) => format!("Knipperlicht aanvinken: {}", item_text(id)),
            Self::ChecklistOption(item, option) => {
                let label = list
                    .item(item)
                    .and_then(|i| i.options.iter().find(|o| o.id == *option))
                    .map_or(option.clone(), |o| o.label.clone());
                format!("Checklist PA, {}: {label}", item_text(item))
            }
            Self::ChecklistItem(id) => format!("Checklist PA, reden van aanmelding: {}", item_text(id)),
            Self::SignalledOn(date) => {
                format!(
                    "Signaal aan het CLB: {} (pas de datum aan in het dossier als het vroeger was)",
                    date.format("%d-%m-%Y")
                )
            }
        }
    }

    pub fn apply(&self, dossier: &mut PupilDossier) {
        let list = checklist();
        match self {
            Self::HalfDaysB(n) => dossier.set_half_days("B", *n),
            Self::WarningSign(id) => dossier.set_warning_sign(id, true),
            Self::ChecklistOption(item, option) => {
                if let Some(item) = list.item(item) {
                    dossier.tick_checklist_option(item, option, true);
                }
            }
            Self::ChecklistItem(item) => {
                if let Some(item) = list.item(item) {
                    dossier.tick_checklist_item(item, true);
                }
            }
            Self::SignalledOn(date) => dossier.set_signalled_on(Some(*date)),
        }
    }
}
