use std::collections::BTreeMap;

use leptos::html::H2;
use leptos::prelude::*;

use crate::domain::decision_tree::{Answer, Fact, FactKind, Facts, Question, UNKNOWN, decision_tree};
use crate::ui::browser::after_next_paint;
use crate::ui::components::NumberField;

/// The facts the user has not given yet, by fact id, with why.
type Errors = BTreeMap<String, String>;

/// The step on screen: the question's title, its number, and the facts that can still change
/// the outcome, recomputed as the user taps (an answer can make another fact matter).
///
/// The card and its heading stay from one step to the next; the heading takes the focus, so
/// keyboard and screen-reader users land on each new step.
#[component]
pub fn StepCard(
    question: Memo<&'static Question>,
    /// The facts given before this screen.
    facts: Memo<Facts>,
    /// What the pupil's dossier says: kept when a fact of this step no longer shows.
    keep: Signal<Facts>,
    /// Moves on from the question (its id) with the facts as the screen completed them.
    on_next: Callback<(String, Facts)>,
) -> impl IntoView {
    let tree = decision_tree();
    let heading = NodeRef::<H2>::new();
    let step = move || facts.with(|f| tree.step_number(f, question.get()));
    // A new screen for each question, and for other facts before it (back and forward).
    let screen = Memo::new(move |_| (question.get(), facts.get()));
    // Right after the new step is painted: the browser lays the screen out once for the
    // paint, and the focus then costs nothing more.
    Effect::new(move |_| {
        screen.track();
        after_next_paint(move || {
            // Nothing to focus when the outcome or another page has replaced the step.
            if let Some(heading) = heading.try_get_untracked().flatten() {
                let _ = heading.focus();
            }
        });
    });
    let form = move || {
        let (question, start) = screen.get();
        view! { <StepForm question start keep on_next/> }
    };
    view! {
        <div class="card question">
            <p class="question__step">{move || format!("Vraag {}", step())}</p>
            <h2 id="wizard-vraag" tabindex="-1" node_ref=heading>{move || question.get().title.as_str()}</h2>
            {form}
        </div>
    }
}

/// The facts of one step and "Volgende". Edits stay on the screen until "Volgende".
#[component]
fn StepForm(
    question: &'static Question,
    start: Facts,
    keep: Signal<Facts>,
    on_next: Callback<(String, Facts)>,
) -> impl IntoView {
    let tree = decision_tree();
    let draft = RwSignal::new(start);
    let errors = RwSignal::new(Errors::new());
    let shown = Memo::new(move |_| draft.with(|d| tree.shown_facts(d, question)));
    let set = Callback::new(move |(fact, answer): (&'static Fact, Option<Answer>)| {
        let mut result = Ok(());
        draft.update(|d| result = tree.set_answer(d, &fact.id, answer));
        errors.update(|e| match result {
            Ok(()) => {
                e.remove(&fact.id);
            }
            Err(error) => {
                e.insert(fact.id.clone(), error.0);
            }
        });
    });
    let next = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // A count that does not fit (e.g. over its maximum) keeps its message.
        let open =
            errors.with_untracked(|e| shown.with_untracked(|s| s.iter().find(|f| e.contains_key(&f.id)).copied()));
        if let Some(fact) = open {
            focus_fact(fact);
            return;
        }
        match draft.with_untracked(|d| tree.complete_step(d, question, &keep.get_untracked())) {
            // The next step's heading takes the focus once it is there (see `StepCard`).
            Ok(facts) => on_next.run((question.id.clone(), facts)),
            Err(missing) => {
                if let Some(fact) = missing.first().and_then(|m| tree.fact(&m.fact)) {
                    focus_fact(fact);
                }
                errors.set(missing.into_iter().map(|m| (m.fact, m.message)).collect());
            }
        }
    };
    view! {
        <form
            class="step"
            on:submit=next
            on:change=move |event| {
                if let Some((fact, answer)) = choice_changed(&event, draft) {
                    set.run((fact, Some(answer)));
                }
            }
            novalidate
        >
            <For each=move || shown.get() key=|fact| fact.id.as_str() let:fact>
                <FactField fact draft errors set/>
            </For>
            <button type="submit" class="button button--primary step__next">"Volgende"</button>
        </form>
    }
}

/// Puts the focus on the fact's first control, where its message is.
fn focus_fact(fact: &Fact) {
    let id = match fact.kind {
        FactKind::Number => field_id(fact),
        _ => option_id(fact, fact.options.first().map_or("", |o| o.id.as_str())),
    };
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
    if let Some(element) = element {
        let element: web_sys::HtmlElement = leptos::wasm_bindgen::JsCast::unchecked_into(element);
        let _ = element.focus();
    }
}

/// What a fact's field names start with; the rest is the fact's id.
const FIELD_PREFIX: &str = "feit-";

fn field_id(fact: &Fact) -> String {
    format!("{FIELD_PREFIX}{}", fact.id)
}

fn option_id(fact: &Fact, option: &str) -> String {
    format!("{FIELD_PREFIX}{}-{option}", fact.id)
}

/// One fact: large radio buttons for a choice, checkboxes for a multi-choice, a number field
/// with "Weet ik niet" for a number.
///
/// The options are plain inputs, written as markup, that start as the draft has them: the
/// browser keeps a choice's state as the user taps, and the form's one change handler
/// (`choice_changed`) records the answer. No view, listener or effect per option keeps a new
/// step cheap to build.
#[component]
fn FactField(
    fact: &'static Fact,
    draft: RwSignal<Facts>,
    errors: RwSignal<Errors>,
    set: Callback<(&'static Fact, Option<Answer>)>,
) -> impl IntoView {
    let error = Memo::new(move |_| errors.with(|e| e.get(&fact.id).cloned()));
    let error_id = format!("{}-fout", field_id(fact));
    let hint_id = format!("{}-hint", field_id(fact));
    match fact.kind {
        FactKind::Number => {
            let value = Memo::new(move |_| draft.with(|d| d.get(&fact.id).cloned()));
            view! { <NumberFact fact value error set/> }.into_any()
        }
        FactKind::Choice | FactKind::Multi => {
            let multi = fact.kind == FactKind::Multi;
            let described_by = if fact.help.is_some() { format!("{hint_id} {error_id}") } else { error_id.clone() };
            // Markup, not a view per option: a step has dozens of options, and the browser
            // builds them from one string far faster than node by node.
            let start = draft.with_untracked(|d| d.get(&fact.id).cloned());
            let name = field_id(fact);
            let ids: Vec<String> = fact.options.iter().map(|o| option_id(fact, &o.id)).collect();
            let options = crate::markup::choice_inputs(
                fact.options.iter().zip(&ids).map(|(option, id)| crate::markup::ChoiceInput {
                    id,
                    name: &name,
                    value: &option.id,
                    label: &option.label,
                    checked: start.as_ref().is_some_and(|a| a.includes(&option.id)),
                    exclusive: option.exclusive,
                }),
                multi,
            );
            view! {
                <fieldset
                    class=if multi { "fact fact--multi" } else { "fact" }
                    data-fact=fact.id.as_str()
                    aria-describedby=described_by
                >
                    <legend class="fact__text">{fact.text.as_str()}</legend>
                    {fact.help.as_deref().map(|help| view! { <p class="hint" id=hint_id>{help}</p> })}
                    {(multi && fact.help.is_none()).then(|| view! { <p class="hint fact__how">"Duid aan wat past; niets aanduiden betekent: geen van deze."</p> })}
                    <div class="choices" inner_html=options></div>
                    <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
                </fieldset>
            }
            .into_any()
        }
    }
}

/// A tap on an option of a choice or multi-choice of the form, as the answer it gives: the
/// fact and option come from the input's name and value. A multi-choice's other boxes follow
/// its answer at once (an exclusive option clears the others).
fn choice_changed(event: &leptos::ev::Event, draft: RwSignal<Facts>) -> Option<(&'static Fact, Answer)> {
    use leptos::wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let fact = decision_tree().fact(input.name().strip_prefix(FIELD_PREFIX)?)?;
    let option = input.value();
    match fact.kind {
        FactKind::Number => None,
        FactKind::Choice => Some((fact, Answer::Choice(option))),
        FactKind::Multi => {
            let answer = draft.with_untracked(|d| fact.toggled(d.get(&fact.id), &option, input.checked()));
            let document = web_sys::window().and_then(|w| w.document())?;
            for other in &fact.options {
                if let Some(element) = document.get_element_by_id(&option_id(fact, &other.id)) {
                    let other_input: web_sys::HtmlInputElement = element.unchecked_into();
                    other_input.set_checked(answer.includes(&other.id));
                }
            }
            Some((fact, answer))
        }
    }
}

/// A number, or "Weet ik niet" where the fact allows it.
#[component]
fn NumberFact(
    fact: &'static Fact,
    value: Memo<Option<Answer>>,
    error: Memo<Option<String>>,
    set: Callback<(&'static Fact, Option<Answer>)>,
) -> impl IntoView {
    let count = Signal::derive(move || value.get().and_then(|a| a.number()));
    let unknown = move || value.with(|v| v.as_ref().is_some_and(|a| a.includes(UNKNOWN)));
    let on_change = Callback::new(move |count: Option<u32>| set.run((fact, count.map(Answer::Number))));
    view! {
        <div class="fact fact--number" role="group" aria-label=fact.text.as_str() data-fact=fact.id.as_str()>
            <NumberField
                id=field_id(fact)
                label=fact.text.as_str()
                hint=fact.help.clone().unwrap_or_default()
                value=count
                on_change
                error
                empty_is_unanswered=true
                class="count-field fact__number"
            />
            {fact.unknown.as_deref().map(|unknown_label| view! {
                <button
                    type="button"
                    class="button fact__unknown"
                    aria-pressed=move || if unknown() { "true" } else { "false" }
                    on:click=move |_| {
                        let answer = (!unknown()).then(|| Answer::Choice(UNKNOWN.to_owned()));
                        set.run((fact, answer));
                    }
                >
                    {unknown_label}
                </button>
            })}
        </div>
    }
}
