//! Beslisboom: one question per screen, from the kind of absence to the documents' advice.
//!
//! Every step is an address (`/beslisboom?soort=…&b-aantal=…`): a reload keeps the answers,
//! and the browser's back button returns to the previous question. A run started from a
//! pupil's dossier adds a run number, never the dossier (see `dossier_run`).
//!
//! - `question`: the current question with large answer buttons;
//! - `trail`: the answers so far, each one changeable;
//! - `outcome`: where the pupil stands, the advice and its sources; print, copy, save;
//! - `saved`: saved consultations, and one consultation's page;
//! - `dossier_run`: which dossier a run is for, kept in the tab rather than the address.

mod dossier_run;
mod outcome;
mod question;
mod saved;
mod trail;

pub use saved::ConsultationPage;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::decision_tree::{Answer, Answers, Position, decision_tree};
use crate::ui::browser::after_next_paint;
use crate::ui::components::{DataGate, PageHeader};

use outcome::OutcomeView;
use question::QuestionCard;
use saved::SavedConsultations;
use trail::Trail;

/// The query parameter that reopens an answered question.
const CHANGE: &str = "wijzig";
/// The query parameter with the run number of a run for a pupil dossier.
const RUN: &str = "voor";

/// The wizard's address for `answers`, optionally reopening question `change`, in the run
/// `run` for a pupil dossier if any.
fn wizard_href(answers: &Answers, change: Option<&str>, run: Option<&str>) -> String {
    let mut pairs: Vec<String> = Vec::new();
    if let Some(run) = run {
        pairs.push(format!("{RUN}={run}"));
    }
    let answered = decision_tree().to_query(answers);
    if !answered.is_empty() {
        pairs.push(answered);
    }
    if let Some(id) = change {
        pairs.push(format!("{CHANGE}={id}"));
    }
    crate::ui::routes::decision_tree_at(&pairs.join("&"))
}

/// The start of a run for the pupil dossier `dossier_id`.
pub fn wizard_for_dossier(dossier_id: &str) -> String {
    wizard_href(&Answers::new(), None, Some(&dossier_run::run_for(dossier_id)))
}

/// The wizard's state: the answers so far and the answered question that was reopened.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    answers: Answers,
    reopened: Option<String>,
}

#[component]
pub fn DecisionTreePage() -> impl IntoView {
    let tree = decision_tree();
    let query = use_query_map();
    let navigate = use_navigate();
    // The answers and the reopened question, as the address has them.
    let in_address =
        Memo::new(move |_| query.with(|q| Shown { answers: tree.from_query(|id| q.get(id)), reopened: q.get(CHANGE) }));
    // What is on screen. A tap shows its next question at once and writes the address right
    // after the screen is painted; links, the back button and a reload change the address,
    // and the screen follows it.
    let shown = RwSignal::new(in_address.get_untracked());
    Effect::new(move |_| {
        let address = in_address.get();
        if shown.with_untracked(|s| *s != address) {
            shown.set(address);
        }
    });
    let answers = Memo::new(move |_| shown.with(|s| s.answers.clone()));
    let state = crate::ui::state::use_app_state();
    // The run number and the pupil (id, label), when started from a dossier that still exists.
    let for_dossier = Memo::new(move |_| {
        let run = query.with(|q| q.get(RUN))?;
        let id = dossier_run::dossier_of(&run)?;
        state.workspace.with(|w| w.dossier(&id).map(|d| (run, (d.id.clone(), d.label.clone()))))
    });
    let dossier = Memo::new(move |_| for_dossier.with(|f| f.as_ref().map(|(_, dossier)| dossier.clone())));
    let run = Signal::derive(move || for_dossier.with(|f| f.as_ref().map(|(run, _)| run.clone())));
    // The question on screen: one the user reopened, or the first unanswered one.
    let current = Memo::new(move |_| {
        let reopened = shown.with(|s| s.reopened.clone());
        answers.with(|answers| match reopened {
            Some(id) if answers.contains_key(&id) => Some(id),
            _ => match tree.position(answers) {
                Position::Asking(question) => Some(question.id.clone()),
                Position::Outcome => None,
            },
        })
    });
    // The card stays while questions follow each other; the outcome replaces it.
    let asking = Memo::new(move |_| current.with(Option::is_some));
    let question_id =
        Memo::new(move |previous: Option<&String>| current.get().or_else(|| previous.cloned()).unwrap_or_default());
    let answer = Callback::new(move |(question_id, given): (String, Answer)| {
        shown.update(|shown| {
            tree.answer(&mut shown.answers, &question_id, given);
            shown.reopened = None;
        });
        let navigate = navigate.clone();
        after_next_paint(move || {
            // What is on screen now: after two quick taps, one entry in the history.
            // Nothing to do when the page is gone, or the address is already there.
            let (Some(address), Some(run)) = (in_address.try_get_untracked(), run.try_get_untracked()) else {
                return;
            };
            let Some(Some(href)) =
                shown.try_with_untracked(|s| (*s != address).then(|| wizard_href(&s.answers, None, run.as_deref())))
            else {
                return;
            };
            // No scroll to the top: the next question's heading has the focus, which
            // brings it into view.
            navigate(&href, NavigateOptions { scroll: false, ..Default::default() });
        });
    });

    view! {
        <PageHeader
            title="Beslisboom"
            lead="Voor één leerling: van de soort afwezigheid naar de volgende stap, wie ze zet, de wettelijke plichten en de bron. Eén vraag per scherm; je kunt elk antwoord later aanpassen."
        />
        {move || dossier.get().map(|(id, label)| view! {
            <p class="notice notice--info" data-testid="wizard-dossier">
                {format!("Voor leerling {label}. ")}
                <crate::ui::components::Link href=crate::ui::routes::dossier(&id)>"Terug naar het dossier"</crate::ui::components::Link>
            </p>
        })}
        <div class="wizard">
            <section class="wizard__main" aria-live="polite">
                {move || match asking.get() {
                    true => view! { <QuestionCard current=question_id answers on_answer=answer/> }.into_any(),
                    false => view! { <OutcomeView answers=answers.get() dossier=dossier.get()/> }.into_any(),
                }}
            </section>
            <Trail answers current run/>
        </div>
        <DataGate>
            <SavedConsultations/>
        </DataGate>
    }
}
