use leptos::prelude::*;

use crate::domain::transfer::{ConflictCopy, FieldConflict, value_at};
use crate::ui::browser::format_local;
use crate::ui::state::use_app_state;

/// Values that a merge of two tabs' edits did not keep: for each, what stands in the data
/// now, what the other version was, and a button to take the other version. `on_gegevens`
/// adds the time and a button to forget the copy.
#[component]
pub fn ConflictList(copies: Vec<ConflictCopy>, #[prop(optional)] on_gegevens: bool) -> impl IntoView {
    view! {
        <ul class="conflict-list" data-testid="conflict-list">
            {copies.into_iter().map(|copy| view! { <ConflictItem copy on_gegevens/> }).collect_view()}
        </ul>
    }
}

#[component]
fn ConflictItem(copy: ConflictCopy, on_gegevens: bool) -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<String>);
    let conflict = &copy.conflict;
    let title = conflict.title.clone();
    // What stands there now, which may have changed since the copy was made.
    let path = conflict.path.clone();
    let now_stored = Memo::new(move |_| state.workspace.with(|w| FieldConflict::shown(&value_at(w, &path))));
    let other = FieldConflict::shown(&conflict.other);
    // One tab deleted it, the other changed it: the change was kept, the deletion is offered.
    let deleted_elsewhere = conflict.other.is_none();
    let take = {
        let copy = copy.clone();
        move |_| {
            let copy = copy.clone();
            leptos::task::spawn_local(async move {
                message.set(match state.take_conflict(&copy).await {
                    Ok(true) => None,
                    Ok(false) => Some("Dit onderdeel bestaat niet meer; er is niets gewijzigd.".into()),
                    Err(error) => Some(format!("Overnemen is mislukt: {error}")),
                });
            });
        }
    };
    let id = copy.id.clone();
    let forget = move |_| {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            if let Err(error) = state.remove_conflict(&id).await {
                message.set(Some(format!("Verwijderen is mislukt: {error}")));
            }
        });
    };
    view! {
        <li class="conflict-list__item">
            <p>
                <strong>{title.clone()}</strong>
                {on_gegevens.then(|| format!(" ({})", format_local(copy.noticed_at)))}
                <br/>
                {if deleted_elsewhere {
                    view! {
                        "In het ene tabblad verwijderd, in het andere gewijzigd: het is bewaard, met de wijziging."
                    }.into_any()
                } else {
                    view! { "Nu bewaard: «"{move || now_stored.get()}"». Andere versie: «"{other}"»." }.into_any()
                }}
            </p>
            <div class="button-row">
                <button
                    type="button"
                    class="button"
                    aria-label=format!("{}: {title}", if deleted_elsewhere { "Toch verwijderen" } else { "Andere versie overnemen" })
                    on:click=take
                >
                    {if deleted_elsewhere { "Toch verwijderen" } else { "Andere versie overnemen" }}
                </button>
                {on_gegevens.then(|| view! {
                    <button type="button" class="button" aria-label=format!("Andere versie weggooien: {title}") on:click=forget.clone()>
                        "Weggooien"
                    </button>
                })}
            </div>
            {move || message.get().map(|text| view! { <p class="notice notice--error" role="alert">{text}</p> })}
        </li>
    }
}
