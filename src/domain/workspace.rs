//! The workspace: everything one device holds, saved as one document. Its schema (version,
//! migrations, reading and checks) is in [`super::schema`].

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use super::decision_tree::Consultation;
pub use super::dossier::PupilDossier;
use super::schema::first_positions;
pub use super::schema::{SCHEMA_VERSION, SchemaError, StoredItem, dutch_problem};
pub use super::self_scan::SelfScan;

/// All data of one device: the self-scans, the pupil dossiers and the wizard consultations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub schema_version: u32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The school or CLB team this workspace belongs to; printed on reports.
    #[serde(default)]
    pub organisation_name: String,
    #[serde(default)]
    pub self_scans: Vec<SelfScan>,
    #[serde(default)]
    pub dossiers: Vec<PupilDossier>,
    #[serde(default)]
    pub consultations: Vec<Consultation>,
}

/// Removes the first item that `is_it`, and only that one.
pub fn remove_first<T>(items: &mut Vec<T>, is_it: impl Fn(&T) -> bool) {
    if let Some(at) = items.iter().position(is_it) {
        items.remove(at);
    }
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Workspace {
    /// A new, empty workspace.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            created_at: now,
            updated_at: now,
            organisation_name: String::new(),
            self_scans: Vec::new(),
            dossiers: Vec::new(),
            consultations: Vec::new(),
        }
    }

    /// Marks the workspace, and every scan, dossier and consultation that differs from
    /// `before`, as changed `now`. Every user edit goes through this, so each item's
    /// `updated_at` is right without each page having to remember it.
    pub fn stamp_changes(&mut self, before: &Workspace, now: DateTime<Utc>) {
        fn stamp<T: StoredItem>(items: &mut [T], before: &[T], now: DateTime<Utc>) {
            // By id through an index: a search per item would make every edit of a workspace
            // of thousands of items (after an import, say) quadratic.
            let before_by_id = first_positions(before.iter().map(T::id));
            for item in items {
                if before_by_id.get(item.id()).map(|&position| &before[position]) != Some(&*item) {
                    item.set_updated_at(now);
                }
            }
        }
        stamp(&mut self.self_scans, &before.self_scans, now);
        stamp(&mut self.dossiers, &before.dossiers, now);
        stamp(&mut self.consultations, &before.consultations, now);
        self.updated_at = now;
    }

    /// What the workspace holds, e.g. "2 zelfscans, 1 leerlingdossier en 0 raadplegingen van
    /// de beslisboom".
    pub fn contents(&self) -> String {
        format!(
            "{}, {} en {}",
            counted(self.self_scans.len(), "zelfscan", "zelfscans"),
            counted(self.dossiers.len(), "leerlingdossier", "leerlingdossiers"),
            counted(self.consultations.len(), "raadpleging van de beslisboom", "raadplegingen van de beslisboom"),
        )
    }

    pub fn self_scan(&self, id: &str) -> Option<&SelfScan> {
        self.self_scans.iter().find(|scan| scan.id == id)
    }

    pub fn self_scan_mut(&mut self, id: &str) -> Option<&mut SelfScan> {
        self.self_scans.iter_mut().find(|scan| scan.id == id)
    }

    pub fn dossier(&self, id: &str) -> Option<&PupilDossier> {
        self.dossiers.iter().find(|d| d.id == id)
    }

    pub fn dossier_mut(&mut self, id: &str) -> Option<&mut PupilDossier> {
        self.dossiers.iter_mut().find(|d| d.id == id)
    }

    pub fn consultation(&self, id: &str) -> Option<&Consultation> {
        self.consultations.iter().find(|c| c.id == id)
    }

    // Each removes exactly one item, even from a document that an older version let hold
    // two items with one id.
    // A removed consultation is detached from the dossiers too, unless a second copy with
    // its id remains to be shown there.
    pub fn remove_consultation(&mut self, id: &str) {
        remove_first(&mut self.consultations, |c| c.id == id);
        if self.consultation(id).is_none() {
            self.dossiers.iter_mut().for_each(|d| d.detach_consultation(id));
        }
    }

    pub fn remove_dossier(&mut self, id: &str) {
        remove_first(&mut self.dossiers, |d| d.id == id);
    }

    pub fn remove_self_scan(&mut self, id: &str) {
        remove_first(&mut self.self_scans, |scan| scan.id == id);
    }

    /// True when nothing has been entered yet.
    pub fn is_empty(&self) -> bool {
        self.organisation_name.trim().is_empty()
            && self.self_scans.is_empty()
            && self.dossiers.is_empty()
            && self.consultations.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision_tree::Facts as Answers;
    use crate::domain::schema::WorkspaceReader;
    use chrono::TimeZone;
    use serde_json::Value;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, hour, 0, 0).unwrap()
    }

    fn filled() -> Workspace {
        let mut workspace = Workspace::new(at(8));
        workspace.organisation_name = "Basisschool De Linde".into();
        let mut scan = SelfScan::new("scan-1".into(), "De Linde".into(), "2026-2027".into(), at(8));
        scan.set_score("fase-0-blok", Some(7));
        workspace.self_scans.push(scan);
        workspace.dossiers.push(PupilDossier { id: "dossier-1".into(), label: "JD".into(), ..Default::default() });
        let mut answers = Answers::new();
        answers.insert("soort".into(), crate::domain::decision_tree::Answer::Choice("ziekte".into()));
        workspace.consultations.push(Consultation {
            id: "raadpleging-1".into(),
            label: "JD-3B".into(),
            created_at: Some(at(9)),
            updated_at: Some(at(9)),
            tree: crate::domain::decision_tree::TREE_FACTS,
            answers: Default::default(),
            facts: answers,
        });
        workspace.updated_at = at(9);
        workspace
    }

    #[test]
    fn round_trips_through_json_unchanged() {
        let workspace = filled();
        let read_back = Workspace::from_json(&workspace.to_json()).unwrap();
        assert_eq!(read_back, workspace);
        assert_eq!(read_back.updated_at, at(9));
        assert_eq!(read_back.created_at, at(8));
    }

    #[test]
    fn a_new_workspace_is_empty_and_current() {
        let workspace = Workspace::new(at(8));
        assert!(workspace.is_empty());
        assert_eq!(workspace.schema_version, SCHEMA_VERSION);
        assert!(!filled().is_empty());
    }

    #[test]
    fn refuses_a_newer_schema_instead_of_dropping_what_it_does_not_know() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["schema_version"] = Value::from(SCHEMA_VERSION + 1);
        assert_eq!(Workspace::from_value(value), Err(SchemaError::NewerVersion { found: SCHEMA_VERSION + 1 }));
    }

    #[test]
    fn reads_consultations_saved_before_they_had_answers() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["consultations"] = serde_json::json!([{ "id": "oud" }]);
        let workspace = Workspace::from_value(value).unwrap();
        assert_eq!(workspace.consultations[0].id, "oud");
        assert!(workspace.consultations[0].answers.is_empty());
    }

    #[test]
    fn refuses_a_document_without_version() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value.as_object_mut().unwrap().remove("schema_version");
        assert_eq!(Workspace::from_value(value), Err(SchemaError::MissingVersion));
    }

    #[test]
    fn refuses_a_collection_of_the_wrong_shape() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["dossiers"] = Value::from("niet een lijst");
        let error = Workspace::from_value(value).unwrap_err();
        assert!(matches!(&error, SchemaError::InvalidField { path, .. } if path == "dossiers"), "{error:?}");
    }

    #[test]
    fn names_the_path_of_an_invalid_field_in_dutch() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["dossiers"][0]["absences"] = serde_json::json!({ "B": "zeven" });
        let error = Workspace::from_value(value).unwrap_err();
        assert_eq!(
            error.to_string(),
            "het veld «dossiers[0].absences.B» is ongeldig: verkeerde soort waarde (string \"zeven\", expected u32)"
        );
        let mut value = serde_json::to_value(filled()).unwrap();
        value["self_scans"][0].as_object_mut().unwrap().remove("id");
        let error = Workspace::from_value(value).unwrap_err().to_string();
        assert!(error.contains("«self_scans[0]»") && error.contains("«id» ontbreekt"), "{error}");
    }

    #[test]
    fn finds_duplicate_ids_and_scores_above_ten() {
        let mut value = serde_json::to_value(filled()).unwrap();
        let copy = value["dossiers"][0].clone();
        value["dossiers"].as_array_mut().unwrap().push(copy);
        let workspace = Workspace::from_value(value).expect("the device's own data always opens");
        let error = workspace.check_consistency().unwrap_err().to_string();
        assert_eq!(error, "het veld «dossiers[1].id» is ongeldig: deze id komt twee keer voor");
        let mut value = serde_json::to_value(filled()).unwrap();
        value["self_scans"][0]["blocks"]["fase-0-blok"]["score"] = Value::from(11);
        let error = Workspace::from_value(value).unwrap().check_consistency().unwrap_err().to_string();
        assert!(error.contains("«self_scans[0].blocks.fase-0-blok.score»"), "{error}");
    }

    #[test]
    fn ids_are_unique_and_present_in_every_list_at_every_depth() {
        let consistency = |edit: &dyn Fn(&mut Workspace)| {
            let mut workspace = filled();
            edit(&mut workspace);
            workspace.check_consistency().map_err(|error| error.to_string())
        };
        let measure = |id: &str| crate::domain::dossier::Measure { id: id.into(), ..Default::default() };
        assert_eq!(consistency(&|_| {}), Ok(()));
        assert_eq!(
            consistency(&|w| {
                w.dossiers = (0..4).map(|i| PupilDossier { id: format!("d{i}"), ..Default::default() }).collect();
                w.dossiers[3].measures = vec![measure("m1"), measure("m1")];
            }),
            Err("het veld «dossiers[3].measures[1].id» is ongeldig: deze id komt twee keer voor".into())
        );
        assert_eq!(
            consistency(&|w| w.dossiers[0].measures = vec![measure("m1"), measure(" ")]),
            Err("het veld «dossiers[0].measures[1].id» is ongeldig: de id is leeg".into())
        );
        let action = |id: &str| crate::domain::self_scan::Action { id: id.into(), ..Default::default() };
        assert_eq!(
            consistency(&|w| w.self_scans[0].actions = vec![action("a"), action("b"), action("a")]),
            Err("het veld «self_scans[0].actions[2].id» is ongeldig: deze id komt twee keer voor".into())
        );
        assert_eq!(
            consistency(&|w| w.self_scans[0].actions = vec![action("")]),
            Err("het veld «self_scans[0].actions[0].id» is ongeldig: de id is leeg".into())
        );
        assert_eq!(
            consistency(&|w| w.consultations[0].id = String::new()),
            Err("het veld «consultations[0].id» is ongeldig: de id is leeg".into())
        );
        // The same id in two different lists is fine: each list is deleted from by its own id.
        assert_eq!(consistency(&|w| w.dossiers[0].measures = vec![measure("dossier-1")]), Ok(()));
    }

    #[test]
    fn reading_in_steps_of_a_few_items_gives_the_same_workspace() {
        let mut workspace = filled();
        workspace.dossiers = (0..7).map(|i| PupilDossier { id: format!("d{i}"), ..Default::default() }).collect();
        let mut reader = WorkspaceReader::new(serde_json::to_value(&workspace).unwrap()).unwrap();
        let mut steps = 1;
        while !reader.read_items(2).unwrap() {
            steps += 1;
        }
        assert_eq!(steps, 5, "9 items, 2 at a time");
        assert_eq!(reader.finish(), workspace);
    }

    #[test]
    fn a_missing_required_field_is_named_at_its_item() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["self_scans"][0].as_object_mut().unwrap().remove("created_at");
        let error = Workspace::from_value(value).unwrap_err().to_string();
        assert_eq!(error, "het veld «self_scans[0]» is ongeldig: het verplichte onderdeel «created_at» ontbreekt");
    }

    #[test]
    fn an_edit_stamps_only_the_items_it_changed() {
        let before = filled();
        let mut after = before.clone();
        after.dossiers[0].class_name = "3B".into();
        after.stamp_changes(&before, at(11));
        assert_eq!(after.updated_at, at(11));
        assert_eq!(after.dossiers[0].updated_at, Some(at(11)));
        assert_eq!(after.self_scans[0].updated_at, before.self_scans[0].updated_at);
        assert_eq!(after.consultations[0].updated_at, Some(at(9)));
    }

    #[test]
    fn version_1_items_take_the_workspace_time_as_their_change_time() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["schema_version"] = Value::from(1);
        for collection in ["self_scans", "dossiers", "consultations"] {
            value[collection][0].as_object_mut().unwrap().remove("updated_at");
        }
        let workspace = Workspace::from_value(value).unwrap();
        assert_eq!(workspace.schema_version, SCHEMA_VERSION);
        assert_eq!(workspace.self_scans[0].updated_at, Some(at(9)));
        assert_eq!(workspace.dossiers[0].updated_at, Some(at(9)));
    }

    #[test]
    fn version_3_moves_the_device_settings_out_of_the_document() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["schema_version"] = Value::from(2);
        value["device"] = serde_json::json!({ "backup_reminder_days": 30 });
        let workspace = Workspace::from_value(value).unwrap();
        assert_eq!(workspace.schema_version, SCHEMA_VERSION);
        assert!(!workspace.to_json().contains("\"device\""));
        let mut expected = filled();
        // Version 4's step runs too: the consultation is one of the first Beslisboom.
        expected.consultations[0].tree = crate::domain::decision_tree::TREE_PATH;
        assert_eq!(workspace, expected, "nothing else changes");
    }

    #[test]
    fn version_4_keeps_older_consultations_as_answers_to_the_first_beslisboom() {
        let mut value = serde_json::to_value(filled()).unwrap();
        value["schema_version"] = Value::from(3);
        let consultation = value["consultations"][0].as_object_mut().unwrap();
        consultation.remove("tree");
        consultation.remove("facts");
        consultation.insert("answers".into(), serde_json::json!({ "soort": "ziekte", "ziekte-duur": "chronisch" }));
        let workspace = Workspace::from_value(value).unwrap();
        let consultation = &workspace.consultations[0];
        assert!(consultation.is_first_tree());
        assert_eq!(consultation.answers.len(), 2);
        assert!(consultation.facts.is_empty());
        assert_eq!(Workspace::from_json(&workspace.to_json()).unwrap(), workspace, "round-trips");
    }
}
