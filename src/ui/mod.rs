//! The browser shell: thin Leptos components that render domain state and send user
//! intents to it. Compiled only for wasm.

mod app;
mod browser;
mod components;
pub mod crypto;
mod pages;
mod routes;
mod state;

/// Mounts the app on the page, in place of the shell that index.html shows while the code
/// downloads: both in one task, so no frame shows the two or neither.
pub fn start() {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app-shell")) {
        shell.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
