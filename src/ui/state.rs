//! The app's one piece of shared state: the workspace, where it is stored, and whether the
//! last save worked. Components read the signals and change data only through [`AppState`].

use std::rc::Rc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Workspace;
use crate::storage::{IndexedDbStore, MemoryStore, StorageError, WorkspaceStore};

use super::browser::now;

/// The browser store, or the memory fallback when IndexedDB cannot be used.
enum BrowserStore {
    IndexedDb(IndexedDbStore),
    Memory(MemoryStore),
}

impl BrowserStore {
    async fn load(&self) -> Result<Option<String>, StorageError> {
        match self {
            Self::IndexedDb(store) => store.load().await,
            Self::Memory(store) => store.load().await,
        }
    }

    async fn save(&self, document: &str) -> Result<(), StorageError> {
        match self {
            Self::IndexedDb(store) => store.save(document).await,
            Self::Memory(store) => store.save(document).await,
        }
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
    store: StoredValue<Option<Rc<BrowserStore>>, LocalStorage>,
    saving: StoredValue<bool>,
    save_again: StoredValue<bool>,
}

impl AppState {
    /// Creates the state and starts loading the stored workspace.
    pub fn start() -> Self {
        let state = Self {
            workspace: RwSignal::new(Workspace::new(now())),
            load_state: RwSignal::new(LoadState::Loading),
            save_status: RwSignal::new(SaveStatus::Unchanged),
            storage_warning: RwSignal::new(None),
            store: StoredValue::new_local(None),
            saving: StoredValue::new(false),
            save_again: StoredValue::new(false),
        };
        spawn_local(state.load());
        state
    }

    async fn load(self) {
        let (store, loaded) = match IndexedDbStore::open_preloaded().await {
            Some((store, document)) => (BrowserStore::IndexedDb(store), document),
            None => match IndexedDbStore::open(IndexedDbStore::DEFAULT_NAME).await {
                Ok(store) => {
                    let store = BrowserStore::IndexedDb(store);
                    let loaded = store.load().await;
                    (store, loaded)
                }
                Err(error) => {
                    self.storage_warning.set(Some(format!(
                        "{error} Wat je nu invoert, blijft alleen bewaard tot je dit venster \
                         sluit. Exporteer je werk via Gegevens."
                    )));
                    (BrowserStore::Memory(MemoryStore::default()), Ok(None))
                }
            },
        };
        let store = match loaded {
            Ok(Some(document)) => match Workspace::from_json(&document) {
                Ok(workspace) => {
                    self.workspace.set(workspace);
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
            Ok(None) => store,
            Err(error) => {
                self.storage_warning.set(Some(format!(
                    "{error} Wat je nu invoert, wordt niet opgeslagen."
                )));
                BrowserStore::Memory(MemoryStore::default())
            }
        };
        self.store.set_value(Some(Rc::new(store)));
        self.load_state.set(LoadState::Ready);
    }

    /// Applies a user's change and saves it.
    pub fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        self.workspace.update(|workspace| {
            change(workspace);
            workspace.touch(now());
        });
        self.persist();
    }

    /// Replaces the whole workspace (import, wipe) and saves it.
    pub fn replace(&self, workspace: Workspace) {
        self.workspace.set(workspace);
        self.persist();
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
                let document = state.workspace.with_untracked(Workspace::to_json);
                match store.save(&document).await {
                    Ok(()) => state.save_status.set(SaveStatus::Saved(now())),
                    Err(error) => state.save_status.set(SaveStatus::Failed(error.to_string())),
                }
                if !state.save_again.get_value() {
                    break;
                }
            }
            state.saving.set_value(false);
        });
    }
}

/// The app state provided by the shell.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
