//! Entry point. Trunk builds this binary for `wasm32-unknown-unknown`.

#[cfg(target_arch = "wasm32")]
fn main() {
    verzuimwijzer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Verzuimwijzer is a browser app: start it with `./dev serve`.");
}
