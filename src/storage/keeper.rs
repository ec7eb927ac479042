//! The keeper of one tab's workspace: what the tab shows, what it last read or wrote, and the
//! protocol that keeps the two in step with storage and with other tabs. No signals and no
//! clock of its own (both are passed in), so the whole protocol is tested natively, with two
//! [`MemoryStore`](super::MemoryStore) handles acting as two tabs.
//!
//! - Every edit is saved at once; saves never overlap, and a change made while one is under
//!   way is written right after it.
//! - A save names the revision it builds on. When another tab saved in between, the store
//!   refuses it; the keeper then merges this tab's edits into the stored workspace field by
//!   field (`merge_concurrent`), with its last stored state as the common base, and saves
//!   again. Where both changed the same field, the other value is kept as a conflict copy
//!   beside the backups (not in their slots) and reported, for the user to take.
//! - An idle tab that hears of another tab's save shows that work at once; a tab with unsaved
//!   edits saves instead, which merges.
//! - [`Keeper::pending`] is what a tab that is being closed must not lose: the caller writes
//!   it somewhere synchronous, and [`Keeper::recover`] merges it in on the next start.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{SaveError, StorageError, Stored, WorkspaceStore};
use crate::domain::Workspace;
use crate::domain::transfer::{
    Backups, ConflictCopy, FieldConflict, Snapshot, merge_concurrent, value_at, with_value_at,
};
use crate::domain::workspace::SchemaError;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed since the data was loaded.
    Unchanged,
    Saving,
    Saved(DateTime<Utc>),
    Failed(String),
}

/// What changed, for whoever shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// The workspace the tab shows.
    Workspace,
    Status(SaveStatus),
    /// The backups or the conflict copies; the number rises with every change.
    Backups(u64),
    /// A merge did not keep these values: tell the user, and offer them.
    Conflicts(Vec<ConflictCopy>),
    /// The stored workspace is now at this revision (to announce to other tabs).
    Stored(u64),
}

/// Unsaved edits of a tab that is going away: the workspace it showed, and what it was based
/// on, so that the next start can merge it with whatever was stored since.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub revision: u64,
    /// The stored state the edits were made on; left out when there was no room for it.
    #[serde(default)]
    pub base: Option<String>,
    pub document: String,
}

impl Pending {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("pending edits serialize")
    }

    pub fn from_json(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }

    /// The same edits without their base, for when the full record does not fit.
    pub fn without_base(&self) -> Self {
        Self { base: None, ..self.clone() }
    }
}

struct Tab {
    /// What the tab shows, with its edits.
    current: Workspace,
    /// The workspace as stored at `revision`: the base of a merge.
    base: Workspace,
    revision: u64,
    saving: bool,
    save_again: bool,
    backups_revision: u64,
}

pub type Clock = Box<dyn Fn() -> DateTime<Utc>>;
pub type Listener = Box<dyn Fn(Change)>;

pub struct Keeper<S> {
    store: RefCell<Rc<S>>,
    tab: RefCell<Tab>,
    clock: Clock,
    listener: Listener,
}

/// The workspace in a stored record; an empty record is a new workspace.
pub fn read_stored(stored: &Stored, now: DateTime<Utc>) -> Result<Workspace, SchemaError> {
    match stored.document.as_deref() {
        Some(document) => Workspace::from_json(document),
        None => Ok(Workspace::new(now)),
    }
}

impl<S: WorkspaceStore> Keeper<S> {
    /// A keeper of `workspace`, stored at `revision` in `store`.
    pub fn new(store: S, workspace: Workspace, revision: u64, clock: Clock, listener: Listener) -> Self {
        let tab = Tab {
            base: workspace.clone(),
            current: workspace,
            revision,
            saving: false,
            save_again: false,
            backups_revision: 0,
        };
        Self { store: RefCell::new(Rc::new(store)), tab: RefCell::new(tab), clock, listener }
    }

    fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    pub fn store(&self) -> Rc<S> {
        self.store.borrow().clone()
    }

    /// Works with `store` from now on (after a wipe made the device's storage usable again).
    pub fn use_store(&self, store: S) {
        *self.store.borrow_mut() = Rc::new(store);
    }

    /// The workspace this tab shows.
    pub fn current(&self) -> Ref<'_, Workspace> {
        Ref::map(self.tab.borrow(), |tab| &tab.current)
    }

    pub fn revision(&self) -> u64 {
        self.tab.borrow().revision
    }

    /// True while the tab shows edits that are not stored yet.
    pub fn has_unsaved_changes(&self) -> bool {
        let tab = self.tab.borrow();
        tab.saving || tab.current != tab.base
    }

    /// Counts every change to the backups and conflict copies (to refresh their list).
    pub fn backups_revision(&self) -> u64 {
        self.tab.borrow().backups_revision
    }

    /// Applies a user's change to the data; the items it changed get a new `updated_at`.
    /// Call [`Keeper::save`] after it.
    pub fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        let now = self.now();
        {
            let mut tab = self.tab.borrow_mut();
            let before = tab.current.clone();
            change(&mut tab.current);
            tab.current.stamp_changes(&before, now);
        }
        (self.listener)(Change::Workspace);
    }

    fn set_status(&self, status: SaveStatus) {
        (self.listener)(Change::Status(status));
    }

    /// Stores the workspace, merging when another tab saved first. Saves never overlap: when
    /// one is under way, this one is done right after it, with the latest edits.
    pub async fn save(&self) {
        {
            let mut tab = self.tab.borrow_mut();
            if tab.saving {
                tab.save_again = true;
                return;
            }
            tab.saving = true;
        }
        let store = self.store();
        loop {
            self.tab.borrow_mut().save_again = false;
            self.set_status(SaveStatus::Saving);
            let (document, snapshot, revision) = {
                let tab = self.tab.borrow();
                (tab.current.to_json(), tab.current.clone(), tab.revision)
            };
            match store.save(&document, revision).await {
                Ok(revision) => {
                    {
                        let mut tab = self.tab.borrow_mut();
                        tab.base = snapshot;
                        tab.revision = revision;
                    }
                    self.set_status(SaveStatus::Saved(self.now()));
                    (self.listener)(Change::Stored(revision));
                }
                Err(SaveError::Conflict { .. }) => match self.merge_stored(&store).await {
                    Ok(()) => continue,
                    Err(error) => {
                        self.set_status(SaveStatus::Failed(error.to_string()));
                        break;
                    }
                },
                Err(SaveError::Failed(error)) => {
                    self.set_status(SaveStatus::Failed(error.to_string()));
                    break;
                }
            }
            if !self.tab.borrow().save_again {
                break;
            }
        }
        self.tab.borrow_mut().saving = false;
    }

    /// Another tab saved since this one last read: take its workspace as the new base and
    /// this tab's edits on top of it, field by field.
    async fn merge_stored(&self, store: &S) -> Result<(), StorageError> {
        let stored = store.load().await?;
        let theirs = read_stored(&stored, self.now()).map_err(|error| {
            StorageError(format!(
                "Een ander tabblad heeft gegevens opgeslagen die deze versie niet kan lezen \
                 ({error}). Laad de pagina opnieuw."
            ))
        })?;
        // Merged after the last wait, so an edit made during it is included.
        let conflicts = {
            let mut tab = self.tab.borrow_mut();
            let merged = merge_concurrent(&tab.base, &tab.current, &theirs);
            tab.base = theirs;
            tab.revision = stored.revision;
            tab.current = merged.workspace;
            merged.conflicts
        };
        (self.listener)(Change::Workspace);
        self.keep_conflicts(store, &conflicts, true).await;
        Ok(())
    }

    /// Stores the values a merge did not keep and, with `announce`, reports them. Reported
    /// even when they cannot be stored, so the user can still take them now.
    async fn keep_conflicts(&self, store: &S, conflicts: &[FieldConflict], announce: bool) {
        if conflicts.is_empty() {
            return;
        }
        let now = self.now();
        let mut copies = Vec::new();
        let kept = store
            .update_backups(|text| {
                let mut backups = text.map(|text| Backups::from_json(&text)).unwrap_or_default();
                copies = backups.keep_conflicts(conflicts, now);
                backups.to_json()
            })
            .await;
        if kept.is_err() || copies.is_empty() {
            copies = Backups::default().keep_conflicts(conflicts, now);
        }
        self.backups_changed();
        if announce {
            (self.listener)(Change::Conflicts(copies));
        }
    }

    fn backups_changed(&self) {
        let revision = {
            let mut tab = self.tab.borrow_mut();
            tab.backups_revision += 1;
            tab.backups_revision
        };
        (self.listener)(Change::Backups(revision));
    }

    /// Another tab stored `revision`. An idle tab shows that work at once; a tab with edits
    /// of its own saves them, which merges the two.
    pub async fn follow(&self, revision: u64) {
        if revision <= self.revision() {
            return;
        }
        // Conflict copies or backups may have changed with it.
        self.backups_changed();
        if self.has_unsaved_changes() {
            self.save().await;
            return;
        }
        let store = self.store();
        let Ok(stored) = store.load().await else { return };
        let Ok(theirs) = read_stored(&stored, self.now()) else { return };
        {
            let mut tab = self.tab.borrow_mut();
            // An edit or another load may have come in during the wait.
            if tab.saving || tab.current != tab.base || stored.revision <= tab.revision {
                return;
            }
            tab.base = theirs.clone();
            tab.current = theirs;
            tab.revision = stored.revision;
        }
        (self.listener)(Change::Workspace);
    }

    /// Looks at what is stored and follows it if another tab saved since: for a tab that was
    /// hidden, or that cannot hear the others (no BroadcastChannel), when it is shown again.
    pub async fn refresh(&self) {
        if let Ok(stored) = self.store().load().await {
            self.follow(stored.revision).await;
        }
    }

    /// What would be lost if the tab closed now, or `None` when everything is stored.
    pub fn pending(&self) -> Option<Pending> {
        let tab = self.tab.borrow();
        if !tab.saving && tab.current == tab.base {
            return None;
        }
        Some(Pending { revision: tab.revision, base: Some(tab.base.to_json()), document: tab.current.to_json() })
    }

    /// Brings in the unsaved edits of a tab that was closed (see [`Keeper::pending`]): merged
    /// with what is stored now, field by field. Where the stored workspace changed the same
    /// field since, the stored value stays (it may be a later edit made knowing the closed
    /// tab's, whose save then did land) and the closed tab's value is offered. Without their
    /// base, the edits are kept whole as a backup instead, since merging them could undo
    /// later work. False when they could not be kept (unreadable, or the backup failed): the
    /// caller then keeps the record for a later try.
    pub async fn recover(&self, pending: &Pending) -> bool {
        let Ok(edited) = Workspace::from_json(&pending.document) else { return false };
        let base = match (&pending.base, pending.revision == self.revision()) {
            (_, true) => Some(self.tab.borrow().base.clone()),
            (Some(base), false) => Workspace::from_json(base).ok(),
            (None, false) => None,
        };
        let Some(base) = base else {
            let snapshot = Snapshot::of(&edited, "Niet-opgeslagen wijzigingen van een gesloten tabblad", self.now());
            // The Backups list on Gegevens shows it; raising the backups revision tells it.
            return self.push_backup(snapshot).await.is_ok();
        };
        let (changed, conflicts) = {
            let mut tab = self.tab.borrow_mut();
            let merged = merge_concurrent(&base, &tab.current, &edited);
            let changed = merged.workspace != tab.current;
            tab.current = merged.workspace;
            (changed, merged.conflicts)
        };
        self.keep_conflicts(&self.store(), &conflicts, true).await;
        if changed {
            (self.listener)(Change::Workspace);
            self.save().await;
        }
        true
    }

    /// The backups and conflict copies kept on this device.
    pub async fn backups(&self) -> Result<Backups, StorageError> {
        let text = self.store().load_backups().await?;
        Ok(text.map(|text| Backups::from_json(&text)).unwrap_or_default())
    }

    /// Adds `snapshot` to the backups in one transaction.
    pub async fn push_backup(&self, snapshot: Snapshot) -> Result<(), StorageError> {
        let change = move |current: Option<String>| {
            let mut backups = current.map(|text| Backups::from_json(&text)).unwrap_or_default();
            backups.push(snapshot);
            backups.to_json()
        };
        let result = self.store().update_backups(change).await;
        self.backups_changed();
        result
    }

    /// Keeps a copy of the current workspace as a backup, then replaces the workspace by
    /// `change(current)`, computed after the backup is stored, so nothing that arrived in the
    /// meantime (another tab's save) is lost. Nothing changes when the backup cannot be stored.
    pub async fn replace_with_backup(
        &self,
        reason: &str,
        change: impl FnOnce(&Workspace) -> Workspace,
    ) -> Result<Snapshot, StorageError> {
        let snapshot = Snapshot::of(&self.current(), reason, self.now());
        self.push_backup(snapshot.clone()).await?;
        let next = change(&self.current());
        self.tab.borrow_mut().current = next;
        (self.listener)(Change::Workspace);
        self.save().await;
        Ok(snapshot)
    }

    /// Takes the value of a conflict copy into the workspace and removes the copy. The value it
    /// replaces (which may have changed since the copy was made) is kept as a copy in its turn,
    /// so taking never loses anything. `Ok(false)` when the place it belongs to no longer exists
    /// (the copy stays).
    pub async fn take_conflict(&self, copy: &ConflictCopy) -> Result<bool, StorageError> {
        let conflict = &copy.conflict;
        let replaced = value_at(&self.current(), &conflict.path);
        let taken = with_value_at(&self.current(), &conflict.path, conflict.other.clone());
        let Some(taken) = taken else { return Ok(false) };
        self.edit(|workspace| *workspace = taken);
        self.remove_conflict(&copy.id).await?;
        if replaced != conflict.other {
            let swapped = FieldConflict { kept: conflict.other.clone(), other: replaced, ..conflict.clone() };
            self.keep_conflicts(&self.store(), &[swapped], false).await;
        }
        self.save().await;
        Ok(true)
    }

    /// Forgets a conflict copy.
    pub async fn remove_conflict(&self, id: &str) -> Result<(), StorageError> {
        let result = self
            .store()
            .update_backups(|text| {
                let mut backups = text.map(|text| Backups::from_json(&text)).unwrap_or_default();
                backups.remove_conflict(id);
                backups.to_json()
            })
            .await;
        self.backups_changed();
        result
    }

    /// Removes everything: the workspace, the backups and the conflict copies.
    pub async fn wipe(&self) -> Result<(), StorageError> {
        let store = self.store();
        store.clear().await?;
        let revision = store.load().await.map(|stored| stored.revision).unwrap_or_default();
        let empty = Workspace::new(self.now());
        {
            let mut tab = self.tab.borrow_mut();
            tab.base = empty.clone();
            tab.current = empty;
            tab.revision = revision;
        }
        (self.listener)(Change::Workspace);
        self.backups_changed();
        self.set_status(SaveStatus::Saved(self.now()));
        (self.listener)(Change::Stored(revision));
        Ok(())
    }
}

#[cfg(test)]
mod tests;
