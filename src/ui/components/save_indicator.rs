use leptos::prelude::*;

use crate::ui::browser::format_local;
use crate::ui::state::{SaveStatus, use_app_state};

/// A quiet line in the header that tells whether the last change is safe on this device.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = use_app_state();
    let status = move || match state.save_status.get() {
        SaveStatus::Unchanged => ("idle", "Bewaard op dit toestel".to_string()),
        SaveStatus::Saving => ("busy", "Opslaan…".to_string()),
        SaveStatus::Saved(at) => ("ok", format!("Opgeslagen ({})", format_local(at))),
        SaveStatus::Failed(_) => ("error", "Opslaan mislukt".to_string()),
    };
    view! {
        <p
            class=move || format!("save-indicator save-indicator--{}", status().0)
            role="status"
            data-testid="save-status"
        >
            {move || status().1}
        </p>
    }
}
