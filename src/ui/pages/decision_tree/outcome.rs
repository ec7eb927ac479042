use leptos::prelude::*;

use crate::ui::components::Link;
use crate::ui::routes;

use crate::domain::content::sources;
use crate::domain::dates::dutch_date;
use crate::domain::decision_tree::{AdviceKind, Answers, SourceRef, decision_tree, source_text};
use crate::domain::workspace::Consultation;
use crate::ui::browser::{copy_text, new_id, now, print_page, today};
use crate::ui::components::PrintFrame;
use crate::ui::state::use_app_state;

/// Where the pupil stands, and every advice item with who acts and its source one tap away.
#[component]
pub fn OutcomeView(
    answers: Answers,
    /// The consultation's label when this outcome was saved before.
    #[prop(optional, into)]
    saved_as: Option<String>,
    /// The pupil dossier (id, label) this run is for: the consultation is attached to it.
    #[prop(default = None)]
    dossier: Option<(String, String)>,
) -> impl IntoView {
    let tree = decision_tree();
    let outcome = tree.outcome(&answers).expect("the outcome is shown once every question is answered");
    let subject = saved_as.clone().unwrap_or_else(|| "Beslisboom voor één leerling".to_owned());
    let placement = outcome.placement.map(|placement| {
        view! {
            <section class="card placement" aria-labelledby="placement-title">
                <h2 id="placement-title">"Waar staat de leerling?"</h2>
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
                    <section class=format!("card advice advice--{}", format!("{kind:?}").to_lowercase()) aria-labelledby=labelled_by>
                        <h2 id=heading_id>{kind.heading()}</h2>
                        <ul class="advice__items">
                            {items
                                .into_iter()
                                .map(|item| view! {
                                    <li class="advice__item" data-advice=item.id.clone()>
                                        <p>{item.text.as_str()}</p>
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
    // Written out only when copied: it is long, and most outcomes are never copied.
    let heading = format!("Beslisboom Verzuimwijzer – {subject} – {}", dutch_date(today()));
    let copied_answers = answers.clone();
    let text = Callback::new(move |()| tree.outcome_text(&copied_answers, &heading, sources()).unwrap_or_default());
    let is_new = saved_as.is_none();
    // On paper the trail is not printed, so the situation is written out above the advice.
    let situation = tree
        .trail(&answers)
        .into_iter()
        .filter_map(|step| Some((step.question.text.clone(), step.question.answer_text(step.answer?))))
        .map(|(question, answer)| view! { <li>{question}" "<strong>{answer}</strong></li> })
        .collect_view();

    view! {
        <div class="outcome">
            <h2 id="wizard-vraag" tabindex="-1" class="outcome__title">"Uitkomst"</h2>
            <div class="outcome__actions button-row">
                <button type="button" class="button" on:click=|_| print_page()>"Afdrukken"</button>
                <CopyButton text/>
                <Link href="/beslisboom" attr:class="button">"Opnieuw beginnen"</Link>
            </div>
            <PrintFrame
                title="Beslisboom: advies voor één leerling"
                subject=subject
                printed_on=format!("Afgedrukt op {}", dutch_date(today()))
                print_only_header=true
            >
                <section class="card print-only">
                    <h2>"De situatie"</h2>
                    <ul>{situation}</ul>
                </section>
                {placement}
                {sections}
                <p class="hint">
                    "Bronnen: Preventieplan afwezigheden (document 000) en Brusselse leidraad in de opvolging van problematische afwezigheden (document 002). Zie "
                    <Link href="/over">"Over"</Link>"."
                </p>
            </PrintFrame>
            {is_new.then(|| view! { <SaveForm answers=answers.clone() dossier=dossier.clone()/> })}
        </div>
    }
}

/// The sources of one statement, one tap away: document, section, lines and the passage.
/// The passages are rendered when opened: an outcome has dozens of them.
#[component]
fn SourceList(sources: &'static [SourceRef]) -> impl IntoView {
    let documents = crate::domain::content::sources();
    let count = sources.len();
    let open = RwSignal::new(false);
    // Paper cannot unfold a summary: print the references written out.
    let printed = sources.iter().map(|s| source_text(s, documents)).collect::<Vec<_>>().join("; ");
    view! {
        <p class="source-print">{format!("Bron: {printed}")}</p>
        <details class="source" on:toggle=move |event| {
            let details: web_sys::HtmlDetailsElement = leptos::wasm_bindgen::JsCast::unchecked_into(event_target::<web_sys::EventTarget>(&event));
            open.set(details.open());
        }>
            <summary>{if count == 1 { "Bron".to_owned() } else { format!("Bronnen ({count})") }}</summary>
            {move || open.get().then(|| view! {
                <ul>
                    {sources
                        .iter()
                        .map(|source| view! {
                            <li>
                                <p class="source__where">{source_text(source, documents)}</p>
                                <blockquote>{format!("“{}”", source.quote)}</blockquote>
                            </li>
                        })
                        .collect_view()}
                </ul>
            })}
        </details>
    }
}

#[component]
fn CopyButton(text: Callback<(), String>) -> impl IntoView {
    let status = RwSignal::new(None::<Result<(), ()>>);
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let result = copy_text(&text.run(())).await;
            status.set(Some(result.map_err(|_| ())));
        });
    };
    view! {
        <button type="button" class="button" on:click=copy>"Tekst kopiëren"</button>
        <p class="copy-status" role="status">
            {move || match status.get() {
                Some(Ok(())) => Some(view! { <span>"Gekopieerd: plak het in een verslag of e-mail."</span> }.into_any()),
                Some(Err(())) => Some(view! {
                    <span>"Kopiëren lukte niet automatisch. Selecteer de tekst hieronder en kopieer ze zelf."</span>
                    <textarea class="copy-fallback" readonly rows="8" aria-label="Uitkomst als tekst" prop:value=text.run(())></textarea>
                }.into_any()),
                None => None,
            }}
        </p>
    }
}

/// Saves the consultation under a pseudonymous label, to find it again or attach it to a dossier.
#[component]
fn SaveForm(answers: Answers, dossier: Option<(String, String)>) -> impl IntoView {
    let state = use_app_state();
    let label = RwSignal::new(dossier.as_ref().map(|(_, label)| label.clone()).unwrap_or_default());
    let dossier_id = StoredValue::new(dossier.map(|(id, _)| id));
    let missing = RwSignal::new(false);
    let saved = RwSignal::new(None::<(String, String)>);
    let answers = StoredValue::new(answers);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = label.get_untracked().trim().to_owned();
        if text.is_empty() {
            missing.set(true);
            return;
        }
        let id = new_id("raadpleging");
        let consultation = Consultation {
            id: id.clone(),
            label: text.clone(),
            created_at: Some(now()),
            updated_at: Some(now()),
            answers: answers.get_value(),
        };
        let attach_to = dossier_id.get_value();
        state.edit(|workspace| {
            workspace.consultations.push(consultation);
            if let Some(dossier) = attach_to.and_then(|d| workspace.dossier_mut(&d)) {
                dossier.attach_consultation(id.clone());
            }
        });
        saved.set(Some((id, text)));
    };
    view! {
        <Show
            when=move || saved.with(Option::is_none)
            fallback=move || {
                let (id, text) = saved.get().unwrap_or_default();
                view! {
                    <p class="notice notice--ok" role="status">
                        {format!("Bewaard als raadpleging “{text}”. ")}
                        <Link href=routes::consultation(&id)>"Openen"</Link>
                    </p>
                }
            }
        >
            <form class="card save-form" on:submit=save>
                <div class="field">
                    <label for="raadpleging-label">"Label voor deze raadpleging"</label>
                    <p class="hint" id="raadpleging-label-hint">
                        "Gebruik initialen of een intern nummer, geen volledige naam."
                    </p>
                    <input
                        id="raadpleging-label"
                        type="text"
                        autocomplete="off"
                        maxlength=crate::domain::limits::MAX_LABEL_CHARS
                        aria-describedby="raadpleging-label-hint raadpleging-label-fout"
                        aria-invalid=move || missing.get().then_some("true")
                        prop:value=move || label.get()
                        on:input=move |event| {
                            label.set(event_target_value(&event));
                            missing.set(false);
                        }
                    />
                    <p id="raadpleging-label-fout" class="field-error" role="alert">
                        {move || missing.get().then_some("Geef een label, bijvoorbeeld initialen of een intern nummer.")}
                    </p>
                </div>
                <button type="submit" class="button button--primary">"Bewaren als raadpleging"</button>
            </form>
        </Show>
    }
}
