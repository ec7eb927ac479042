//! Beslisboom: one step per screen, each asking a few related facts of one pupil's situation,
//! until the outcome is complete; then where the pupil stands, the advice and its sources.
//!
//! Every step is an address (`/beslisboom?regio=brussel&soort=ongewettigd&…`): a reload keeps
//! the facts, and the browser's back button returns to the previous step with its answers. A
//! run started from a pupil's dossier adds a run number, never the dossier (see `dossier_run`),
//! and starts with what the dossier already says.
//!
//! - `question`: the step on screen, with its facts as large choices, checkboxes and numbers;
//! - `trail`: the answers so far, by question, each question reopenable;
//! - `outcome`: placement, toolbar (save, copy, print), the advice by section, what a change did;
//! - `save`: saving as a consultation, with the dossier updates the user consents to;
//! - `sources`: an item's sources one tap away, and the copy button;
//! - `saved`: saved consultations, and one consultation's page; `saved_v1` the first tree's;
//! - `dossier_run`: which dossier a run is for, kept in the tab rather than the address.

mod dossier_run;
mod outcome;
mod question;
mod save;
mod saved;
mod saved_v1;
mod sources;
mod trail;

pub use saved::{ConsultationPage, placement_summary};

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::decision_tree::{Facts, Question, decision_tree, facts_from_dossier};
use crate::ui::browser::after_next_paint;
use crate::ui::components::{DataGate, Link, PageHeader};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use outcome::{OutcomeView, RunFor};
use question::StepCard;
use saved::SavedConsultations;
use trail::{FromDossier, Trail};

/// The query parameter that reopens an answered question.
const CHANGE: &str = "wijzig";
/// The query parameter with the run number of a run for a pupil dossier.
const RUN: &str = "voor";

/// The wizard's address for `facts`, optionally reopening question `change`, in the run `run`
/// for a pupil dossier if any.
fn wizard_href(facts: &Facts, change: Option<&str>, run: Option<&str>) -> String {
    let mut pairs: Vec<String> = Vec::new();
    if let Some(run) = run {
        pairs.push(format!("{RUN}={run}"));
    }
    // No facts, no tree to read: the dossier's link to a new run is made before the
    // Beslisboom's content is fetched.
    let answered = if facts.is_empty() { String::new() } else { decision_tree().to_query(facts) };
    if !answered.is_empty() {
        pairs.push(answered);
    }
    if let Some(id) = change {
        pairs.push(format!("{CHANGE}={id}"));
    }
    routes::decision_tree_at(&pairs.join("&"))
}

/// The start of a run for the pupil dossier `dossier_id`: it opens with what the dossier says.
pub fn wizard_for_dossier(dossier_id: &str) -> String {
    wizard_href(&Facts::new(), None, Some(&dossier_run::run_for(dossier_id)))
}

/// The wizard's state: the facts so far and the answered question that was reopened.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shown {
    facts: Facts,
    reopened: Option<String>,
}

/// A run for a pupil dossier that still exists: the run number, the dossier and what it says.
#[derive(Clone, Debug, PartialEq)]
struct ForDossier {
    run: String,
    id: String,
    label: String,
    facts: Facts,
}

#[component]
pub fn DecisionTreePage() -> impl IntoView {
    let tree = decision_tree();
    let query = use_query_map();
    let navigate = use_navigate();
    let state = use_app_state();
    let for_dossier = Memo::new(move |_| {
        let run = query.with(|q| q.get(RUN))?;
        let id = dossier_run::dossier_of(&run)?;
        state.workspace.with(|w| {
            w.dossier(&id).map(|d| ForDossier {
                run,
                id: d.id.clone(),
                label: d.label.clone(),
                facts: facts_from_dossier(d),
            })
        })
    });
    let run = Signal::derive(move || for_dossier.with(|f| f.as_ref().map(|f| f.run.clone())));
    let dossier_facts =
        Signal::derive(move || for_dossier.with(|f| f.as_ref().map(|f| f.facts.clone())).unwrap_or_default());
    // The facts as the address has them; a run for a dossier with none yet starts with what
    // the dossier says ("Opnieuw beginnen" too).
    let in_query =
        Memo::new(move |_| query.with(|q| Shown { facts: tree.from_query(|id| q.get(id)), reopened: q.get(CHANGE) }));
    let in_address = Memo::new(move |_| {
        let mut shown = in_query.get();
        if shown.facts.is_empty() && shown.reopened.is_none() {
            shown.facts = dossier_facts.get();
        }
        shown
    });
    // What is on screen. "Volgende" shows the next step at once and writes the address right
    // after the screen is painted; links, the back button and a reload change the address,
    // and the screen follows it.
    let shown = RwSignal::new(in_address.get_untracked());
    // The facts when the user opened a change on the outcome, to say what the change did.
    let before = RwSignal::new(None::<Facts>);
    Effect::new(move |_| {
        let address = in_address.get();
        let previous = shown.get_untracked();
        if previous == address {
            return;
        }
        let on_outcome = previous.reopened.is_none() && tree.next_question(&previous.facts).is_none();
        if address.reopened.is_some() && on_outcome && address.facts == previous.facts {
            before.set(Some(previous.facts.clone()));
        }
        if in_query.with_untracked(|q| q.facts.is_empty()) {
            before.set(None);
        }
        shown.set(address);
    });
    // A run that started with the dossier's facts puts them in its address at once.
    {
        let navigate = navigate.clone();
        Effect::new(move |_| {
            let (address, query_facts) = (in_address.get(), in_query.with(|q| q.facts.clone()));
            if address.reopened.is_none() && address.facts != query_facts {
                let href = wizard_href(&address.facts, None, run.get_untracked().as_deref());
                let navigate = navigate.clone();
                after_next_paint(move || {
                    navigate(&href, NavigateOptions { replace: true, scroll: false, ..Default::default() })
                });
            }
        });
    }
    let facts = Memo::new(move |_| shown.with(|s| s.facts.clone()));
    // The step on screen: one the user reopened (while it shows any fact), or the first with
    // a fact still open; `None` is the outcome.
    let current = Memo::new(move |_| {
        shown.with(|s| {
            let reopened = s.reopened.as_deref().and_then(|id| tree.question(id));
            reopened
                .filter(|q| !tree.shown_facts(&s.facts, q).is_empty())
                .or_else(|| tree.next_question(&s.facts))
                .map(|q| q.id.clone())
        })
    });
    let asking = Memo::new(move |_| current.with(Option::is_some));
    // The card stays while steps follow each other; the outcome replaces it.
    let question = Memo::new(move |previous: Option<&&'static Question>| {
        current.get().and_then(|id| tree.question(&id)).or_else(|| previous.copied()).unwrap_or(&tree.questions[0])
    });
    let advance = Callback::new(move |(from, next): (String, Facts)| {
        shown.set(Shown { facts: next, reopened: None });
        let navigate = navigate.clone();
        after_next_paint(move || {
            // Nothing to do when the page is gone, or the address is already there (two quick
            // taps: one entry in the history).
            let (Some(address), Some(run)) = (in_address.try_get_untracked(), run.try_get_untracked()) else {
                return;
            };
            let Some(now) = shown.try_get_untracked() else { return };
            if now == address {
                return;
            }
            // Back returns to this step as the user left it: the entry being left becomes
            // the step reopened with its answers, and the next step is a new entry.
            let left = wizard_href(&now.facts, Some(&from), run.as_deref());
            navigate(&left, NavigateOptions { replace: true, scroll: false, ..Default::default() });
            // No scroll to the top: the next step's heading has the focus, which brings it
            // into view.
            let href = wizard_href(&now.facts, None, run.as_deref());
            navigate(&href, NavigateOptions { scroll: false, ..Default::default() });
        });
    });
    // The address of the facts once per step; each "Wijzig" link only adds its question.
    let here = Memo::new(move |_| {
        let href = facts.with(|f| wizard_href(f, None, run.get().as_deref()));
        let joiner = if href.contains('?') { '&' } else { '?' };
        format!("{}{href}{joiner}{CHANGE}=", crate::ui::browser::base_path())
    });
    let change_href = Callback::new(move |question_id: String| here.with(|here| format!("{here}{question_id}")));
    let restart_href = Signal::derive(move || wizard_href(&Facts::new(), None, run.get().as_deref()));
    // Only the dossier and its label: the outcome is not rebuilt when saving changes the dossier.
    let run_for = Memo::new(move |_| for_dossier.get().map(|f| RunFor { dossier_id: f.id, label: f.label }));

    view! {
        <PageHeader
            title="Beslisboom"
            lead="Voor één leerling: van de situatie naar de volgende stap, wie ze zet, de wettelijke plichten en de bron. Eén vraag per scherm; je kunt elk antwoord later aanpassen."
        />
        {move || for_dossier.get().map(|f| view! {
            <p class="notice notice--info" data-testid="wizard-dossier">
                {format!("Voor leerling {}. ", f.label)}
                <Link href=routes::dossier(&f.id)>"Terug naar het dossier"</Link>
            </p>
        })}
        <div class="wizard">
            <section class="wizard__main">
                {move || match asking.get() {
                    true => view! {
                        <FromDossier dossier_facts facts change_href/>
                        <StepCard question facts keep=dossier_facts on_next=advance/>
                    }
                    .into_any(),
                    false => view! {
                        <OutcomeView
                            facts=facts.get()
                            before=before.get()
                            run_for=run_for.get()
                            change_href
                        />
                    }
                    .into_any(),
                }}
            </section>
            <Trail facts current change_href restart_href/>
        </div>
        <DataGate>
            <SavedConsultations/>
        </DataGate>
    }
}
