use leptos::prelude::*;

use crate::domain::self_scan::{Action, Objective, ObjectiveState, SelfScan, Track, self_scan_content};

use super::{score_text, state_text};

/// The document's "Overzicht doelstellingen per fase", filled in: per phase a table with
/// the objective, its score (Schaal) and the actions (Wat / Wie / Wanneer / Check).
#[component]
pub fn OverviewTable(scan: SelfScan) -> impl IntoView {
    let scan = StoredValue::new(scan);
    self_scan_content()
        .phases
        .iter()
        .map(|phase| {
            view! {
                <table class="overview-table">
                    <caption>{phase.title.as_str()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Doelstelling"</th>
                            <th scope="col">"Schaal"</th>
                            <th scope="col">"Wat" <span class="overview-table__sub">"geplande actie"</span></th>
                            <th scope="col">"Wie" <span class="overview-table__sub">"actoren"</span></th>
                            <th scope="col">"Wanneer" <span class="overview-table__sub">"timing"</span></th>
                            <th scope="col">"Check" <span class="overview-table__sub">"borgen/bijsturen"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {phase.tracks.iter().map(|track| track_rows(track, scan)).collect_view()}
                    </tbody>
                </table>
            }
        })
        .collect_view()
}

fn track_rows(track: &'static Track, scan: StoredValue<SelfScan>) -> impl IntoView {
    view! {
        {track.title.as_deref().map(|title| view! {
            <tr class="overview-table__track">
                <th scope="rowgroup" colspan="6">{title}</th>
            </tr>
        })}
        {track.objectives.iter().map(|objective| objective_rows(objective, scan)).collect_view()}
    }
}

fn objective_rows(objective: &'static Objective, scan: StoredValue<SelfScan>) -> impl IntoView {
    let (score, actions) = scan.with_value(|scan| {
        let actions: Vec<Action> = scan.actions_for(&objective.id).cloned().collect();
        (scan.objective_state(objective), actions)
    });
    let block_scores = scan.with_value(|scan| {
        (objective.blocks.len() > 1).then(|| {
            objective
                .blocks
                .iter()
                .map(|block| {
                    let value = match scan.score(&block.id) {
                        _ if !scan.applies(block) => "n.v.t.".to_string(),
                        Some(score) => score.to_string(),
                        None => "–".to_string(),
                    };
                    format!("{}: {value}", block.title.as_deref().unwrap_or_default())
                })
                .collect::<Vec<_>>()
                .join(" · ")
        })
    });
    let rows = actions.len().max(1);
    let first = actions.first().cloned();
    let rest: Vec<Action> = actions.into_iter().skip(1).collect();
    view! {
        <tr>
            <th scope="row" rowspan=rows>
                {objective.title.as_str()}
                {block_scores.map(|text| view! { <span class="overview-table__sub">{text}</span> })}
            </th>
            <td rowspan=rows class="overview-table__score">
                {match score {
                    ObjectiveState::Partly(_) | ObjectiveState::Scored(_) => score_text(score.score()),
                    state => state_text(state),
                }}
            </td>
            {action_cells(first)}
        </tr>
        {rest.into_iter().map(|action| view! { <tr>{action_cells(Some(action))}</tr> }).collect_view()}
    }
}

fn action_cells(action: Option<Action>) -> impl IntoView {
    match action {
        Some(action) => view! {
            <td>
                {action.what}
                <span class="status-tag">{action.status.label()}</span>
            </td>
            <td>{action.who}</td>
            <td>{action.when}</td>
            <td>{action.check}</td>
        }
        .into_any(),
        None => view! { <td colspan="4" class="muted">"Nog geen acties"</td> }.into_any(),
    }
}
