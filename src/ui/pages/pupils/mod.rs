//! Leerlingen: the pupil dossiers (label, class, absences per code, guiding measures,
//! Beslisboom consultations) and the Checklist PA bij aanmelding CLB.
//!
//! - `list`: the dossiers, most urgent first, and a new one;
//! - `dossier`: one dossier: absences, knipperlichten, measures, consultations;
//! - `checklist_page`: the checklist, pre-filled, editable and printable.

mod checklist_page;
mod dossier;
mod list;

pub use checklist_page::ChecklistPage;
pub use dossier::DossierPage;
pub use list::PupilsPage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::dossier::PupilDossier;
use crate::ui::state::AppState;

fn dossier_id() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()))
}

/// What `read` derives from the dossier `id`, recomputed when the workspace changes.
fn dossier_memo<T: Clone + PartialEq + Send + Sync + 'static>(
    state: AppState,
    id: Memo<String>,
    read: impl Fn(Option<&PupilDossier>) -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| id.with(|id| state.workspace.with(|w| read(w.dossier(id)))))
}

/// Applies a user's change to the dossier `id`, and saves it.
fn edit_dossier(state: AppState, id: &str, change: impl FnOnce(&mut PupilDossier)) {
    state.edit(|w| {
        if let Some(dossier) = w.dossier_mut(id) {
            change(dossier);
        }
    });
}

/// A number the user may leave empty: `Some(None)` when empty, `None` when the text is no
/// number (the pages then save nothing).
fn parse_optional_count(text: &str) -> Option<Option<u32>> {
    let text = text.trim();
    if text.is_empty() { Some(None) } else { text.parse().ok().map(Some) }
}

/// The label of a knipperlicht (a checklist item id), as the checklist words it.
fn warning_sign_text(id: &str) -> String {
    crate::domain::dossier::checklist()
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .find(|i| i.id == id)
        .map_or(id.to_owned(), |i| i.text.clone())
}

#[component]
fn DossierNotFound() -> impl IntoView {
    view! {
        <section class="card card--notice">
            <h2>"Dit leerlingdossier staat niet op dit toestel"</h2>
            <p>
                <crate::ui::components::Link href="/leerlingen">"Naar alle leerlingen"</crate::ui::components::Link>
            </p>
        </section>
    }
}
