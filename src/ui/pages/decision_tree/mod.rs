//! Beslisboom: one question per screen, from the kind of absence to the documents' advice.
//!
//! Every step is an address (`/beslisboom?soort=…&b-aantal=…`): a reload keeps the answers,
//! and the browser's back button returns to the previous question.
//!
//! - `question`: the current question with large answer buttons;
//! - `trail`: the answers so far, each one changeable;
//! - `outcome`: where the pupil stands, the advice and its sources; print, copy, save;
//! - `saved`: saved consultations, and one consultation's page.

mod outcome;
mod question;
mod saved;
mod trail;

pub use saved::ConsultationPage;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::decision_tree::{decision_tree, Answer, Answers, Position};
use crate::ui::components::{DataGate, PageHeader};

use outcome::OutcomeView;
use question::QuestionCard;
use saved::SavedConsultations;
use trail::Trail;

/// The query parameter that reopens an answered question.
const CHANGE: &str = "wijzig";

/// The wizard's address for `answers`, optionally reopening question `change`.
fn wizard_href(answers: &Answers, change: Option<&str>) -> String {
    let mut query = decision_tree().to_query(answers);
    if let Some(id) = change {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(&format!("{CHANGE}={id}"));
    }
    if query.is_empty() { "/beslisboom".to_owned() } else { format!("/beslisboom?{query}") }
}

#[component]
pub fn DecisionTreePage() -> impl IntoView {
    let tree = decision_tree();
    let query = use_query_map();
    let navigate = use_navigate();
    let answers = Memo::new(move |_| query.with(|q| tree.from_query(|id| q.get(id))));
    // The question on screen: one the user reopened, or the first unanswered one.
    let current = Memo::new(move |_| {
        let reopened = query.with(|q| q.get(CHANGE));
        answers.with(|answers| match reopened {
            Some(id) if answers.contains_key(&id) => Some(id),
            _ => match tree.position(answers) {
                Position::Asking(question) => Some(question.id.clone()),
                Position::Outcome => None,
            },
        })
    });
    let answer = Callback::new(move |(question_id, given): (String, Answer)| {
        let mut next = answers.get_untracked();
        tree.answer(&mut next, &question_id, given);
        navigate(&wizard_href(&next, None), Default::default());
    });

    view! {
        <PageHeader
            title="Beslisboom"
            lead="Voor één leerling: van de soort afwezigheid naar de volgende stap, wie ze zet, de wettelijke plichten en de bron. Eén vraag per scherm; je kunt elk antwoord later aanpassen."
        />
        <div class="wizard">
            <section class="wizard__main" aria-live="polite">
                {move || match current.get() {
                    Some(id) => {
                        let question = tree.question(&id).expect("current is a question of the tree");
                        let given = answers.with_untracked(|a| a.get(&id).cloned());
                        let step = answers.with_untracked(|a| tree.trail(a).iter().position(|s| s.question.id == id)) .unwrap_or(0) + 1;
                        view! { <QuestionCard question given step on_answer=answer/> }.into_any()
                    }
                    None => view! { <OutcomeView answers=answers.get()/> }.into_any(),
                }}
            </section>
            <Trail answers current/>
        </div>
        <DataGate>
            <SavedConsultations/>
        </DataGate>
    }
}
