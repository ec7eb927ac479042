use leptos::prelude::*;

use crate::ui::components::Link;

use crate::domain::decision_tree::{Answers, decision_tree};
use crate::ui::browser::base_path;

use super::wizard_href;

/// One answered question on the trail. Its "Wijzig" address is not part of it: that address
/// holds every answer, so it changes at each step, while the row itself does not.
#[derive(Clone, PartialEq, Eq, Hash)]
struct TrailStep {
    question_id: String,
    question: String,
    answer: String,
}

/// The answers so far, in order, each with a way to change it; and a fresh start.
///
/// Kept light because it updates at every step: a list keyed by question and answer, so
/// earlier rows are not rebuilt (only their link's address is updated), and plain links (the
/// router still handles their clicks).
#[component]
pub fn Trail(
    answers: Memo<Answers>,
    current: Memo<Option<String>>,
    /// The run number of a run for a pupil dossier, kept in every link.
    run: Signal<Option<String>>,
) -> impl IntoView {
    let tree = decision_tree();
    let base = base_path();
    // Reopens question `id`, keeping every answer.
    let change_href = move |id: &str| {
        answers.with(|answers| format!("{base}{}", wizard_href(answers, Some(id), run.get().as_deref())))
    };
    let steps = Memo::new(move |_| {
        answers.with(|answers| {
            tree.trail(answers)
                .into_iter()
                .filter_map(|step| {
                    let answer = step.answer?;
                    Some(TrailStep {
                        question_id: step.question.id.clone(),
                        question: step.question.text.clone(),
                        answer: step.question.answer_text(answer),
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    // "Vorige vraag": the last answer before the question on screen.
    let previous = Memo::new(move |_| {
        steps.with(|steps| {
            let on_screen = current.with(|c| c.as_ref().and_then(|id| steps.iter().position(|s| &s.question_id == id)));
            on_screen.unwrap_or(steps.len()).checked_sub(1).map(|i| change_href(&steps[i].question_id))
        })
    });
    view! {
        <nav class="wizard__trail card" aria-labelledby="trail-title">
            <h2 id="trail-title">"Je antwoorden"</h2>
            <p class="muted" class:visually-hidden=move || steps.with(|s| !s.is_empty())>"Nog geen antwoorden."</p>
            <ol class="trail">
                <For each=move || steps.get() key=|step| step.clone() let:step>
                    <li class:trail__current=move || current.with(|c| c.as_deref() == Some(step.question_id.as_str()))>
                        <span class="trail__question">{step.question.clone()}</span>
                        <span class="trail__answer">{step.answer.clone()}</span>
                        <a
                            href={
                                let id = step.question_id.clone();
                                move || change_href(&id)
                            }
                            class="trail__change"
                            aria-label=format!("Wijzig het antwoord op: {}", step.question)
                        >
                            "Wijzig"
                        </a>
                    </li>
                </For>
            </ol>
            <p class="button-row" class:visually-hidden=move || steps.with(Vec::is_empty)>
                {move || previous.get().map(|href| view! { <a href=href class="button">"← Vorige vraag"</a> })}
                <Link href=move || wizard_href(&Answers::new(), None, run.get().as_deref()) attr:class="button">"Opnieuw beginnen"</Link>
            </p>
        </nav>
    }
}
