use leptos::prelude::*;

use crate::ui::browser::format_local;
use crate::ui::state::use_app_state;

/// The name of the school or CLB team, and what this device holds.
#[component]
pub fn OrganisationSection() -> impl IntoView {
    let state = use_app_state();
    let name = move || state.workspace.with(|w| w.organisation_name.clone());
    let holds = move || {
        state.workspace.with(|w| {
            format!(
                "Op dit toestel: {}. Laatst gewijzigd op {}.",
                w.contents(),
                format_local(w.updated_at)
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="organisation-title">
            <h2 id="organisation-title">"Deze werkruimte"</h2>
            <div class="field">
                <label for="organisation-name">"Naam van de school of het CLB-team"</label>
                <input
                    id="organisation-name"
                    type="text"
                    autocomplete="organization"
                    prop:value=name
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        state.edit(|w| w.organisation_name = value);
                    }
                />
                <p class="hint">"Komt op afdrukken en in exportbestanden. Wordt meteen bewaard."</p>
            </div>
            <p data-testid="workspace-summary">{holds}</p>
        </section>
    }
}
