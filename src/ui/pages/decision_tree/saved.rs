use leptos::prelude::*;

use leptos_router::hooks::{use_navigate, use_params_map};

use crate::domain::decision_tree::{Consultation, decision_tree};
use crate::ui::browser::{format_local, local_offset, set_page_title, today};
use crate::ui::components::{DataGate, DeleteButton, Link};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::outcome::{OutcomeView, SavedAs, placement_line};
use super::saved_v1::{OutcomeV1, placement_v1};
use super::wizard_href;

/// Where a consultation placed the pupil: phase and track, per track; for one of the first
/// Beslisboom, as it placed the pupil then.
pub fn placement_summary(consultation: &Consultation) -> String {
    if consultation.is_first_tree() {
        return placement_v1(&consultation.answers).unwrap_or_else(|| "Niet afgewerkt".to_owned());
    }
    let tree = decision_tree();
    let outcome = tree.outcome(&consultation.facts);
    if outcome.placements.is_empty() {
        return "Nog geen plaats op het zorgcontinuüm".to_owned();
    }
    outcome.placements.iter().map(|p| placement_line(tree, p)).collect::<Vec<_>>().join("; ")
}

/// The consultations saved on this device, newest first.
#[component]
pub fn SavedConsultations() -> impl IntoView {
    let state = use_app_state();
    let list = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut list: Vec<_> = w
                .consultations
                .iter()
                .map(|c| (c.created_at, c.id.clone(), c.label.clone(), placement_summary(c)))
                .collect();
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0));
            list
        })
    });
    view! {
        <section class="saved-consultations" aria-labelledby="saved-title">
            <h2 id="saved-title">"Bewaarde raadplegingen"</h2>
            <Show
                when=move || list.with(|l| !l.is_empty())
                fallback=|| view! { <p class="muted">"Nog geen bewaarde raadplegingen op dit toestel."</p> }
            >
                <ul class="consultation-list">
                    {move || {
                        list.get()
                            .into_iter()
                            .map(|(at, id, label, placement)| view! {
                                <li class="card">
                                    <Link href=routes::consultation(&id) attr:class="consultation-link">
                                        {if label.is_empty() { "Zonder label".to_owned() } else { label }}
                                    </Link>
                                    <span class="muted">
                                        {at.map(|at| format!("{} · ", format_local(at))).unwrap_or_default()}
                                        {placement}
                                    </span>
                                </li>
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}

/// One saved consultation: its outcome, derived again from its facts (or, for one of the first
/// Beslisboom, from its answers as it was advised then).
#[component]
pub fn ConsultationPage() -> impl IntoView {
    let state = use_app_state();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let consultation = Memo::new(move |_| id.with(|id| state.workspace.with(|w| w.consultation(id).cloned())));
    let navigate = use_navigate();
    set_page_title("Raadpleging");
    let delete = Callback::new(move |()| {
        let id = id.get_untracked();
        state.edit(|w| w.remove_consultation(&id));
        navigate(routes::DECISION_TREE, Default::default());
    });
    view! {
        <DataGate>
            {move || match consultation.get() {
                None => view! {
                    <header class="page-header"><h1>"Raadpleging niet gevonden"</h1></header>
                    <p>"Deze raadpleging staat niet (meer) op dit toestel. " <Link href="/beslisboom">"Naar de beslisboom"</Link></p>
                }
                .into_any(),
                Some(consultation) => {
                    let title = format!("Raadpleging “{}”", consultation.label);
                    let on = consultation.created_at.map_or_else(today, |at| at.with_timezone(&local_offset()).date_naive());
                    let first_tree = consultation.is_first_tree();
                    let edit = (!first_tree).then(|| {
                        view! { <Link href=wizard_href(&consultation.facts, None, None) attr:class="button">"Antwoorden aanpassen"</Link> }
                    });
                    let body = if first_tree {
                        view! { <OutcomeV1 answers=consultation.answers.clone() label=consultation.label.clone() on/> }.into_any()
                    } else {
                        let saved_as = SavedAs { label: consultation.label.clone(), on };
                        view! { <OutcomeView facts=consultation.facts.clone() saved_as=Some(saved_as)/> }.into_any()
                    };
                    view! {
                        <nav class="breadcrumb" aria-label="Kruimelpad"><Link href="/beslisboom">"Beslisboom"</Link></nav>
                        <header class="page-header">
                            <h1>{title}</h1>
                            <p class="lead">
                                {consultation.created_at.map(|at| format!("Bewaard op {}. ", format_local(at))).unwrap_or_default()}
                                {(!first_tree).then_some("Het advies wordt telkens opnieuw afgeleid uit de bewaarde antwoorden.")}
                            </p>
                            <div class="button-row">
                                {edit}
                                <DeleteButton
                                    question="Deze raadpleging verwijderen?"
                                    consequence="Ze verdwijnt van dit toestel."
                                    on_delete=delete
                                />
                            </div>
                        </header>
                        {body}
                    }
                    .into_any()
                }
            }}
        </DataGate>
    }
}
