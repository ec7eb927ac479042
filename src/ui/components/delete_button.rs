use leptos::prelude::*;

/// "Verwijderen…", then a confirmation that says what disappears: nothing is deleted by a
/// single tap.
#[component]
pub fn DeleteButton(
    /// E.g. "Dit leerlingdossier verwijderen?".
    #[prop(into)]
    question: String,
    /// What disappears from this device.
    consequence: &'static str,
    on_delete: Callback<()>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    view! {
        <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>
            "Verwijderen…"
        </button>
        <Show when=move || confirming.get()>
            <div class="confirm" role="alertdialog" aria-label="Verwijderen bevestigen">
                <p><strong>{question.clone()}</strong>" "{consequence}</p>
                <div class="button-row">
                    <button type="button" class="button button--danger" on:click=move |_| on_delete.run(())>
                        "Definitief verwijderen"
                    </button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>
                        "Annuleren"
                    </button>
                </div>
            </div>
        </Show>
    }
}
