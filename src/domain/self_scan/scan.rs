//! One school's self-scan: notes per reflection question, a score and an improvement focus
//! per scored block, and an action plan per objective.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::content::{Block, Objective, Phase, SchoolLevel, SelfScanContent};

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
    /// Set by hand: whether the block applies to this school, against what the scan's levels
    /// say (`None`: as the levels say).
    #[serde(default)]
    pub applies: Option<bool>,
    /// The score of the scan this one was copied from ("vorig jaar: 6").
    #[serde(default)]
    pub previous_score: Option<u8>,
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
    /// The ids of the school's levels of education ([`SchoolLevel::id`]); empty when not
    /// given, and then every block applies.
    #[serde(default)]
    pub levels: Vec<String>,
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

/// Where one objective of one scan stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ObjectiveState {
    /// None of its blocks applies to the school.
    NotApplicable,
    NotScored,
    /// Some of its applicable blocks are scored: their mean.
    Partly(f32),
    /// Every applicable block is scored: their mean.
    Scored(f32),
}

impl ObjectiveState {
    pub fn score(self) -> Option<f32> {
        match self {
            Self::Partly(score) | Self::Scored(score) => Some(score),
            Self::NotApplicable | Self::NotScored => None,
        }
    }
}

/// How one objective's score moved between two scans.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveChange {
    pub objective_id: String,
    pub before: ObjectiveState,
    pub after: ObjectiveState,
}

impl ObjectiveChange {
    pub fn delta(&self) -> Option<f32> {
        Some(self.after.score()? - self.before.score()?)
    }
}

impl SelfScan {
    pub fn new(id: String, school_name: String, school_year: String, now: DateTime<Utc>) -> Self {
        Self {
            id,
            school_name,
            school_year,
            participants: String::new(),
            levels: Vec::new(),
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

    /// Sets the school's levels of education, each once, in a fixed order.
    pub fn set_levels(&mut self, levels: &[SchoolLevel]) {
        self.levels =
            SchoolLevel::ALL.into_iter().filter(|level| levels.contains(level)).map(|l| l.id().to_owned()).collect();
    }

    /// The school's levels of education, as far as this version knows them, in the order of
    /// [`SchoolLevel::ALL`] (a merge of two tabs' edits may have put the ids in another).
    pub fn levels(&self) -> Vec<SchoolLevel> {
        SchoolLevel::ALL.into_iter().filter(|level| self.levels.iter().any(|id| id == level.id())).collect()
    }

    /// Whether `block` is about one of the school's levels: true for a block about every
    /// level, and for every block while the scan names no level.
    pub fn level_applies(&self, block: &Block) -> bool {
        block.levels.is_empty() || self.levels.is_empty() || block.levels.iter().any(|l| self.levels.contains(l))
    }

    /// Whether `block` counts for this school: as set by hand, else as its levels say. A block
    /// that does not apply keeps its answers but is left out of every count, mean and priority.
    pub fn applies(&self, block: &Block) -> bool {
        self.answer(&block.id).and_then(|answer| answer.applies).unwrap_or_else(|| self.level_applies(block))
    }

    /// Marks `block` as applying or not by hand; back to "as the levels say" when that agrees.
    pub fn set_applies(&mut self, block: &Block, applies: bool) {
        let by_hand = (applies != self.level_applies(block)).then_some(applies);
        if by_hand.is_some() || self.answer(&block.id).is_some() {
            self.answer_mut(&block.id).applies = by_hand;
        }
    }

    /// The objective's state: the mean of its scored blocks among those that apply.
    pub fn objective_state(&self, objective: &Objective) -> ObjectiveState {
        let applicable: Vec<&Block> = objective.blocks.iter().filter(|block| self.applies(block)).collect();
        if applicable.is_empty() {
            return ObjectiveState::NotApplicable;
        }
        let scores: Vec<f32> = applicable.iter().filter_map(|block| self.score(&block.id)).map(f32::from).collect();
        if scores.is_empty() {
            return ObjectiveState::NotScored;
        }
        let mean = scores.iter().sum::<f32>() / scores.len() as f32;
        if scores.len() < applicable.len() { ObjectiveState::Partly(mean) } else { ObjectiveState::Scored(mean) }
    }

    /// The objective's score: the mean of its scored blocks that apply, `None` when none is.
    pub fn objective_score(&self, objective: &Objective) -> Option<f32> {
        self.objective_state(objective).score()
    }

    /// (scored blocks, blocks that apply) in a phase.
    pub fn phase_progress(&self, phase: &Phase) -> (usize, usize) {
        let blocks: Vec<_> = phase.blocks().filter(|block| self.applies(block)).collect();
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

    /// Next year's starting point: the notes, the improvement focus, what applies and the
    /// actions not yet done, but no scores, so that the comparison measures this year's view;
    /// each block keeps last year's score beside it ([`BlockAnswer::previous_score`]).
    pub fn next_year(&self, id: String, school_year: String, now: DateTime<Utc>) -> Self {
        let blocks = self
            .blocks
            .iter()
            .map(|(block, answer)| {
                let copy = BlockAnswer { score: None, previous_score: answer.score, ..answer.clone() };
                (block.clone(), copy)
            })
            .collect();
        let actions = self.actions.iter().filter(|action| action.status != ActionStatus::Klaar).cloned().collect();
        Self { id, school_year, created_at: now, updated_at: Some(now), blocks, actions, ..self.clone() }
    }

    /// The score change per objective from `earlier` to `self`.
    pub fn compare(&self, earlier: &SelfScan, content: &SelfScanContent) -> Vec<ObjectiveChange> {
        content
            .objectives()
            .map(|(_, _, objective)| ObjectiveChange {
                objective_id: objective.id.clone(),
                before: earlier.objective_state(objective),
                after: self.objective_state(objective),
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
    fn a_block_about_another_level_is_left_out_of_counts_means_and_priorities() {
        let content = self_scan_content();
        let (_, _, climate) = content.objective("fase-0-verbindend-schoolklimaat").unwrap();
        let kleuter = &climate.blocks[1];
        assert_eq!(kleuter.id, "fase-0-kleuterparticipatie");
        let mut scan = scan();
        scan.set_score(&climate.blocks[0].id, Some(6));
        scan.set_score(&kleuter.id, Some(2));
        assert_eq!(scan.objective_state(climate), ObjectiveState::Scored(4.0), "no level given: every block counts");

        scan.set_levels(&[SchoolLevel::Secundair, SchoolLevel::Lager, SchoolLevel::Secundair]);
        assert_eq!(scan.levels, ["lager", "secundair"]);
        assert_eq!(scan.levels(), [SchoolLevel::Lager, SchoolLevel::Secundair]);
        assert!(!scan.applies(kleuter));
        assert_eq!(scan.objective_state(climate), ObjectiveState::Scored(6.0));
        assert_eq!(scan.phase_progress(&content.phases[0]), (1, 6));
        assert_eq!(scan.progress(content), (1, 25));
        assert_eq!(scan.score(&kleuter.id), Some(2), "its answers are kept");

        scan.set_levels(&[SchoolLevel::Kleuter, SchoolLevel::Lager]);
        assert!(scan.applies(kleuter));
        assert_eq!(scan.progress(content), (2, 26));
    }

    #[test]
    fn the_content_names_only_known_levels_and_kleuterparticipatie_is_for_kleuters() {
        let content = self_scan_content();
        assert!(content.blocks().all(|b| b.levels.iter().all(|id| SchoolLevel::from_id(id).is_some())));
        let about_a_level: Vec<&str> =
            content.blocks().filter(|b| !b.levels.is_empty()).map(|b| b.id.as_str()).collect();
        assert_eq!(about_a_level, ["fase-0-kleuterparticipatie"]);
    }

    #[test]
    fn any_block_can_be_marked_not_applicable_by_hand_and_back() {
        let content = self_scan_content();
        let (_, _, registration) = content.objective("fase-0-registratie-afwezigheden").unwrap();
        let block = &registration.blocks[0];
        let mut scan = scan();
        scan.set_score(&block.id, Some(1));
        scan.set_applies(block, false);
        assert_eq!(scan.objective_state(registration), ObjectiveState::NotApplicable);
        assert_eq!(scan.objective_score(registration), None);
        assert!(scan.priority_candidates(content, 3).is_empty(), "a block that does not apply is no priority");
        assert_eq!(scan.progress(content), (0, 25));
        scan.set_applies(block, true);
        assert_eq!(scan.answer(&block.id).unwrap().applies, None, "back to what the levels say");
        assert_eq!(scan.objective_state(registration), ObjectiveState::Scored(1.0));

        // A kleuter block for a secondary school, applying by hand after all.
        let (_, _, climate) = content.objective("fase-0-verbindend-schoolklimaat").unwrap();
        scan.set_levels(&[SchoolLevel::Secundair]);
        scan.set_applies(&climate.blocks[1], true);
        assert!(scan.applies(&climate.blocks[1]));
        assert_eq!(scan.objective_state(climate), ObjectiveState::NotScored);
        scan.set_score(&climate.blocks[1].id, Some(8));
        assert_eq!(scan.objective_state(climate), ObjectiveState::Partly(8.0));
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
    fn next_years_copy_keeps_notes_plans_and_open_actions_but_not_the_scores() {
        let content = self_scan_content();
        let mut last_year = scan();
        last_year.set_levels(&[SchoolLevel::Secundair]);
        last_year.set_score("fase-0-inschrijvingsbeleid", Some(4));
        last_year.answer_mut("fase-0-inschrijvingsbeleid").improvement = "Onthaal herbekijken".into();
        last_year.answer_mut("fase-0-inschrijvingsbeleid").notes.insert(1, "Brochure in drie talen".into());
        last_year.add_action("a1".into(), "fase-0-inschrijvingsbeleid").what = "Open".into();
        last_year.add_action("a2".into(), "fase-0-inschrijvingsbeleid").status = ActionStatus::Klaar;
        let mut this_year = last_year.next_year("s2".into(), "2027-2028".into(), at());
        assert_eq!(this_year.school_name, "De Linde");
        assert_eq!(this_year.school_year, "2027-2028");
        assert_eq!(this_year.levels(), [SchoolLevel::Secundair]);
        let answer = this_year.answer("fase-0-inschrijvingsbeleid").unwrap();
        assert_eq!((answer.score, answer.previous_score), (None, Some(4)));
        assert_eq!(answer.improvement, "Onthaal herbekijken");
        assert_eq!(answer.notes[&1], "Brochure in drie talen");
        let actions: Vec<_> = this_year.actions.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(actions, ["a1"], "done actions stay behind");
        assert_eq!(this_year.progress(content).0, 0, "nothing is scored yet");
        assert_eq!(this_year.compare(&last_year, content).iter().filter_map(ObjectiveChange::delta).count(), 0);
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
