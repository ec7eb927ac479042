//! One school's self-scan: notes per reflection question, a score and an improvement focus
//! per scored block, and an action plan per objective.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::content::{Objective, Phase, SelfScanContent};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BlockAnswer {
    /// 0–10; `None` is "nog niet gescoord", which is not the same as 0.
    #[serde(default)]
    pub score: Option<u8>,
    /// The answer to "Waar wil je op inzetten om je score te verhogen?".
    #[serde(default)]
    pub improvement: String,
    /// Notes per reflection question, by the question's position in the block.
    #[serde(default)]
    pub notes: BTreeMap<usize, String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    #[default]
    Gepland,
    Bezig,
    Klaar,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [Self::Gepland, Self::Bezig, Self::Klaar];

    pub fn label(self) -> &'static str {
        match self {
            Self::Gepland => "gepland",
            Self::Bezig => "bezig",
            Self::Klaar => "klaar",
        }
    }
}

/// A row of the action plan: Wat / Wie / Wanneer / Check, as in the document's overview table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: String,
    pub objective_id: String,
    /// Wat: the planned action.
    #[serde(default)]
    pub what: String,
    /// Wie: the actors.
    #[serde(default)]
    pub who: String,
    /// Wanneer: a date or free text such as "tegen januari".
    #[serde(default)]
    pub when: String,
    /// Check: how the school secures or adjusts it (borgen/bijsturen).
    #[serde(default)]
    pub check: String,
    #[serde(default)]
    pub status: ActionStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SelfScan {
    pub id: String,
    #[serde(default)]
    pub school_name: String,
    /// The school year or date of the scan, as the school writes it.
    #[serde(default)]
    pub school_year: String,
    /// Who took part (team members, CLB).
    #[serde(default)]
    pub participants: String,
    pub created_at: DateTime<Utc>,
    /// When this scan last changed; an import's merge keeps the newer of two versions.
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
    /// Answers by block id.
    #[serde(default)]
    pub blocks: BTreeMap<String, BlockAnswer>,
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// How one objective's score moved between two scans.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveChange {
    pub objective_id: String,
    pub before: Option<f32>,
    pub after: Option<f32>,
}

impl ObjectiveChange {
    pub fn delta(&self) -> Option<f32> {
        Some(self.after? - self.before?)
    }
}

impl SelfScan {
    pub fn new(id: String, school_name: String, school_year: String, now: DateTime<Utc>) -> Self {
        Self {
            id,
            school_name,
            school_year,
            participants: String::new(),
            created_at: now,
            updated_at: Some(now),
            blocks: BTreeMap::new(),
            actions: Vec::new(),
        }
    }

    pub fn answer(&self, block_id: &str) -> Option<&BlockAnswer> {
        self.blocks.get(block_id)
    }

    pub fn answer_mut(&mut self, block_id: &str) -> &mut BlockAnswer {
        self.blocks.entry(block_id.to_owned()).or_default()
    }

    /// Sets or clears ("nog niet gescoord") a block's score; scores above 10 are refused.
    pub fn set_score(&mut self, block_id: &str, score: Option<u8>) {
        if score.is_none_or(|s| s <= 10) {
            self.answer_mut(block_id).score = score;
        }
    }

    pub fn score(&self, block_id: &str) -> Option<u8> {
        self.answer(block_id).and_then(|answer| answer.score)
    }

    /// The objective's score: the mean of its scored blocks, `None` when none is scored.
    pub fn objective_score(&self, objective: &Objective) -> Option<f32> {
        let scores: Vec<f32> =
            objective.blocks.iter().filter_map(|block| self.score(&block.id)).map(f32::from).collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f32>() / scores.len() as f32)
    }

    /// (scored blocks, all blocks) in a phase.
    pub fn phase_progress(&self, phase: &Phase) -> (usize, usize) {
        let blocks: Vec<_> = phase.blocks().collect();
        let scored = blocks.iter().filter(|block| self.score(&block.id).is_some()).count();
        (scored, blocks.len())
    }

    /// The scored objectives with the lowest scores: candidates to prioritise. Ties at the
    /// cut-off are all included, so no objective is dropped by document order alone.
    pub fn priority_candidates<'c>(&self, content: &'c SelfScanContent, count: usize) -> Vec<(&'c Objective, f32)> {
        let mut scored: Vec<(&Objective, f32)> = content
            .objectives()
            .filter_map(|(_, _, objective)| Some((objective, self.objective_score(objective)?)))
            .collect();
        scored.sort_by(|a, b| a.1.total_cmp(&b.1));
        let Some(cut_off) = scored.get(count.saturating_sub(1)).map(|(_, score)| *score) else {
            return scored;
        };
        scored.into_iter().filter(|(_, score)| *score <= cut_off).collect()
    }

    /// Adds an empty action to `objective_id`'s plan and returns it for filling in.
    pub fn add_action(&mut self, id: String, objective_id: &str) -> &mut Action {
        self.actions.push(Action { id, objective_id: objective_id.to_owned(), ..Action::default() });
        self.actions.last_mut().expect("just pushed")
    }

    pub fn action_mut(&mut self, id: &str) -> Option<&mut Action> {
        self.actions.iter_mut().find(|action| action.id == id)
    }

    pub fn remove_action(&mut self, id: &str) {
        crate::domain::workspace::remove_first(&mut self.actions, |action| action.id == id);
    }

    /// (scored blocks, all blocks) over the whole scan.
    pub fn progress(&self, content: &SelfScanContent) -> (usize, usize) {
        content
            .phases
            .iter()
            .map(|phase| self.phase_progress(phase))
            .fold((0, 0), |(scored, total), (s, t)| (scored + s, total + t))
    }

    /// A name for lists and print headers: "De Linde · 2026-2027".
    pub fn label(&self) -> String {
        match (self.school_name.trim(), self.school_year.trim()) {
            ("", "") => "Zelfscan zonder naam".to_owned(),
            (name, "") => name.to_owned(),
            ("", year) => format!("Zelfscan {year}"),
            (name, year) => format!("{name} · {year}"),
        }
    }

    pub fn actions_for<'a>(&'a self, objective_id: &'a str) -> impl Iterator<Item = &'a Action> {
        self.actions.iter().filter(move |action| action.objective_id == objective_id)
    }

    /// A copy as next year's starting point: same answers and actions, a new id, year and date.
    pub fn duplicate(&self, id: String, school_year: String, now: DateTime<Utc>) -> Self {
        Self { id, school_year, created_at: now, ..self.clone() }
    }

    /// The score change per objective from `earlier` to `self`.
    pub fn compare(&self, earlier: &SelfScan, content: &SelfScanContent) -> Vec<ObjectiveChange> {
        content
            .objectives()
            .map(|(_, _, objective)| ObjectiveChange {
                objective_id: objective.id.clone(),
                before: earlier.objective_score(objective),
                after: self.objective_score(objective),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::self_scan::self_scan_content;
    use chrono::TimeZone;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
    }

    fn scan() -> SelfScan {
        SelfScan::new("s1".into(), "De Linde".into(), "2026-2027".into(), at())
    }

    #[test]
    fn not_scored_is_not_zero() {
        let mut scan = scan();
        assert_eq!(scan.score("fase-0-inschrijvingsbeleid"), None);
        scan.set_score("fase-0-inschrijvingsbeleid", Some(0));
        assert_eq!(scan.score("fase-0-inschrijvingsbeleid"), Some(0));
        scan.set_score("fase-0-inschrijvingsbeleid", None);
        assert_eq!(scan.score("fase-0-inschrijvingsbeleid"), None);
    }

    #[test]
    fn refuses_scores_above_ten() {
        let mut scan = scan();
        scan.set_score("fase-0-inschrijvingsbeleid", Some(7));
        scan.set_score("fase-0-inschrijvingsbeleid", Some(11));
        assert_eq!(scan.score("fase-0-inschrijvingsbeleid"), Some(7));
    }

    #[test]
    fn an_objective_with_two_blocks_scores_their_mean_and_counts_both_in_progress() {
        let content = self_scan_content();
        let (_, _, climate) = content.objective("fase-0-verbindend-schoolklimaat").unwrap();
        let mut scan = scan();
        scan.set_score(&climate.blocks[0].id, Some(6));
        assert_eq!(scan.objective_score(climate), Some(6.0));
        scan.set_score(&climate.blocks[1].id, Some(9));
        assert_eq!(scan.objective_score(climate), Some(7.5));
        assert_eq!(scan.phase_progress(&content.phases[0]), (2, 7));
        assert_eq!(scan.progress(content), (2, 26));
    }

    #[test]
    fn the_lowest_scored_objectives_are_the_priority_candidates_ties_included() {
        let content = self_scan_content();
        let mut scan = scan();
        scan.set_score("fase-0-inschrijvingsbeleid", Some(3));
        scan.set_score("fase-0-registratie-afwezigheden", Some(2));
        scan.set_score("fase-0-samenwerkingsafspraken", Some(3));
        scan.set_score("fase-1-bindingsperspectief", Some(8));
        let ids: Vec<_> = scan.priority_candidates(content, 2).iter().map(|(o, _)| o.id.as_str()).collect();
        assert_eq!(
            ids,
            ["fase-0-registratie-afwezigheden", "fase-0-inschrijvingsbeleid", "fase-0-samenwerkingsafspraken"]
        );
    }

    #[test]
    fn actions_are_added_edited_and_removed_per_objective() {
        let mut scan = scan();
        let action = scan.add_action("a1".into(), "fase-0-inschrijvingsbeleid");
        action.what = "Schoolreglement samen overlopen".into();
        scan.add_action("a2".into(), "fase-1-bindingsperspectief");
        scan.action_mut("a2").unwrap().status = ActionStatus::Bezig;
        let whats: Vec<_> = scan.actions_for("fase-0-inschrijvingsbeleid").map(|a| a.what.as_str()).collect();
        assert_eq!(whats, ["Schoolreglement samen overlopen"]);
        scan.remove_action("a1");
        assert_eq!(scan.actions_for("fase-0-inschrijvingsbeleid").count(), 0);
        assert_eq!(scan.actions.len(), 1);
    }

    #[test]
    fn a_duplicate_is_next_years_starting_point_and_comparison_shows_the_change() {
        let content = self_scan_content();
        let mut last_year = scan();
        last_year.set_score("fase-0-inschrijvingsbeleid", Some(4));
        let mut this_year = last_year.duplicate("s2".into(), "2027-2028".into(), at());
        assert_eq!(this_year.school_name, "De Linde");
        assert_eq!(this_year.school_year, "2027-2028");
        assert_eq!(this_year.score("fase-0-inschrijvingsbeleid"), Some(4));
        this_year.set_score("fase-0-inschrijvingsbeleid", Some(7));
        assert_eq!(last_year.score("fase-0-inschrijvingsbeleid"), Some(4), "the original is untouched");
        let changes = this_year.compare(&last_year, content);
        let change = changes.iter().find(|c| c.objective_id == "fase-0-inschrijvingsbeleid").unwrap();
        assert_eq!(change.delta(), Some(3.0));
        let unscored = changes.iter().find(|c| c.objective_id == "fase-1-bindingsperspectief").unwrap();
        assert_eq!(unscored.delta(), None);
    }

    #[test]
    fn labels_name_the_school_and_year() {
        assert_eq!(scan().label(), "De Linde · 2026-2027");
        let unnamed = SelfScan::new("x".into(), " ".into(), "".into(), at());
        assert_eq!(unnamed.label(), "Zelfscan zonder naam");
    }

    #[test]
    fn objectives_have_neighbours_in_document_order() {
        let content = self_scan_content();
        let (before, after) = content.neighbours("fase-0-inschrijvingsbeleid");
        assert_eq!(before.unwrap().id, "fase-0-verbindend-schoolklimaat");
        assert_eq!(after.unwrap().id, "fase-0-registratie-afwezigheden");
        assert!(content.neighbours("fase-0-verbindend-schoolklimaat").0.is_none());
        assert_eq!(
            content.context("fase-3-b-codes-alternatieve-leerwegen").as_deref(),
            Some("Fase 3 · Ongeoorloofd relatief verzuim (B-codes)")
        );
        assert_eq!(content.context("fase-0-inschrijvingsbeleid").as_deref(), Some("Fase 0"));
    }
}
