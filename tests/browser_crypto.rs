//! Passphrase encryption of export files with WebCrypto, in a real browser (headless
//! Chromium via wasm-bindgen-test), through the same domain checks an import uses.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use verzuimwijzer::domain::Workspace;
use verzuimwijzer::domain::transfer::{
    ExportSelection, ImportError, LockedFile, OpenedFile, PreparedExport, open_file, prepare_export,
};
use verzuimwijzer::domain::workspace::PupilDossier;
use verzuimwijzer::ui::crypto::{decrypt, encrypt};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "Zomer in Gent 2026!";
/// The pupil's data holds a space and a hyphen, which base64 never does, so the random salt,
/// nonce and ciphertext cannot contain it by chance (a plain "3B" once appeared in a nonce).
const LABEL: &str = "JD-4";
const CLASS: &str = "3B Latijn";

fn prepared() -> PreparedExport {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap();
    let mut workspace = Workspace::new(now);
    workspace.dossiers.push(PupilDossier {
        id: "d1".into(),
        label: LABEL.into(),
        class_name: CLASS.into(),
        ..Default::default()
    });
    prepare_export(&workspace, &ExportSelection::Dossier("d1".into()), "test", now).unwrap()
}

fn locked(text: &str) -> LockedFile {
    match open_file(text).expect("the encrypted file opens") {
        OpenedFile::Locked(locked) => locked,
        OpenedFile::Ready(_) => panic!("the file should be locked"),
    }
}

#[wasm_bindgen_test]
async fn an_encrypted_export_opens_with_its_passphrase_only() {
    let prepared = prepared();
    let content = encrypt(&prepared.plain_text(), PASSPHRASE).await.expect("WebCrypto encrypts");
    let text = prepared.encrypted_text(content);
    assert!(!text.contains(CLASS) && !text.contains(LABEL), "nothing about the pupil in the clear: {text}");

    let file = locked(&text);
    assert_eq!(
        decrypt(&file.encrypted, "zomer in gent 2026!").await,
        Err(ImportError::WrongPassphrase),
        "a wrong passphrase (here: wrong capitals) is refused"
    );
    let plaintext = decrypt(&file.encrypted, PASSPHRASE).await.expect("the right passphrase opens it");
    let imported = file.unlock(&plaintext).expect("the content passes the checksum");
    assert_eq!(imported.workspace.dossiers[0].class_name, CLASS);
}

#[wasm_bindgen_test]
async fn each_export_uses_a_fresh_salt_and_nonce() {
    let prepared = prepared();
    let first = encrypt(&prepared.plain_text(), PASSPHRASE).await.unwrap();
    let second = encrypt(&prepared.plain_text(), PASSPHRASE).await.unwrap();
    assert_ne!(first.salt, second.salt);
    assert_ne!(first.iv, second.iv);
    assert_ne!(first.data, second.data);
}

#[wasm_bindgen_test]
async fn a_damaged_ciphertext_is_refused() {
    let prepared = prepared();
    let mut content = encrypt(&prepared.plain_text(), PASSPHRASE).await.unwrap();
    let mut chars: Vec<char> = content.data.chars().collect();
    chars[10] = if chars[10] == 'A' { 'B' } else { 'A' };
    content.data = chars.into_iter().collect();
    let file = locked(&prepared.encrypted_text(content));
    assert_eq!(decrypt(&file.encrypted, PASSPHRASE).await, Err(ImportError::WrongPassphrase));
}
