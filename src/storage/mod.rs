//! Where the workspace is kept. One small interface, two homes: IndexedDB in the browser
//! and memory in tests (and as the fallback when the browser refuses IndexedDB).
//!
//! Every save names the revision it builds on; a save based on an older revision is refused
//! with [`SaveError::Conflict`], so a second tab can never silently overwrite the first.

use std::cell::RefCell;
use std::rc::Rc;

#[cfg(target_arch = "wasm32")]
mod indexed_db;
mod keeper;
#[cfg(target_arch = "wasm32")]
pub use indexed_db::IndexedDbStore;
pub use keeper::{Change, Clock, Keeper, Listener, Pending, SaveStatus, read_stored};

/// A storage failure, worded for the user (Dutch).
#[derive(Clone, Debug, PartialEq)]
pub struct StorageError(pub String);

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Someone else (another tab) saved since `expected_revision`: load, merge, save again.
    Conflict {
        stored_revision: u64,
    },
    Failed(StorageError),
}

/// The stored document and the revision it is at (0 before the first save).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    pub document: Option<String>,
    pub revision: u64,
}

/// Keeps the workspace document (its JSON text) and the backups across sessions.
///
/// The app is single-threaded in the browser, so the futures need not be `Send`.
#[allow(async_fn_in_trait)]
pub trait WorkspaceStore {
    /// The stored document with its revision.
    async fn load(&self) -> Result<Stored, StorageError>;
    /// Stores `document` if the stored revision is still `expected_revision`, in one
    /// transaction; resolves with the new revision once it is durably written.
    async fn save(&self, document: &str, expected_revision: u64) -> Result<u64, SaveError>;
    /// The backups list (see `domain::transfer::Backups`), or `None` before the first.
    async fn load_backups(&self) -> Result<Option<String>, StorageError>;
    /// Replaces the backups list by `change(current list)`, in one transaction, so two tabs
    /// adding a backup at once both keep theirs.
    async fn update_backups(&self, change: impl FnOnce(Option<String>) -> String) -> Result<(), StorageError>;
    /// Removes the document and the backups; the revision moves on, so other tabs notice.
    async fn clear(&self) -> Result<(), StorageError>;
}

/// Keeps everything in memory only: for tests, and when the browser has no IndexedDB.
/// Clones share the same data, like two handles to one database.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    stored: Rc<RefCell<Stored>>,
    backups: Rc<RefCell<Option<String>>>,
}

impl MemoryStore {
    /// The stored revision (for tests).
    pub async fn revision(&self) -> Result<u64, StorageError> {
        Ok(self.stored.borrow().revision)
    }
}

impl WorkspaceStore for MemoryStore {
    async fn load(&self) -> Result<Stored, StorageError> {
        Ok(self.stored.borrow().clone())
    }

    async fn save(&self, document: &str, expected_revision: u64) -> Result<u64, SaveError> {
        let mut stored = self.stored.borrow_mut();
        if stored.revision != expected_revision {
            return Err(SaveError::Conflict { stored_revision: stored.revision });
        }
        *stored = Stored { document: Some(document.to_owned()), revision: expected_revision + 1 };
        Ok(stored.revision)
    }

    async fn load_backups(&self) -> Result<Option<String>, StorageError> {
        Ok(self.backups.borrow().clone())
    }

    async fn update_backups(&self, change: impl FnOnce(Option<String>) -> String) -> Result<(), StorageError> {
        let current = self.backups.borrow().clone();
        *self.backups.borrow_mut() = Some(change(current));
        Ok(())
    }

    async fn clear(&self) -> Result<(), StorageError> {
        let mut stored = self.stored.borrow_mut();
        *stored = Stored { document: None, revision: stored.revision + 1 };
        *self.backups.borrow_mut() = None;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    /// The memory store never waits, so one poll completes every future.
    fn ready<T>(future: impl Future<Output = T>) -> T {
        match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(value) => value,
            Poll::Pending => panic!("the memory store never waits"),
        }
    }

    #[test]
    fn memory_store_keeps_what_was_saved_and_shares_it_between_handles() {
        let store = MemoryStore::default();
        assert_eq!(ready(store.load()), Ok(Stored::default()));
        assert_eq!(ready(store.save("{\"a\":1}", 0)), Ok(1));
        let other_handle = store.clone();
        let stored = ready(other_handle.load()).unwrap();
        assert_eq!(stored, Stored { document: Some("{\"a\":1}".into()), revision: 1 });
        ready(other_handle.update_backups(|current| format!("{}+1", current.unwrap_or_default()))).unwrap();
        assert_eq!(ready(store.load_backups()).unwrap().as_deref(), Some("+1"));
        ready(other_handle.clear()).unwrap();
        assert_eq!(ready(store.load()).unwrap().document, None);
        assert_eq!(ready(store.load_backups()).unwrap(), None, "wiping removes the backups too");
    }

    #[test]
    fn a_save_based_on_an_older_revision_is_refused() {
        let first_tab = MemoryStore::default();
        let second_tab = first_tab.clone();
        assert_eq!(ready(first_tab.save("eerste", 0)), Ok(1));
        assert_eq!(ready(second_tab.save("tweede", 0)), Err(SaveError::Conflict { stored_revision: 1 }));
        assert_eq!(ready(first_tab.load()).unwrap().document.as_deref(), Some("eerste"));
        assert_eq!(ready(second_tab.save("tweede", 1)), Ok(2));
    }
}
