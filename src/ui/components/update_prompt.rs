use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Says when a new version of the app is ready (public/pwa.js found a waiting service worker)
/// and switches to it when the user agrees; never by itself, so no one's work is interrupted.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let window = web_sys::window().expect("the app runs in a window");
    let ready_flag = js_sys::Reflect::get(&window, &JsValue::from_str("verzuimwijzerUpdateReady"))
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    let ready = RwSignal::new(ready_flag);
    let listener = window_event_listener_untyped("verzuimwijzer-update", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let update = move |_| {
        let window = web_sys::window().expect("the app runs in a window");
        if let Ok(function) = js_sys::Reflect::get(&window, &JsValue::from_str("verzuimwijzerUpdate"))
            && let Ok(function) = function.dyn_into::<js_sys::Function>()
        {
            let _ = function.call0(&window);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="notice notice--info update-prompt" role="status" data-testid="update-prompt">
                <p>"Er is een nieuwe versie van Verzuimwijzer. Je gegevens blijven bewaard."</p>
                <button type="button" class="button button--primary" on:click=update>"Nu bijwerken"</button>
            </div>
        </Show>
    }
}
