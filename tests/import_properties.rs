//! Property tests of the import: arbitrary bytes, arbitrary JSON and damaged exports never
//! make it panic, never slip through as different data, and never write to storage.
//! Bounded: a fixed number of cases per property, a few seconds in all.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::Value;
use verzuimwijzer::domain::Workspace;
use verzuimwijzer::domain::transfer::{ExportKind, ExportSelection, OpenedFile, open_file, prepare_export};
use verzuimwijzer::storage::{MemoryStore, WorkspaceStore};

const FIXTURE: &str = include_str!("fixtures/schema-v2/workspace.json");
/// A file of the current release, whose checksum covers its content only.
const CURRENT_RELEASE_EXPORT: &str = include_str!("fixtures/schema-v2/export.json");

fn current() -> Workspace {
    Workspace::from_json(FIXTURE).unwrap()
}

fn exported_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap()
}

fn valid_export() -> String {
    prepare_export(&current(), &ExportSelection::Everything, "test", exported_at()).unwrap().plain_text()
}

/// The memory store never waits, so one poll completes each of its futures.
fn ready<T>(future: impl std::future::Future<Output = T>) -> T {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("the memory store never waits"),
    }
}

/// What the Gegevens page does with a picked file before the user confirms: read and check
/// it; storage is only written after a confirmation, which a failed check never reaches.
fn import_into(store: &MemoryStore, text: &str) {
    if let Ok(OpenedFile::Ready(file)) = open_file(text) {
        ready(store.save(&file.workspace.to_json(), ready(store.revision()).unwrap())).unwrap();
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        Just(Value::from("verzuimwijzer-export")),
        Just(Value::from(2)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_string()),
                    Just("schema_version".to_string()),
                    Just("workspace".to_string()),
                    Just("checksum".to_string()),
                    Just("encrypted".to_string()),
                    Just("self_scans".to_string()),
                    Just("dossiers".to_string()),
                    "[a-z_]{1,10}",
                ],
                inner,
                0..6
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_and_never_write(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let store = MemoryStore::default();
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(open_file(&text).is_err());
        import_into(&store, &text);
        prop_assert_eq!(ready(store.load()).unwrap().document, None);
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        let _ = open_file(&value.to_string());
        let mut envelope = serde_json::json!({ "format": "verzuimwijzer-export", "schema_version": 2 });
        envelope["workspace"] = value.clone();
        let _ = open_file(&envelope.to_string());
        envelope["encrypted"] = value;
        let _ = open_file(&envelope.to_string());
    }

    #[test]
    fn a_damaged_export_is_refused_or_reads_as_the_original(
        position in 0usize..100_000,
        byte in any::<u8>(),
        cut in any::<bool>(),
    ) {
        let text = valid_export();
        let position = position % text.len();
        let mut damaged = text.as_bytes().to_vec();
        if cut {
            damaged.truncate(position);
        } else {
            damaged[position] = byte;
        }
        let damaged = String::from_utf8_lossy(&damaged);
        let store = MemoryStore::default();
        ready(store.save("bestaande gegevens", 0)).unwrap();
        match open_file(&damaged) {
            // A change that survives the checks only touched formatting, never content, nor
            // the header: the checksum covers the whole file.
            Ok(OpenedFile::Ready(file)) => {
                prop_assert_eq!(file.workspace, current());
                prop_assert_eq!(file.kind, ExportKind::Werkruimte);
                prop_assert_eq!(file.description, "Basisschool De Linde – Anderlecht");
                prop_assert_eq!(file.app_version, "test");
                prop_assert_eq!(file.exported_at, Some(exported_at()));
            }
            Ok(OpenedFile::Locked(_)) => prop_assert!(false, "a plain file cannot become encrypted"),
            Err(_) => {
                import_into(&store, &damaged);
                let kept = ready(store.load()).unwrap().document;
                prop_assert_eq!(kept.as_deref(), Some("bestaande gegevens"));
            }
        }
    }

    #[test]
    fn a_damaged_file_of_the_current_release_never_changes_kind_or_content(
        position in 0usize..100_000,
        byte in any::<u8>(),
    ) {
        let mut damaged = CURRENT_RELEASE_EXPORT.as_bytes().to_vec();
        let position = position % damaged.len();
        damaged[position] = byte;
        if let Ok(OpenedFile::Ready(file)) = open_file(&String::from_utf8_lossy(&damaged)) {
            prop_assert_eq!(file.workspace, current());
            prop_assert_eq!(file.kind, ExportKind::Werkruimte);
        }
    }
}
