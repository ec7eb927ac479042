use leptos::prelude::*;

use crate::domain::limits::MAX_NAME_CHARS;
use crate::domain::self_scan::{Action, ActionStatus, Objective};
use crate::ui::browser::new_id;
use crate::ui::components::TextField;
use crate::ui::state::use_app_state;

use super::{edit_scan, route_param, scan_memo};

/// The objective's actions, as in the document's table: Wat / Wie / Wanneer / Check.
#[component]
pub fn ActionPlan(objective: &'static Objective) -> impl IntoView {
    let state = use_app_state();
    let scan_id = route_param("scan");
    let action_ids = scan_memo(state, scan_id, move |scan| {
        scan.map(|s| s.actions_for(&objective.id).map(|a| a.id.clone()).collect::<Vec<_>>()).unwrap_or_default()
    });
    let add = move |_| {
        let id = new_id("actie");
        edit_scan(state, &scan_id.get_untracked(), |scan| {
            scan.add_action(id.clone(), &objective.id);
        });
        // Put the cursor where the user will type next.
        request_animation_frame(move || {
            let field = document().get_element_by_id(&format!("{id}-wat"));
            if let Some(Ok(field)) = field.map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>) {
                let _ = field.focus();
            }
        });
    };

    view! {
        <section class="card action-plan" aria-labelledby="action-plan-title">
            <h2 id="action-plan-title">"Actieplan voor deze doelstelling"</h2>
            <Show
                when=move || action_ids.with(|ids| !ids.is_empty())
                fallback=|| view! { <p class="muted">"Nog geen acties."</p> }
            >
                <ol class="actions">
                    <For each=move || action_ids.get() key=|id| id.clone() let:id>
                        <ActionEditor id/>
                    </For>
                </ol>
            </Show>
            <button type="button" class="button" on:click=add>"+ Actie toevoegen"</button>
        </section>
    }
}

#[component]
fn ActionEditor(id: String) -> impl IntoView {
    let state = use_app_state();
    let scan_id = route_param("scan");
    let action_id = StoredValue::new(id.clone());
    // The action as stored now: every field follows it, also when another tab edits it.
    let stored = scan_memo(state, scan_id, move |scan| {
        scan.and_then(|s| s.actions.iter().find(|a| a.id == action_id.get_value()).cloned()).unwrap_or_default()
    });
    let update = move |change: Box<dyn FnOnce(&mut Action)>| {
        edit_scan(state, &scan_id.get_untracked(), |scan| {
            if let Some(action) = scan.action_mut(&action_id.get_value()) {
                change(action);
            }
        });
    };
    let text_field = move |suffix: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           read: fn(&Action) -> &String,
                           set: fn(&mut Action, String)| {
        let value = Memo::new(move |_| stored.with(|a| read(a).clone()));
        let on_input = Callback::new(move |text: String| update(Box::new(move |action| set(action, text))));
        let id = format!("{}-{suffix}", action_id.get_value());
        view! { <TextField id label hint value on_input max_chars=MAX_NAME_CHARS/> }
    };
    let status_id = format!("{id}-status");
    let remove = move |_| {
        edit_scan(state, &scan_id.get_untracked(), |scan| scan.remove_action(&action_id.get_value()));
    };

    view! {
        <li class="action">
            <div class="action__fields">
                {text_field("wat", "Wat", "Geplande actie", |a| &a.what, |a, t| a.what = t)}
                {text_field("wie", "Wie", "Actoren", |a| &a.who, |a, t| a.who = t)}
                {text_field("wanneer", "Wanneer", "Een datum of bv. “tegen januari”", |a| &a.when, |a, t| a.when = t)}
                {text_field("check", "Check", "Borgen of bijsturen", |a| &a.check, |a, t| a.check = t)}
                <div class="field">
                    <label for=status_id.clone()>"Status"</label>
                    <select
                        id=status_id
                        on:change=move |event| {
                            let chosen = event_target_value(&event);
                            if let Some(status) = ActionStatus::ALL.into_iter().find(|s| s.label() == chosen) {
                                update(Box::new(move |action| action.status = status));
                            }
                        }
                    >
                        {ActionStatus::ALL
                            .into_iter()
                            .map(|status| view! {
                                <option value=status.label() prop:selected=move || stored.with(|a| a.status == status)>
                                    {status.label()}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <button type="button" class="button button--quiet" on:click=remove>
                "Actie verwijderen"
            </button>
        </li>
    }
}
