//! The merge of two tabs' edits made from the same stored state, field by field.
//!
//! A tab's `base` is the workspace as it last read or wrote it; `mine` is what it shows now;
//! `theirs` is what another tab stored meanwhile. Every field is merged on its own (a
//! three-way merge of the JSON document): a field only one side changed takes that side's
//! value, so two tabs editing different fields of one dossier both keep their edit. Lists of
//! things with an id (measures, actions) merge element by element, lists of plain values
//! (ticked knipperlichten, attached consultations) as sets. Where both sides changed the same
//! field differently, the side that still holds data wins (this tab's when both do) and the
//! other value is returned as a [`FieldConflict`], for the user to see and take if they want.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::domain::schema::StoredItem;
use crate::domain::workspace::{Consultation, PupilDossier, SelfScan, Workspace};

/// One step into the workspace document: an object's key, or the element of a list with
/// this id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    Key(String),
    Id(String),
}

/// A field both tabs changed differently: what was kept, and the other tab's value, kept so
/// the user can take it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldConflict {
    /// Where the field is in the workspace document.
    pub path: Vec<Step>,
    /// For people: "Leerlingdossier JD-4 (3B): klas".
    pub title: String,
    /// The value kept in the workspace (`None`: the field or item is gone).
    pub kept: Option<Value>,
    /// The value that was not kept (`None`: the other side had removed it).
    pub other: Option<Value>,
}

impl FieldConflict {
    /// A value as the user reads it: text as it is (cut after 200 characters), numbers as
    /// digits, words for nothing, ticks and whole items.
    pub fn shown(value: &Option<Value>) -> String {
        let text = match value {
            None | Some(Value::Null) => return "(verwijderd)".to_string(),
            Some(Value::String(text)) if text.trim().is_empty() => return "(leeg)".to_string(),
            Some(Value::String(text)) => text.clone(),
            Some(Value::Bool(true)) => return "aangevinkt".to_string(),
            Some(Value::Bool(false)) => return "niet aangevinkt".to_string(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
                items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", ")
            }
            Some(Value::Object(_) | Value::Array(_)) => return "een andere versie van het geheel".to_string(),
            Some(other) => other.to_string(),
        };
        match text.char_indices().nth(200) {
            Some((cut, _)) => format!("{}…", &text[..cut]),
            None => text,
        }
    }
}

/// The result of merging two tabs' edits.
#[derive(Clone, Debug, PartialEq)]
pub struct ConcurrentMerge {
    pub workspace: Workspace,
    /// Fields both tabs changed differently, with the value that was not kept.
    pub conflicts: Vec<FieldConflict>,
}

/// Merges this tab's edits (`mine`) with another tab's (`theirs`), both made from `base`,
/// field by field (see the module documentation).
pub fn merge_concurrent(base: &Workspace, mine: &Workspace, theirs: &Workspace) -> ConcurrentMerge {
    let mut conflicts = Vec::new();
    let [b, m, t] = [base, mine, theirs].map(to_value);
    let merged = merge_value(&[], Some(&b), Some(&m), Some(&t), &mut conflicts).unwrap_or(m);
    match Workspace::from_value(merged) {
        Ok(workspace) => {
            for conflict in &mut conflicts {
                conflict.title = describe(&conflict.path, &workspace, mine);
            }
            ConcurrentMerge { workspace, conflicts }
        }
        // A merge of two valid documents that is no longer valid (two different kinds of
        // answer to one question, say) falls back to item by item.
        Err(_) => merge_whole_items(base, mine, theirs),
    }
}

fn to_value(workspace: &Workspace) -> Value {
    serde_json::to_value(workspace).expect("a workspace is JSON")
}

fn pushed(path: &[Step], step: Step) -> Vec<Step> {
    let mut path = path.to_vec();
    path.push(step);
    path
}

/// The three-way merge of one value; `None` is "not there".
fn merge_value(
    path: &[Step],
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<FieldConflict>,
) -> Option<Value> {
    if same(mine, base) {
        return theirs.cloned();
    }
    if same(theirs, base) || theirs == mine {
        return mine.cloned();
    }
    let empty = Value::Object(Map::new());
    match (mine, theirs) {
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object).unwrap_or_else(|| empty.as_object().expect("object"));
            let keys: BTreeSet<&String> = m.keys().chain(t.keys()).collect();
            let mut merged = Map::new();
            for key in keys {
                let (bv, mv, tv) = (b.get(key), m.get(key), t.get(key));
                let value = if key == "updated_at" {
                    later(mv, tv)
                } else {
                    merge_value(&pushed(path, Step::Key(key.clone())), bv, mv, tv, conflicts)
                };
                if let Some(value) = value {
                    merged.insert(key.clone(), value);
                }
            }
            Some(Value::Object(merged))
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) => {
            let b: &[Value] = base.and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
            if [b, m, t].iter().all(|list| list.iter().all(|v| element_id(v).is_some())) {
                Some(Value::Array(merge_by_id(path, b, m, t, conflicts)))
            } else if [b, m, t].iter().all(|list| is_set(list)) {
                Some(Value::Array(merge_as_set(b, m, t)))
            } else {
                Some(conflict(path, mine, theirs, conflicts))
            }
        }
        _ => match (mine, theirs) {
            // Removed on one side, changed on the other: the change is kept (nothing typed is
            // lost), and the removal is offered.
            (None, Some(_)) => {
                conflicts.push(FieldConflict {
                    path: path.to_vec(),
                    title: String::new(),
                    kept: theirs.cloned(),
                    other: None,
                });
                theirs.cloned()
            }
            _ => Some(conflict(path, mine, theirs, conflicts)),
        },
    }
}

/// Both changed: this tab's value stays, the other's is reported.
fn conflict(path: &[Step], mine: Option<&Value>, theirs: Option<&Value>, conflicts: &mut Vec<FieldConflict>) -> Value {
    conflicts.push(FieldConflict {
        path: path.to_vec(),
        title: String::new(),
        kept: mine.cloned(),
        other: theirs.cloned(),
    });
    mine.cloned().unwrap_or(Value::Null)
}

/// The later of two change times (as written by chrono), or whichever there is.
fn later(a: Option<&Value>, b: Option<&Value>) -> Option<Value> {
    let time = |v: Option<&Value>| v.and_then(Value::as_str).and_then(|s| s.parse::<DateTime<Utc>>().ok());
    match (time(a), time(b)) {
        (Some(x), Some(y)) if y > x => b.cloned(),
        (Some(_), _) => a.cloned(),
        _ => b.cloned().or_else(|| a.cloned()),
    }
}

/// Equal, where a missing value and an empty one (null, "", [], {}) count as the same: a
/// block both tabs created with defaults has not changed the defaults.
fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    let empty = |v: Option<&Value>| match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Object(o)) => o.is_empty(),
        _ => false,
    };
    a == b || (empty(a) && empty(b))
}

fn element_id(value: &Value) -> Option<&str> {
    value.get("id")?.as_str()
}

/// Plain values without repeats: a set, such as ticked boxes.
fn is_set(list: &[Value]) -> bool {
    let mut seen = BTreeSet::new();
    list.iter().all(|v| matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_)) && seen.insert(v.to_string()))
}

/// Elements by id, in the other tab's order with this tab's new ones after them.
fn merge_by_id(
    path: &[Step],
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
    conflicts: &mut Vec<FieldConflict>,
) -> Vec<Value> {
    let find = |list: &[Value], id: &str| list.iter().find(|v| element_id(v) == Some(id)).cloned();
    let mut ids: Vec<&str> = theirs.iter().filter_map(element_id).collect();
    for id in mine.iter().filter_map(element_id) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.into_iter()
        .filter_map(|id| {
            let (b, m, t) = (find(base, id), find(mine, id), find(theirs, id));
            merge_value(&pushed(path, Step::Id(id.to_string())), b.as_ref(), m.as_ref(), t.as_ref(), conflicts)
        })
        .collect()
}

/// What either side added is in, what either side removed is out.
fn merge_as_set(base: &[Value], mine: &[Value], theirs: &[Value]) -> Vec<Value> {
    let removed_here = |v: &Value| base.contains(v) && !mine.contains(v);
    let mut merged: Vec<Value> = theirs.iter().filter(|v| !removed_here(v)).cloned().collect();
    for value in mine {
        if !base.contains(value) && !merged.contains(value) {
            merged.push(value.clone());
        }
    }
    merged
}

/// The fallback: per scan, dossier or consultation, whichever side changed it wins; where both
/// did, this tab's version stays and the other is reported whole.
fn merge_whole_items(base: &Workspace, mine: &Workspace, theirs: &Workspace) -> ConcurrentMerge {
    let mut conflicts = Vec::new();
    let mut workspace = mine.clone();
    workspace.self_scans = whole_items(&base.self_scans, &mine.self_scans, &theirs.self_scans, &mut conflicts);
    workspace.dossiers = whole_items(&base.dossiers, &mine.dossiers, &theirs.dossiers, &mut conflicts);
    workspace.consultations =
        whole_items(&base.consultations, &mine.consultations, &theirs.consultations, &mut conflicts);
    if mine.organisation_name == base.organisation_name {
        workspace.organisation_name = theirs.organisation_name.clone();
    }
    workspace.updated_at = mine.updated_at.max(theirs.updated_at);
    for conflict in &mut conflicts {
        conflict.title = describe(&conflict.path, &workspace, mine);
    }
    ConcurrentMerge { workspace, conflicts }
}

fn whole_items<T: StoredItem>(base: &[T], mine: &[T], theirs: &[T], conflicts: &mut Vec<FieldConflict>) -> Vec<T> {
    let find = |list: &[T], wanted: &str| list.iter().find(|i| i.id() == wanted).cloned();
    let mut ids: Vec<&str> = theirs.iter().map(T::id).collect();
    for own in mine.iter().map(T::id) {
        if !ids.contains(&own) {
            ids.push(own);
        }
    }
    let json = |item: Option<&T>| item.map(|i| serde_json::to_value(i).expect("an item is JSON"));
    ids.into_iter()
        .filter_map(|item_id| {
            let (b, m, t) = (find(base, item_id), find(mine, item_id), find(theirs, item_id));
            if m == b {
                return t;
            }
            if t == b || t == m {
                return m;
            }
            // Both changed it (or one deleted it): keep what holds data, this tab's first.
            let kept = m.clone().or(t.clone());
            let other = if m.is_some() { t } else { None };
            conflicts.push(FieldConflict {
                path: vec![Step::Key(T::COLLECTION.to_string()), Step::Id(item_id.to_string())],
                title: String::new(),
                kept: json(kept.as_ref()),
                other: json(other.as_ref()),
            });
            kept
        })
        .collect()
}

/// "Leerlingdossier JD-4 (3B): klas": the item the field belongs to, and the field in words.
fn describe(path: &[Step], merged: &Workspace, mine: &Workspace) -> String {
    let item = match path {
        [Step::Key(collection), Step::Id(id), ..] => {
            let title = |w: &Workspace| item_title(w, collection, id);
            title(merged).or_else(|| title(mine))
        }
        _ => None,
    };
    let field = field_name(path).map(|field| match element_what(path, merged).or_else(|| element_what(path, mine)) {
        // Which action or measure: "actie «Oudercontact plannen»: wie".
        Some(what) => match field.split_once(", ") {
            Some((element, rest)) => format!("{element} «{what}»: {rest}"),
            None => format!("{field} «{what}»"),
        },
        None => field,
    });
    match (item, field) {
        (Some(item), Some(field)) => format!("{item}: {field}"),
        (Some(item), None) => item,
        (None, Some(field)) => field,
        (None, None) => "Gegevens".to_string(),
    }
}

/// What an action or measure inside an item is about (its `what`), to tell it from the others.
fn element_what(path: &[Step], workspace: &Workspace) -> Option<String> {
    let inner = path.iter().skip(2).position(|step| matches!(step, Step::Id(_)))? + 2;
    let element = value_at(workspace, &path[..=inner])?;
    let what = element.get("what")?.as_str()?.trim();
    (!what.is_empty()).then(|| FieldConflict::shown(&Some(Value::from(what))))
}

fn item_title(workspace: &Workspace, collection: &str, id: &str) -> Option<String> {
    fn title<T: StoredItem>(workspace: &Workspace, id: &str) -> Option<String> {
        T::list(workspace).iter().find(|item| item.id() == id).map(T::title)
    }
    match collection {
        SelfScan::COLLECTION => title::<SelfScan>(workspace, id),
        PupilDossier::COLLECTION => title::<PupilDossier>(workspace, id),
        Consultation::COLLECTION => title::<Consultation>(workspace, id),
        _ => None,
    }
}

/// The field in Dutch words, from the keys of its path below the item.
fn field_name(path: &[Step]) -> Option<String> {
    let keys: Vec<&str> = path
        .iter()
        .skip(2)
        .filter_map(|step| match step {
            Step::Key(key) => Some(key.as_str()),
            Step::Id(_) => None,
        })
        .collect();
    let word = |key: &str| -> Option<&'static str> {
        Some(match key {
            "organisation_name" => "naam van de school of het CLB",
            "label" => "label",
            "class_name" => "klas",
            "school_year" => "schooljaar",
            "school_name" => "school",
            "participants" => "deelnemers",
            "levels" => "onderwijsniveaus",
            "applies" => "van toepassing",
            "previous_score" => "score van vorig jaar",
            "signalled_on" => "datum van de melding aan het CLB",
            "last_six_weeks" => "afwezigheden in de laatste zes weken",
            "september_october" => "afwezigheden in september en oktober",
            "warning_signs" => "knipperlichten",
            "consultation_ids" => "gekoppelde raadplegingen",
            "measures" => "maatregel",
            "date" => "datum",
            "what" => "wat",
            "by" => "door wie",
            "toward" => "naar wie",
            "result" => "resultaat",
            "checklist" => "checklist",
            "score" => "score",
            "improvement" => "«Waar wil je op inzetten»",
            "actions" => "actie",
            "who" => "wie",
            "when" => "wanneer",
            "check" => "check",
            "status" => "status",
            "answers" => "antwoord",
            _ => return None,
        })
    };
    match keys.as_slice() {
        [] if path.len() == 1 => path.first().and_then(|s| match s {
            Step::Key(k) => word(k).map(str::to_string),
            _ => None,
        }),
        [] => None,
        ["absences", code, ..] => Some(format!("{code}-codes")),
        ["blocks", _, "notes", n, ..] => {
            Some(format!("notitie bij vraag {}", n.parse::<usize>().map(|n| n + 1).unwrap_or(0)))
        }
        ["device", ..] => Some("instelling van dit toestel".to_string()),
        keys => {
            let words: Vec<&str> = keys.iter().filter_map(|k| word(k)).collect();
            (!words.is_empty()).then(|| words.join(", "))
        }
    }
}

/// The value at `path` in the workspace document, or `None` where there is nothing.
pub fn value_at(workspace: &Workspace, path: &[Step]) -> Option<Value> {
    let document = to_value(workspace);
    let mut node = &document;
    for step in path {
        node = match step {
            Step::Key(key) => node.get(key)?,
            Step::Id(id) => node.as_array()?.iter().find(|v| element_id(v) == Some(id))?,
        };
    }
    Some(node.clone())
}

/// The workspace with the value at `path` replaced by `value` (`None` removes it): how the
/// user takes the other tab's version of a field. `None` when the place no longer exists.
pub fn with_value_at(workspace: &Workspace, path: &[Step], value: Option<Value>) -> Option<Workspace> {
    let mut document = to_value(workspace);
    let (last, parents) = path.split_last()?;
    let mut node = &mut document;
    for step in parents {
        node = match step {
            Step::Key(key) => node.as_object_mut()?.entry(key.clone()).or_insert_with(|| Value::Object(Map::new())),
            Step::Id(id) => node.as_array_mut()?.iter_mut().find(|v| element_id(v) == Some(id))?,
        };
    }
    match (last, value) {
        (Step::Key(key), Some(value)) => {
            node.as_object_mut()?.insert(key.clone(), value);
        }
        (Step::Key(key), None) => {
            node.as_object_mut()?.remove(key);
        }
        (Step::Id(id), value) => {
            let list = node.as_array_mut()?;
            let at = list.iter().position(|v| element_id(v) == Some(id));
            match (at, value) {
                (Some(at), Some(value)) => list[at] = value,
                (Some(at), None) => {
                    list.remove(at);
                }
                (None, Some(value)) => list.push(value),
                (None, None) => {}
            }
        }
    }
    Workspace::from_value(document).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::Measure;
    use crate::domain::workspace::{PupilDossier, SelfScan};
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, hour, 0, 0).unwrap()
    }

    fn dossier(id: &str, class: &str) -> PupilDossier {
        PupilDossier {
            id: id.into(),
            label: id.to_uppercase(),
            class_name: class.into(),
            updated_at: Some(at(9)),
            ..Default::default()
        }
    }

    fn workspace(dossiers: Vec<PupilDossier>) -> Workspace {
        let mut workspace = Workspace::new(at(8));
        workspace.dossiers = dossiers;
        workspace
    }

    fn classes(w: &Workspace) -> Vec<(&str, &str)> {
        w.dossiers.iter().map(|d| (d.id.as_str(), d.class_name.as_str())).collect()
    }

    #[test]
    fn two_tabs_editing_different_fields_of_one_dossier_both_keep_their_edit() {
        let base = workspace(vec![dossier("a", "3B")]);
        let mut mine = base.clone();
        mine.dossiers[0].class_name = "3C".into();
        mine.dossiers[0].updated_at = Some(at(10));
        let mut theirs = base.clone();
        theirs.dossiers[0].absences.insert("Z".into(), 4);
        theirs.dossiers[0].updated_at = Some(at(11));
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert_eq!(merged.workspace.dossiers[0].class_name, "3C");
        assert_eq!(merged.workspace.dossiers[0].half_days("Z"), 4);
        assert_eq!(merged.workspace.dossiers[0].updated_at, Some(at(11)), "the later change time");
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    }

    #[test]
    fn the_same_field_edited_in_both_keeps_this_tabs_value_and_offers_the_other() {
        let base = workspace(vec![dossier("a", "3B")]);
        let mut mine = base.clone();
        mine.dossiers[0].class_name = "3C".into();
        let mut theirs = base.clone();
        theirs.dossiers[0].class_name = "3B1".into();
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert_eq!(classes(&merged.workspace), [("a", "3C")]);
        let [conflict] = merged.conflicts.as_slice() else { panic!("{:?}", merged.conflicts) };
        assert_eq!(conflict.title, "Leerlingdossier A (3C): klas");
        assert_eq!(conflict.other, Some(Value::from("3B1")));
        let taken = with_value_at(&merged.workspace, &conflict.path, conflict.other.clone()).unwrap();
        assert_eq!(classes(&taken), [("a", "3B1")], "the user can take the other value");
    }

    #[test]
    fn items_added_or_deleted_in_either_tab_are_kept_so() {
        let base = workspace(vec![dossier("a", "3B"), dossier("b", "4A"), dossier("c", "1")]);
        let mut mine = base.clone();
        mine.dossiers.retain(|d| d.id != "a");
        mine.dossiers.push(dossier("m", "5"));
        let mut theirs = base.clone();
        theirs.dossiers.retain(|d| d.id != "b");
        theirs.dossiers.push(dossier("t", "6"));
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert_eq!(classes(&merged.workspace), [("c", "1"), ("t", "6"), ("m", "5")]);
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn an_item_deleted_in_one_tab_and_changed_in_the_other_is_kept_and_the_deletion_offered() {
        let base = workspace(vec![dossier("a", "3B")]);
        let mut mine = base.clone();
        mine.dossiers.clear();
        let mut theirs = base.clone();
        theirs.dossiers[0].class_name = "3C".into();
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert_eq!(classes(&merged.workspace), [("a", "3C")]);
        let [conflict] = merged.conflicts.as_slice() else { panic!("{:?}", merged.conflicts) };
        assert_eq!(conflict.other, None, "taking the other version deletes it again");
        assert_eq!(conflict.title, "Leerlingdossier A (3C)");
        let taken = with_value_at(&merged.workspace, &conflict.path, None).unwrap();
        assert!(taken.dossiers.is_empty());
        // And the other way round: this tab changed it, the other deleted it.
        let merged = merge_concurrent(&base, &theirs, &mine);
        assert_eq!(classes(&merged.workspace), [("a", "3C")]);
        assert_eq!(merged.conflicts.len(), 1);
    }

    #[test]
    fn measures_merge_one_by_one_and_ticked_boxes_as_sets() {
        let mut base = workspace(vec![dossier("a", "3B")]);
        let measure = |id: &str, result: &str| Measure { id: id.into(), result: result.into(), ..Default::default() };
        base.dossiers[0].measures = vec![measure("m1", ""), measure("m2", "")];
        base.dossiers[0].warning_signs = vec!["pesten".into()];
        let mut mine = base.clone();
        mine.dossiers[0].measures[0].result = "gesprek gevoerd".into();
        mine.dossiers[0].measures.push(measure("m3", "nieuw"));
        mine.dossiers[0].warning_signs.push("ziekte".into());
        let mut theirs = base.clone();
        theirs.dossiers[0].measures.retain(|m| m.id != "m2");
        theirs.dossiers[0].measures[0].what = "Huisbezoek".into();
        theirs.dossiers[0].warning_signs.clear();
        let merged = merge_concurrent(&base, &mine, &theirs);
        let d = &merged.workspace.dossiers[0];
        let measures: Vec<_> = d.measures.iter().map(|m| (m.id.as_str(), m.what.as_str(), m.result.as_str())).collect();
        assert_eq!(measures, [("m1", "Huisbezoek", "gesprek gevoerd"), ("m3", "", "nieuw")]);
        assert_eq!(d.warning_signs, ["ziekte"]);
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    }

    #[test]
    fn notes_of_one_scan_merge_per_question() {
        let mut base = Workspace::new(at(8));
        base.self_scans.push(SelfScan::new("s".into(), "De Linde".into(), "2026-2027".into(), at(8)));
        let mut mine = base.clone();
        mine.self_scans[0].answer_mut("blok").notes.insert(0, "Eerste vraag".into());
        let mut theirs = base.clone();
        theirs.self_scans[0].answer_mut("blok").notes.insert(1, "Tweede vraag".into());
        theirs.self_scans[0].set_score("blok", Some(6));
        let merged = merge_concurrent(&base, &mine, &theirs);
        let answer = merged.workspace.self_scans[0].answer("blok").unwrap();
        assert_eq!(answer.notes.len(), 2);
        assert_eq!(answer.score, Some(6));
        let mut late = mine.clone();
        late.self_scans[0].answer_mut("blok").notes.insert(1, "Mijn tweede".into());
        let merged = merge_concurrent(&base, &late, &theirs);
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].title, "Zelfscan De Linde 2026-2027: notitie bij vraag 2");
    }

    #[test]
    fn a_scans_levels_and_what_applies_merge_and_their_conflicts_are_named() {
        use crate::domain::self_scan::SchoolLevel;
        let mut base = Workspace::new(at(8));
        base.self_scans.push(SelfScan::new("s".into(), "De Linde".into(), "2026-2027".into(), at(8)));
        let block = crate::domain::self_scan::self_scan_content().blocks().next().unwrap();
        let mut mine = base.clone();
        mine.self_scans[0].set_levels(&[SchoolLevel::Lager]);
        let mut theirs = base.clone();
        theirs.self_scans[0].set_applies(block, false);
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.workspace.self_scans[0].levels(), [SchoolLevel::Lager]);
        assert!(!merged.workspace.self_scans[0].applies(block), "the other tab's mark is kept");
        // Levels are a set, as the knipperlichten are: one tab ticks one, the other another.
        theirs.self_scans[0].set_levels(&[SchoolLevel::Secundair]);
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.workspace.self_scans[0].levels(), [SchoolLevel::Lager, SchoolLevel::Secundair]);
        // The same block marked differently: a conflict, named.
        mine.self_scans[0].set_applies(block, true);
        let mut other = base.clone();
        other.self_scans[0].set_levels(&[SchoolLevel::Lager]);
        other.self_scans[0].answer_mut(&block.id).applies = Some(true);
        mine.self_scans[0].answer_mut(&block.id).applies = Some(false);
        let merged = merge_concurrent(&base, &mine, &other);
        assert_eq!(merged.conflicts.len(), 1);
        assert!(merged.conflicts[0].title.ends_with("van toepassing"), "{}", merged.conflicts[0].title);
    }

    #[test]
    fn a_conflict_inside_a_measure_says_which_measure() {
        let mut base = workspace(vec![dossier("a", "3B")]);
        base.dossiers[0].measures = vec![Measure { id: "m1".into(), what: "Huisbezoek".into(), ..Default::default() }];
        let mut mine = base.clone();
        mine.dossiers[0].measures[0].result = "Niemand thuis".into();
        let mut theirs = base.clone();
        theirs.dossiers[0].measures[0].result = "Moeder gesproken".into();
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert_eq!(merged.conflicts[0].title, "Leerlingdossier A (3B): maatregel «Huisbezoek»: resultaat");
        assert_eq!(value_at(&merged.workspace, &merged.conflicts[0].path), Some(Value::from("Niemand thuis")));
    }

    #[test]
    fn answers_of_different_kinds_conflict_as_one_field() {
        use crate::domain::decision_tree::Answer;
        use crate::domain::workspace::Consultation;
        let mut base = Workspace::new(at(8));
        base.consultations.push(Consultation {
            id: "c".into(),
            label: "JD".into(),
            created_at: None,
            updated_at: None,
            tree: crate::domain::decision_tree::TREE_FACTS,
            answers: Default::default(),
            facts: Default::default(),
        });
        base.consultations[0].facts.insert("q".into(), Answer::Choice("a".into()));
        let mut mine = base.clone();
        mine.consultations[0].answers.insert("q".into(), Answer::Multi(vec!["b".into()]));
        let mut theirs = base.clone();
        theirs.consultations[0].answers.insert("q".into(), Answer::Number(3));
        let merged = merge_concurrent(&base, &mine, &theirs);
        assert_eq!(merged.workspace.consultations, mine.consultations);
        let [conflict] = merged.conflicts.as_slice() else { panic!("{:?}", merged.conflicts) };
        assert_eq!(conflict.title, "Raadpleging beslisboom JD: antwoord");
        assert_eq!(conflict.other, Some(Value::from(3)));
    }

    #[test]
    fn the_item_by_item_fallback_keeps_this_tabs_item_and_offers_the_other_whole() {
        let base = workspace(vec![dossier("a", "3B"), dossier("b", "4A")]);
        let mut mine = base.clone();
        mine.dossiers[0].class_name = "3C".into();
        let mut theirs = base.clone();
        theirs.dossiers[0].label = "X".into();
        theirs.dossiers[1].class_name = "4B".into();
        let merged = merge_whole_items(&base, &mine, &theirs);
        assert_eq!(classes(&merged.workspace), [("a", "3C"), ("b", "4B")]);
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].other, Some(serde_json::to_value(&theirs.dossiers[0]).unwrap()));
    }
}
