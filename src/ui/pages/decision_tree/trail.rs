use leptos::prelude::*;

use crate::domain::decision_tree::{Facts, decision_tree};
use crate::ui::components::Link;

/// One answered question on the trail, with its answered facts. Its "Wijzig" address is not
/// part of it: that address holds every fact, so it changes at each step, while the row itself
/// does not.
#[derive(Clone, PartialEq, Eq, Hash)]
struct TrailStep {
    question_id: String,
    title: String,
    /// (fact text, answer text)
    answers: Vec<(String, String)>,
}

/// The answers so far, by question, each question with a way to change it; and a fresh start.
///
/// Kept light because it updates at every step: a list keyed by question and answers, so
/// earlier rows are not rebuilt (only their link's address is updated), and plain links (the
/// router still handles their clicks).
#[component]
pub fn Trail(
    facts: Memo<Facts>,
    /// The question on screen; `None` on the outcome.
    current: Memo<Option<String>>,
    /// The address that reopens a question, keeping every fact.
    change_href: Callback<String, String>,
    restart_href: Signal<String>,
) -> impl IntoView {
    let tree = decision_tree();
    let steps = Memo::new(move |_| {
        facts.with(|facts| {
            tree.answered_questions(facts)
                .into_iter()
                .map(|question| TrailStep {
                    question_id: question.id.clone(),
                    title: question.title.clone(),
                    answers: question
                        .facts
                        .iter()
                        .filter_map(|id| Some((tree.fact(id)?, facts.get(id)?)))
                        .map(|(fact, answer)| (fact.text.clone(), fact.answer_text(answer)))
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    // "Vorige vraag": the last answered question before the one on screen.
    let previous = Memo::new(move |_| {
        steps.with(|steps| {
            let on_screen = current.with(|c| {
                let index = |id: &str| tree.questions.iter().position(|q| q.id == id);
                c.as_deref().and_then(index).map(|at| steps.iter().filter(|s| index(&s.question_id) < Some(at)).count())
            });
            on_screen.unwrap_or(steps.len()).checked_sub(1).map(|i| steps[i].question_id.clone())
        })
    });
    view! {
        <nav class="wizard__trail card" aria-labelledby="trail-title">
            <h2 id="trail-title">"Je antwoorden"</h2>
            <p class="muted" class:visually-hidden=move || steps.with(|s| !s.is_empty())>"Nog geen antwoorden."</p>
            <ol class="trail">
                <For each=move || steps.get() key=|step| step.clone() let:step>
                    <li class:trail__current=move || current.with(|c| c.as_deref() == Some(step.question_id.as_str()))>
                        <span class="trail__question">{step.title.clone()}</span>
                        <dl class="trail__facts">
                            {step
                                .answers
                                .iter()
                                .map(|(fact, answer)| view! {
                                    <dt>{fact.clone()}</dt>
                                    <dd>{answer.clone()}</dd>
                                })
                                .collect_view()}
                        </dl>
                        <a
                            href={
                                let id = step.question_id.clone();
                                move || change_href.run(id.clone())
                            }
                            class="trail__change"
                            aria-label=format!("Wijzig: {}", step.title)
                        >
                            "Wijzig"
                        </a>
                    </li>
                </For>
            </ol>
            <p class="button-row" class:visually-hidden=move || steps.with(Vec::is_empty)>
                {move || previous.get().map(|id| view! { <a href=change_href.run(id) class="button">"← Vorige vraag"</a> })}
                <Link href=move || restart_href.get() attr:class="button">"Opnieuw beginnen"</Link>
            </p>
        </nav>
    }
}

/// What the pupil's dossier already said, filled in at the start: each fact with its answer
/// now and a way to change it.
#[component]
pub fn FromDossier(
    dossier_facts: Signal<Facts>,
    facts: Memo<Facts>,
    change_href: Callback<String, String>,
) -> impl IntoView {
    let tree = decision_tree();
    // (question id, fact text, answer now, changed from the dossier's)
    let rows = Memo::new(move |_| {
        dossier_facts.with(|known| {
            facts.with(|facts| {
                tree.facts
                    .iter()
                    .filter_map(|fact| {
                        let said = known.get(&fact.id)?;
                        let now = facts.get(&fact.id)?;
                        let question = tree.question_of(&fact.id)?;
                        Some((question.id.clone(), fact.text.clone(), fact.answer_text(now), now != said))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <section class="card from-dossier" aria-labelledby="from-dossier-title" data-testid="from-dossier">
                <h2 id="from-dossier-title">"Uit het dossier"</h2>
                <p class="hint">"Dit staat al in het dossier van de leerling; de beslisboom vraagt het niet opnieuw. Klopt iets niet meer? Wijzig het hier."</p>
                <dl class="from-dossier__facts">
                    {move || rows
                        .get()
                        .into_iter()
                        .map(|(question, fact, answer, changed)| view! {
                            <div class="from-dossier__fact">
                                <dt>{fact.clone()}</dt>
                                <dd>
                                    <span class="from-dossier__answer">{answer}</span>
                                    {changed.then(|| view! { <span class="muted">" (aangepast)"</span> })}
                                    " "
                                    <a href=change_href.run(question) class="trail__change" aria-label=format!("Wijzig: {fact}")>"Wijzig"</a>
                                </dd>
                            </div>
                        })
                        .collect_view()}
                </dl>
            </section>
        </Show>
    }
}
