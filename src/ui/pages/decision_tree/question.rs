use leptos::prelude::*;

use crate::domain::decision_tree::{Answer, Answers, Question, QuestionKind, decision_tree};

/// The question on screen, with answers large enough to tap in a meeting.
///
/// The card and its heading stay from one question to the next; only their text and the
/// answers change. The heading holds the focus, so keyboard and screen-reader users land on
/// each new question, and a step does not rebuild (or remove the focus from) the whole card.
#[component]
pub fn QuestionCard(
    /// The id of the question on screen.
    current: Memo<String>,
    answers: Memo<Answers>,
    on_answer: Callback<(String, Answer)>,
) -> impl IntoView {
    let tree = decision_tree();
    let question = Memo::new(move |_| current.with(|id| tree.question(id).expect("current is a question of the tree")));
    // The question's number on the path.
    let step = move || {
        let id = current.get();
        answers.with(|a| tree.trail(a).iter().position(|s| s.question.id == id)).unwrap_or(0) + 1
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        question.track();
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let answer_area = move || {
        let question = question.get();
        // The earlier answer, when the question was reopened.
        let given = answers.with_untracked(|a| a.get(&question.id).cloned());
        let send = move |answer: Answer| {
            // The tapped button is about to go: the heading takes the focus first, so the
            // browser never has to move it away from a removed element.
            if let Some(heading) = heading.get_untracked() {
                let _ = heading.focus();
            }
            on_answer.run((question.id.clone(), answer))
        };
        match question.kind {
            QuestionKind::Choice => view! { <ChoiceAnswers question given send/> }.into_any(),
            QuestionKind::Multi => view! { <MultiAnswers question given send/> }.into_any(),
            QuestionKind::Number => view! { <NumberAnswer question given send/> }.into_any(),
        }
    };
    view! {
        <div class="card question">
            <p class="question__step">{move || format!("Vraag {}", step())}</p>
            <h2 id="wizard-vraag" tabindex="-1" node_ref=heading>{move || question.get().text.as_str()}</h2>
            {move || question.get().help.as_deref().map(|help| view! { <p class="hint question__help">{help}</p> })}
            {answer_area}
        </div>
    }
}

#[component]
fn ChoiceAnswers(
    question: &'static Question,
    given: Option<Answer>,
    send: impl Fn(Answer) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let chosen = match given {
        Some(Answer::Choice(id)) => Some(id),
        _ => None,
    };
    view! {
        <ul class="answers" role="list">
            {question
                .options
                .iter()
                .map(|option| {
                    let current = chosen.as_deref() == Some(option.id.as_str());
                    view! {
                        <li>
                            <button
                                type="button"
                                class="answer"
                                class:answer--current=current
                                on:click=move |_| send(Answer::Choice(option.id.clone()))
                            >
                                {option.label.as_str()}
                                {current.then(|| view! { <span class="answer__tag">"huidig antwoord"</span> })}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn MultiAnswers(
    question: &'static Question,
    given: Option<Answer>,
    send: impl Fn(Answer) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let chosen = RwSignal::new(match given {
        Some(Answer::Multi(ids)) => ids,
        _ => Vec::new(),
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // In the order of the options, whatever the order of the taps.
        let ids = chosen.get_untracked();
        let ordered = question.options.iter().filter(|o| ids.contains(&o.id)).map(|o| o.id.clone()).collect();
        send(Answer::Multi(ordered));
    };
    view! {
        <form on:submit=submit>
            <fieldset class="checks">
                <legend class="visually-hidden">{question.text.as_str()}</legend>
                {question
                    .options
                    .iter()
                    .map(|option| {
                        let id = option.id.clone();
                        let checked = chosen.with_untracked(|c| c.contains(&id));
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    on:change=move |event| {
                                        let on = event_target_checked(&event);
                                        let id = id.clone();
                                        chosen.update(|c| {
                                            c.retain(|x| *x != id);
                                            if on {
                                                c.push(id);
                                            }
                                        });
                                    }
                                />
                                <span>{option.label.as_str()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <button type="submit" class="button button--primary">
                {move || if chosen.with(Vec::is_empty) { "Geen van deze: verder" } else { "Verder" }}
            </button>
        </form>
    }
}

#[component]
fn NumberAnswer(
    question: &'static Question,
    given: Option<Answer>,
    send: impl Fn(Answer) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let value = RwSignal::new(match given {
        Some(Answer::Number(n)) => n.to_string(),
        _ => String::new(),
    });
    let error = RwSignal::new(false);
    let parsed = move || value.with(|v| v.trim().parse::<u32>().ok());
    let step_by = move |delta: i64| {
        let next = (parsed().unwrap_or(0) as i64 + delta).max(0);
        value.set(next.to_string());
        error.set(false);
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match parsed() {
            Some(n) => send(Answer::Number(n)),
            None => error.set(true),
        }
    };
    let unit = question.unit.clone().unwrap_or_default();
    view! {
        <form on:submit=submit class="number-answer">
            <div class="field">
                <label for="wizard-getal">{format!("Aantal {unit}")}</label>
                <div class="stepper">
                    <button type="button" class="button" aria-label="Eén minder" on:click=move |_| step_by(-1)>"−"</button>
                    <input
                        id="wizard-getal"
                        type="text"
                        inputmode="numeric"
                        pattern="[0-9]*"
                        autocomplete="off"
                        aria-invalid=move || error.get().then_some("true")
                        aria-describedby="wizard-getal-fout"
                        prop:value=move || value.get()
                        on:input=move |event| {
                            value.set(event_target_value(&event));
                            error.set(false);
                        }
                    />
                    <button type="button" class="button" aria-label="Eén meer" on:click=move |_| step_by(1)>"+"</button>
                </div>
                <p id="wizard-getal-fout" class="field-error" role="alert">
                    {move || error.get().then_some("Vul een aantal in: 0 of meer, in cijfers.")}
                </p>
            </div>
            <button type="submit" class="button button--primary">"Verder"</button>
        </form>
    }
}
