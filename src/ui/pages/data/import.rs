use leptos::prelude::*;

use crate::domain::transfer::{parse_import, ImportError, ImportedFile, MAX_IMPORT_BYTES};
use crate::ui::browser::{local_offset, read_file_text};
use crate::ui::state::use_app_state;

/// Where the import stands. A file is only applied after the user confirmed its summary.
#[derive(Clone)]
enum ImportStep {
    Idle,
    Reading,
    Confirm { file_name: String, imported: ImportedFile },
    Failed { file_name: String, reason: String },
    Done { summary: String },
}

#[component]
pub fn ImportSection() -> impl IntoView {
    let state = use_app_state();
    let step = RwSignal::new(ImportStep::Idle);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let on_pick = move |_| {
        let Some(input) = input_ref.get() else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        let file_name = file.name();
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES as f64 {
            let reason = ImportError::TooLarge { bytes: file.size() as usize }.to_string();
            step.set(ImportStep::Failed { file_name, reason });
            return;
        }
        step.set(ImportStep::Reading);
        leptos::task::spawn_local(async move {
            let next = match read_file_text(&file).await {
                Err(error) => ImportStep::Failed {
                    file_name,
                    reason: format!("Het bestand kon niet gelezen worden ({error})."),
                },
                Ok(text) => match parse_import(&text) {
                    Ok(imported) => ImportStep::Confirm { file_name, imported },
                    Err(error) => ImportStep::Failed { file_name, reason: error.to_string() },
                },
            };
            step.set(next);
        });
    };

    let confirm = move |_| {
        if let ImportStep::Confirm { imported, .. } = step.get_untracked() {
            let summary = imported.summary(local_offset());
            state.replace(imported.workspace);
            step.set(ImportStep::Done { summary });
        }
    };
    let cancel = move |_| step.set(ImportStep::Idle);

    let step_view = move || match step.get() {
        ImportStep::Idle => ().into_any(),
        ImportStep::Reading => view! { <p role="status">"Bestand lezen…"</p> }.into_any(),
        ImportStep::Failed { file_name, reason } => view! {
            <div class="notice notice--error" role="alert" data-testid="import-error">
                <p><strong>"“"{file_name}"” is niet geïmporteerd. "</strong>{reason}</p>
                <p>"Je huidige gegevens zijn niet gewijzigd."</p>
            </div>
        }
        .into_any(),
        ImportStep::Confirm { file_name, imported } => view! {
            <div class="confirm" role="group" aria-labelledby="import-confirm-title">
                <h3 id="import-confirm-title">
                    "“"{file_name}"” importeren?"
                </h3>
                <p data-testid="import-summary">{imported.summary(local_offset())}</p>
                <p>
                    <strong>"Dit vervangt alle gegevens die nu op dit toestel staan."</strong>
                    " Exporteer eerst je huidige gegevens als je ze wilt bewaren."
                </p>
                <div class="button-row">
                    <button type="button" class="button button--primary" on:click=confirm>
                        "Importeren en vervangen"
                    </button>
                    <button type="button" class="button" on:click=cancel>"Annuleren"</button>
                </div>
            </div>
        }
        .into_any(),
        ImportStep::Done { summary } => view! {
            <p class="notice notice--ok" role="status">"Geïmporteerd. " {summary}</p>
        }
        .into_any(),
    };

    view! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">"Importeren"</h2>
            <p>
                "Kies een bestand dat met Verzuimwijzer geëxporteerd is. Je ziet eerst wat het "
                "bevat; er verandert pas iets als je bevestigt."
            </p>
            <div class="field">
                <label for="import-file" class="button">"Bestand kiezen…"</label>
                <input
                    id="import-file"
                    class="visually-hidden-file"
                    type="file"
                    accept=".json,application/json"
                    node_ref=input_ref
                    on:change=on_pick
                />
            </div>
            {step_view}
        </section>
    }
}
