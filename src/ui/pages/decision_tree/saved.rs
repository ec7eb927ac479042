use leptos::prelude::*;

use leptos_router::hooks::{use_navigate, use_params_map};

use crate::domain::decision_tree::decision_tree;
use crate::ui::browser::{format_local, set_page_title};
use crate::ui::components::{DataGate, DeleteButton, Link};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::outcome::OutcomeView;
use super::wizard_href;

/// The consultations saved on this device, newest first.
#[component]
pub fn SavedConsultations() -> impl IntoView {
    let state = use_app_state();
    let tree = decision_tree();
    let list = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut list: Vec<_> = w
                .consultations
                .iter()
                .map(|c| {
                    let placement = tree
                        .outcome(&c.answers)
                        .and_then(|o| o.placement)
                        .map(|p| format!("{} – {}", p.phase_title, p.track))
                        .unwrap_or_else(|| "Niet afgewerkt".to_owned());
                    (c.created_at, c.id.clone(), c.label.clone(), placement)
                })
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

/// One saved consultation: its outcome, recomputed from its answers.
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
                    let complete = decision_tree().outcome(&consultation.answers).is_some();
                                    let edit_href = wizard_href(&consultation.answers, None, None);
                    view! {
                        <nav class="breadcrumb" aria-label="Kruimelpad"><Link href="/beslisboom">"Beslisboom"</Link></nav>
                        <header class="page-header">
                            <h1>{title}</h1>
                            <p class="lead">
                                {consultation.created_at.map(|at| format!("Bewaard op {}. ", format_local(at))).unwrap_or_default()}
                                "Het advies wordt telkens opnieuw afgeleid uit de bewaarde antwoorden."
                            </p>
                            <div class="button-row">
                                <Link href=edit_href attr:class="button">"Antwoorden aanpassen"</Link>
                                <DeleteButton
                                    question="Deze raadpleging verwijderen?"
                                    consequence="Ze verdwijnt van dit toestel."
                                    on_delete=delete
                                />
                            </div>
                        </header>
                        {if complete {
                            view! { <OutcomeView answers=consultation.answers.clone() saved_as=consultation.label.clone()/> }.into_any()
                        } else {
                            view! { <p class="notice notice--warning">"Deze raadpleging is niet afgewerkt."</p> }.into_any()
                        }}
                    }
                    .into_any()
                }
            }}
        </DataGate>
    }
}
