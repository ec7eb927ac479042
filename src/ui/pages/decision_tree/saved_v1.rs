//! A consultation saved with the first Beslisboom (schema 3 and before), shown as it was
//! advised then: it is a record, read-only.

use leptos::prelude::*;

use crate::domain::content::sources;
use crate::domain::dates::dutch_date;
use crate::domain::decision_tree::v1::{self, AdviceKind, Answers};
use crate::ui::browser::today;
use crate::ui::components::PrintFrame;

use super::sources::{CopyButton, SourceList, SourcesFootnote, outcome_heading};

/// "Fase 2: Uitbreiding van zorg – Ongeoorloofd relatief verzuim (B-codes)", or `None` while
/// the path did not reach its outcome.
pub fn placement_v1(answers: &Answers) -> Option<String> {
    let placement = v1::decision_tree().outcome(answers)?.placement?;
    Some(format!("{} – {}", placement.phase_title, placement.track))
}

/// Where the pupil stood, and every advice item with who acts and its source one tap away.
#[component]
pub fn OutcomeV1(answers: Answers, label: String, on: chrono::NaiveDate) -> impl IntoView {
    let tree = v1::decision_tree();
    let Some(outcome) = tree.outcome(&answers) else {
        return view! { <p class="notice notice--warning">"Deze raadpleging is niet afgewerkt."</p> }.into_any();
    };
    let placement = outcome.placement.map(|placement| {
        view! {
            <section class="card placement" aria-labelledby="placement-title">
                <h3 id="placement-title">"Waar staat de leerling?"</h3>
                <p class="placement__where">
                    <strong>{placement.phase_title.as_str()}</strong>
                    <span>{placement.track.as_str()}</span>
                </p>
                <p>{placement.reason.as_str()}</p>
                <SourceList sources=&placement.sources/>
            </section>
        }
    });
    let sections = AdviceKind::ORDER
        .into_iter()
        .filter_map(|kind| {
            let items: Vec<_> = outcome.items_of(kind).collect();
            (!items.is_empty()).then(|| {
                let heading_id = format!("advies-{kind:?}").to_lowercase();
                let labelled_by = heading_id.clone();
                view! {
                    <section class=format!("card advice advice--v1-{}", format!("{kind:?}").to_lowercase()) aria-labelledby=labelled_by>
                        <h3 id=heading_id>{kind.heading()}</h3>
                        <ul class="advice__items">
                            {items
                                .into_iter()
                                .map(|item| view! {
                                    <li class="advice__item" data-advice=item.id.clone()>
                                        <p class="advice__text">{item.text.as_str()}</p>
                                        {item.who.as_deref().map(|who| view! { <p class="advice__who"><strong>"Wie: "</strong>{who}</p> })}
                                        <SourceList sources=&item.sources/>
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
        })
        .collect_view();
    let heading = outcome_heading(&label, on);
    let copied = answers.clone();
    let text = Callback::new(move |()| tree.outcome_text(&copied, &heading, sources()).unwrap_or_default());
    let situation = tree
        .trail(&answers)
        .into_iter()
        .filter_map(|step| Some((step.question.text.clone(), step.question.answer_text(step.answer?))))
        .map(|(question, answer)| view! { <dt>{question}</dt><dd>{answer}</dd> })
        .collect_view();
    view! {
        <div class="outcome">
            <p class="notice notice--info">
                "Deze raadpleging is gemaakt met de eerste versie van de beslisboom en toont het advies zoals het toen gegeven werd."
            </p>
            <div class="outcome__toolbar button-row">
                <CopyButton text/>
                <button type="button" class="button" on:click=|_| super::outcome::print_outcome()>"Afdrukken"</button>
            </div>
            <PrintFrame
                title="Beslisboom"
                subject=label.clone()
                printed_on=format!("Afgedrukt op {}", dutch_date(today()))
                print_only_header=true
            >
                <p class="print-only print-title">{outcome_heading(&label, on)}</p>
                {placement}
                {sections}
                <section class="card situation" aria-labelledby="situation-title">
                    <h3 id="situation-title">"De situatie: de antwoorden"</h3>
                    <dl class="trail__facts">{situation}</dl>
                </section>
                <SourcesFootnote/>
            </PrintFrame>
        </div>
    }
    .into_any()
}
