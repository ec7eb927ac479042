// Opens the app's IndexedDB and reads the stored workspace while the app's code is still
// downloading and compiling: on a slow tablet, storage start-up takes as long as the code.
// When it is done, the result is also left in `window.verzuimwijzerStored`, so the app can take
// it without waiting when it is already there.
// Inlined into index.html by Trunk. src/storage/indexed_db.rs (IndexedDbStore::open_preloaded)
// takes the result, or opens the database itself when this failed; both use the same name,
// version and object store.
window.verzuimwijzerStorage = new Promise(function (settle) {
  var resolve = function (result) {
    window.verzuimwijzerStored = result;
    settle(result);
  };
  try {
    var opening = indexedDB.open('verzuimwijzer', 1);
    opening.onupgradeneeded = function () {
      opening.result.createObjectStore('workspace');
    };
    opening.onerror = function () { resolve(null); };
    opening.onblocked = function () { resolve(null); };
    opening.onsuccess = function () {
      var database = opening.result;
      try {
        var store = database.transaction(['workspace'], 'readonly').objectStore('workspace');
        var reading = store.get('current');
        var revision = store.get('revision');
        revision.onsuccess = function () {
          resolve({
            database: database,
            document: typeof reading.result === 'string' ? reading.result : null,
            revision: typeof revision.result === 'number' ? revision.result : 0
          });
        };
        reading.onerror = function () { resolve({ database: database, document: undefined }); };
        revision.onerror = function () { resolve({ database: database, document: undefined }); };
      } catch (error) {
        resolve({ database: database, document: undefined });
      }
    };
  } catch (error) {
    resolve(null);
  }
});
