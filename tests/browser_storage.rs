//! The IndexedDB store in a real browser (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use verzuimwijzer::domain::Workspace;
use verzuimwijzer::storage::{IndexedDbStore, SaveError, Stored, WorkspaceStore};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn sample() -> Workspace {
    let mut workspace = Workspace::new(Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap());
    workspace.organisation_name = "CLB Brussel – team Noord".into();
    workspace
}

#[wasm_bindgen_test]
async fn a_saved_workspace_is_read_back_and_survives_a_new_store_instance() {
    let name = "verzuimwijzer-test-roundtrip";
    let store = IndexedDbStore::open(name).await.expect("IndexedDB opens");
    assert_eq!(store.load().await.unwrap(), Stored::default(), "a new database starts empty");

    let document = sample().to_json();
    assert_eq!(store.save(&document, 0).await, Ok(1), "saving works");
    assert_eq!(store.load().await.unwrap(), Stored { document: Some(document.clone()), revision: 1 });
    drop(store);

    let reopened = IndexedDbStore::open(name).await.expect("IndexedDB opens again");
    let read_back = reopened.load().await.unwrap().document.expect("the document is still there");
    assert_eq!(Workspace::from_json(&read_back).unwrap(), sample());
}

#[wasm_bindgen_test]
async fn a_later_save_replaces_the_earlier_one_and_clear_removes_it() {
    let name = "verzuimwijzer-test-replace";
    let store = IndexedDbStore::open(name).await.unwrap();
    store.save("{\"eerste\":1}", 0).await.unwrap();
    store.save("{\"tweede\":2}", 1).await.unwrap();
    store.update_backups(|_| "[\"kopie\"]".to_string()).await.unwrap();
    store.update_backups(|current| current.unwrap().replace("kopie", "kopie2")).await.unwrap();
    let other = IndexedDbStore::open(name).await.unwrap();
    assert_eq!(other.load().await.unwrap().document.as_deref(), Some("{\"tweede\":2}"));
    assert_eq!(other.load_backups().await.unwrap().as_deref(), Some("[\"kopie2\"]"));
    other.clear().await.unwrap();
    let cleared = store.load().await.unwrap();
    assert_eq!(cleared.document, None);
    assert_eq!(cleared.revision, 3, "wiping is a change other tabs must notice");
    assert_eq!(store.load_backups().await.unwrap(), None, "wiping removes the backups too");
}

#[wasm_bindgen_test]
async fn a_second_handle_cannot_overwrite_a_save_it_has_not_seen() {
    let name = "verzuimwijzer-test-two-tabs";
    let first_tab = IndexedDbStore::open(name).await.unwrap();
    let second_tab = IndexedDbStore::open(name).await.unwrap();
    let seen = second_tab.load().await.unwrap().revision;
    let saved = first_tab.save("{\"eerste\":1}", seen).await.unwrap();
    assert_eq!(second_tab.save("{\"tweede\":2}", seen).await, Err(SaveError::Conflict { stored_revision: saved }));
    assert_eq!(first_tab.load().await.unwrap().document.as_deref(), Some("{\"eerste\":1}"));
    assert_eq!(second_tab.save("{\"tweede\":2}", saved).await, Ok(saved + 1));
}

/// What `public/storage-preload.js` does in index.html, before the app starts.
fn run_preload_script() {
    js_sys::eval(include_str!("../public/storage-preload.js")).expect("the preload script runs");
}

fn remove_preload() {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::delete_property(&window, &"verzuimwijzerStorage".into()).unwrap();
}

#[wasm_bindgen_test]
async fn the_page_load_preload_hands_over_the_database_and_the_stored_document() {
    remove_preload();
    assert!(IndexedDbStore::open_preloaded().await.is_none(), "no preload, no handle");

    let store = IndexedDbStore::open(IndexedDbStore::DEFAULT_NAME).await.unwrap();
    store.clear().await.unwrap();
    run_preload_script();
    let (_, stored) = IndexedDbStore::open_preloaded().await.expect("preloaded");
    let revision = stored.as_ref().unwrap().revision;
    assert_eq!(stored.unwrap().document, None, "first use: nothing stored yet");

    let document = sample().to_json();
    let revision = store.save(&document, revision).await.unwrap();
    drop(store);
    run_preload_script();
    let (preloaded, read) = IndexedDbStore::open_preloaded().await.expect("preloaded");
    assert_eq!(read, Ok(Stored { document: Some(document), revision }));
    // The handed-over database is a working store.
    preloaded.save("{\"later\":1}", revision).await.unwrap();
    assert_eq!(preloaded.load().await.unwrap().document.as_deref(), Some("{\"later\":1}"));
    preloaded.clear().await.unwrap();
    remove_preload();
}
