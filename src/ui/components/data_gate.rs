use leptos::prelude::*;

use crate::ui::state::{LoadState, use_app_state};

/// Shows its children once the stored workspace is loaded, so nobody edits (and autosaves
/// over) data that has not been read yet.
#[component]
pub fn DataGate(children: ChildrenFn) -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show
            when=move || state.load_state.get() == LoadState::Ready
            fallback=|| view! { <p class="loading loading--page" role="status">"Gegevens laden…"</p> }
        >
            {children()}
        </Show>
    }
}
