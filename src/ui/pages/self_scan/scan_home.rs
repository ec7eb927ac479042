use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::limits::{MAX_LABEL_CHARS, MAX_NAME_CHARS};
use crate::domain::self_scan::{Objective, ObjectiveState, Phase, SchoolLevel, SelfScan, Track, self_scan_content};
use crate::ui::browser::set_page_title;
use crate::ui::components::{DataGate, Link, ReadingText, TextField};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::levels::LevelChoice;
use super::{ScanNotFound, actions_text, after_first_paint, edit_scan, route_param, scan_memo, state_text};

/// One scan: its details, and every phase with its tracks and objectives to open.
#[component]
pub fn ScanHomePage() -> impl IntoView {
    view! {
        <DataGate>
            <ScanHome/>
        </DataGate>
    }
}

#[component]
fn ScanHome() -> impl IntoView {
    let state = use_app_state();
    let id = route_param("scan");
    let exists = scan_memo(state, id, |scan| scan.is_some());
    let label = scan_memo(state, id, |scan| scan.map(|s| s.label()).unwrap_or_default());
    Effect::new(move |_| set_page_title(&format!("Zelfscan {}", label.get())));
    let progress = scan_memo(state, id, |scan| scan.map(|s| s.progress(self_scan_content())).unwrap_or_default());
    // The first phase shows at once; the later ones follow a frame later.
    let later_phases = after_first_paint();

    view! {
        <Show when=move || exists.get() fallback=ScanNotFound>
            <nav class="breadcrumb" aria-label="Kruimelpad">
                <Link href="/zelfscan">"Zelfscans"</Link>
            </nav>
            <header class="page-header">
                <h1>{move || label.get()}</h1>
                <p class="lead">
                    {move || {
                        let (scored, total) = progress.get();
                        format!("{scored} van de {total} blokken gescoord. Alles wordt meteen bewaard op dit toestel.")
                    }}
                </p>
                <div class="button-row">
                    <Link href=move || routes::scan_overview(&id.get()) attr:class="button button--primary">
                        "Overzicht en actieplan"
                    </Link>
                    <Link href=move || routes::scan_print(&id.get()) attr:class="button">
                        "Afdrukken"
                    </Link>
                    <Link href=move || routes::export_scan(&id.get()) attr:class="button">
                        "Exporteren"
                    </Link>
                </div>
            </header>
            <CopiedNotice/>
            <ScanDetails/>
            {self_scan_content()
                .phases
                .iter()
                .take(1)
                .map(|phase| view! { <PhaseSection phase/> })
                .collect_view()}
            <Show when=move || later_phases.get()>
                {self_scan_content()
                    .phases
                    .iter()
                    .skip(1)
                    .map(|phase| view! { <PhaseSection phase/> })
                    .collect_view()}
            </Show>
        </Show>
    }
}

/// Right after "Kopiëren voor volgend schooljaar": what the copy took over and what not.
#[component]
fn CopiedNotice() -> impl IntoView {
    let state = use_app_state();
    let query = use_query_map();
    let from = Memo::new(move |_| {
        let from = query.read().get("kopie-van")?;
        state.workspace.with(|w| w.self_scan(&from).map(|s| s.label()))
    });
    move || {
        from.get().map(|label| {
            view! {
                <p class="notice notice--ok" role="status">
                    {format!("Kopie gemaakt van “{label}”. ")}
                    "De notities, de verbeterpunten en de acties die nog niet klaar waren, zijn overgenomen. "
                    "De scores zijn leeg, zodat de vergelijking toont hoe het team er dit jaar over denkt; "
                    "bij elke score staat die van vorig jaar."
                </p>
            }
        })
    }
}

/// The scan's school, year, participants and levels, editable.
#[component]
fn ScanDetails() -> impl IntoView {
    let state = use_app_state();
    let id = route_param("scan");
    let field = move |field_id: &'static str,
                      label: &'static str,
                      max_chars: usize,
                      read: fn(&SelfScan) -> &String,
                      set: fn(&mut SelfScan, String)| {
        let value = scan_memo(state, id, move |scan| scan.map(|s| read(s).clone()).unwrap_or_default());
        let on_input = Callback::new(move |text: String| edit_scan(state, &id.get_untracked(), |scan| set(scan, text)));
        view! { <TextField id=field_id label value on_input max_chars/> }
    };
    view! {
        <details class="card scan-details">
            <summary>"Gegevens van deze scan: school, schooljaar, deelnemers, onderwijsniveaus"</summary>
            {field("scan-school", "School", MAX_NAME_CHARS, |s| &s.school_name, |scan, text| scan.school_name = text)}
            {field("scan-year", "Schooljaar of datum", MAX_LABEL_CHARS, |s| &s.school_year, |scan, text| scan.school_year = text)}
            {field("scan-participants", "Wie neemt deel?", MAX_NAME_CHARS, |s| &s.participants, |scan, text| scan.participants = text)}
            <LevelChoice
                id="scan-level"
                levels=scan_memo(state, id, |scan| scan.map(SelfScan::levels).unwrap_or_default())
                on_change=Callback::new(move |levels: Vec<SchoolLevel>| edit_scan(state, &id.get_untracked(), |scan| scan.set_levels(&levels)))
            />
        </details>
    }
}

#[component]
fn PhaseSection(phase: &'static Phase) -> impl IntoView {
    let state = use_app_state();
    let id = route_param("scan");
    let progress = scan_memo(state, id, move |scan| scan.map(|s| s.phase_progress(phase)).unwrap_or_default());
    let heading_id = phase.id.clone();
    let labelled_by = heading_id.clone();
    view! {
        <section class="phase" aria-labelledby=labelled_by>
            <div class="phase__header">
                <h2 id=heading_id>{phase.title.as_str()}</h2>
                <p class="phase__progress">
                    <progress
                        max=move || progress.get().1
                        value=move || progress.get().0
                        aria-hidden="true"
                    ></progress>
                    {move || {
                        let (scored, total) = progress.get();
                        format!(" {scored} van {total} gescoord")
                    }}
                </p>
            </div>
            {phase.tracks.iter().map(|track| view! { <TrackSection track/> }).collect_view()}
        </section>
    }
}

#[component]
fn TrackSection(track: &'static Track) -> impl IntoView {
    view! {
        <div class="track">
            {(!track.passages.is_empty())
                .then(|| view! { <div class="reading track__passages"><ReadingText paragraphs=&track.passages/></div> })}
            {track.title.as_deref().map(|title| view! { <h3 class="track__title">{title}</h3> })}
            <ul class="objective-list">
                {track.objectives.iter().map(|objective| view! { <ObjectiveLink objective/> }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn ObjectiveLink(objective: &'static Objective) -> impl IntoView {
    let state = use_app_state();
    let id = route_param("scan");
    let summary = scan_memo(state, id, move |scan| {
        scan.map(|s| (s.objective_state(objective), s.actions_for(&objective.id).count()))
            .unwrap_or((ObjectiveState::NotScored, 0))
    });
    view! {
        <li>
            <Link href=move || routes::objective(&id.get(), &objective.id) attr:class="objective-link">
                <span class="objective-link__title">{objective.title.as_str()}</span>
                <span class="objective-link__status">
                    {move || {
                        let (state, actions) = summary.get();
                        match actions {
                            0 => state_text(state),
                            n => format!("{} · {}", state_text(state), actions_text(n)),
                        }
                    }}
                </span>
            </Link>
        </li>
    }
}
