use leptos::prelude::*;

use crate::domain::limits::MAX_NAME_CHARS;
use crate::ui::browser::format_local;
use crate::ui::components::TextField;
use crate::ui::state::use_app_state;

/// The name of the school or CLB team, and what this device holds.
#[component]
pub fn OrganisationSection() -> impl IntoView {
    let state = use_app_state();
    let name = Memo::new(move |_| state.workspace.with(|w| w.organisation_name.clone()));
    let holds = move || {
        state
            .workspace
            .with(|w| format!("Op dit toestel: {}. Laatst gewijzigd op {}.", w.contents(), format_local(w.updated_at)))
    };
    view! {
        <section class="card" aria-labelledby="organisation-title">
            <h2 id="organisation-title">"Deze werkruimte"</h2>
            <TextField
                id="organisation-name"
                label="Naam van de school of het CLB-team"
                hint="Komt op afdrukken en in exportbestanden. Wordt meteen bewaard."
                value=name
                on_input=Callback::new(move |value: String| state.edit(|w| w.organisation_name = value))
                max_chars=MAX_NAME_CHARS
                autocomplete="organization"
            />
            <p data-testid="workspace-summary">{holds}</p>
        </section>
    }
}
