//! The browser's home for the workspace: one record in an IndexedDB object store.

use idb::{Database, DatabaseEvent, Error, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

use super::{SaveError, StorageError, Stored, WorkspaceStore};

const STORE: &str = "workspace";
/// The record that holds the whole workspace document.
const KEY: &str = "current";
/// The number of saves so far, checked and raised in the same transaction as each save.
const REVISION: &str = "revision";
/// The backups list: full copies taken before imports and restores.
const BACKUPS: &str = "backups";

/// The workspace kept in IndexedDB, so it survives reloads and restarts of the browser.
pub struct IndexedDbStore {
    database: Database,
}

fn failed(action: &str, error: Error) -> StorageError {
    StorageError(format!("{action} op dit toestel is mislukt ({error})."))
}

impl IndexedDbStore {
    /// The database the app uses.
    pub const DEFAULT_NAME: &'static str = "verzuimwijzer";

    /// Opens (and on first use creates) the database `name`.
    pub async fn open(name: &str) -> Result<Self, StorageError> {
        let opening = |error| failed("De opslag openen", error);
        let factory = Factory::new().map_err(opening)?;
        let mut request = factory.open(name, Some(1)).map_err(opening)?;
        request.on_upgrade_needed(|event| {
            if let Ok(database) = event.database() {
                // Version 1 is the only database version; the workspace schema versions itself.
                if !database.store_names().iter().any(|s| s == STORE) {
                    let _ = database.create_object_store(STORE, ObjectStoreParams::new());
                }
            }
        });
        let database = request.await.map_err(opening)?;
        Ok(Self { database })
    }

    /// The database and stored document that `public/storage-preload.js` read during page
    /// load, so storage start-up overlaps with the app's own. `None` when the preload is
    /// missing or failed: then [`IndexedDbStore::open`] is the way. The document is `Err` when
    /// the preload opened the database but could not read it.
    pub async fn open_preloaded() -> Option<(Self, Result<Stored, StorageError>)> {
        let promise = window_field("verzuimwijzerStorage")?;
        let promise: js_sys::Promise = promise.dyn_into().ok()?;
        Self::from_preload(wasm_bindgen_futures::JsFuture::from(promise).await.ok()?)
    }

    /// What the preload read, if it has already finished: usually so while the app's code
    /// compiles. Then the first page is built with the data at once, without a loading state
    /// to lay out and replace. `None` while it is still reading, or when it failed.
    pub fn preloaded_now() -> Option<(Self, Result<Stored, StorageError>)> {
        Self::from_preload(window_field("verzuimwijzerStored")?)
    }

    fn from_preload(preloaded: JsValue) -> Option<(Self, Result<Stored, StorageError>)> {
        if preloaded.is_null() || preloaded.is_undefined() {
            return None;
        }
        let field = |name: &str| js_sys::Reflect::get(&preloaded, &JsValue::from_str(name)).ok();
        let database = Database::try_from(field("database")?).ok()?;
        let revision = revision_of(field("revision"));
        let stored = match field("document") {
            Some(value) if value.is_null() => Ok(Stored { document: None, revision }),
            Some(value) => value
                .as_string()
                .map(|document| Stored { document: Some(document), revision })
                .ok_or_else(|| StorageError("De gegevens lezen op dit toestel is mislukt.".to_string())),
            None => Ok(Stored { document: None, revision }),
        };
        Some((Self { database }, stored))
    }

    /// Reads `keys` in one read-only transaction, so they belong together (a document and its
    /// revision are never from two different saves).
    async fn get<const N: usize>(&self, keys: [&str; N]) -> Result<[Option<JsValue>; N], Error> {
        let transaction = self.database.transaction(&[STORE], TransactionMode::ReadOnly)?;
        let store = transaction.object_store(STORE)?;
        let mut values = [const { None }; N];
        for (value, key) in values.iter_mut().zip(keys) {
            *value = store.get(JsValue::from_str(key))?.await?;
        }
        transaction.await?;
        Ok(values)
    }

    /// Runs `change` on the object store in one read-write transaction and waits until it is
    /// committed: either all of its writes happen, or none. An error names the browser's
    /// reason, e.g. "QuotaExceededError" when the disk is full.
    async fn in_transaction<T>(
        &self,
        change: impl AsyncFnOnce(&idb::ObjectStore) -> Result<T, Error>,
    ) -> Result<T, String> {
        let transaction =
            self.database.transaction(&[STORE], TransactionMode::ReadWrite).map_err(|error| error.to_string())?;
        // Kept to read the reason if the browser aborts the transaction.
        let raw = web_sys::IdbTransaction::from(transaction);
        let transaction = idb::Transaction::from(raw.clone());
        let reason = |fallback: String| {
            raw.error().map_or(fallback, |exception| format!("{}: {}", exception.name(), exception.message()))
        };
        let store = transaction.object_store(STORE).map_err(|error| error.to_string())?;
        let value = match change(&store).await {
            Ok(value) => value,
            Err(error) => {
                let _ = transaction.abort();
                return Err(reason(error.to_string()));
            }
        };
        let result = transaction
            .commit()
            .map_err(|error| reason(error.to_string()))?
            .await
            .map_err(|error| reason(error.to_string()))?;
        if result.is_aborted() {
            return Err(reason("de browser brak het schrijven af".to_string()));
        }
        Ok(value)
    }
}

/// A global that `public/storage-preload.js` sets.
fn window_field(name: &str) -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    js_sys::Reflect::get(&window, &JsValue::from_str(name)).ok()
}

fn revision_of(value: Option<JsValue>) -> u64 {
    value.and_then(|v| v.as_f64()).map_or(0, |n| n as u64)
}

/// The browser's words for a full disk, in Dutch; other failures keep their detail.
fn save_failed(detail: String) -> StorageError {
    if detail.contains("QuotaExceeded") || detail.contains("quota") {
        StorageError(
            "Opslaan is mislukt: de opslagruimte van deze browser is vol. Exporteer je gegevens \
             via Gegevens en maak ruimte vrij (bijvoorbeeld oude back-ups of andere websites)."
                .to_string(),
        )
    } else {
        StorageError(format!("Opslaan op dit toestel is mislukt ({detail})."))
    }
}

impl WorkspaceStore for IndexedDbStore {
    async fn load(&self) -> Result<Stored, StorageError> {
        let reading = |error| failed("De gegevens lezen", error);
        let [document, revision] = self.get([KEY, REVISION]).await.map_err(reading)?;
        Ok(Stored { document: document.and_then(|v| v.as_string()), revision: revision_of(revision) })
    }

    async fn save(&self, document: &str, expected_revision: u64) -> Result<u64, SaveError> {
        let outcome = self
            .in_transaction(async |store| {
                let stored = revision_of(store.get(JsValue::from_str(REVISION))?.await?);
                if stored != expected_revision {
                    return Ok(Err(stored));
                }
                let next = expected_revision + 1;
                store.put(&JsValue::from_str(document), Some(&JsValue::from_str(KEY)))?.await?;
                store.put(&JsValue::from_f64(next as f64), Some(&JsValue::from_str(REVISION)))?.await?;
                Ok(Ok(next))
            })
            .await
            .map_err(|detail| SaveError::Failed(save_failed(detail)))?;
        outcome.map_err(|stored_revision| SaveError::Conflict { stored_revision })
    }

    async fn load_backups(&self) -> Result<Option<String>, StorageError> {
        let [value] = self.get([BACKUPS]).await.map_err(|error| failed("De back-ups lezen", error))?;
        Ok(value.and_then(|v| v.as_string()))
    }

    async fn update_backups(&self, change: impl FnOnce(Option<String>) -> String) -> Result<(), StorageError> {
        self.in_transaction(async |store| {
            let key = JsValue::from_str(BACKUPS);
            let current = store.get(key.clone())?.await?.and_then(|v| v.as_string());
            store.put(&JsValue::from_str(&change(current)), Some(&key))?.await?;
            Ok(())
        })
        .await
        .map_err(save_failed)
    }

    async fn clear(&self) -> Result<(), StorageError> {
        self.in_transaction(async |store| {
            let next = revision_of(store.get(JsValue::from_str(REVISION))?.await?) + 1;
            store.delete(JsValue::from_str(KEY))?.await?;
            store.delete(JsValue::from_str(BACKUPS))?.await?;
            store.put(&JsValue::from_f64(next as f64), Some(&JsValue::from_str(REVISION)))?.await?;
            Ok(())
        })
        .await
        .map_err(|detail| StorageError(format!("Wissen op dit toestel is mislukt ({detail}).")))
    }
}
