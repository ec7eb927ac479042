//! The Leerlingdossier: one pupil's absences per code, the dossier of guiding measures the
//! regulation asks for, and the checklist the school hands over when it registers the pupil
//! with the CLB.

mod checklist;
mod wording;

pub use checklist::{Checklist, ChecklistField, ChecklistItem, ChecklistSection, ChecklistVersion, checklist};
pub use wording::{Fact, MEASURES_RULE, Urgency, WARNING_SIGNS_RULE};

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// From this many half days of B-codes in a school year the school must signal the CLB.
pub const SIGNAL_THRESHOLD: u32 = 5;

/// The codes the documents name (the checklist's B, P, R, Z; document 000's Z and D). Their
/// meaning is the school administration's; the app does not interpret them beyond B.
pub const STANDARD_CODES: [&str; 5] = ["B", "P", "R", "Z", "D"];

/// The knipperlicht (checklist item id) the app also derives from the figures.
pub const FAST_ACCUMULATION: &str = "snelle-opstapeling";

/// A code as the user typed it, as the dossier keeps it: trimmed and in capitals; `None`
/// when nothing was typed.
pub fn absence_code(typed: &str) -> Option<String> {
    let code = typed.trim().to_uppercase();
    (!code.is_empty()).then_some(code)
}

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
        if self.piling_up_fast() && !signs.iter().any(|s| s == FAST_ACCUMULATION) {
            signs.push(FAST_ACCUMULATION.into());
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

    pub fn set_label(&mut self, label: String) {
        self.label = label;
    }

    pub fn set_class_name(&mut self, class_name: String) {
        self.class_name = class_name;
    }

    pub fn set_school_year(&mut self, school_year: String) {
        self.school_year = school_year;
    }

    pub fn set_half_days(&mut self, code: &str, half_days: u32) {
        self.absences.insert(code.to_owned(), half_days);
    }

    /// Adds a code of the school's own (see [`absence_code`]) with 0 half days; a code the
    /// dossier already has keeps its count, and a blank one is ignored.
    pub fn add_absence_code(&mut self, typed: &str) {
        if let Some(code) = absence_code(typed) {
            self.absences.entry(code).or_insert(0);
        }
    }

    /// How many of the half days fell in the last six weeks; `None` when not entered.
    pub fn set_last_six_weeks(&mut self, half_days: Option<u32>) {
        self.last_six_weeks = half_days;
    }

    /// How many of the half days fell in September and October; `None` when not entered.
    pub fn set_september_october(&mut self, half_days: Option<u32>) {
        self.september_october = half_days;
    }

    /// When the school signalled the CLB; `None` when it has not (yet).
    pub fn set_signalled_on(&mut self, date: Option<NaiveDate>) {
        self.signalled_on = date;
    }

    /// Ticks or unticks the knipperlicht `sign`; a ticked one is kept once.
    pub fn set_warning_sign(&mut self, sign: &str, ticked: bool) {
        self.warning_signs.retain(|s| s != sign);
        if ticked {
            self.warning_signs.push(sign.to_owned());
        }
    }

    pub fn add_measure(&mut self, measure: Measure) {
        self.measures.push(measure);
    }

    /// Removes the measure `id`: exactly one, even where an older file brought two with
    /// one id.
    pub fn remove_measure(&mut self, id: &str) {
        crate::domain::workspace::remove_first(&mut self.measures, |m| m.id == id);
    }

    /// Attaches the consultation `id`, once: the ids are a set.
    pub fn attach_consultation(&mut self, id: String) {
        if !self.consultation_ids.contains(&id) {
            self.consultation_ids.push(id);
        }
    }

    /// Detaches the consultation `id`, every copy an older document may hold.
    pub fn detach_consultation(&mut self, id: &str) {
        self.consultation_ids.retain(|c| c != id);
    }

    /// Ticks or unticks a checklist item.
    pub fn tick_checklist_item(&mut self, item: &ChecklistItem, ticked: bool) {
        self.edit_checklist_answer(item, |answer| answer.checked = ticked);
    }

    /// Ticks or unticks one of an item's sub-boxes; ticking one ticks the item too, since
    /// the sub-box tells how the item applies.
    pub fn tick_checklist_option(&mut self, item: &ChecklistItem, option: &str, ticked: bool) {
        self.edit_checklist_answer(item, |answer| {
            answer.options.retain(|o| o != option);
            if ticked {
                answer.options.push(option.to_owned());
                answer.checked = true;
            }
        });
    }

    /// Fills in (or, with `None`, empties) one of an item's numbers.
    pub fn set_checklist_count(&mut self, item: &ChecklistItem, field: &str, count: Option<u32>) {
        self.edit_checklist_answer(item, |answer| match count {
            Some(n) => {
                answer.counts.insert(field.to_owned(), n);
            }
            None => {
                answer.counts.remove(field);
            }
        });
    }

    /// An edit starts from the answer shown, so the pre-filled rest of the item is kept as
    /// the user saw it.
    fn edit_checklist_answer(&mut self, item: &ChecklistItem, change: impl FnOnce(&mut ChecklistAnswer)) {
        let mut answer = self.checklist_answer(item);
        change(&mut answer);
        self.checklist.insert(item.id.clone(), answer);
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
                let done: Vec<&Measure> =
                    self.measures.iter().filter(|m| m.toward == toward || m.toward == Toward::Beiden).collect();
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
        d.checklist.insert(
            "acties-ouders".into(),
            ChecklistAnswer { checked: true, options: vec!["melding".into()], ..Default::default() },
        );
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
    fn the_setters_change_what_they_name() {
        let mut d = dossier(1);
        d.set_label("KL".into());
        d.set_class_name("3B".into());
        d.set_school_year("2026-2027".into());
        d.set_half_days("B", 7);
        d.set_last_six_weeks(Some(4));
        d.set_september_october(Some(2));
        d.set_signalled_on(NaiveDate::from_ymd_opt(2026, 10, 8));
        assert_eq!((d.label.as_str(), d.class_name.as_str(), d.school_year.as_str()), ("KL", "3B", "2026-2027"));
        assert_eq!(d.half_days("B"), 7);
        assert_eq!((d.last_six_weeks, d.september_october), (Some(4), Some(2)));
        assert!(!d.signal_due(), "signalled");
        d.set_last_six_weeks(None);
        d.set_signalled_on(None);
        assert_eq!(d.last_six_weeks, None);
        assert!(d.signal_due());
    }

    #[test]
    fn an_added_code_is_trimmed_in_capitals_and_keeps_a_count_it_has() {
        let mut d = dossier(1);
        d.add_absence_code(" x ");
        assert_eq!(d.absences.get("X"), Some(&0));
        d.add_absence_code("z");
        assert_eq!(d.half_days("Z"), 3, "an existing code keeps its count");
        let before = d.absences.clone();
        d.add_absence_code("  ");
        assert_eq!(d.absences, before, "a blank code is ignored");
        assert_eq!(absence_code(" l1 "), Some("L1".into()));
        assert_eq!(absence_code(" "), None);
    }

    #[test]
    fn a_warning_sign_is_ticked_once_and_unticked_entirely() {
        let mut d = dossier(1);
        d.set_warning_sign("verleden", true);
        d.set_warning_sign("verleden", true);
        d.set_warning_sign("gezondheid", true);
        assert_eq!(d.warning_signs, ["verleden", "gezondheid"]);
        d.warning_signs.push("gezondheid".into()); // as an older file may hold it
        d.set_warning_sign("gezondheid", false);
        assert_eq!(d.warning_signs, ["verleden"]);
    }

    #[test]
    fn an_added_measure_is_on_the_timeline() {
        let mut d = dossier(1);
        d.add_measure(Measure { id: "m1".into(), what: MEASURE_KINDS[4].1.into(), ..Default::default() });
        assert_eq!(d.timeline().iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m1"]);
    }

    #[test]
    fn a_consultation_is_attached_once_and_detached_entirely() {
        let mut d = dossier(1);
        d.attach_consultation("r1".into());
        d.attach_consultation("r2".into());
        d.attach_consultation("r1".into());
        assert_eq!(d.consultation_ids, ["r1", "r2"]);
        d.consultation_ids.push("r2".into()); // as an older file may hold it
        d.detach_consultation("r2");
        assert_eq!(d.consultation_ids, ["r1"]);
    }

    #[test]
    fn removing_a_consultation_detaches_it_from_its_dossiers() {
        use crate::domain::workspace::{Consultation, Workspace};
        let mut workspace = Workspace::new(DateTime::UNIX_EPOCH);
        for id in ["r1", "r2", "r2"] {
            let answers = Default::default();
            workspace.consultations.push(Consultation {
                id: id.into(),
                label: String::new(),
                created_at: None,
                updated_at: None,
                facts: answers,
                tree: crate::domain::decision_tree::TREE_FACTS,
                answers: Default::default(),
            });
        }
        for id in ["d1", "d2"] {
            let mut d = PupilDossier { id: id.into(), ..Default::default() };
            d.attach_consultation("r1".into());
            d.attach_consultation("r2".into());
            workspace.dossiers.push(d);
        }
        workspace.remove_consultation("r1");
        assert!(workspace.dossiers.iter().all(|d| d.consultation_ids == ["r2"]));
        workspace.remove_consultation("r2");
        assert!(
            workspace.dossiers.iter().all(|d| d.consultation_ids == ["r2"]),
            "an older file's second r2 is still attached"
        );
        workspace.remove_consultation("r2");
        assert!(workspace.dossiers.iter().all(|d| d.consultation_ids.is_empty()));
    }

    #[test]
    fn a_checklist_edit_starts_from_the_prefilled_answer() {
        let list = checklist();
        let item = |id: &str| list.sections.iter().flat_map(|s| &s.items).find(|i| i.id == id).unwrap();
        let mut d = dossier(6);
        d.set_checklist_count(item("totaal"), "B", Some(8));
        let totals = d.checklist_answer(item("totaal"));
        assert_eq!((totals.counts["B"], totals.counts["Z"]), (8, 3), "the other counts stay pre-filled");
        assert!(totals.checked);
        d.set_checklist_count(item("totaal"), "Z", None);
        assert!(!d.checklist_answer(item("totaal")).counts.contains_key("Z"));
        d.tick_checklist_item(item("totaal"), false);
        assert!(!d.checklist_answer(item("totaal")).checked);

        let actions = item("acties-ouders");
        d.tick_checklist_option(actions, "melding", true);
        let answer = d.checklist_answer(actions);
        assert_eq!(
            (answer.checked, answer.options.as_slice()),
            (true, ["melding".to_owned()].as_slice()),
            "a sub-box ticks its item"
        );
        d.tick_checklist_option(actions, "melding", false);
        let answer = d.checklist_answer(actions);
        assert!(answer.checked && answer.options.is_empty(), "unticking a sub-box leaves the item ticked");
    }

    #[test]
    fn the_absence_facts_word_the_rules_and_only_an_unmet_signal_duty_is_urgent() {
        let texts = |d: &PupilDossier| d.absence_facts().into_iter().map(|f| f.text).collect::<Vec<_>>();
        let calm = dossier(4);
        assert_eq!(
            texts(&calm),
            [
                "4 halve dagen B-codes, 9 halve dagen in totaal (alle codes).",
                "Nog geen signaal aan het CLB nodig: minder dan 5 halve dagen B-codes.",
            ]
        );
        assert!(calm.absence_facts().iter().all(|f| f.urgency == Urgency::Info));
        assert_eq!(calm.signal_due_notice(), None);

        let mut due = dossier(5);
        due.set_last_six_weeks(Some(6)); // of 10
        due.set_september_october(Some(2));
        let facts = due.absence_facts();
        assert_eq!(
            facts[1],
            Fact {
                text: "Signaal aan het CLB verplicht: 5 halve dagen B-codes (vanaf 5), nog niet gegeven.".into(),
                urgency: Urgency::Urgent,
            }
        );
        assert_eq!(
            texts(&due)[2..],
            [
                "6 van de 10 halve dagen vielen in de laatste 6 weken: de afwezigheden stapelen zich snel op (meer dan de helft; de bronnen geven een voorbeeld, geen drempel).",
                "2 halve dagen in september en oktober: een belangrijke voorspeller; volg intensiever op.",
            ]
        );
        assert_eq!(
            due.signal_due_notice().as_deref(),
            Some("5 of meer halve dagen B-codes: nog niet gesignaleerd aan het CLB")
        );

        let mut signalled = due;
        signalled.set_signalled_on(NaiveDate::from_ymd_opt(2026, 10, 8));
        signalled.set_last_six_weeks(Some(5));
        signalled.set_september_october(Some(0));
        assert_eq!(
            texts(&signalled)[1..],
            ["Signaal aan het CLB gegeven op 08-10-2026.", "5 van de 10 halve dagen vielen in de laatste 6 weken.",]
        );
        assert!(signalled.absence_facts().iter().all(|f| f.urgency == Urgency::Info));
    }

    #[test]
    fn the_timeline_is_in_date_order() {
        let mut d = dossier(1);
        for (id, day) in [("b", Some(5)), ("a", Some(2)), ("c", None)] {
            d.measures.push(Measure {
                id: id.into(),
                date: day.and_then(|day| NaiveDate::from_ymd_opt(2026, 10, day)),
                ..Default::default()
            });
        }
        let order: Vec<_> = d.timeline().iter().map(|m| m.id.as_str()).collect();
        assert_eq!(order, ["a", "b", "c"]);
    }

    #[test]
    fn the_brief_checklist_leaves_out_vision_and_internal_follow_up() {
        let list = checklist();
        let brief: Vec<_> = list.sections(ChecklistVersion::Brief).map(|s| s.title.as_str()).collect();
        assert_eq!(
            brief,
            [
                "Overzicht afwezigheden",
                "Ondernomen acties",
                "Specifieke knipperlichten",
                "Reden van aanmelding bij CLB"
            ]
        );
        assert_eq!(list.sections(ChecklistVersion::Extended).count(), 6);
    }
}
