//! The app's one piece of shared state: the workspace as signals for the pages, backed by
//! the storage [`Keeper`], which holds the save / merge / other-tab protocol (tested natively
//! in `storage/keeper`). Components read the signals and change data only through
//! [`AppState`].
//!
//! This module adds what only a browser has: the BroadcastChannel on which tabs announce
//! their saves, and the unsaved edits a closing tab writes to localStorage (synchronously,
//! on `pagehide` and when the tab is hidden), which the next start merges in.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Workspace;
use crate::domain::device::DeviceSettings;
use crate::domain::transfer::{Backups, ConflictCopy, Snapshot};
use crate::domain::workspace::SchemaError;
pub use crate::storage::SaveStatus;
use crate::storage::{Change, IndexedDbStore, Keeper, MemoryStore, SaveError, StorageError, Stored, WorkspaceStore};

use super::browser::{DeviceStorage, SyncChannel, UnsavedEdits, new_id, now, request_persistent_storage};

/// The browser store, or the memory fallback when IndexedDB cannot be used.
pub enum BrowserStore {
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

impl WorkspaceStore for BrowserStore {
    async fn load(&self) -> Result<Stored, StorageError> {
        delegate!(self, store => store.load().await)
    }
    async fn save(&self, document: &str, revision: u64) -> Result<u64, SaveError> {
        delegate!(self, store => store.save(document, revision).await)
    }
    async fn load_backups(&self) -> Result<Option<String>, StorageError> {
        delegate!(self, store => store.load_backups().await)
    }
    async fn update_backups(&self, change: impl FnOnce(Option<String>) -> String) -> Result<(), StorageError> {
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

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub load_state: RwSignal<LoadState>,
    pub save_status: RwSignal<SaveStatus>,
    /// Set when data cannot be kept on this device; shown on every page.
    pub storage_warning: RwSignal<Option<String>>,
    /// Values a merge of two tabs' edits did not keep, newest first; shown on every page
    /// until taken or closed (they stay on Gegevens).
    pub conflicts: RwSignal<Vec<ConflictCopy>>,
    /// Raised by every change to the backups or conflict copies, here or in another tab.
    pub backups_revision: RwSignal<u64>,
    /// Whether the browser granted persistent storage (`None` while unknown or unsupported).
    pub persistent: RwSignal<Option<bool>>,
    /// This device's own settings, kept in localStorage beside (not in) the workspace.
    pub device: RwSignal<DeviceSettings>,
    keeper: StoredValue<Option<Rc<Keeper<BrowserStore>>>, LocalStorage>,
    channel: StoredValue<Option<SyncChannel>, LocalStorage>,
    unsaved: StoredValue<Option<UnsavedEdits>, LocalStorage>,
}

impl AppState {
    /// Creates the state and starts loading the stored workspace.
    pub fn start() -> Self {
        let state = Self {
            workspace: RwSignal::new(Workspace::new(now())),
            load_state: RwSignal::new(LoadState::Loading),
            save_status: RwSignal::new(SaveStatus::Unchanged),
            storage_warning: RwSignal::new(None),
            conflicts: RwSignal::new(Vec::new()),
            backups_revision: RwSignal::new(0),
            persistent: RwSignal::new(None),
            device: RwSignal::new(DeviceStorage::load().unwrap_or_default()),
            keeper: StoredValue::new_local(None),
            channel: StoredValue::new_local(None),
            unsaved: StoredValue::new_local(None),
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
        let memory = || BrowserStore::Memory(MemoryStore::default());
        let (store, workspace, revision) = match loaded {
            Ok(Stored { document: Some(document), revision }) => match self.read_moving_device_settings(&document) {
                Ok(workspace) => (store, workspace, revision),
                Err(error) => {
                    // Never overwrite data we cannot read: work in memory for this session.
                    self.storage_warning.set(Some(format!(
                        "De gegevens op dit toestel konden niet gelezen worden: {error}. Ze \
                         blijven onaangeroerd bewaard, maar wat je nu invoert, wordt niet \
                         opgeslagen."
                    )));
                    (memory(), Workspace::new(now()), 0)
                }
            },
            Ok(Stored { document: None, revision }) => (store, Workspace::new(now()), revision),
            Err(error) => {
                self.storage_warning.set(Some(format!("{error} Wat je nu invoert, wordt niet opgeslagen.")));
                (memory(), Workspace::new(now()), 0)
            }
        };
        let on_device = matches!(store, BrowserStore::IndexedDb(_));
        self.workspace.set(workspace.clone());
        let keeper =
            Rc::new(Keeper::new(store, workspace, revision, Box::new(now), Box::new(move |change| self.show(change))));
        self.keeper.set_value(Some(keeper.clone()));
        if on_device {
            self.channel.set_value(SyncChannel::open(move |revision| {
                if let Some(keeper) = self.keeper.get_value() {
                    spawn_local(async move { keeper.follow(revision).await });
                }
            }));
            self.unsaved.set_value(UnsavedEdits::watch(&new_id("tab"), move || {
                self.keeper.get_value().and_then(|keeper| keeper.pending())
            }));
            // Edits a closed tab could not store: merged in as if that tab had saved.
            let left = UnsavedEdits::left_behind();
            if !left.is_empty() {
                spawn_local(async move {
                    for (key, pending) in left {
                        if keeper.recover(&pending).await {
                            UnsavedEdits::forget(&key);
                        }
                    }
                });
            }
            // A tab shown again looks at what is stored: it may have missed an announcement
            // (a tab closed before it could announce its save, or no BroadcastChannel there).
            let _ = leptos::prelude::window_event_listener_untyped("focus", move |_| self.refresh());
            let _ = leptos::prelude::window_event_listener_untyped("visibilitychange", move |_| {
                if !crate::ui::browser::page_hidden() {
                    self.refresh();
                }
            });
        }
        let _ = leptos::prelude::window_event_listener_untyped("storage", move |event| {
            match UnsavedEdits::written_by_other_tab(&event) {
                // Another tab is being closed with edits it may not get to store: take them in
                // now, as the next start would, so this tab shows them and nothing waits.
                Some((key, pending)) => {
                    if let Some(keeper) = self.keeper.get_value() {
                        spawn_local(async move {
                            if keeper.recover(&pending).await {
                                UnsavedEdits::forget(&key);
                            }
                        });
                    }
                }
                // Another tab changed a setting of this device: show it here too, so a later
                // change here does not write back the old value.
                None => {
                    if let Some(settings) = DeviceStorage::load() {
                        self.device.set(settings);
                    }
                }
            }
        });
        self.load_state.set(LoadState::Ready);
    }

    /// Reads the stored document. One of schema version 2 or older still holds this device's
    /// settings: they move to the device's storage (unless it has settings already) before the
    /// migration leaves them out.
    fn read_moving_device_settings(&self, document: &str) -> Result<Workspace, SchemaError> {
        let value: serde_json::Value =
            serde_json::from_str(document).map_err(|error| SchemaError::Invalid { detail: error.to_string() })?;
        if let Some(settings) = DeviceSettings::from_old_document(&value)
            && DeviceStorage::load().is_none()
        {
            DeviceStorage::store(&settings);
            self.device.set(settings);
        }
        Workspace::from_value(value)
    }

    /// Shows what the keeper changed.
    fn show(self, change: Change) {
        match change {
            Change::Workspace => {
                if let Some(keeper) = self.keeper.get_value() {
                    self.workspace.set(keeper.current().clone());
                }
            }
            Change::Status(status) => self.save_status.set(status),
            Change::Backups(revision) => self.backups_revision.set(revision),
            Change::Conflicts(copies) => self.conflicts.update(|shown| {
                let mut copies = copies;
                copies.append(shown);
                *shown = copies;
            }),
            Change::Stored(revision) => {
                self.channel.with_value(|channel| {
                    if let Some(channel) = channel {
                        channel.announce(revision);
                    }
                });
                let stored_all = self.keeper.get_value().is_some_and(|keeper| !keeper.has_unsaved_changes());
                if stored_all {
                    self.unsaved.with_value(|unsaved| unsaved.as_ref().map(UnsavedEdits::clear));
                }
            }
        }
    }

    fn refresh(self) {
        if let Some(keeper) = self.keeper.get_value() {
            spawn_local(async move { keeper.refresh().await });
        }
    }

    async fn request_persistence(self) {
        self.persistent.set(request_persistent_storage().await);
    }

    fn keeper(&self) -> Result<Rc<Keeper<BrowserStore>>, StorageError> {
        self.keeper.get_value().ok_or_else(not_ready)
    }

    fn save(&self) {
        if let Ok(keeper) = self.keeper() {
            spawn_local(async move { keeper.save().await });
        }
    }

    /// Applies a user's change and saves it. The items it changed get a new `updated_at`.
    /// Before the stored data is loaded nothing can be changed (saving then would overwrite
    /// it with an empty workspace).
    pub fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        if let Ok(keeper) = self.keeper() {
            keeper.edit(change);
            self.save();
        }
    }

    /// Changes a setting of this device and keeps it in the device's storage; the data does
    /// not change.
    pub fn edit_device(&self, change: impl FnOnce(&mut DeviceSettings)) {
        self.device.update(change);
        self.device.with_untracked(DeviceStorage::store);
    }

    /// The backups and conflict copies kept on this device, newest first.
    pub async fn backups(&self) -> Result<Backups, StorageError> {
        match self.keeper.get_value() {
            Some(keeper) => keeper.backups().await,
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
        self.keeper()?.replace_with_backup(reason, change).await
    }

    /// Takes the other tab's value of a field into the workspace. `Ok(false)` when the place
    /// it belonged to is gone.
    pub async fn take_conflict(&self, copy: &ConflictCopy) -> Result<bool, StorageError> {
        let taken = self.keeper()?.take_conflict(copy).await?;
        if taken {
            self.conflicts.update(|shown| shown.retain(|c| c.id != copy.id));
        }
        Ok(taken)
    }

    /// Forgets a conflict copy, here and on Gegevens.
    pub async fn remove_conflict(&self, id: &str) -> Result<(), StorageError> {
        self.conflicts.update(|shown| shown.retain(|c| c.id != id));
        self.keeper()?.remove_conflict(id).await
    }

    /// Removes everything: the workspace, the backups, the conflict copies and any unsaved
    /// edits a closed tab left behind.
    pub async fn wipe(&self) -> Result<(), StorageError> {
        let keeper = self.keeper()?;
        // Working in memory because the stored data could not be read: wiping removes that
        // data too, and the device's storage is used again.
        if matches!(*keeper.store(), BrowserStore::Memory(_))
            && let Ok(database) = IndexedDbStore::open(IndexedDbStore::DEFAULT_NAME).await
        {
            keeper.use_store(BrowserStore::IndexedDb(database));
            self.storage_warning.set(None);
        }
        UnsavedEdits::forget_all();
        keeper.wipe().await?;
        DeviceStorage::forget();
        self.device.set(DeviceSettings::default());
        self.conflicts.set(Vec::new());
        Ok(())
    }
}

fn not_ready() -> StorageError {
    StorageError("De opslag is nog niet klaar; probeer zo opnieuw.".to_string())
}

/// The app state provided by the shell.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
