use leptos::prelude::*;

use leptos_router::hooks::use_query_map;

use crate::domain::dates::dutch_date;
use crate::domain::dossier::{ChecklistItem, ChecklistVersion, checklist};
use crate::ui::browser::{print_page, set_page_title, today};
use crate::ui::components::{DataGate, Link, NumberField, PrintFrame};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::{DossierNotFound, dossier_id, dossier_memo, edit_dossier};

/// The "Checklist PA bij aanmelding CLB" for one pupil: pre-filled from the dossier, every field
/// editable, printable as an A4 referral sheet for the CLB.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    let query = use_query_map();
    set_page_title("Checklist");
    let version = Memo::new(move |_| {
        if query.with(|q| q.get("versie").as_deref() == Some("beknopt")) {
            ChecklistVersion::Brief
        } else {
            ChecklistVersion::Extended
        }
    });
    let header = dossier_memo(state, id, |d| d.map(|d| (d.label.clone(), d.class_name.clone(), d.school_year.clone())));
    view! {
        <DataGate>
            {move || match header.get() {
                None => view! { <DossierNotFound/> }.into_any(),
                Some((label, class_name, year)) => {
                    let version = version.get();
                    let title = checklist().title(version).to_owned();
                    let crumb = label.clone();
                    view! {
                        <nav class="breadcrumb print-hidden" aria-label="Kruimelpad">
                            <Link href="/leerlingen">"Leerlingen"</Link>" › "
                            <Link href=routes::dossier(&id.get_untracked())>{crumb}</Link>
                        </nav>
                        <div class="print-toolbar">
                            // Plain links (the router still follows them): the two differ only in
                            // the query, which the router's own marking of the current link ignores.
                            <p class="print-toolbar__version" data-testid="checklist-version">
                                {match version {
                                    ChecklistVersion::Extended => "Je ziet de uitgebreide versie.",
                                    ChecklistVersion::Brief => "Je ziet de beknopte versie.",
                                }}
                            </p>
                            <a href=move || version_href(&id.get(), false) class="button" aria-current=(version == ChecklistVersion::Extended).then_some("page")>"Uitgebreide versie"</a>
                            <a href=move || version_href(&id.get(), true) class="button" aria-current=(version == ChecklistVersion::Brief).then_some("page")>"Beknopte versie"</a>
                            <button type="button" class="button button--primary" on:click=|_| print_page()>"Afdrukken voor het CLB"</button>
                            <p class="hint">"Vooraf ingevuld met wat het dossier al weet. Alles kan aangepast worden en wordt meteen bewaard."</p>
                        </div>
                        <PrintFrame title="Aanmelding CLB" subject=format!("Leerling {label} · klas {class_name} · {year}") printed_on=format!("Afgedrukt op {}", dutch_date(today()))>
                            <h1 class="print-title">{title}</h1>
                            <p class="print-facts-line">{format!("Leerling: {label} · Klas: {class_name} · Schooljaar: {year}")}</p>
                            {checklist().sections(version).map(|section| view! {
                                <section class="checklist-section">
                                    <h2>{section.title.as_str()}</h2>
                                    <ul class="checklist">
                                        {section.items.iter().map(|item| view! { <ChecklistRow item/> }).collect_view()}
                                    </ul>
                                </section>
                            }).collect_view()}
                            <p class="print-source">"Bron: Brusselse leidraad in de opvolging van problematische afwezigheden (mei 2021, update januari 2025), Checklist PA bij aanmelding CLB secundair onderwijs."</p>
                        </PrintFrame>
                    }.into_any()
                }
            }}
        </DataGate>
    }
}

/// The address of one version of the checklist, under the app's base path.
fn version_href(id: &str, brief: bool) -> String {
    format!("{}{}", crate::ui::browser::base_path(), routes::checklist(id, brief))
}

#[component]
fn ChecklistRow(item: &'static ChecklistItem) -> impl IntoView {
    let state = use_app_state();
    let id = dossier_id();
    let answer = dossier_memo(state, id, move |d| d.map(|d| d.checklist_answer(item)).unwrap_or_default());
    let box_id = format!("chk-{}", item.id);
    view! {
        <li class="checklist__item">
            <label class="check">
                <input id=box_id type="checkbox" prop:checked=move || answer.get().checked on:change=move |e| {
                    let on = event_target_checked(&e);
                    edit_dossier(state, &id.get_untracked(), |d| d.tick_checklist_item(item, on));
                }/>
                <span>{item.text.as_str()}</span>
            </label>
            {(!item.counts.is_empty()).then(|| view! {
                <div class="checklist__counts">
                    {item.counts.iter().map(|field| {
                        let input_id = format!("chk-{}-{}", item.id, field.id);
                        let shown_id = field.id.clone();
                        let value = Memo::new(move |_| answer.with(|a| a.counts.get(&shown_id).copied()));
                        let field_id = field.id.clone();
                        let on_change = Callback::new(move |count: Option<u32>| {
                            edit_dossier(state, &id.get_untracked(), |d| d.set_checklist_count(item, &field_id, count));
                        });
                        view! { <NumberField id=input_id label=field.label.as_str() value on_change/> }
                    }).collect_view()}
                </div>
            })}
            {(!item.options.is_empty()).then(|| view! {
                <ul class="checklist__options">
                    {item.options.iter().map(|option| {
                        let option_id = option.id.clone();
                        let input_id = format!("chk-{}-{}", item.id, option.id);
                        let checked_id = option.id.clone();
                        view! {
                            <li>
                                <label class="check check--small">
                                    <input id=input_id type="checkbox" prop:checked=move || answer.with(|a| a.options.contains(&checked_id)) on:change=move |e| {
                                        let on = event_target_checked(&e);
                                        edit_dossier(state, &id.get_untracked(), |d| d.tick_checklist_option(item, &option_id, on));
                                    }/>
                                    <span>{option.label.as_str()}</span>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}
