//! The browser's home for the workspace: one record in an IndexedDB object store.

use idb::{Database, DatabaseEvent, Error, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

use super::{StorageError, WorkspaceStore};

const STORE: &str = "workspace";
/// The single record that holds the whole workspace document.
const KEY: &str = "current";

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
    pub async fn open_preloaded() -> Option<(Self, Result<Option<String>, StorageError>)> {
        let window = web_sys::window()?;
        let promise = js_sys::Reflect::get(&window, &JsValue::from_str("verzuimwijzerStorage")).ok()?;
        let promise: js_sys::Promise = promise.dyn_into().ok()?;
        let preloaded = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
        let field = |name: &str| js_sys::Reflect::get(&preloaded, &JsValue::from_str(name)).ok();
        let database = Database::try_from(field("database")?).ok()?;
        let document = match field("document") {
            Some(value) if value.is_null() => Ok(None),
            Some(value) => value.as_string().map(Some).ok_or_else(|| {
                StorageError("De gegevens lezen op dit toestel is mislukt.".to_string())
            }),
            None => Ok(None),
        };
        Some((Self { database }, document))
    }

    async fn write(&self, document: Option<&str>) -> Result<(), Error> {
        let transaction = self.database.transaction(&[STORE], TransactionMode::ReadWrite)?;
        let store = transaction.object_store(STORE)?;
        let key = JsValue::from_str(KEY);
        match document {
            Some(text) => {
                store.put(&JsValue::from_str(text), Some(&key))?.await?;
            }
            None => {
                store.delete(key)?.await?;
            }
        }
        let result = transaction.commit()?.await?;
        if result.is_aborted() {
            return Err(Error::TransactionAbortError(JsValue::from_str("afgebroken")));
        }
        Ok(())
    }
}

impl WorkspaceStore for IndexedDbStore {
    async fn load(&self) -> Result<Option<String>, StorageError> {
        let reading = |error| failed("De gegevens lezen", error);
        let transaction = self
            .database
            .transaction(&[STORE], TransactionMode::ReadOnly)
            .map_err(reading)?;
        let store = transaction.object_store(STORE).map_err(reading)?;
        let value = store.get(JsValue::from_str(KEY)).map_err(reading)?.await.map_err(reading)?;
        transaction.await.map_err(reading)?;
        Ok(value.and_then(|value| value.as_string()))
    }

    async fn save(&self, document: &str) -> Result<(), StorageError> {
        self.write(Some(document)).await.map_err(|error| failed("Opslaan", error))
    }

    async fn clear(&self) -> Result<(), StorageError> {
        self.write(None).await.map_err(|error| failed("Wissen", error))
    }
}
