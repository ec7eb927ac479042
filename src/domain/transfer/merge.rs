//! Bringing an imported file into the workspace: a preview of what it would change, then a
//! merge (by id; newer wins unless the user chooses otherwise) or a full replace.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::domain::schema::{ItemKind, StoredItem, first_positions};
use crate::domain::workspace::Workspace;

/// One scan, dossier or consultation, wherever it lives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ItemKey {
    pub kind: ItemKind,
    pub id: String,
}

/// How an item of the file relates to the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// Not on this device yet.
    New,
    /// Already here, exactly the same.
    Same,
    /// Here too, but different: a conflict the user may decide.
    Changed { incoming_is_newer: bool },
}

/// Which version of a changed item to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    Current,
    Incoming,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlannedItem {
    pub key: ItemKey,
    /// "Zelfscan De Linde 2026-2027", "Leerlingdossier JD-4 (3B)", "Raadpleging JD-4".
    pub title: String,
    pub difference: Difference,
    pub current_updated_at: Option<DateTime<Utc>>,
    pub incoming_updated_at: Option<DateTime<Utc>>,
}

impl PlannedItem {
    /// The merge's choice when the user does not make one: the newer version.
    pub fn default_keep(&self) -> Keep {
        match self.difference {
            Difference::Changed { incoming_is_newer: true } | Difference::New => Keep::Incoming,
            _ => Keep::Current,
        }
    }
}

/// The preview of an import: every item of the file and how it relates to the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub items: Vec<PlannedItem>,
}

/// What a merge keeps for each changed item; items not named keep their default.
pub type Choices = BTreeMap<ItemKey, Keep>;

fn key<T: StoredItem>(item: &T) -> ItemKey {
    ItemKey { kind: T::KIND, id: item.id().to_string() }
}

fn plan_items<T: StoredItem>(current: &[T], incoming: &[T], plan: &mut Vec<PlannedItem>) {
    let here_by_id = first_positions(current.iter().map(StoredItem::id));
    for item in incoming {
        let here = here_by_id.get(item.id()).map(|&position| &current[position]);
        let difference = match here {
            None => Difference::New,
            Some(here) if here == item => Difference::Same,
            Some(here) => Difference::Changed { incoming_is_newer: item.updated_at() > here.updated_at() },
        };
        plan.push(PlannedItem {
            key: key(item),
            title: item.title(),
            difference,
            current_updated_at: here.and_then(StoredItem::updated_at),
            incoming_updated_at: item.updated_at(),
        });
    }
}

/// The preview of importing `incoming` into `current`.
pub fn plan_import(current: &Workspace, incoming: &Workspace) -> ImportPlan {
    let mut items = Vec::new();
    plan_items(&current.self_scans, &incoming.self_scans, &mut items);
    plan_items(&current.dossiers, &incoming.dossiers, &mut items);
    plan_items(&current.consultations, &incoming.consultations, &mut items);
    ImportPlan { items }
}

impl ImportPlan {
    pub fn count(&self, wanted: impl Fn(Difference) -> bool) -> usize {
        self.items.iter().filter(|item| wanted(item.difference)).count()
    }

    pub fn changed(&self) -> impl Iterator<Item = &PlannedItem> {
        self.items.iter().filter(|item| matches!(item.difference, Difference::Changed { .. }))
    }

    /// True when a merge would change nothing.
    pub fn changes_nothing(&self) -> bool {
        self.items.iter().all(|item| item.difference == Difference::Same)
    }
}

/// Where each incoming item goes: onto an item already there, or new at the end.
enum Target {
    Existing(usize),
    New,
}

/// `planned` is the plan of `incoming`'s items, in their order.
fn merge_items<T: StoredItem>(current: &mut Vec<T>, incoming: &[T], choices: &Choices, planned: &[PlannedItem]) {
    // Matched through an index first, so the merge stays linear however many items there are.
    let targets: Vec<Target> = {
        let mut here_by_id = first_positions(current.iter().map(StoredItem::id));
        let mut next_new = current.len();
        incoming
            .iter()
            .map(|item| match here_by_id.get(item.id()) {
                Some(&position) => Target::Existing(position),
                None => {
                    // A second item of the file with this id lands on the first.
                    here_by_id.insert(item.id(), next_new);
                    next_new += 1;
                    Target::New
                }
            })
            .collect()
    };
    for ((item, target), planned) in incoming.iter().zip(targets).zip(planned) {
        let keep = choices.get(&planned.key).copied().unwrap_or_else(|| planned.default_keep());
        match target {
            Target::New => current.push(item.clone()),
            Target::Existing(position) if keep == Keep::Incoming => current[position] = item.clone(),
            Target::Existing(_) => {}
        }
    }
}

/// The workspace after merging `incoming` into `current`: new items are added, changed items
/// take the version `choices` names (by default the newer one), nothing is removed. The
/// organisation name is taken from the file only when this device has none.
pub fn merge(current: &Workspace, incoming: &Workspace, choices: &Choices, now: DateTime<Utc>) -> Workspace {
    let plan = plan_import(current, incoming);
    // The plan lists the file's scans, then its dossiers, then its consultations, in order.
    let (scans, rest) = plan.items.split_at(incoming.self_scans.len());
    let (dossiers, consultations) = rest.split_at(incoming.dossiers.len());
    let mut merged = current.clone();
    merge_items(&mut merged.self_scans, &incoming.self_scans, choices, scans);
    merge_items(&mut merged.dossiers, &incoming.dossiers, choices, dossiers);
    merge_items(&mut merged.consultations, &incoming.consultations, choices, consultations);
    if merged.organisation_name.trim().is_empty() {
        merged.organisation_name = incoming.organisation_name.clone();
    }
    merged.updated_at = now;
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workspace::PupilDossier;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, hour, 0, 0).unwrap()
    }

    fn dossier(id: &str, class: &str, hour: u32) -> PupilDossier {
        PupilDossier {
            id: id.into(),
            label: id.to_uppercase(),
            class_name: class.into(),
            updated_at: Some(at(hour)),
            ..Default::default()
        }
    }

    fn workspace(dossiers: Vec<PupilDossier>) -> Workspace {
        let mut workspace = Workspace::new(at(8));
        workspace.dossiers = dossiers;
        workspace
    }

    #[test]
    fn the_preview_says_what_is_new_what_is_the_same_and_what_conflicts() {
        let current = workspace(vec![dossier("a", "3B", 9), dossier("b", "4A", 9), dossier("c", "1", 12)]);
        let incoming =
            workspace(vec![dossier("a", "3B", 9), dossier("b", "4B", 10), dossier("c", "2", 11), dossier("d", "5", 9)]);
        let plan = plan_import(&current, &incoming);
        let differences: Vec<_> = plan.items.iter().map(|i| (i.key.id.as_str(), i.difference)).collect();
        assert_eq!(
            differences,
            [
                ("a", Difference::Same),
                ("b", Difference::Changed { incoming_is_newer: true }),
                ("c", Difference::Changed { incoming_is_newer: false }),
                ("d", Difference::New),
            ]
        );
        assert_eq!(plan.items[1].title, "Leerlingdossier B (4B)");
        assert_eq!(plan.count(|d| d == Difference::New), 1);
        assert_eq!(plan.changed().count(), 2);
    }

    #[test]
    fn a_merge_adds_new_items_and_keeps_the_newer_version_by_default() {
        let current = workspace(vec![dossier("b", "4A", 9), dossier("c", "1", 12), dossier("e", "6", 9)]);
        let incoming = workspace(vec![dossier("b", "4B", 10), dossier("c", "2", 11), dossier("d", "5", 9)]);
        let merged = merge(&current, &incoming, &Choices::new(), at(13));
        let classes: Vec<_> = merged.dossiers.iter().map(|d| (d.id.as_str(), d.class_name.as_str())).collect();
        assert_eq!(classes, [("b", "4B"), ("c", "1"), ("e", "6"), ("d", "5")], "nothing removed");
    }

    #[test]
    fn the_user_can_choose_per_conflict() {
        let current = workspace(vec![dossier("b", "4A", 9), dossier("c", "1", 12)]);
        let incoming = workspace(vec![dossier("b", "4B", 10), dossier("c", "2", 11)]);
        let mut choices = Choices::new();
        choices.insert(ItemKey { kind: ItemKind::Dossier, id: "b".into() }, Keep::Current);
        choices.insert(ItemKey { kind: ItemKind::Dossier, id: "c".into() }, Keep::Incoming);
        let merged = merge(&current, &incoming, &choices, at(13));
        let classes: Vec<_> = merged.dossiers.iter().map(|d| d.class_name.as_str()).collect();
        assert_eq!(classes, ["4A", "2"]);
    }

    #[test]
    fn thousands_of_items_are_matched_by_id() {
        let current = workspace((0..3_000).map(|i| dossier(&format!("d{i}"), "1", 9)).collect());
        let incoming = workspace(
            (1_500..4_500).map(|i| dossier(&format!("d{i}"), if i % 2 == 0 { "1" } else { "2" }, 10)).collect(),
        );
        let plan = plan_import(&current, &incoming);
        assert_eq!(plan.count(|d| d == Difference::New), 1_500);
        assert_eq!(plan.count(|d| d == Difference::Same), 0, "all newer");
        assert_eq!(plan.changed().count(), 1_500);
        let merged = merge(&current, &incoming, &Choices::new(), at(13));
        assert_eq!(merged.dossiers.len(), 4_500);
        assert_eq!(merged.dossiers[2_999].class_name, "2", "the newer version of d2999");
        assert_eq!(merged.dossiers[4_499].id, "d4499");
    }

    #[test]
    fn an_empty_organisation_name_is_filled_from_the_file_but_never_overwritten() {
        let mut incoming = workspace(vec![]);
        incoming.organisation_name = "CLB Brussel".into();
        let merged = merge(&workspace(vec![]), &incoming, &Choices::new(), at(13));
        assert_eq!(merged.organisation_name, "CLB Brussel");
        let mut current = workspace(vec![]);
        current.organisation_name = "De Linde".into();
        assert_eq!(merge(&current, &incoming, &Choices::new(), at(13)).organisation_name, "De Linde");
    }
}
