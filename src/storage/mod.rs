//! Where the workspace is kept. One small interface, two homes: IndexedDB in the browser
//! and memory in tests (and as the fallback when the browser refuses IndexedDB).

use std::cell::RefCell;
use std::rc::Rc;

#[cfg(target_arch = "wasm32")]
mod indexed_db;
#[cfg(target_arch = "wasm32")]
pub use indexed_db::IndexedDbStore;

/// A storage failure, worded for the user (Dutch).
#[derive(Clone, Debug, PartialEq)]
pub struct StorageError(pub String);

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Keeps the workspace document (its JSON text) across sessions.
///
/// The app is single-threaded in the browser, so the futures need not be `Send`.
#[allow(async_fn_in_trait)]
pub trait WorkspaceStore {
    /// The stored document, or `None` on first use.
    async fn load(&self) -> Result<Option<String>, StorageError>;
    /// Replaces the stored document; resolves once it is durably written.
    async fn save(&self, document: &str) -> Result<(), StorageError>;
    /// Removes the stored document.
    async fn clear(&self) -> Result<(), StorageError>;
}

/// Keeps the document in memory only: for tests, and when the browser has no IndexedDB.
/// Clones share the same document, like two handles to one database.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    document: Rc<RefCell<Option<String>>>,
}

impl WorkspaceStore for MemoryStore {
    async fn load(&self) -> Result<Option<String>, StorageError> {
        Ok(self.document.borrow().clone())
    }

    async fn save(&self, document: &str) -> Result<(), StorageError> {
        *self.document.borrow_mut() = Some(document.to_owned());
        Ok(())
    }

    async fn clear(&self) -> Result<(), StorageError> {
        *self.document.borrow_mut() = None;
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
        assert_eq!(ready(store.load()), Ok(None));
        ready(store.save("{\"a\":1}")).unwrap();
        let other_handle = store.clone();
        assert_eq!(ready(other_handle.load()), Ok(Some("{\"a\":1}".into())));
        ready(other_handle.clear()).unwrap();
        assert_eq!(ready(store.load()), Ok(None));
    }
}
