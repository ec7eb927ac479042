use leptos::prelude::*;

use leptos_router::hooks::use_navigate;

use chrono::NaiveDate;

use crate::domain::dates::{dutch_date, iso_date};
use crate::domain::dossier::{
    FAST_ACCUMULATION, MEASURE_KINDS, MEASURES_RULE, Measure, PupilDossier, STANDARD_CODES, Toward, Urgency,
    WARNING_SIGNS_RULE, absence_code, checklist,
};
use crate::domain::limits::{MAX_LABEL_CHARS, MAX_NAME_CHARS, check_date};
use crate::ui::browser::{format_local, new_id, set_page_title, today};
use crate::ui::components::{BeslisboomContent, DataGate, DeleteButton, Link, NumberField, TextField};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::{DossierNotFound, dossier_id, dossier_memo, edit_dossier};

#[component]
pub fn DossierPage() -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    let exists = dossier_memo(state, id, |d| d.map(|d| d.label.clone()));
    view! {
        <DataGate>
            {move || match exists.get() {
                // Rebuilt only when another dossier is opened or this one renamed, never while typing.
                Some(label) => view! { <Dossier label/> }.into_any(),
                None => view! { <DossierNotFound/> }.into_any(),
            }}
        </DataGate>
    }
}

#[component]
fn Dossier(label: String) -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    set_page_title("Leerling");
    let dossier = state.workspace.with_untracked(|w| w.dossier(&id.get_untracked()).cloned()).unwrap_or_default();
    let class_and_year = dossier_memo(state, id, |d| {
        d.map(|d| format!("Klas {} · {}", d.class_name, d.school_year)).unwrap_or_default()
    });
    let navigate = use_navigate();
    let delete = Callback::new(move |()| {
        let id = id.get_untracked();
        state.edit(|w| w.remove_dossier(&id));
        navigate(routes::PUPILS, Default::default());
    });
    let text_field = move |field: &'static str,
                           text: &'static str,
                           read: fn(&PupilDossier) -> &String,
                           set: fn(&mut PupilDossier, String)| {
        let value = dossier_memo(state, id, move |d| d.map(|d| read(d).clone()).unwrap_or_default());
        let on_input = Callback::new(move |value: String| edit_dossier(state, &id.get_untracked(), |d| set(d, value)));
        view! { <TextField id=field label=text value on_input max_chars=MAX_LABEL_CHARS/> }
    };
    view! {
        <nav class="breadcrumb" aria-label="Kruimelpad"><Link href="/leerlingen">"Leerlingen"</Link></nav>
        <header class="page-header">
            <h1>{format!("Leerling {label}")}</h1>
            <p class="lead">{move || class_and_year.get()}</p>
            <div class="button-row">
                <Link href=routes::checklist(&dossier.id, false) attr:class="button button--primary">"Checklist PA bij aanmelding CLB"</Link>
                <Link href=crate::ui::pages::decision_tree::wizard_for_dossier(&dossier.id) attr:class="button">"Beslisboom voor deze leerling"</Link>
                <Link href=routes::export_dossier(&dossier.id) attr:class="button">"Exporteren (bv. voor het CLB)"</Link>
                <DeleteButton
                    question="Dit leerlingdossier verwijderen?"
                    consequence="De afwezigheden, maatregelen en de checklist verdwijnen van dit toestel. Bewaarde raadplegingen blijven."
                    on_delete=delete
                />
            </div>
        </header>
        <details class="card">
            <summary>"Gegevens: label, klas, schooljaar"</summary>
            {text_field("dossier-edit-label", "Label (initialen of intern nummer)", |d| &d.label, PupilDossier::set_label)}
            {text_field("dossier-edit-class", "Klas", |d| &d.class_name, PupilDossier::set_class_name)}
            {text_field("dossier-edit-year", "Schooljaar", |d| &d.school_year, PupilDossier::set_school_year)}
        </details>
        <Absences/>
        <WarningSigns/>
        <Measures/>
        // Each consultation's placement is read from its tree, fetched with the Beslisboom.
        <BeslisboomContent part=true>
            <Consultations/>
        </BeslisboomContent>
    }
}

#[component]
fn Absences() -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    let facts = dossier_memo(state, id, |d| d.map(PupilDossier::absence_facts).unwrap_or_default());
    let extra_codes = dossier_memo(state, id, |d| {
        d.map(|d| d.absences.keys().filter(|c| !STANDARD_CODES.contains(&c.as_str())).cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let new_code = RwSignal::new(String::new());
    let count_input = move |code: String| {
        let field = format!("afwezig-{code}");
        let label = format!("{code}-codes (halve dagen)");
        let value = {
            let code = code.clone();
            dossier_memo(state, id, move |d| Some(d.map(|d| d.half_days(&code)).unwrap_or(0)))
        };
        let on_change = Callback::new(move |count: Option<u32>| {
            edit_dossier(state, &id.get_untracked(), |d| d.set_half_days(&code, count.unwrap_or(0)));
        });
        view! { <NumberField id=field label value on_change/> }
    };
    let optional_count = move |field: &'static str,
                               text: &'static str,
                               read: fn(&PupilDossier) -> Option<u32>,
                               set: fn(&mut PupilDossier, Option<u32>)| {
        let value = dossier_memo(state, id, move |d| d.and_then(read));
        let on_change =
            Callback::new(move |count: Option<u32>| edit_dossier(state, &id.get_untracked(), |d| set(d, count)));
        view! { <NumberField id=field label=text value on_change/> }
    };
    let signalled_on = dossier_memo(state, id, |d| d.and_then(|d| d.signalled_on).map(iso_date).unwrap_or_default());
    let signalled_problem = RwSignal::new(None::<String>);
    let set_signalled_on = Callback::new(move |text: String| {
        let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
        match date.map(check_date) {
            Some(Err(problem)) => signalled_problem.set(Some(format!("Deze datum kan niet: {problem}."))),
            _ => {
                signalled_problem.set(None);
                edit_dossier(state, &id.get_untracked(), |d| d.set_signalled_on(date));
            }
        }
    });
    let add_code = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        if let Some(code) = absence_code(&new_code.get_untracked()) {
            edit_dossier(state, &id.get_untracked(), |d| d.add_absence_code(&code));
            new_code.set(String::new());
        }
    };
    view! {
        <section class="card" aria-labelledby="absences-title">
            <h2 id="absences-title">"Afwezigheden dit schooljaar"</h2>
            <div class="count-grid">
                {STANDARD_CODES.iter().map(|code| count_input(code.to_string())).collect_view()}
                {move || extra_codes.get().into_iter().map(count_input).collect_view()}
            </div>
            <form class="inline-form" on:submit=add_code>
                <div class="field">
                    <label for="new-code">"Andere code toevoegen"</label>
                    <input id="new-code" type="text" autocomplete="off" maxlength="6" prop:value=move || new_code.get() on:input=move |e| new_code.set(event_target_value(&e))/>
                </div>
                <button type="submit" class="button">"Toevoegen"</button>
            </form>
            <div class="count-grid">
                {optional_count("afwezig-6-weken", "Waarvan in de laatste 6 weken (alle codes)", |d| d.last_six_weeks, PupilDossier::set_last_six_weeks)}
                {optional_count("afwezig-sept-okt", "Waarvan in september en oktober (alle codes)", |d| d.september_october, PupilDossier::set_september_october)}
            </div>
            <TextField id="signalled-on" label="Signaal aan het CLB gegeven op" value=signalled_on on_input=set_signalled_on kind="date" error=signalled_problem/>
            <ul class="facts" data-testid="absence-facts">
                {move || facts.get().into_iter().map(|fact| view! {
                    <li class:fact--urgent=fact.urgency == Urgency::Urgent>{fact.text}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn WarningSigns() -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    let ticked = dossier_memo(state, id, |d| d.map(|d| d.warning_signs.clone()).unwrap_or_default());
    let derived_fast = dossier_memo(state, id, |d| d.is_some_and(|d| d.piling_up_fast()));
    let items =
        checklist().sections.iter().find(|s| s.id == "knipperlichten").map(|s| s.items.clone()).unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="signs-title">
            <h2 id="signs-title">"Knipperlichten"</h2>
            <p class="hint">{WARNING_SIGNS_RULE}</p>
            <div class="checks">
                {items.into_iter().map(|item| {
                    let item_id = item.id.clone();
                    let ticked_id = item.id.clone();
                    let checked = move || ticked.with(|signs| signs.contains(&ticked_id));
                    let is_fast = item.id == FAST_ACCUMULATION;
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=move || checked() || (is_fast && derived_fast.get()) disabled=move || is_fast && derived_fast.get() on:change=move |e| {
                                let on = event_target_checked(&e);
                                edit_dossier(state, &id.get_untracked(), |d| d.set_warning_sign(&item_id, on));
                            }/>
                            <span>
                                {item.text.clone()}
                                {is_fast.then(|| view! {
                                    <Show when=move || derived_fast.get()>
                                        <strong class="derived">" (afgeleid uit de cijfers)"</strong>
                                    </Show>
                                })}
                            </span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

#[component]
fn Measures() -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    let timeline = dossier_memo(state, id, |d| {
        d.map(|d| d.timeline().into_iter().cloned().collect::<Vec<_>>()).unwrap_or_default()
    });
    let date = RwSignal::new(iso_date(today()));
    let what = RwSignal::new(MEASURE_KINDS[0].1.to_string());
    let by = RwSignal::new(String::new());
    let toward = RwSignal::new("leerling".to_string());
    let result = RwSignal::new(String::new());
    let date_problem = RwSignal::new(None::<String>);
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let day = NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d").ok();
        if let Some(Err(problem)) = day.map(crate::domain::limits::check_date) {
            date_problem.set(Some(format!("Kies een andere datum: {problem}.")));
            return;
        }
        let measure = Measure {
            id: new_id("maatregel"),
            date: day,
            what: what.get_untracked(),
            by: by.get_untracked(),
            toward: match toward.get_untracked().as_str() {
                "ouders" => Toward::Ouders,
                "beiden" => Toward::Beiden,
                _ => Toward::Leerling,
            },
            result: result.get_untracked(),
        };
        edit_dossier(state, &id.get_untracked(), |d| d.add_measure(measure));
        by.set(String::new());
        result.set(String::new());
    };
    view! {
        <section class="card" aria-labelledby="measures-title">
            <h2 id="measures-title">"Dossier van begeleidende maatregelen"</h2>
            <p class="hint">{MEASURES_RULE}</p>
            // novalidate: a date out of range gets the message below, in Dutch, not the browser's.
            <form class="measure-form" novalidate on:submit=add>
                <TextField id="measure-date" label="Datum" value=date on_input=Callback::new(move |text| { date.set(text); date_problem.set(None); }) kind="date" error=date_problem/>
                <div class="field"><label for="measure-what">"Wat"</label>
                    <select id="measure-what" on:change=move |e| what.set(event_target_value(&e))>
                        {MEASURE_KINDS.iter().map(|(_, label)| view! { <option value=*label>{*label}</option> }).collect_view()}
                    </select></div>
                <TextField id="measure-by" label="Door wie" value=by on_input=Callback::new(move |text| by.set(text)) max_chars=MAX_NAME_CHARS/>
                <div class="field"><label for="measure-toward">"Naar wie"</label>
                    <select id="measure-toward" on:change=move |e| toward.set(event_target_value(&e))>
                        <option value="leerling">"De leerling"</option>
                        <option value="ouders">"De ouders"</option>
                        <option value="beiden">"Leerling en ouders"</option>
                    </select></div>
                <TextField id="measure-result" label="Resultaat" value=result on_input=Callback::new(move |text| result.set(text)) rows=2 class="measure-form__result"/>
                <button type="submit" class="button button--primary">"Maatregel toevoegen"</button>
            </form>
            <h3>"Tijdlijn"</h3>
            <Show when=move || timeline.with(|t| !t.is_empty()) fallback=|| view! { <p class="muted">"Nog geen maatregelen."</p> }>
                <ol class="timeline" data-testid="timeline">
                    {move || timeline.get().into_iter().map(|m| {
                        let measure_id = m.id.clone();
                        let toward = match m.toward { Toward::Leerling => "naar de leerling", Toward::Ouders => "naar de ouders", Toward::Beiden => "naar leerling en ouders" };
                        view! {
                            <li class="timeline__entry">
                                <p class="timeline__date">{m.date.map(dutch_date).unwrap_or_else(|| "zonder datum".into())}</p>
                                <p><strong>{m.what.clone()}</strong>{format!(" · {toward}")}{(!m.by.is_empty()).then(|| format!(" · door {}", m.by))}</p>
                                {(!m.result.is_empty()).then(|| view! { <p class="timeline__result">{format!("Resultaat: {}", m.result)}</p> })}
                                <button type="button" class="button button--quiet" on:click=move |_| {
                                    let measure_id = measure_id.clone();
                                    edit_dossier(state, &id.get_untracked(), move |d| d.remove_measure(&measure_id));
                                }>"Verwijderen"</button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </Show>
        </section>
    }
}

#[component]
fn Consultations() -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    let attached = Memo::new(move |_| {
        id.with(|id| {
            state.workspace.with(|w| {
                let ids = w.dossier(id).map(|d| d.consultation_ids.clone()).unwrap_or_default();
                w.consultations
                    .iter()
                    .filter(|c| ids.contains(&c.id))
                    .map(|c| {
                        (
                            c.id.clone(),
                            c.label.clone(),
                            c.created_at,
                            crate::ui::pages::decision_tree::placement_summary(c),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let others = Memo::new(move |_| {
        id.with(|id| {
            state.workspace.with(|w| {
                let ids = w.dossier(id).map(|d| d.consultation_ids.clone()).unwrap_or_default();
                w.consultations
                    .iter()
                    .filter(|c| !ids.contains(&c.id))
                    .map(|c| (c.id.clone(), c.label.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let chosen = RwSignal::new(String::new());
    let attach = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let consultation = chosen.get_untracked();
        if !consultation.is_empty() {
            edit_dossier(state, &id.get_untracked(), |d| d.attach_consultation(consultation));
            chosen.set(String::new());
        }
    };
    view! {
        <section class="card" aria-labelledby="consultations-title">
            <h2 id="consultations-title">"Raadplegingen van de beslisboom"</h2>
            <Show when=move || attached.with(|a| !a.is_empty()) fallback=|| view! { <p class="muted">"Nog geen raadplegingen bij deze leerling."</p> }>
                <ul class="consultation-list">
                    {move || attached.get().into_iter().map(|(cid, label, at, placement)| view! {
                        <li class="card" data-testid="dossier-consultation">
                            <Link href=routes::consultation(&cid) attr:class="consultation-link">
                                {if label.is_empty() { "Zonder label".to_owned() } else { label }}
                            </Link>
                            <span class="muted">
                                {at.map(|at| format!("{} · ", format_local(at))).unwrap_or_default()}
                                {placement}
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <p><Link href=move || crate::ui::pages::decision_tree::wizard_for_dossier(&id.get()) attr:class="button button--primary">"Beslisboom starten voor deze leerling"</Link></p>
            <Show when=move || others.with(|o| !o.is_empty())>
                <form class="inline-form" on:submit=attach>
                    <div class="field">
                        <label for="attach-consultation">"Een bewaarde raadpleging koppelen"</label>
                        <select id="attach-consultation" on:change=move |e| chosen.set(event_target_value(&e))>
                            <option value="">"Kies een raadpleging"</option>
                            {move || others.get().into_iter().map(|(cid, label)| view! { <option value=cid>{label}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button">"Koppelen"</button>
                </form>
            </Show>
        </section>
    }
}
