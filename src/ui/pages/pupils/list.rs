use leptos::prelude::*;

use leptos_router::hooks::use_navigate;

use crate::domain::dates::school_year;
use crate::domain::dossier::PupilDossier;
use crate::domain::limits::MAX_LABEL_CHARS;
use crate::ui::browser::{new_id, now, today};
use crate::ui::components::{DataGate, Link, PageHeader, TextField};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::warning_sign_text;

#[component]
pub fn PupilsPage() -> impl IntoView {
    view! {
        <PageHeader
            title="Leerlingen"
            lead="Per leerling: de afwezigheden per code, het dossier van begeleidende maatregelen, de raadplegingen van de beslisboom en de Checklist PA bij aanmelding CLB."
        />
        <DataGate>
            <DossierList/>
            <NewDossierForm/>
        </DataGate>
    }
}

#[component]
fn DossierList() -> impl IntoView {
    let state = use_app_state();
    let by_label = RwSignal::new(false);
    let dossiers = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut list: Vec<PupilDossier> = w.dossiers.clone();
            if by_label.get() {
                list.sort_by_key(|d| d.label.to_lowercase());
            } else {
                list.sort_by_key(|d| d.urgency_key());
            }
            list
        })
    });
    view! {
        <section aria-labelledby="dossiers-title">
            <h2 id="dossiers-title">"Leerlingdossiers op dit toestel"</h2>
            <Show
                when=move || dossiers.with(|d| !d.is_empty())
                fallback=|| view! { <p class="muted">"Nog geen leerlingdossiers. Maak er hieronder een aan."</p> }
            >
                <div class="field sort-field">
                    <label for="dossier-sort">"Sorteer"</label>
                    <select id="dossier-sort" on:change=move |e| by_label.set(event_target_value(&e) == "label")>
                        <option value="urgentie" selected=true>"Dringendste eerst"</option>
                        <option value="label">"Op label"</option>
                    </select>
                </div>
                <ul class="dossier-list">
                    <For each=move || dossiers.get() key=|d| (d.id.clone(), d.label.clone(), d.absences.clone(), d.signalled_on, d.warning_signs.clone(), d.last_six_weeks) let:dossier>
                        <DossierCard dossier/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn DossierCard(dossier: PupilDossier) -> impl IntoView {
    let b = dossier.half_days("B");
    let signs = dossier.active_warning_signs();
    let label = dossier.label.clone();
    let href = routes::dossier(&dossier.id);
    let signal_due = dossier.signal_due_notice();
    let urgent = signal_due.is_some();
    view! {
        <li class="card dossier-card" class:dossier-card--urgent=urgent>
            <h3><Link href=href>{label}</Link></h3>
            <p class="muted">{format!("Klas {} · {}", dossier.class_name, dossier.school_year)}</p>
            <p>{format!("{b} halve dagen B-codes · {} in totaal · {} maatregelen", dossier.total_half_days(), dossier.measures.len())}</p>
            {signal_due.map(|notice| view! { <p class="badge badge--urgent">{notice}</p> })}
            {(!signs.is_empty()).then(|| view! {
                <p class="badge badge--warning">
                    {format!("Knipperlichten: {}", signs.iter().map(|s| warning_sign_text(s)).collect::<Vec<_>>().join("; "))}
                </p>
            })}
        </li>
    }
}

#[component]
fn NewDossierForm() -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let label = RwSignal::new(String::new());
    let class_name = RwSignal::new(String::new());
    let year = RwSignal::new(school_year(today()));
    let missing = RwSignal::new(false);
    let create = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if label.get_untracked().trim().is_empty() {
            missing.set(true);
            return;
        }
        let id = new_id("dossier");
        let dossier = PupilDossier {
            id: id.clone(),
            label: label.get_untracked().trim().to_owned(),
            class_name: class_name.get_untracked(),
            school_year: year.get_untracked(),
            created_at: Some(now()),
            ..Default::default()
        };
        state.edit(|w| w.dossiers.push(dossier));
        navigate(&routes::dossier(&id), Default::default());
    };
    let field = move |id: &'static str, text: &'static str, value: RwSignal<String>| {
        let on_input = Callback::new(move |typed: String| {
            value.set(typed);
            missing.set(false);
        });
        view! { <TextField id label=text value on_input max_chars=MAX_LABEL_CHARS/> }
    };
    view! {
        <section class="card" aria-labelledby="new-dossier-title">
            <h2 id="new-dossier-title">"Nieuw leerlingdossier"</h2>
            <p class="hint">
                "Gebruik initialen of een intern leerlingnummer als label. Vul geen volledige naam, rijksregisternummer of adres in: alles blijft op dit toestel, maar wat er niet in staat, kan ook niet uitlekken."
            </p>
            <form on:submit=create>
                {field("dossier-label", "Label (initialen of intern nummer)", label)}
                <p class="field-error" role="alert">{move || missing.get().then_some("Geef een label.")}</p>
                {field("dossier-class", "Klas", class_name)}
                {field("dossier-year", "Schooljaar", year)}
                <button type="submit" class="button button--primary">"Dossier aanmaken"</button>
            </form>
        </section>
    }
}
