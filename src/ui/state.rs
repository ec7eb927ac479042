//! The app's one piece of shared state: the workspace, where it is stored, and whether the
//! last save worked. Components read the signals and change data only through [`AppState`].
//!
//! Two tabs stay in step: each save announces its revision on a BroadcastChannel, so an idle
//! tab reloads the other's work; and storage refuses a save based on an older revision, in
//! which case this tab merges its edits into the stored workspace item by item and saves again.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::transfer::{merge_concurrent, Backups, Snapshot};
use crate::domain::Workspace;
use crate::storage::{IndexedDbStore, MemoryStore, SaveError, StorageError, Stored, WorkspaceStore};

use super::browser::{now, request_persistent_storage, SyncChannel};

/// The browser store, or the memory fallback when IndexedDB cannot be used.
enum BrowserStore {
    IndexedDb(IndexedDbStore),
    Memory(MemoryStore),
}

macro_rules! delegate {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            Self::IndexedDb($store) => $call,
            Self::Memory($store) => $call,
        }
    };
}

impl BrowserStore {
    async fn load(&self) -> Result<Stored, StorageError> {
        delegate!(self, store => store.load().await)
    }
    async fn save(&self, document: &str, revision: u64) -> Result<u64, SaveError> {
        delegate!(self, store => store.save(document, revision).await)
    }
    async fn load_backups(&self) -> Result<Backups, StorageError> {
        let text = delegate!(self, store => store.load_backups().await)?;
        Ok(text.map(|text| Backups::from_json(&text)).unwrap_or_default())
    }
    /// Adds `snapshot` to the backups in one transaction.
    async fn push_backup(&self, snapshot: Snapshot) -> Result<(), StorageError> {
        let change = move |current: Option<String>| {
            let mut backups = current.map(|text| Backups::from_json(&text)).unwrap_or_default();
            backups.push(snapshot);
            backups.to_json()
        };
        delegate!(self, store => store.update_backups(change).await)
    }
    async fn clear(&self) -> Result<(), StorageError> {
        delegate!(self, store => store.clear().await)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    Loading,
    Ready,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed since the data was loaded.
    Unchanged,
    Saving,
    Saved(DateTime<Utc>),
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub load_state: RwSignal<LoadState>,
    pub save_status: RwSignal<SaveStatus>,
    /// Set when data cannot be kept on this device; shown on every page.
    pub storage_warning: RwSignal<Option<String>>,
    /// Said once when another tab's work was merged in; shown on every page until closed.
    pub sync_notice: RwSignal<Option<String>>,
    /// Whether the browser granted persistent storage (`None` while unknown or unsupported).
    pub persistent: RwSignal<Option<bool>>,
    store: StoredValue<Option<Rc<BrowserStore>>, LocalStorage>,
    /// The stored revision this tab's workspace builds on, and that workspace as stored:
    /// the common ancestor when another tab's save has to be merged with ours.
    revision: StoredValue<u64>,
    base: StoredValue<Workspace>,
    saving: StoredValue<bool>,
    save_again: StoredValue<bool>,
    channel: StoredValue<Option<SyncChannel>, LocalStorage>,
}

impl AppState {
    /// Creates the state and starts loading the stored workspace.
    pub fn start() -> Self {
        let state = Self {
            workspace: RwSignal::new(Workspace::new(now())),
            load_state: RwSignal::new(LoadState::Loading),
            save_status: RwSignal::new(SaveStatus::Unchanged),
            storage_warning: RwSignal::new(None),
            sync_notice: RwSignal::new(None),
            persistent: RwSignal::new(None),
            store: StoredValue::new_local(None),
            revision: StoredValue::new(0),
            base: StoredValue::new(Workspace::new(now())),
            saving: StoredValue::new(false),
            save_again: StoredValue::new(false),
            channel: StoredValue::new_local(None),
        };
        // Most often storage has been read while the code compiled: then the first page is
        // built with the data straight away.
        match IndexedDbStore::preloaded_now() {
            Some((store, loaded)) => {
                state.settle(BrowserStore::IndexedDb(store), loaded);
                spawn_local(state.request_persistence());
            }
            None => spawn_local(state.load()),
        }
        state
    }

    async fn load(self) {
        let (store, loaded) = match IndexedDbStore::open_preloaded().await {
            Some((store, stored)) => (BrowserStore::IndexedDb(store), stored),
            None => match IndexedDbStore::open(IndexedDbStore::DEFAULT_NAME).await {
                Ok(store) => {
                    let store = BrowserStore::IndexedDb(store);
                    let loaded = store.load().await;
                    (store, loaded)
                }
                Err(error) => {
                    self.storage_warning.set(Some(format!(
                        "{error} Dit gebeurt bijvoorbeeld in een privévenster. Wat je nu \
                         invoert, blijft alleen bewaard tot je dit venster sluit: exporteer je \
                         werk via Gegevens."
                    )));
                    (BrowserStore::Memory(MemoryStore::default()), Ok(Stored::default()))
                }
            },
        };
        self.settle(store, loaded);
        self.request_persistence().await;
    }

    /// Takes what storage held (or why it could not be read) and makes the app ready.
    fn settle(self, store: BrowserStore, loaded: Result<Stored, StorageError>) {
        let store = match loaded {
            Ok(Stored { document: Some(document), revision }) => match Workspace::from_json(&document) {
                Ok(workspace) => {
                    self.adopt(workspace, revision);
                    store
                }
                Err(error) => {
                    // Never overwrite data we cannot read: work in memory for this session.
                    self.storage_warning.set(Some(format!(
                        "De gegevens op dit toestel konden niet gelezen worden: {error}. Ze \
                         blijven onaangeroerd bewaard, maar wat je nu invoert, wordt niet \
                         opgeslagen."
                    )));
                    BrowserStore::Memory(MemoryStore::default())
                }
            },
            Ok(Stored { document: None, revision }) => {
                self.revision.set_value(revision);
                store
            }
            Err(error) => {
                self.storage_warning.set(Some(format!(
                    "{error} Wat je nu invoert, wordt niet opgeslagen."
                )));
                BrowserStore::Memory(MemoryStore::default())
            }
        };
        if matches!(store, BrowserStore::IndexedDb(_)) {
            self.channel.set_value(SyncChannel::open(move |revision| {
                spawn_local(self.follow_other_tab(revision));
            }));
        }
        self.store.set_value(Some(Rc::new(store)));
        self.load_state.set(LoadState::Ready);
    }

    async fn request_persistence(self) {
        self.persistent.set(request_persistent_storage().await);
    }

    /// Shows `workspace` as the stored state at `revision`.
    fn adopt(&self, workspace: Workspace, revision: u64) {
        self.base.set_value(workspace.clone());
        self.revision.set_value(revision);
        self.workspace.set(workspace);
    }

    /// Another tab saved: an idle tab shows its work at once. A tab with changes of its own
    /// that are not stored (a save under way, or one that failed) saves again instead: the
    /// revision check then merges the two.
    async fn follow_other_tab(self, revision: u64) {
        if revision <= self.revision.get_value() {
            return;
        }
        let unsaved = self.saving.get_value() || self.has_unsaved_changes();
        if unsaved {
            if !self.saving.get_value() {
                self.persist();
            }
            return;
        }
        let Some(store) = self.store.get_value() else { return };
        let Ok(stored) = store.load().await else { return };
        if self.saving.get_value() || self.has_unsaved_changes() || stored.revision <= self.revision.get_value() {
            return;
        }
        if let Ok(workspace) = read_stored(&stored) {
            self.adopt(workspace, stored.revision);
        }
    }

    fn has_unsaved_changes(&self) -> bool {
        self.base.with_value(|base| self.workspace.with_untracked(|current| current != base))
    }

    /// Applies a user's change and saves it. The items it changed get a new `updated_at`.
    pub fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        self.workspace.update(|workspace| {
            let before = workspace.clone();
            change(workspace);
            workspace.stamp_changes(&before, now());
        });
        self.persist();
    }

    /// Changes a setting of this device and saves it; the data's change time stays, since
    /// no data changed.
    pub fn edit_device(&self, change: impl FnOnce(&mut crate::domain::workspace::DeviceSettings)) {
        self.workspace.update(|workspace| change(&mut workspace.device));
        self.persist();
    }

    /// The backups kept on this device, newest first.
    pub async fn backups(&self) -> Result<Backups, StorageError> {
        match self.store.get_value() {
            Some(store) => store.load_backups().await,
            None => Ok(Backups::default()),
        }
    }

    /// Keeps a copy of the current workspace as a backup, then replaces the workspace by
    /// `change(current)`, computed after the backup is stored, so nothing that arrived in the
    /// meantime (another tab's save) is lost. Nothing changes when the backup cannot be stored.
    pub async fn replace_with_backup(
        &self,
        reason: &str,
        change: impl FnOnce(&Workspace) -> Workspace,
    ) -> Result<Snapshot, StorageError> {
        let store = self.store.get_value().ok_or_else(not_ready)?;
        let snapshot = self.workspace.with_untracked(|w| Snapshot::of(w, reason, now()));
        store.push_backup(snapshot.clone()).await?;
        let next = self.workspace.with_untracked(change);
        self.workspace.set(next);
        self.persist();
        Ok(snapshot)
    }

    /// Removes everything: the workspace and the backups.
    pub async fn wipe(&self) -> Result<(), StorageError> {
        let mut store = self.store.get_value().ok_or_else(not_ready)?;
        // Working in memory because the stored data could not be read: wiping removes that
        // data too, and the device's storage is used again.
        if matches!(*store, BrowserStore::Memory(_))
            && let Ok(database) = IndexedDbStore::open(IndexedDbStore::DEFAULT_NAME).await
        {
            store = Rc::new(BrowserStore::IndexedDb(database));
            self.store.set_value(Some(store.clone()));
            self.storage_warning.set(None);
        }
        store.clear().await?;
        let revision = store.load().await.map(|stored| stored.revision).unwrap_or_default();
        self.adopt(Workspace::new(now()), revision);
        self.save_status.set(SaveStatus::Saved(now()));
        self.announce(revision);
        Ok(())
    }

    fn announce(&self, revision: u64) {
        self.channel.with_value(|channel| {
            if let Some(channel) = channel {
                channel.announce(revision);
            }
        });
    }

    /// Saves the current workspace. Saves never overlap: a change made while a save is
    /// under way is written right after it, so the stored document is always the latest.
    fn persist(&self) {
        let Some(store) = self.store.get_value() else {
            // Not loaded yet: saving now would overwrite the stored data with an empty workspace.
            return;
        };
        if self.saving.get_value() {
            self.save_again.set_value(true);
            return;
        }
        self.saving.set_value(true);
        let state = *self;
        spawn_local(async move {
            loop {
                state.save_again.set_value(false);
                state.save_status.set(SaveStatus::Saving);
                let (document, workspace) =
                    state.workspace.with_untracked(|w| (w.to_json(), w.clone()));
                match store.save(&document, state.revision.get_value()).await {
                    Ok(revision) => {
                        state.base.set_value(workspace);
                        state.revision.set_value(revision);
                        state.save_status.set(SaveStatus::Saved(now()));
                        state.announce(revision);
                    }
                    Err(SaveError::Conflict { .. }) => {
                        if let Err(error) = state.merge_other_tab(&store).await {
                            state.save_status.set(SaveStatus::Failed(error.to_string()));
                            break;
                        }
                        continue;
                    }
                    Err(SaveError::Failed(error)) => {
                        state.save_status.set(SaveStatus::Failed(error.to_string()))
                    }
                }
                if !state.save_again.get_value() {
                    break;
                }
            }
            state.saving.set_value(false);
        });
    }

    /// Another tab saved since this one last did: merge our edits into the stored workspace,
    /// item by item. Where both changed the same item ours is kept, and theirs is kept as a
    /// backup, so nothing is lost; the user is told.
    async fn merge_other_tab(&self, store: &BrowserStore) -> Result<(), StorageError> {
        let stored = store.load().await?;
        let theirs = read_stored(&stored).map_err(|error| {
            StorageError(format!(
                "Een ander tabblad heeft gegevens opgeslagen die deze versie niet kan lezen \
                 ({error}). Laad de pagina opnieuw."
            ))
        })?;
        let merge = |state: &Self| {
            let mine = state.workspace.get_untracked();
            state.base.with_value(|base| merge_concurrent(base, &mine, &theirs))
        };
        if !merge(self).both_changed.is_empty() {
            store.push_backup(Snapshot::of(&theirs, "Versie uit een ander tabblad", now())).await?;
        }
        // Merged after the last wait, so an edit made during it is included.
        let merged = merge(self);
        if !merged.both_changed.is_empty() {
            self.sync_notice.set(Some(format!(
                "Een ander tabblad wijzigde tegelijk: {}. Jouw versie is bewaard; de versie uit \
                 het andere tabblad staat bij de back-ups op de pagina Gegevens.",
                merged.both_changed.join(", ")
            )));
        }
        self.base.set_value(theirs);
        self.revision.set_value(stored.revision);
        self.workspace.set(merged.workspace);
        Ok(())
    }
}

/// The workspace in a stored record; an empty record is a new workspace.
fn read_stored(stored: &Stored) -> Result<Workspace, crate::domain::workspace::SchemaError> {
    match stored.document.as_deref() {
        Some(document) => Workspace::from_json(document),
        None => Ok(Workspace::new(now())),
    }
}

fn not_ready() -> StorageError {
    StorageError("De opslag is nog niet klaar; probeer zo opnieuw.".to_string())
}

/// The app state provided by the shell.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
