use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::decision_tree::{Consultation, DossierUpdate, Facts, decision_tree};
use crate::ui::browser::{new_id, now, today};
use crate::ui::components::Link;
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::outcome::RunFor;

/// A consultation just saved: its id and label, and for a run for a dossier, the dossier and
/// what was put in it.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedRun {
    pub id: String,
    pub label: String,
    pub dossier_id: Option<String>,
    pub applied: Vec<String>,
}

/// Saves the consultation under a pseudonymous label. For a run for a pupil's dossier, it is
/// attached to the dossier, and what the answers add to the dossier is listed to tick: only
/// what the user leaves ticked is put in it, in the same change.
#[component]
pub fn SaveForm(
    facts: Facts,
    run_for: Option<RunFor>,
    /// The label, shared with the heading of the copied and printed outcome.
    label: RwSignal<String>,
    on_saved: Callback<SavedRun>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let state = use_app_state();
    let tree = decision_tree();
    let missing = RwSignal::new(false);
    let for_label = run_for.as_ref().map(|r| r.label.clone());
    let dossier_id = run_for.map(|r| r.dossier_id);
    let facts = StoredValue::new(facts);
    let updates = {
        let dossier_id = dossier_id.clone();
        Memo::new(move |_| {
            let Some(id) = dossier_id.as_deref() else { return Vec::new() };
            state.workspace.with(|w| {
                w.dossier(id).map(|d| facts.with_value(|f| tree.dossier_updates(f, d, today()))).unwrap_or_default()
            })
        })
    };
    // By label: the list follows the dossier (another tab may change it), the choice stays.
    let unticked = RwSignal::new(BTreeSet::<String>::new());
    let dossier_id = StoredValue::new(dossier_id);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = label.get_untracked().trim().to_owned();
        if text.is_empty() {
            missing.set(true);
            return;
        }
        let id = new_id("raadpleging");
        let consultation = Consultation::new(id.clone(), text.clone(), now(), facts.get_value());
        let chosen: Vec<DossierUpdate> = updates
            .get_untracked()
            .into_iter()
            .filter(|u| unticked.with_untracked(|off| !off.contains(&u.label())))
            .collect();
        let attach_to = dossier_id.get_value();
        let applied = chosen.iter().map(DossierUpdate::label).collect();
        {
            let id = id.clone();
            let attach_to = attach_to.clone();
            state.edit(move |workspace| {
                workspace.consultations.push(consultation);
                if let Some(dossier) = attach_to.and_then(|d| workspace.dossier_mut(&d)) {
                    for update in &chosen {
                        update.apply(dossier);
                    }
                    dossier.attach_consultation(id);
                }
            });
        }
        on_saved.run(SavedRun { id, label: text, dossier_id: attach_to, applied });
    };
    view! {
        <form class="card save-form" id="bewaren" on:submit=save aria-labelledby="bewaren-title">
            <h3 id="bewaren-title">"Bewaren als raadpleging"</h3>
            {for_label.map(|label| view! { <p class="hint">{format!("Ze wordt bewaard bij het dossier van leerling {label}.")}</p> })}
            <div class="field">
                <label for="raadpleging-label">"Label voor deze raadpleging"</label>
                <p class="hint" id="raadpleging-label-hint">"Gebruik initialen of een intern nummer, geen volledige naam."</p>
                <input
                    id="raadpleging-label"
                    type="text"
                    autocomplete="off"
                    maxlength=crate::domain::limits::MAX_LABEL_CHARS
                    aria-describedby="raadpleging-label-hint raadpleging-label-fout"
                    aria-invalid=move || missing.get().then_some("true")
                    prop:value=move || label.get()
                    on:input=move |event| {
                        label.set(event_target_value(&event));
                        missing.set(false);
                    }
                />
                <p id="raadpleging-label-fout" class="field-error" role="alert">
                    {move || missing.get().then_some("Geef een label, bijvoorbeeld initialen of een intern nummer.")}
                </p>
            </div>
            <Show when=move || updates.with(|u| !u.is_empty())>
                <fieldset class="checks dossier-updates" data-testid="dossier-updates">
                    <legend>"Ook in het dossier zetten"</legend>
                    <p class="hint">"Wat deze antwoorden aan het dossier toevoegen. Vink uit wat er niet in moet."</p>
                    <For each=move || updates.get() key=DossierUpdate::label let:update>
                        {
                            let text = update.label();
                            let key = text.clone();
                            view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || unticked.with(|off| !off.contains(&key))
                                        on:change={
                                            let key = text.clone();
                                            move |event| {
                                                let on = event_target_checked(&event);
                                                unticked.update(|off| {
                                                    if on {
                                                        off.remove(&key);
                                                    } else {
                                                        off.insert(key.clone());
                                                    }
                                                });
                                            }
                                        }
                                    />
                                    <span>{text}</span>
                                </label>
                            }
                        }
                    </For>
                </fieldset>
            </Show>
            <div class="button-row">
                <button type="submit" class="button button--primary">"Bewaren"</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>"Annuleren"</button>
            </div>
        </form>
    }
}

/// What was saved, with a way to open it and, for a dossier, what was put in it.
#[component]
pub fn SavedNotice(run: SavedRun) -> impl IntoView {
    let applied = (!run.applied.is_empty()).then(|| {
        view! {
            <p>"In het dossier gezet:"</p>
            <ul>{run.applied.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
        }
    });
    view! {
        <div class="notice notice--ok" role="status" data-testid="saved-notice">
            <p>
                {format!("Bewaard als raadpleging “{}”. ", run.label)}
                <Link href=routes::consultation(&run.id)>"Openen"</Link>
                {run.dossier_id.map(|id| view! { " · " <Link href=routes::dossier(&id)>"Naar het dossier"</Link> })}
            </p>
            {applied}
        </div>
    }
}
