//! Passphrase encryption of export files with the browser's WebCrypto: a 256-bit AES-GCM key
//! derived from the passphrase by PBKDF2-SHA-256 with a random salt. The parameters travel in
//! the file ([`EncryptedContent`]); the passphrase never does.

use js_sys::{Array, Object, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::transfer::{EncryptedContent, ImportError};

fn subtle() -> Result<(web_sys::Crypto, SubtleCrypto), String> {
    let crypto = web_sys::window().ok_or("geen venster")?.crypto().map_err(|_| "deze browser kan niet versleutelen")?;
    let subtle = crypto.subtle();
    Ok((crypto, subtle))
}

async fn resolve(promise: Result<Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, JsValue> {
    let usages = Array::of1(&"deriveKey".into());
    // The same passphrase typed on another device may arrive in another Unicode form ("é" as
    // one character or as "e" + accent): NFC makes them the same bytes.
    let normalised = String::from(js_sys::JsString::from(passphrase).normalize("NFC"));
    let secret = Uint8Array::from(normalised.as_bytes());
    let base = resolve(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &usages)).await?;
    let params = Pbkdf2Params::new("PBKDF2", &"SHA-256".into(), iterations, &Uint8Array::from(salt));
    let key_type = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key =
        resolve(subtle.derive_key_with_object_and_object(&params, &base.unchecked_into(), &key_type, false, &usages))
            .await?;
    Ok(key.unchecked_into())
}

fn gcm(iv: &[u8]) -> Object {
    AesGcmParams::new("AES-GCM", &Uint8Array::from(iv)).into()
}

/// Encrypts `plaintext` with `passphrase`.
pub async fn encrypt(plaintext: &str, passphrase: &str) -> Result<EncryptedContent, String> {
    let (crypto, subtle) = subtle()?;
    let fail = |error: JsValue| format!("het versleutelen is mislukt ({error:?})");
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 12];
    crypto.get_random_values_with_u8_array(&mut salt).map_err(fail)?;
    crypto.get_random_values_with_u8_array(&mut iv).map_err(fail)?;
    let key = derive_key(&subtle, passphrase, &salt, EncryptedContent::ITERATIONS).await.map_err(fail)?;
    let data =
        resolve(subtle.encrypt_with_object_and_u8_array(&gcm(&iv), &key, plaintext.as_bytes())).await.map_err(fail)?;
    Ok(EncryptedContent::new(&salt, &iv, &Uint8Array::new(&data).to_vec()))
}

/// Decrypts a file's content. A wrong passphrase (or a damaged ciphertext, which AES-GCM's
/// tag cannot tell apart) gives [`ImportError::WrongPassphrase`].
pub async fn decrypt(encrypted: &EncryptedContent, passphrase: &str) -> Result<String, ImportError> {
    let (salt, iv, data) = encrypted.parts()?;
    let (_, subtle) = subtle().map_err(|_| ImportError::BadEncryption)?;
    let key =
        derive_key(&subtle, passphrase, &salt, encrypted.iterations).await.map_err(|_| ImportError::BadEncryption)?;
    let plain = resolve(subtle.decrypt_with_object_and_u8_array(&gcm(&iv), &key, &data))
        .await
        .map_err(|_| ImportError::WrongPassphrase)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| ImportError::BadEncryption)
}
