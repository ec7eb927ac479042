use leptos::prelude::*;

use crate::ui::components::Link;

use crate::domain::self_scan::{ObjectiveState, SelfScan, self_scan_content};
use crate::ui::browser::set_page_title;
use crate::ui::components::DataGate;
use crate::ui::state::use_app_state;

use super::{ScanNotFound, route_param, score_text};

/// The score change per objective between two scans, usually of consecutive school years.
#[component]
pub fn ComparePage() -> impl IntoView {
    let state = use_app_state();
    let earlier_id = route_param("earlier");
    let later_id = route_param("later");
    let pair = Memo::new(move |_| {
        state.workspace.with(|w| {
            let earlier = w.self_scan(&earlier_id.get())?.clone();
            let later = w.self_scan(&later_id.get())?.clone();
            Some((earlier, later))
        })
    });
    view! {
        <DataGate>
            {move || match pair.get() {
                Some((earlier, later)) => view! { <Comparison earlier later/> }.into_any(),
                None => view! { <ScanNotFound/> }.into_any(),
            }}
        </DataGate>
    }
}

/// A score in the comparison's table: "7,5", "–" when not scored, "n.v.t." when none of the
/// objective's blocks applies to that scan's school.
fn cell_text(state: ObjectiveState) -> String {
    match state {
        ObjectiveState::NotApplicable => "n.v.t.".to_string(),
        state => score_text(state.score()),
    }
}

#[component]
fn Comparison(earlier: SelfScan, later: SelfScan) -> impl IntoView {
    set_page_title("Zelfscans vergelijken");
    let content = self_scan_content();
    let changes = later.compare(&earlier, content);
    let rows = content.phases.iter().map(|phase| {
        let phase_rows = phase
            .tracks
            .iter()
            .flat_map(|track| track.objectives.iter().map(move |objective| (track, objective)))
            .map(|(track, objective)| {
                let change = changes.iter().find(|c| c.objective_id == objective.id).cloned();
                let (before, after, delta) = change.map(|c| (c.before, c.after, c.delta())).unwrap_or((
                    ObjectiveState::NotScored,
                    ObjectiveState::NotScored,
                    None,
                ));
                let not_applicable = before == ObjectiveState::NotApplicable || after == ObjectiveState::NotApplicable;
                let (class, text) = match delta {
                    None if not_applicable => ("delta", "n.v.t.".to_string()),
                    None => ("delta", "–".to_string()),
                    Some(d) if d > 0.0 => ("delta delta--up", format!("▲ +{}", score_text(Some(d)))),
                    Some(d) if d < 0.0 => ("delta delta--down", format!("▼ −{}", score_text(Some(-d)))),
                    Some(_) => ("delta", "= 0".to_string()),
                };
                let track_title = track.title.as_deref().map(|t| format!("{t}: ")).unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">
                            <span class="overview-table__sub">{track_title}</span>
                            {objective.title.as_str()}
                        </th>
                        <td>{cell_text(before)}</td>
                        <td>{cell_text(after)}</td>
                        <td class=class>{text}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <tr class="overview-table__track">
                <th scope="rowgroup" colspan="4">{phase.title.as_str()}</th>
            </tr>
            {phase_rows}
        }
    });
    view! {
        <nav class="breadcrumb" aria-label="Kruimelpad">
            <Link href="/zelfscan">"Zelfscans"</Link>
        </nav>
        <header class="page-header">
            <h1>"Zelfscans vergelijken"</h1>
            <p class="lead">{format!("Van “{}” naar “{}”, score per doelstelling op 10.", earlier.label(), later.label())}</p>
        </header>
        <div class="table-scroll">
            <table class="overview-table compare-table">
                <thead>
                    <tr>
                        <th scope="col">"Doelstelling"</th>
                        <th scope="col">{earlier.label()}</th>
                        <th scope="col">{later.label()}</th>
                        <th scope="col">"Verschil"</th>
                    </tr>
                </thead>
                <tbody>{rows.collect_view()}</tbody>
            </table>
        </div>
    }
}
