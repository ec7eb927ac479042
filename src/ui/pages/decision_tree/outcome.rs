use leptos::html::H2;
use leptos::prelude::*;

use crate::domain::content::sources;
use crate::domain::dates::dutch_date;
use crate::domain::decision_tree::{Advised, Changes, DecisionTree, Facts, Placement, Section, decision_tree};
use crate::ui::browser::{after_next_paint, print_page, today};
use crate::ui::components::PrintFrame;

use super::save::{SaveForm, SavedNotice, SavedRun};
use super::sources::{CopyButton, Drawn, SourceList, SourcesFootnote, outcome_heading};

/// The pupil dossier a run is for.
#[derive(Clone, Debug, PartialEq)]
pub struct RunFor {
    pub dossier_id: String,
    pub label: String,
}

/// A consultation saved before, shown read-only.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedAs {
    pub label: String,
    pub on: chrono::NaiveDate,
}

/// "Fase 2: Uitbreiding van zorg – Ongeoorloofd relatief verzuim (B-codes)".
pub fn placement_line(tree: &DecisionTree, placement: &Placement) -> String {
    let track = tree.track(&placement.track).map_or(placement.track.as_str(), |t| t.title.as_str());
    format!("{} – {track}", placement.phase_title)
}

/// The outcome: where the pupil stands, a toolbar (save, copy, print), then the advice by
/// section, each item with who acts and its sources one tap away; and the answers.
#[component]
pub fn OutcomeView(
    facts: Facts,
    /// The facts when the user opened a change: the notice says what the change did.
    #[prop(default = None)]
    before: Option<Facts>,
    /// The pupil dossier this run is for: the consultation is saved into it.
    #[prop(default = None)]
    run_for: Option<RunFor>,
    /// A saved consultation, shown read-only (no save form, no focus move).
    #[prop(default = None)]
    saved_as: Option<SavedAs>,
    /// The address that reopens a question (the trail beside it has the same links).
    #[prop(optional)]
    change_href: Option<Callback<String, String>>,
) -> impl IntoView {
    let tree = decision_tree();
    let outcome = tree.outcome(&facts);
    let read_only = saved_as.is_some();
    let date = saved_as.as_ref().map_or_else(today, |s| s.on);
    // The pupil's label: the saved one, the dossier's, or the one typed to save it.
    let label = RwSignal::new(
        saved_as
            .as_ref()
            .map(|s| s.label.clone())
            .or_else(|| run_for.as_ref().map(|r| r.label.clone()))
            .unwrap_or_default(),
    );
    let title = NodeRef::<H2>::new();
    if !read_only {
        // The outcome replaces the last step: its heading takes the focus and comes to the top,
        // so a phone does not land somewhere in the advice.
        Effect::new(move |_| {
            if let Some(heading) = title.get() {
                let _ = heading.focus();
                heading.scroll_into_view();
            }
        });
    }
    let notice = before.filter(|before| *before != facts).map(|before| {
        let changes = tree.changes(&before, &facts);
        view! { <ChangesNotice changes/> }
    });
    let signs: Vec<Advised<'static>> = outcome.in_section(Section::Knipperlicht).collect();
    let placements = outcome.placements.clone();
    let derived: Vec<&'static str> = outcome.derived.iter().map(|d| d.label.as_str()).collect();
    let sections: Vec<(Section, Vec<Advised<'static>>)> = Section::ORDER
        .into_iter()
        .filter(|section| *section != Section::Knipperlicht)
        .filter_map(|section| {
            let mut items: Vec<Advised<'static>> = outcome.in_section(section).collect();
            // What was done already comes last: it is not advised again.
            items.sort_by_key(|a| a.done);
            (!items.is_empty()).then_some((section, items))
        })
        .collect();
    // The first section shows at once; the others and the answers follow right after the
    // first paint, so the outcome appears without waiting for dozens of items and sources.
    let rest = RwSignal::new(false);
    provide_context(Drawn(rest));
    after_next_paint(move || {
        rest.try_set(true);
    });
    let (first, later) = match sections.split_first() {
        Some((first, later)) => (Some(first.clone()), later.to_vec()),
        None => (None, Vec::new()),
    };
    let first = first.map(|(section, items)| view! { <AdviceSection section items facts=facts.clone()/> });
    let later = {
        let facts = facts.clone();
        move || {
            rest.get().then(|| {
                later
                    .iter()
                    .cloned()
                    .map(|(section, items)| view! { <AdviceSection section items facts=facts.clone()/> })
                    .collect_view()
            })
        }
    };
    let situation = {
        let facts = facts.clone();
        move || rest.get().then(|| view! { <Situation facts=facts.clone() change_href read_only/> })
    };
    let nothing = outcome.items.is_empty().then(|| {
        view! {
            <p class="notice notice--info">
                "Voor deze situatie staan er (nog) geen adviezen in de beslisboom. Kijk de antwoorden na, of raadpleeg de bronnen zelf."
            </p>
        }
    });
    let text_facts = facts.clone();
    let text = Callback::new(move |()| {
        tree.outcome_text(&text_facts, &outcome_heading(&label.get_untracked(), date), sources())
    });
    let form_open = RwSignal::new(false);
    let saved = RwSignal::new(None::<SavedRun>);
    let save_facts = StoredValue::new(facts.clone());
    let run_for = StoredValue::new(run_for);
    let toolbar = view! {
        <div class="outcome__toolbar button-row">
            {(!read_only).then(|| view! {
                <button
                    type="button"
                    class="button button--primary"
                    aria-expanded=move || if form_open.get() { "true" } else { "false" }
                    aria-controls="bewaren"
                    on:click=move |_| form_open.update(|open| *open = !*open)
                    disabled=move || saved.with(Option::is_some)
                >
                    "Bewaren als raadpleging"
                </button>
            })}
            <CopyButton text/>
            <button type="button" class="button" on:click=|_| print_outcome()>"Afdrukken"</button>
        </div>
        {move || saved.get().map(|run| view! { <SavedNotice run/> })}
        <Show when=move || form_open.get() && saved.with(Option::is_none)>
            <SaveForm
                facts=save_facts.get_value()
                run_for=run_for.get_value()
                label
                on_saved=Callback::new(move |run| {
                    saved.set(Some(run));
                    form_open.set(false);
                })
                on_cancel=Callback::new(move |()| form_open.set(false))
            />
        </Show>
    };

    view! {
        <div class="outcome">
            <h2 id="uitkomst" tabindex="-1" class="outcome__title" node_ref=title>"Uitkomst"</h2>
            {notice}
            <PrintFrame
                title="Beslisboom"
                subject=Signal::derive(move || label.get())
                printed_on=format!("Afgedrukt op {}", dutch_date(today()))
                print_only_header=true
            >
                <p class="print-only print-title">{move || outcome_heading(&label.get(), date)}</p>
                <section class="card placement" aria-labelledby="placement-title">
                    <h3 id="placement-title">"Waar staat de leerling?"</h3>
                    {placements.is_empty().then(|| view! { <p>"Nog niet te zeggen met deze antwoorden."</p> })}
                    {placements
                        .into_iter()
                        .map(|placement| view! {
                            <div class="placement__item" data-track=placement.track.clone()>
                                <p class="placement__where">
                                    <strong>{placement.phase_title.as_str()}</strong>
                                    <span class="placement__track">{tree.track(&placement.track).map_or(placement.track.as_str(), |t| t.title.as_str())}</span>
                                </p>
                                <div class="placement__reason">
                                    {placement.reason.as_str()}
                                    " "
                                    <SourceList sources=&placement.sources inline=true/>
                                </div>
                            </div>
                        })
                        .collect_view()}
                    {(!signs.is_empty()).then(|| view! {
                        <div class="placement__signs">
                            <h4 id=Section::Knipperlicht.anchor()>{Section::Knipperlicht.heading()}</h4>
                            <ul class="placement__sign-list">
                                {signs
                                    .into_iter()
                                    .map(|advised| view! {
                                        <li class="advice__item sign" data-advice=advised.item.id.clone() data-done=advised.done.then_some("true")>
                                            {advised.item.text.as_str()}
                                            " "
                                            <SourceList sources=&advised.item.sources inline=true/>
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    })}
                    {(!derived.is_empty()).then(|| view! {
                        <p class="placement__derived">
                            <span class="muted">"Afgeleid uit de antwoorden: "</span>
                            {derived.join(" · ")}
                        </p>
                    })}
                </section>
                {toolbar}
                {nothing}
                {first}
                {later}
                {situation}
                <SourcesFootnote/>
            </PrintFrame>
        </div>
    }
}

/// Prints the outcome with every section unfolded: paper cannot unfold a section.
pub fn print_outcome() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        while let Ok(Some(folded)) = document.query_selector("details.advice:not([open])") {
            let details: web_sys::HtmlDetailsElement = leptos::wasm_bindgen::JsCast::unchecked_into(folded);
            details.set_open(true);
        }
    }
    print_page();
}

/// One section of the outcome, foldable.
#[component]
fn AdviceSection(section: Section, items: Vec<Advised<'static>>, facts: Facts) -> impl IntoView {
    let slug = section.anchor().trim_start_matches("uitkomst-");
    view! {
        <details open class=format!("card advice advice--{slug}") data-section=slug>
            <summary class="advice__summary">
                <h3 id=section.anchor()>{section.heading()}</h3>
                <span class="advice__count">{items.len().to_string()}</span>
            </summary>
            <ul class="advice__items">
                {items.into_iter().map(|advised| view! { <AdviceItemView advised facts=facts.clone()/> }).collect_view()}
            </ul>
        </details>
    }
}

/// One advice item: its text, who acts, the count it relies on, the ambiguity, its sources;
/// a step already taken shows as done.
#[component]
fn AdviceItemView(advised: Advised<'static>, facts: Facts) -> impl IntoView {
    let tree = decision_tree();
    let item = advised.item;
    let count = item.count.as_deref().and_then(|id| tree.count_text(id, &facts));
    view! {
        <li class="advice__item" class:advice__item--done=advised.done data-advice=item.id.clone() data-done=advised.done.then_some("true")>
            {advised.done.then(|| view! { <p class="advice__done">"✓ Gedaan"</p> })}
            <p class="advice__text">{item.text.as_str()}</p>
            {count.map(|count| view! { <p class="advice__count-text">{count}</p> })}
            {item.ambiguity.as_deref().map(|amb| view! { <p class="advice__amb"><span class="tag">{amb}</span>" Onduidelijk punt in de bronnen"</p> })}
            <div class="advice__meta">
                {item.who.as_deref().map(|who| view! { <span class="advice__who"><strong>"Wie: "</strong>{who}</span>" " })}
                <SourceList sources=&item.sources inline=true/>
            </div>
        </li>
    }
}

/// What changing the answers did to the outcome.
#[component]
fn ChangesNotice(changes: Changes<'static>) -> impl IntoView {
    let tree = decision_tree();
    let lines = |placements: &[&Placement]| {
        if placements.is_empty() {
            "geen".to_owned()
        } else {
            placements.iter().map(|p| placement_line(tree, p)).collect::<Vec<_>>().join("; ")
        }
    };
    let placement = (changes.placements_before != changes.placements_after).then(|| {
        view! {
            <p class="changes__placement">
                <strong>"Plaats: "</strong>
                <span data-testid="changes-before">{lines(&changes.placements_before)}</span>
                " → "
                <span data-testid="changes-after">{lines(&changes.placements_after)}</span>
            </p>
        }
    });
    let list = |title: &'static str,
                kind: &'static str,
                items: &[&'static crate::domain::decision_tree::AdviceItem]| {
        (!items.is_empty()).then(|| {
            view! {
                <div class=format!("changes__list changes__list--{kind}") data-changes=kind>
                    <h4>{title}</h4>
                    <ul>
                        {items.iter().map(|item| view! { <li data-advice=item.id.clone()>{item.text.as_str()}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let empty = changes.is_empty().then(|| view! { <p>"Deze wijziging veranderde niets aan de uitkomst."</p> });
    view! {
        <section class="notice notice--info changes" aria-labelledby="changes-title" data-testid="changes">
            <h3 id="changes-title">"Wat deze wijziging veranderde"</h3>
            {placement}
            {list("Nieuw", "added", &changes.added)}
            {list("Vervalt", "removed", &changes.removed)}
            {list("Nu gedaan", "done", &changes.now_done)}
            {empty}
        </section>
    }
}

/// The answers, by question: on paper always (the trail is not printed), and on the page of a
/// saved consultation, which has no trail.
#[component]
fn Situation(facts: Facts, change_href: Option<Callback<String, String>>, read_only: bool) -> impl IntoView {
    let tree = decision_tree();
    let questions = tree
        .answered_questions(&facts)
        .into_iter()
        .map(|question| {
            let answers = question
                .facts
                .iter()
                .filter_map(|id| Some((tree.fact(id)?, facts.get(id)?)))
                .map(|(fact, answer)| view! { <dt>{fact.text.as_str()}</dt><dd>{fact.answer_text(answer)}</dd> })
                .collect_view();
            let change = change_href.map(|href| {
                view! {
                    <a href=href.run(question.id.clone()) class="trail__change print-hidden" aria-label=format!("Wijzig: {}", question.title)>
                        "Wijzig"
                    </a>
                }
            });
            view! {
                <div class="situation__question">
                    <h4>{question.title.as_str()}</h4>
                    <dl class="trail__facts">{answers}</dl>
                    {change}
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="card situation" class:print-only=!read_only aria-labelledby="situation-title">
            <h3 id="situation-title">"De situatie: de antwoorden"</h3>
            {questions}
        </section>
    }
}
