//! The Leerlingdossier: one pupil's absences per code, the dossier of guiding measures the
//! regulation asks for, and the checklist the school hands over when it registers the pupil
//! with the CLB.

mod checklist;

pub use checklist::{checklist, Checklist, ChecklistField, ChecklistItem, ChecklistSection, ChecklistVersion};

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// From this many half days of B-codes in a school year the school must signal the CLB.
pub const SIGNAL_THRESHOLD: u32 = 5;

/// The codes the documents name (the checklist's B, P, R, Z; document 000's Z and D). Their
/// meaning is the school administration's; the app does not interpret them beyond B.
pub const STANDARD_CODES: [&str; 5] = ["B", "P", "R", "Z", "D"];

/// The dossier of one pupil, known by a label the school chooses (initials or an internal
/// number): no name, national number or address is asked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PupilDossier {
    pub id: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub class_name: String,
    #[serde(default)]
    pub school_year: String,
    #[serde(default)]
    pub created_at: Option<DateTime<Utc>>,
    /// When this dossier last changed; an import's merge keeps the newer of two versions.
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
    /// Half days per code this school year, e.g. {"B": 6, "Z": 4}; users may add codes.
    #[serde(default)]
    pub absences: BTreeMap<String, u32>,
    /// When the school signalled the B-codes to the CLB, if it did.
    #[serde(default)]
    pub signalled_on: Option<NaiveDate>,
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Of all half days this school year: how many fell in the last six weeks, and how many in
    /// September and October. Entered by the user from the school's administration.
    #[serde(default)]
    pub last_six_weeks: Option<u32>,
    #[serde(default)]
    pub september_october: Option<u32>,
    /// Knipperlichten the user ticked (ids of the checklist's "Specifieke knipperlichten").
    #[serde(default)]
    pub warning_signs: Vec<String>,
    /// Beslisboom consultations attached to this dossier.
    #[serde(default)]
    pub consultation_ids: Vec<String>,
    /// The checklist as the user edited it; unedited items are pre-filled (see
    /// [`PupilDossier::checklist_answer`]).
    #[serde(default)]
    pub checklist: BTreeMap<String, ChecklistAnswer>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Toward {
    #[default]
    Leerling,
    Ouders,
    Beiden,
}

/// One guiding measure: what was done, by whom, toward whom, and with what result.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub id: String,
    pub date: Option<NaiveDate>,
    /// E.g. "Melding van afwezigheden", "Gesprek over de reden", "Afspraken", "Huisbezoek".
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub by: String,
    #[serde(default)]
    pub toward: Toward,
    #[serde(default)]
    pub result: String,
}

/// One checklist item as filled in: ticked or not, its ticked sub-boxes, its numbers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChecklistAnswer {
    #[serde(default)]
    pub checked: bool,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub counts: BTreeMap<String, u32>,
}

impl PupilDossier {
    pub fn half_days(&self, code: &str) -> u32 {
        self.absences.get(code).copied().unwrap_or(0)
    }

    /// All codes together: the documents look at the total, not only at B-codes.
    pub fn total_half_days(&self) -> u32 {
        self.absences.values().sum()
    }

    /// 5 or more half days of B-codes and the CLB not signalled yet: a duty not yet met.
    pub fn signal_due(&self) -> bool {
        self.half_days("B") >= SIGNAL_THRESHOLD && self.signalled_on.is_none()
    }

    /// Fast accumulation as the app reads it: more than half of this school year's half days
    /// (all codes) fell in the last six weeks. The documents give an example ("20 afwezigheden
    /// in 6 maanden versus 20 afwezigheden in zes weken"), not a threshold: the UI says so.
    pub fn piling_up_fast(&self) -> bool {
        let total = self.total_half_days();
        self.last_six_weeks.is_some_and(|recent| total > 0 && recent * 2 > total)
    }

    /// The knipperlichten on this dossier: the ticked ones, plus fast accumulation when the
    /// figures show it.
    pub fn active_warning_signs(&self) -> Vec<String> {
        let mut signs = self.warning_signs.clone();
        if self.piling_up_fast() && !signs.iter().any(|s| s == "snelle-opstapeling") {
            signs.push("snelle-opstapeling".into());
        }
        signs
    }

    /// Sorts dossiers by urgency: a signal duty not yet met first, then fast accumulation,
    /// then more knipperlichten, more B-codes, more absences in total.
    pub fn urgency_key(&self) -> impl Ord + use<> {
        (
            std::cmp::Reverse(self.signal_due()),
            std::cmp::Reverse(self.piling_up_fast()),
            std::cmp::Reverse(self.active_warning_signs().len()),
            std::cmp::Reverse(self.half_days("B")),
            std::cmp::Reverse(self.total_half_days()),
        )
    }

    /// Removes the measure `id`: exactly one, even where an older file brought two with
    /// one id.
    pub fn remove_measure(&mut self, id: &str) {
        crate::domain::workspace::remove_first(&mut self.measures, |m| m.id == id);
    }

    /// Measures in time order (undated ones last).
    pub fn timeline(&self) -> Vec<&Measure> {
        let mut measures: Vec<&Measure> = self.measures.iter().collect();
        measures.sort_by_key(|m| (m.date.is_none(), m.date));
        measures
    }

    /// The checklist answer to show: the user's, or else what the dossier already knows (the
    /// counts per code, and the actions taken from the measures toward pupil or parents).
    pub fn checklist_answer(&self, item: &ChecklistItem) -> ChecklistAnswer {
        if let Some(edited) = self.checklist.get(&item.id) {
            return edited.clone();
        }
        match item.id.as_str() {
            "totaal" => {
                let known: u32 = ["B", "P", "R", "Z"].iter().map(|c| self.half_days(c)).sum();
                let mut counts: BTreeMap<String, u32> =
                    ["B", "P", "R", "Z"].iter().map(|c| (c.to_string(), self.half_days(c))).collect();
                counts.insert("andere".into(), self.total_half_days() - known);
                ChecklistAnswer { checked: self.total_half_days() > 0, counts, ..Default::default() }
            }
            // The pattern as far as the figures tell it: most absences in the last six weeks is a
            // concentration in a short term; otherwise they are spread. "Same moment" needs
            // the administration's detail, so it is left to the user.
            "patroon" => match self.last_six_weeks {
                Some(_) if self.total_half_days() > 0 => ChecklistAnswer {
                    checked: true,
                    options: vec![if self.piling_up_fast() { "geconcentreerd" } else { "gespreid" }.to_owned()],
                    ..Default::default()
                },
                _ => ChecklistAnswer::default(),
            },
            "acties-leerling" | "acties-ouders" => {
                let toward = if item.id == "acties-leerling" { Toward::Leerling } else { Toward::Ouders };
                let done: Vec<&Measure> = self
                    .measures
                    .iter()
                    .filter(|m| m.toward == toward || m.toward == Toward::Beiden)
                    .collect();
                ChecklistAnswer {
                    checked: !done.is_empty(),
                    options: item
                        .options
                        .iter()
                        .filter(|option| done.iter().any(|m| matches_option(&m.what, &option.id)))
                        .map(|option| option.id.clone())
                        .collect(),
                    ..Default::default()
                }
            }
            id if self.active_warning_signs().iter().any(|s| s == id) => {
                ChecklistAnswer { checked: true, ..Default::default() }
            }
            _ => ChecklistAnswer::default(),
        }
    }
}

/// Whether a measure's "what" is one of the checklist's kinds of action. Measures are entered
/// through the same four kinds, so this is an exact match on the kind's label.
fn matches_option(what: &str, option_id: &str) -> bool {
    MEASURE_KINDS.iter().any(|(id, label)| *id == option_id && what == *label)
}

/// The kinds of measure the dossier offers, matching the checklist's "Ondernomen acties".
pub const MEASURE_KINDS: [(&str, &str); 5] = [
    ("melding", "Melding van afwezigheden"),
    ("reden", "Reden afwezigheid bevraagd/besproken (gesprek)"),
    ("afspraken", "Afspraken rond opvolging werden gemaakt"),
    ("hulpvraag", "Samen constructieve hulpvraag verwoord"),
    ("huisbezoek", "Huisbezoek"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn dossier(b: u32) -> PupilDossier {
        let mut dossier = PupilDossier { id: "d".into(), label: "JD".into(), ..Default::default() };
        dossier.absences.insert("B".into(), b);
        dossier.absences.insert("Z".into(), 3);
        dossier.absences.insert("L".into(), 2);
        dossier
    }

    #[test]
    fn four_half_days_of_b_codes_need_no_signal_five_do_until_signalled() {
        assert!(!dossier(4).signal_due());
        let mut five = dossier(5);
        assert!(five.signal_due());
        five.signalled_on = NaiveDate::from_ymd_opt(2026, 10, 3);
        assert!(!five.signal_due());
    }

    #[test]
    fn the_checklist_is_prefilled_with_counts_and_actions_until_edited() {
        let mut d = dossier(6);
        d.measures.push(Measure {
            id: "m1".into(),
            date: NaiveDate::from_ymd_opt(2026, 10, 1),
            what: "Reden afwezigheid bevraagd/besproken (gesprek)".into(),
            toward: Toward::Beiden,
            ..Default::default()
        });
        let list = checklist();
        let item = |id: &str| list.sections.iter().flat_map(|s| &s.items).find(|i| i.id == id).unwrap().clone();
        let totals = d.checklist_answer(&item("totaal"));
        assert_eq!(totals.counts["B"], 6);
        assert_eq!(totals.counts["Z"], 3);
        assert_eq!(totals.counts["andere"], 2, "codes the checklist does not list count as Andere");
        assert_eq!(d.checklist_answer(&item("acties-ouders")).options, ["reden"]);
        assert_eq!(d.checklist_answer(&item("acties-leerling")).options, ["reden"]);
        assert!(d.checklist_answer(&item("patroon")).options.is_empty(), "unknown without figures");
        d.last_six_weeks = Some(10);
        assert_eq!(d.checklist_answer(&item("patroon")).options, ["geconcentreerd"]);
        d.last_six_weeks = Some(1);
        assert_eq!(d.checklist_answer(&item("patroon")).options, ["gespreid"]);
        d.checklist.insert("acties-ouders".into(), ChecklistAnswer { checked: true, options: vec!["melding".into()], ..Default::default() });
        assert_eq!(d.checklist_answer(&item("acties-ouders")).options, ["melding"], "an edit wins");
    }

    #[test]
    fn fast_accumulation_is_flagged_and_the_most_urgent_dossier_comes_first() {
        let mut calm = dossier(6);
        calm.signalled_on = NaiveDate::from_ymd_opt(2026, 10, 3);
        calm.last_six_weeks = Some(2);
        let mut fast = dossier(3);
        fast.last_six_weeks = Some(6); // of 8 half days in total
        assert!(fast.piling_up_fast());
        assert!(!calm.piling_up_fast());
        assert_eq!(fast.active_warning_signs(), ["snelle-opstapeling"]);
        let due = dossier(5);
        let mut dossiers = vec![calm.clone(), fast.clone(), due.clone()];
        dossiers.sort_by_key(|d| d.urgency_key());
        assert_eq!(dossiers, [due, fast, calm]);
    }

    #[test]
    fn removing_a_measure_removes_exactly_one() {
        let mut d = dossier(1);
        for result in ["eerste", "tweede"] {
            d.measures.push(Measure { id: "m".into(), result: result.into(), ..Default::default() });
        }
        d.remove_measure("m");
        assert_eq!(d.measures.len(), 1);
        assert_eq!(d.measures[0].result, "tweede");
    }

    #[test]
    fn the_timeline_is_in_date_order() {
        let mut d = dossier(1);
        for (id, day) in [("b", Some(5)), ("a", Some(2)), ("c", None)] {
            d.measures.push(Measure { id: id.into(), date: day.and_then(|day| NaiveDate::from_ymd_opt(2026, 10, day)), ..Default::default() });
        }
        let order: Vec<_> = d.timeline().iter().map(|m| m.id.as_str()).collect();
        assert_eq!(order, ["a", "b", "c"]);
    }

    #[test]
    fn the_brief_checklist_leaves_out_vision_and_internal_follow_up() {
        let list = checklist();
        let brief: Vec<_> = list.sections(ChecklistVersion::Brief).map(|s| s.title.as_str()).collect();
        assert_eq!(brief, ["Overzicht afwezigheden", "Ondernomen acties", "Specifieke knipperlichten", "Reden van aanmelding bij CLB"]);
        assert_eq!(list.sections(ChecklistVersion::Extended).count(), 6);
    }
}
