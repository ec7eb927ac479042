use leptos::prelude::*;

use leptos_router::hooks::use_navigate;

use crate::domain::dates::{next_school_year, school_year};
use crate::domain::limits::{MAX_LABEL_CHARS, MAX_NAME_CHARS};
use crate::domain::self_scan::{SelfScan, self_scan_content};
use crate::ui::browser::{format_local, new_id, now, today};
use crate::ui::components::{DataGate, DeleteButton, Link, PageHeader, TextField};

use super::actions_text;
use super::levels::LevelChoice;
use crate::ui::routes;
use crate::ui::state::use_app_state;

#[component]
pub fn SelfScanListPage() -> impl IntoView {
    view! {
        <PageHeader
            title="Zelfscan"
            lead="Scan met je team, en eventueel met je CLB, het aanwezigheidsbeleid van de school langs het zorgcontinuüm: per fase de doelstellingen, de reflectievragen, een score op 10 en een actieplan."
        />
        <DataGate>
            <ScanList/>
            <NewScanForm/>
            <CompareForm/>
        </DataGate>
    }
}

#[component]
fn NewScanForm() -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let school = RwSignal::new(state.workspace.with_untracked(|w| w.organisation_name.clone()));
    let year = RwSignal::new(school_year(today()));
    let participants = RwSignal::new(String::new());
    let levels = RwSignal::new(Vec::new());

    let create = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let id = new_id("scan");
        let mut scan = SelfScan::new(id.clone(), school.get(), year.get(), now());
        scan.participants = participants.get();
        scan.set_levels(&levels.get());
        state.edit(|workspace| workspace.self_scans.push(scan));
        navigate(&routes::scan(&id), Default::default());
    };

    view! {
        <section class="card" aria-labelledby="new-scan-title">
            <h2 id="new-scan-title">"Nieuwe zelfscan"</h2>
            <form on:submit=create>
                <TextField
                    id="new-scan-school"
                    label="School"
                    value=school
                    on_input=Callback::new(move |text| school.set(text))
                    max_chars=MAX_NAME_CHARS
                    autocomplete="organization"
                />
                <TextField
                    id="new-scan-year"
                    label="Schooljaar of datum"
                    value=year
                    on_input=Callback::new(move |text| year.set(text))
                    max_chars=MAX_LABEL_CHARS
                />
                <TextField
                    id="new-scan-participants"
                    label="Wie neemt deel?"
                    hint="Bijvoorbeeld: directie, zorgcoördinator, leerlingbegeleider, CLB-medewerker."
                    value=participants
                    on_input=Callback::new(move |text| participants.set(text))
                    max_chars=MAX_NAME_CHARS
                />
                <LevelChoice id="new-scan-level" levels on_change=Callback::new(move |chosen| levels.set(chosen))/>
                <button type="submit" class="button button--primary">"Zelfscan starten"</button>
            </form>
        </section>
    }
}

#[component]
fn ScanList() -> impl IntoView {
    let state = use_app_state();
    let scans = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut scans = w.self_scans.clone();
            scans.sort_by_key(|scan| std::cmp::Reverse(scan.created_at));
            scans
        })
    });
    view! {
        <section aria-labelledby="scans-title">
            <h2 id="scans-title">"Zelfscans op dit toestel"</h2>
            <Show
                when=move || scans.with(|s| !s.is_empty())
                fallback=|| view! { <p class="muted">"Nog geen zelfscans op dit toestel. Start er hieronder een."</p> }
            >
                <ul class="scan-list">
                    <For each=move || scans.get() key=|scan| scan.id.clone() let:scan>
                        <ScanCard scan/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn ScanCard(scan: SelfScan) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let (scored, total) = scan.progress(self_scan_content());
    let id = StoredValue::new(scan.id.clone());
    let label = scan.label();
    let title_id = format!("{}-title", scan.id);
    let labelled_by = title_id.clone();
    let question = format!("Zelfscan “{label}” verwijderen?");

    // Opens the copy, which says what it took over.
    let duplicate = move |_| {
        let copy_id = new_id("scan");
        let mut made = false;
        state.edit(|workspace| {
            let Some(original) = workspace.self_scan(&id.get_value()) else { return };
            let year = next_school_year(&original.school_year).unwrap_or_else(|| school_year(today()));
            let copy = original.next_year(copy_id.clone(), year, now());
            workspace.self_scans.push(copy);
            made = true;
        });
        if made {
            navigate(&routes::scan_copied(&copy_id, &id.get_value()), Default::default());
        }
    };
    let delete = Callback::new(move |()| state.edit(|workspace| workspace.remove_self_scan(&id.get_value())));

    view! {
        <li class="card scan-card" aria-labelledby=labelled_by>
            <h3 id=title_id>
                <Link href=routes::scan(&scan.id)>{label}</Link>
            </h3>
            <p class="muted">
                {format!("Gestart op {}", format_local(scan.created_at))}
                {(!scan.participants.trim().is_empty())
                    .then(|| format!(" · Deelnemers: {}", scan.participants))}
            </p>
            <p>
                <progress max=total value=scored aria-hidden="true"></progress>
                {format!(" {scored} van {total} blokken gescoord · {}", actions_text(scan.actions.len()))}
            </p>
            <div class="button-row">
                <Link href=routes::scan(&scan.id) attr:class="button button--primary">
                    "Openen"
                </Link>
                <Link href=routes::scan_overview(&scan.id) attr:class="button">
                    "Overzicht"
                </Link>
                <button type="button" class="button" on:click=duplicate>
                    "Kopiëren voor volgend schooljaar"
                </button>
                <DeleteButton
                    question
                    consequence="Alle antwoorden, scores en acties van deze scan verdwijnen van dit toestel."
                    on_delete=delete
                />
            </div>
        </li>
    }
}

/// Two scans side by side: usually last year's and this year's.
#[component]
fn CompareForm() -> impl IntoView {
    let state = use_app_state();
    let scans = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut scans: Vec<(String, String)> = w.self_scans.iter().map(|s| (s.id.clone(), s.label())).collect();
            scans.sort_by(|a, b| a.1.cmp(&b.1));
            scans
        })
    });
    let earlier = RwSignal::new(String::new());
    let later = RwSignal::new(String::new());
    let options = move |selected: RwSignal<String>| {
        scans
            .get()
            .into_iter()
            .map(|(id, label)| {
                let chosen = selected.get_untracked() == id;
                view! { <option value=id selected=chosen>{label}</option> }
            })
            .collect_view()
    };
    let href = move || routes::compare_scans(&earlier.get(), &later.get());
    let ready = move || {
        let (a, b) = (earlier.get(), later.get());
        !a.is_empty() && !b.is_empty() && a != b
    };

    view! {
        <Show when=move || scans.with(|s| s.len() >= 2)>
            <section class="card" aria-labelledby="compare-title">
                <h2 id="compare-title">"Twee zelfscans vergelijken"</h2>
                <p>"Zie per doelstelling hoe de score veranderde, bijvoorbeeld tegenover vorig schooljaar."</p>
                <div class="field">
                    <label for="compare-earlier">"Eerdere scan"</label>
                    <select id="compare-earlier" on:change=move |e| earlier.set(event_target_value(&e))>
                        <option value="">"Kies een scan"</option>
                        {move || options(earlier)}
                    </select>
                </div>
                <div class="field">
                    <label for="compare-later">"Latere scan"</label>
                    <select id="compare-later" on:change=move |e| later.set(event_target_value(&e))>
                        <option value="">"Kies een scan"</option>
                        {move || options(later)}
                    </select>
                </div>
                <Show
                    when=ready
                    fallback=|| view! { <p class="hint">"Kies twee verschillende scans."</p> }
                >
                    <Link href=href attr:class="button button--primary">"Vergelijken"</Link>
                </Show>
            </section>
        </Show>
    }
}
