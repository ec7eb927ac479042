//! Zelfscan: a school's self-scan of its attendance policy (document 000).
//!
//! - `list`: the school's scans; create, duplicate, delete, compare;
//! - `scan_home`: one scan, phase by phase, with progress and the scan's details;
//! - `objective`: one objective's reading text, reflection questions, scores and actions;
//! - `overview`: "Overzicht doelstellingen per fase", the chart and the priorities;
//! - `print`: the A4 document of the whole scan or of the overview and action plan;
//! - `compare`: the score change per objective between two scans.

mod action_plan;
mod chart;
mod compare;
mod levels;
mod list;
mod objective;
mod overview;
mod overview_table;
pub mod print;
mod scan_home;

pub use compare::ComparePage;
pub use list::SelfScanListPage;
pub use objective::ObjectivePage;
pub use overview::OverviewPage;
pub use print::PrintPage;
pub use scan_home::ScanHomePage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::self_scan::{ObjectiveState, SelfScan};
use crate::ui::state::AppState;

/// The route parameter `name` (e.g. the scan id), reactive.
fn route_param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}

/// The scan with `id`, or `None` when it does not exist (deleted, or a stale link). A copy:
/// for pages that show a whole scan but do not edit it.
fn scan_signal(state: AppState, id: Memo<String>) -> Memo<Option<SelfScan>> {
    scan_memo(state, id, |scan| scan.cloned())
}

/// What `read` derives from the scan with `id`, recomputed when the workspace changes but
/// passed on only when it differs. Reads in place: pages with many of these must not copy
/// the whole scan for each one on every keystroke.
fn scan_memo<T: Clone + PartialEq + Send + Sync + 'static>(
    state: AppState,
    id: Memo<String>,
    read: impl Fn(Option<&SelfScan>) -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| id.with(|id| state.workspace.with(|w| read(w.self_scan(id)))))
}

/// Becomes true a frame after the page is first painted. Long pages build what lies below the
/// fold behind it, so on a slow tablet the top of the page shows sooner; the rest follows
/// before the user can scroll to it.
fn after_first_paint() -> ReadSignal<bool> {
    let painted = RwSignal::new(false);
    crate::ui::browser::after_next_paint(move || {
        painted.try_set(true);
    });
    painted.read_only()
}

/// Applies a user's change to the scan with `id`, and saves it.
fn edit_scan(state: AppState, id: &str, change: impl FnOnce(&mut SelfScan)) {
    state.edit(|workspace| {
        if let Some(scan) = workspace.self_scan_mut(id) {
            change(scan);
        }
    });
}

/// A page about the scan named in the address (`:scan`): `page` renders it once the data is
/// loaded, and again when the scan changes; a scan that is not on this device is said so.
#[component]
fn WithScan<V: IntoView + 'static>(page: fn(SelfScan) -> V) -> impl IntoView {
    let state = crate::ui::state::use_app_state();
    let scan = scan_signal(state, route_param("scan"));
    view! {
        <crate::ui::components::DataGate>
            {move || match scan.get() {
                Some(scan) => page(scan).into_any(),
                None => view! { <ScanNotFound/> }.into_any(),
            }}
        </crate::ui::components::DataGate>
    }
}

/// Shown for a link to a scan that is not (or no longer) on this device.
#[component]
fn ScanNotFound() -> impl IntoView {
    view! {
        <section class="card card--notice">
            <h2>"Deze zelfscan staat niet op dit toestel"</h2>
            <p>
                "Misschien werd ze verwijderd, of staat ze op een ander toestel. Daar kun je ze "
                "exporteren en hier importeren via "
                <crate::ui::components::Link href="/gegevens">"Gegevens"</crate::ui::components::Link>
                "."
            </p>
            <p>
                <crate::ui::components::Link href="/zelfscan">"Naar alle zelfscans"</crate::ui::components::Link>
            </p>
        </section>
    }
}

/// An objective's state in words: "7/10", "6,5 (deels)", "nog niet gescoord" or "niet van
/// toepassing", the same on every page that lists objectives.
fn state_text(state: ObjectiveState) -> String {
    match state {
        ObjectiveState::NotApplicable => "niet van toepassing".to_string(),
        ObjectiveState::NotScored => "nog niet gescoord".to_string(),
        ObjectiveState::Partly(score) => format!("{} (deels)", score_text(Some(score))),
        ObjectiveState::Scored(score) => format!("{}/10", score_text(Some(score))),
    }
}

/// "1 actie", "3 acties".
fn actions_text(count: usize) -> String {
    if count == 1 { "1 actie".to_string() } else { format!("{count} acties") }
}

/// "7", "7,5" or "–": objective scores in Dutch notation.
fn score_text(score: Option<f32>) -> String {
    match score {
        None => "–".to_string(),
        // Integer arithmetic: float formatting would add kilobytes to the bundle.
        Some(score) => match (score * 10.0).round() as u32 {
            tenths if tenths % 10 == 0 => (tenths / 10).to_string(),
            tenths => format!("{},{}", tenths / 10, tenths % 10),
        },
    }
}
