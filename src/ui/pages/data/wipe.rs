use leptos::prelude::*;

use crate::ui::components::ResultNotice;
use crate::ui::state::use_app_state;

/// The word the user types to confirm; a click alone is too easy for something this final.
const CONFIRMATION_WORD: &str = "WISSEN";

#[component]
pub fn WipeSection() -> impl IntoView {
    let state = use_app_state();
    let asking = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let wiped = RwSignal::new(None::<Result<String, String>>);
    let exported = RwSignal::new(None::<Result<String, String>>);
    let confirmed = move || typed.with(|t| t.trim() == CONFIRMATION_WORD);

    let wipe = move |_| {
        if confirmed() {
            asking.set(false);
            typed.set(String::new());
            leptos::task::spawn_local(async move {
                wiped.set(Some(match state.wipe().await {
                    Ok(()) => Ok("Alle gegevens op dit toestel zijn gewist.".to_string()),
                    Err(error) => Err(format!("Wissen is mislukt: {error}")),
                }));
            });
        }
    };

    view! {
        <section class="card card--danger" aria-labelledby="wipe-title">
            <h2 id="wipe-title">"Alle gegevens wissen"</h2>
            <p>
                "Verwijdert alle zelfscans, leerlingdossiers, raadplegingen en back-ups van dit toestel. "
                "Dit kan niet ongedaan gemaakt worden: exporteer eerst als je iets wilt bewaren."
            </p>
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button button--danger"
                            on:click=move |_| {
                                wiped.set(None);
                                exported.set(None);
                                asking.set(true);
                            }
                        >
                            "Alle gegevens wissen…"
                        </button>
                    }
                }
            >
                <div class="confirm" role="group" aria-label="Wissen bevestigen">
                    <div class="field">
                        <label for="wipe-confirm">
                            "Typ " <strong>{CONFIRMATION_WORD}</strong> " om te bevestigen"
                        </label>
                        <input
                            id="wipe-confirm"
                            type="text"
                            autocomplete="off"
                            prop:value=move || typed.get()
                            on:input=move |event| typed.set(event_target_value(&event))
                        />
                    </div>
                    <p>"Nog geen recente export? Bewaar eerst alles in één bestand."</p>
                    <div class="button-row">
                        <button
                            type="button"
                            class="button button--primary"
                            on:click=move |_| exported.set(Some(super::export::export_everything(state)))
                        >
                            "Eerst alles exporteren"
                        </button>
                    </div>
                    <ResultNotice message=exported/>
                    <div class="button-row">
                        <button
                            type="button"
                            class="button button--danger"
                            disabled=move || !confirmed()
                            on:click=wipe
                        >
                            "Definitief wissen"
                        </button>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                asking.set(false);
                                typed.set(String::new());
                            }
                        >
                            "Annuleren"
                        </button>
                    </div>
                </div>
            </Show>
            <ResultNotice message=wiped/>
        </section>
    }
}
