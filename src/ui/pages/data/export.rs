use leptos::prelude::*;

use crate::domain::transfer::{export_file_name, export_workspace};
use crate::ui::browser::{download_json, now, today};
use crate::ui::state::use_app_state;
use crate::APP_VERSION;

#[component]
pub fn ExportSection() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<Result<String, String>>);
    let export = move |_| {
        let text = state.workspace.with_untracked(|w| export_workspace(w, APP_VERSION, now()));
        let file_name = export_file_name(today());
        message.set(Some(match download_json(&file_name, &text) {
            Ok(()) => Ok(format!("Het bestand {file_name} is gedownload. Bewaar het op een veilige plek.")),
            Err(error) => Err(format!("Het exporteren is mislukt ({error}).")),
        }));
    };
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">"Exporteren"</h2>
            <p>
                "Download alle gegevens van dit toestel als één JSON-bestand: als back-up, of om "
                "ze op een ander toestel te importeren. Het bestand bevat gegevens over "
                "leerlingen: bewaar en deel het zorgvuldig."
            </p>
            <button type="button" class="button button--primary" on:click=export>
                "Alle gegevens exporteren"
            </button>
            {move || {
                message
                    .get()
                    .map(|result| match result {
                        Ok(text) => view! { <p class="notice notice--ok" role="status">{text}</p> },
                        Err(text) => view! { <p class="notice notice--error" role="alert">{text}</p> },
                    })
            }}
        </section>
    }
}
