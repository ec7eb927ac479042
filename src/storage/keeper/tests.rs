//! The save, merge and follow protocol with two or three tabs on one memory store.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use chrono::{Duration, TimeZone};

use super::*;
use crate::domain::dossier::Measure;
use crate::domain::workspace::{PupilDossier, SelfScan};
use crate::storage::MemoryStore;

/// The memory store never waits, so one poll completes every future of the keeper.
fn ready<T>(future: impl Future<Output = T>) -> T {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("the memory store never waits"),
    }
}

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

/// A clock that moves one second each time it is read: deterministic, and every save has
/// its own time.
fn clock() -> Clock {
    let tick = Cell::new(0);
    Box::new(move || {
        tick.set(tick.get() + 1);
        start() + Duration::seconds(tick.get())
    })
}

/// A tab: its keeper, and what it told the page.
struct TestTab<S = MemoryStore> {
    keeper: Keeper<S>,
    changes: Rc<RefCell<Vec<Change>>>,
}

impl<S: WorkspaceStore> TestTab<S> {
    fn open(store: S, stored: &Stored) -> Self {
        let changes = Rc::new(RefCell::new(Vec::new()));
        let log = changes.clone();
        let workspace = read_stored(stored, start()).unwrap();
        let keeper =
            Keeper::new(store, workspace, stored.revision, clock(), Box::new(move |c| log.borrow_mut().push(c)));
        Self { keeper, changes }
    }

    fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        self.keeper.edit(change);
    }

    fn conflicts(&self) -> Vec<ConflictCopy> {
        self.changes
            .borrow()
            .iter()
            .filter_map(|c| match c {
                Change::Conflicts(copies) => Some(copies.clone()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    fn last_stored(&self) -> Option<u64> {
        self.changes.borrow().iter().rev().find_map(|c| match c {
            Change::Stored(revision) => Some(*revision),
            _ => None,
        })
    }
}

fn seeded() -> Workspace {
    let mut workspace = Workspace::new(start());
    workspace.dossiers.push(PupilDossier {
        id: "d".into(),
        label: "JD-4".into(),
        class_name: "3B".into(),
        measures: vec![Measure { id: "m1".into(), what: "Huisbezoek".into(), ..Default::default() }],
        ..Default::default()
    });
    workspace.self_scans.push(SelfScan::new("s".into(), "De Linde".into(), "2026-2027".into(), start()));
    workspace
}

/// A store holding `seeded()` and two tabs that opened it.
fn two_tabs() -> (MemoryStore, TestTab, TestTab) {
    let store = MemoryStore::default();
    ready(store.save(&seeded().to_json(), 0)).unwrap();
    let stored = ready(store.load()).unwrap();
    (store.clone(), TestTab::open(store.clone(), &stored), TestTab::open(store, &stored))
}

fn stored_workspace(store: &MemoryStore) -> Workspace {
    read_stored(&ready(store.load()).unwrap(), start()).unwrap()
}

fn class(w: &Workspace) -> &str {
    &w.dossier("d").unwrap().class_name
}

#[test]
fn an_idle_tab_shows_the_other_tabs_work_at_once() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "3C".into());
    ready(first.keeper.save());
    let revision = first.last_stored().unwrap();
    ready(second.keeper.follow(revision));
    assert_eq!(class(&second.keeper.current()), "3C");
    assert_eq!(*second.keeper.current(), stored_workspace(&store));
    assert!(second.changes.borrow().contains(&Change::Workspace), "the page is told");
    assert!(!second.keeper.has_unsaved_changes());
}

#[test]
fn two_tabs_editing_different_fields_of_one_dossier_both_keep_their_edit() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "3C".into());
    second.edit(|w| {
        w.dossier_mut("d").unwrap().absences.insert("Z".into(), 4);
    });
    ready(first.keeper.save());
    ready(second.keeper.save());
    let stored = stored_workspace(&store);
    assert_eq!(class(&stored), "3C");
    assert_eq!(stored.dossier("d").unwrap().half_days("Z"), 4);
    assert!(second.conflicts().is_empty());
    ready(first.keeper.follow(second.last_stored().unwrap()));
    assert_eq!(*first.keeper.current(), stored);
}

#[test]
fn the_same_field_in_both_tabs_keeps_this_tabs_value_and_the_other_where_the_user_can_take_it() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "3C".into());
    ready(first.keeper.save());
    second.edit(|w| w.dossier_mut("d").unwrap().class_name = "3B1".into());
    ready(second.keeper.save());
    assert_eq!(class(&stored_workspace(&store)), "3B1");
    let [copy] = second.conflicts().try_into().expect("one conflict");
    assert_eq!(copy.conflict.title, "Leerlingdossier JD-4 (3B1): klas");
    assert_eq!(copy.conflict.other, Some("3C".into()));
    let kept = ready(second.keeper.backups()).unwrap();
    assert_eq!(kept.conflicts, std::slice::from_ref(&copy), "kept beside the backups");
    assert!(kept.snapshots.is_empty(), "no backup slot used");
    assert!(ready(second.keeper.take_conflict(&copy)).unwrap());
    assert_eq!(class(&stored_workspace(&store)), "3C");
    let kept = ready(second.keeper.backups()).unwrap().conflicts;
    assert_eq!(kept.len(), 1, "the copy is swapped: the value just replaced can be taken back");
    assert_eq!(kept[0].conflict.other, Some("3B1".into()));
}

#[test]
fn taking_an_old_copy_keeps_the_value_it_replaces() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "4A".into());
    ready(first.keeper.save());
    second.edit(|w| w.dossier_mut("d").unwrap().class_name = "4B".into());
    ready(second.keeper.save());
    let [copy] = second.conflicts().try_into().expect("one conflict");
    // The user revises the field after the conflict, then takes the old copy anyway.
    second.edit(|w| w.dossier_mut("d").unwrap().class_name = "4B herzien".into());
    ready(second.keeper.save());
    assert!(ready(second.keeper.take_conflict(&copy)).unwrap());
    assert_eq!(class(&stored_workspace(&store)), "4A");
    let kept = ready(second.keeper.backups()).unwrap().conflicts;
    assert_eq!(kept.len(), 1, "the replaced value is kept in its turn");
    assert_eq!(kept[0].conflict.other, Some("4B herzien".into()));
    assert_eq!(second.conflicts().len(), 1, "and not announced again: the user chose");
}

#[test]
fn a_tab_that_cannot_hear_the_others_catches_up_when_it_refreshes() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "3C".into());
    ready(first.keeper.save());
    ready(second.keeper.refresh());
    assert_eq!(*second.keeper.current(), stored_workspace(&store));
}

#[test]
fn a_deleted_measure_and_an_edited_one_in_the_other_tab() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().measures.clear());
    ready(first.keeper.save());
    second.edit(|w| w.dossier_mut("d").unwrap().measures[0].result = "Ouders bereikt".into());
    ready(second.keeper.save());
    let stored = stored_workspace(&store);
    assert_eq!(stored.dossier("d").unwrap().measures[0].result, "Ouders bereikt", "the edit is kept");
    let [copy] = second.conflicts().try_into().expect("the deletion is offered");
    assert_eq!(copy.conflict.other, None);
    assert!(ready(second.keeper.take_conflict(&copy)).unwrap());
    assert!(stored_workspace(&store).dossier("d").unwrap().measures.is_empty());
}

#[test]
fn a_tab_with_unsaved_edits_saves_them_instead_of_following() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().label = "JD-5".into());
    ready(first.keeper.save());
    second.edit(|w| w.dossier_mut("d").unwrap().school_year = "2026-2027".into());
    ready(second.keeper.follow(first.last_stored().unwrap()));
    let stored = stored_workspace(&store);
    assert_eq!(stored.dossier("d").unwrap().label, "JD-5");
    assert_eq!(stored.dossier("d").unwrap().school_year, "2026-2027");
    assert_eq!(*second.keeper.current(), stored);
}

/// A store whose saves wait until released, to edit while a save is under way.
#[derive(Clone, Default)]
struct SlowStore {
    inner: MemoryStore,
    hold: Rc<Cell<bool>>,
}

struct Held(Rc<Cell<bool>>);

impl Future for Held {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0.get() { Poll::Pending } else { Poll::Ready(()) }
    }
}

impl WorkspaceStore for SlowStore {
    async fn load(&self) -> Result<Stored, StorageError> {
        self.inner.load().await
    }
    async fn save(&self, document: &str, expected_revision: u64) -> Result<u64, SaveError> {
        Held(self.hold.clone()).await;
        self.inner.save(document, expected_revision).await
    }
    async fn load_backups(&self) -> Result<Option<String>, StorageError> {
        self.inner.load_backups().await
    }
    async fn update_backups(&self, change: impl FnOnce(Option<String>) -> String) -> Result<(), StorageError> {
        self.inner.update_backups(change).await
    }
    async fn clear(&self) -> Result<(), StorageError> {
        self.inner.clear().await
    }
}

#[test]
fn an_edit_made_while_a_save_is_under_way_is_saved_right_after_it() {
    let store = SlowStore::default();
    let tab = TestTab::open(store.clone(), &Stored::default());
    store.hold.set(true);
    tab.edit(|w| w.organisation_name = "De Linde".into());
    let mut first = Box::pin(tab.keeper.save());
    let mut context = Context::from_waker(Waker::noop());
    assert!(first.as_mut().poll(&mut context).is_pending());
    tab.edit(|w| w.organisation_name = "De Linde Gent".into());
    assert!(tab.keeper.pending().is_some(), "closing now would lose both edits");
    ready(tab.keeper.save()); // joins the save under way
    store.hold.set(false);
    assert!(first.as_mut().poll(&mut context).is_ready());
    let stored = read_stored(&ready(store.inner.load()).unwrap(), start()).unwrap();
    assert_eq!(stored.organisation_name, "De Linde Gent");
    assert!(tab.keeper.pending().is_none());
}

#[test]
fn edits_of_a_closed_tab_are_recovered_on_the_next_start_and_merged() {
    let (store, first, second) = two_tabs();
    // The first tab is closed before its save: only what it left behind remains.
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "3C".into());
    let pending = Pending::from_json(&first.keeper.pending().unwrap().to_json()).unwrap();
    drop(first);
    // Meanwhile the second tab saved another field.
    second.edit(|w| w.dossier_mut("d").unwrap().label = "JD-5".into());
    ready(second.keeper.save());
    let reopened = TestTab::open(store.clone(), &ready(store.load()).unwrap());
    assert!(ready(reopened.keeper.recover(&pending)));
    let stored = stored_workspace(&store);
    assert_eq!(class(&stored), "3C");
    assert_eq!(stored.dossier("d").unwrap().label, "JD-5");
    // Recovering the same edits twice (they were written twice) changes nothing more.
    let revision = ready(store.revision()).unwrap();
    assert!(ready(reopened.keeper.recover(&pending)));
    assert_eq!(ready(store.revision()).unwrap(), revision);
}

#[test]
fn recovered_edits_never_undo_a_later_stored_edit_of_the_same_field_but_are_offered() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "3C".into());
    let pending = first.keeper.pending().unwrap();
    // Its save did land, and the other tab then changed the field knowingly.
    ready(first.keeper.save());
    ready(second.keeper.follow(first.last_stored().unwrap()));
    second.edit(|w| w.dossier_mut("d").unwrap().class_name = "3D".into());
    ready(second.keeper.save());
    let reopened = TestTab::open(store.clone(), &ready(store.load()).unwrap());
    assert!(ready(reopened.keeper.recover(&pending)));
    assert_eq!(class(&stored_workspace(&store)), "3D");
    let [copy] = reopened.conflicts().try_into().expect("the closed tab's value is offered");
    assert_eq!(copy.conflict.other, Some("3C".into()));
}

#[test]
fn pending_edits_without_their_base_are_kept_whole_as_a_backup() {
    let (store, first, second) = two_tabs();
    first.edit(|w| w.dossier_mut("d").unwrap().class_name = "3C".into());
    let pending = first.keeper.pending().unwrap().without_base();
    second.edit(|w| w.dossier_mut("d").unwrap().label = "JD-5".into());
    ready(second.keeper.save());
    let reopened = TestTab::open(store.clone(), &ready(store.load()).unwrap());
    assert!(ready(reopened.keeper.recover(&pending)));
    assert_eq!(class(&stored_workspace(&store)), "3B", "not merged blindly");
    let backups = ready(reopened.keeper.backups()).unwrap();
    assert_eq!(backups.snapshots.len(), 1);
    assert!(Workspace::from_json(&backups.snapshots[0].document).unwrap().dossier("d").unwrap().class_name == "3C");
}

#[test]
fn every_change_to_the_backups_raises_their_revision() {
    let (_, first, second) = two_tabs();
    let before = first.keeper.backups_revision();
    ready(first.keeper.push_backup(Snapshot::of(&seeded(), "test", start()))).unwrap();
    let after_push = first.keeper.backups_revision();
    assert!(after_push > before);
    ready(first.keeper.wipe()).unwrap();
    assert!(first.keeper.backups_revision() > after_push);
    assert!(first.changes.borrow().iter().any(|c| matches!(c, Change::Backups(_))));
    // The other tab hears of the wipe and refreshes its list too.
    let other_before = second.keeper.backups_revision();
    ready(second.keeper.follow(first.last_stored().unwrap()));
    assert!(second.keeper.backups_revision() > other_before);
    assert!(second.keeper.current().dossiers.is_empty(), "the wipe shows");
}

#[test]
fn a_stored_document_this_version_cannot_read_stops_the_merge_with_a_message() {
    let (store, first, _) = two_tabs();
    ready(store.save(r#"{"schema_version": 99}"#, 1)).unwrap();
    first.edit(|w| w.organisation_name = "X".into());
    ready(first.keeper.save());
    let failed = first.changes.borrow().iter().rev().find_map(|c| match c {
        Change::Status(SaveStatus::Failed(message)) => Some(message.clone()),
        _ => None,
    });
    assert!(failed.unwrap().contains("Laad de pagina opnieuw"));
}

#[cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
mod properties {
    //! No sequence of edits, saves and follows in two or three tabs loses an edit without
    //! telling the user: every value typed ends up stored, or was overwritten by someone who
    //! had seen it, or is reported as a conflict copy.

    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Copy, Debug)]
    enum Field {
        Label,
        Class,
        Year,
        BCodes,
        ZCodes,
        MeasureResult,
        Note,
        Organisation,
    }

    const FIELDS: [Field; 8] = [
        Field::Label,
        Field::Class,
        Field::Year,
        Field::BCodes,
        Field::ZCodes,
        Field::MeasureResult,
        Field::Note,
        Field::Organisation,
    ];

    fn read(field: Field, w: &Workspace) -> String {
        let d = w.dossier("d").unwrap();
        match field {
            Field::Label => d.label.clone(),
            Field::Class => d.class_name.clone(),
            Field::Year => d.school_year.clone(),
            Field::BCodes => d.half_days("B").to_string(),
            Field::ZCodes => d.half_days("Z").to_string(),
            Field::MeasureResult => d.measures.first().map(|m| m.result.clone()).unwrap_or_default(),
            Field::Note => {
                w.self_scan("s").unwrap().answer("blok").and_then(|a| a.notes.get(&0).cloned()).unwrap_or_default()
            }
            Field::Organisation => w.organisation_name.clone(),
        }
    }

    fn write(field: Field, value: u32, w: &mut Workspace) {
        let text = format!("waarde {value}");
        let d = w.dossier_mut("d").unwrap();
        match field {
            Field::Label => d.label = text,
            Field::Class => d.class_name = text,
            Field::Year => d.school_year = text,
            Field::BCodes => {
                d.absences.insert("B".into(), value);
            }
            Field::ZCodes => {
                d.absences.insert("Z".into(), value);
            }
            Field::MeasureResult => d.measures[0].result = text,
            Field::Note => {
                w.self_scan_mut("s").unwrap().answer_mut("blok").notes.insert(0, text);
            }
            Field::Organisation => w.organisation_name = text,
        }
    }

    #[derive(Clone, Debug)]
    enum Op {
        Edit { tab: usize, field: usize },
        Save { tab: usize },
        Follow { tab: usize },
    }

    fn op(tabs: usize) -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => (0..tabs, 0..FIELDS.len()).prop_map(|(tab, field)| Op::Edit { tab, field }),
            2 => (0..tabs).prop_map(|tab| Op::Save { tab }),
            2 => (0..tabs).prop_map(|tab| Op::Follow { tab }),
        ]
    }

    struct Edit {
        field: usize,
        value: String,
        seen_before: String,
    }

    fn run(tabs: usize, ops: &[Op]) -> Result<(), TestCaseError> {
        let store = MemoryStore::default();
        ready(store.save(&seeded().to_json(), 0)).unwrap();
        let stored = ready(store.load()).unwrap();
        let tabs: Vec<TestTab> = (0..tabs).map(|_| TestTab::open(store.clone(), &stored)).collect();
        let mut edits: Vec<Edit> = Vec::new();
        let latest = |store: &MemoryStore| ready(store.revision()).unwrap();
        for (n, op) in ops.iter().enumerate() {
            match *op {
                Op::Edit { tab, field } => {
                    let value = 100 + n as u32; // every edit writes its own value
                    let seen_before = read(FIELDS[field], &tabs[tab].keeper.current());
                    tabs[tab].edit(|w| write(FIELDS[field], value, w));
                    let value = read(FIELDS[field], &tabs[tab].keeper.current());
                    edits.push(Edit { field, value, seen_before });
                }
                Op::Save { tab } => ready(tabs[tab].keeper.save()),
                Op::Follow { tab } => ready(tabs[tab].keeper.follow(latest(&store))),
            }
        }
        for tab in &tabs {
            ready(tab.keeper.save());
        }
        for tab in &tabs {
            ready(tab.keeper.follow(latest(&store)));
        }
        let end = stored_workspace(&store);
        for tab in &tabs {
            prop_assert_eq!(&*tab.keeper.current(), &end, "every tab shows the stored workspace");
        }
        let reported: Vec<String> = tabs
            .iter()
            .flat_map(|t| t.conflicts())
            .flat_map(|c| [c.conflict.other, c.conflict.kept])
            .flatten()
            .map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            })
            .collect();
        for (i, edit) in edits.iter().enumerate() {
            let field = FIELDS[edit.field];
            let kept = read(field, &end) == edit.value;
            let overwritten_knowingly =
                edits[i + 1..].iter().any(|later| later.field == edit.field && later.seen_before == edit.value);
            let told = reported.contains(&edit.value);
            prop_assert!(
                kept || overwritten_knowingly || told,
                "edit {} of {:?} to {:?} was lost without a word (stored: {:?})",
                i,
                field,
                edit.value,
                read(field, &end)
            );
        }
        Ok(())
    }

    proptest! {
        // A fixed seed: the same 400 sequences on every run, so a run never passes or fails
        // by chance; no regression files are written.
        #![proptest_config(ProptestConfig {
            cases: 400,
            rng_seed: proptest::test_runner::RngSeed::Fixed(20261202),
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn two_tabs_never_lose_an_edit_silently(ops in proptest::collection::vec(op(2), 1..40)) {
            run(2, &ops)?;
        }

        #[test]
        fn three_tabs_never_lose_an_edit_silently(ops in proptest::collection::vec(op(3), 1..40)) {
            run(3, &ops)?;
        }
    }
}
