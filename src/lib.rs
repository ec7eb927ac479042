//! Verzuimwijzer: helps Flemish and Brussels schools and CLB workers act on problematic
//! school absence. Everything runs in the browser; no data leaves the device.
//!
//! - [`domain`]: the pure-Rust core (workspace schema, import/export, content). No web APIs,
//!   so it is tested natively with `cargo test`.
//! - [`markup`]: HTML written as text, escaped, for views built faster from markup.
//! - [`storage`]: where the workspace lives (IndexedDB in the browser, memory in tests).
//! - `ui` (wasm only): thin Leptos components that render domain state.

pub mod domain;
pub mod markup;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The version of this app, written into every export.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
