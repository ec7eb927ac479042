//! The browser shell: thin Leptos components that render domain state and send user
//! intents to it. Compiled only for wasm.

mod app;
mod browser;
mod components;
pub mod crypto;
mod pages;
mod routes;
mod state;

/// Mounts the app on the page.
pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
