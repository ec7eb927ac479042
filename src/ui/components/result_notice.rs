use leptos::prelude::*;

/// What became of an action the user started: a quiet confirmation, or an error that screen
/// readers announce at once. Nothing while `message` is `None`.
#[component]
pub fn ResultNotice(message: RwSignal<Option<Result<String, String>>>) -> impl IntoView {
    move || {
        message.get().map(|result| match result {
            Ok(text) => view! { <p class="notice notice--ok" role="status">{text}</p> }.into_any(),
            Err(text) => view! { <p class="notice notice--error" role="alert">{text}</p> }.into_any(),
        })
    }
}
