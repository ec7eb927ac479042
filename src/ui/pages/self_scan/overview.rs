use leptos::prelude::*;

use crate::ui::components::Link;
use crate::ui::routes;

use crate::domain::self_scan::{SelfScan, self_scan_content};
use crate::ui::browser::set_page_title;

use super::chart::ScoreChart;
use super::overview_table::OverviewTable;
use super::{WithScan, score_text};

/// How many of the lowest-scoring objectives are suggested as priorities.
pub const PRIORITY_COUNT: usize = 3;

/// "Overzicht doelstellingen per fase": the priorities, the chart and the filled-in table.
#[component]
pub fn OverviewPage() -> impl IntoView {
    view! { <WithScan page=|scan| view! { <Overview scan/> }/> }
}

#[component]
fn Overview(scan: SelfScan) -> impl IntoView {
    set_page_title(&format!("Overzicht · {}", scan.label()));
    let id = scan.id.clone();
    let label = scan.label();
    let crumb = label.clone();
    view! {
        <nav class="breadcrumb" aria-label="Kruimelpad">
            <Link href="/zelfscan">"Zelfscans"</Link>
            " › "
            <Link href=routes::scan(&id)>{crumb}</Link>
        </nav>
        <header class="page-header">
            <h1>"Overzicht doelstellingen per fase"</h1>
            <p class="lead">{label}</p>
            <div class="button-row">
                <Link href=routes::scan_print_overview(&id) attr:class="button button--primary">
                    "Overzicht en actieplan afdrukken"
                </Link>
                <Link href=routes::scan_print(&id) attr:class="button">"Hele zelfscan afdrukken"</Link>
            </div>
        </header>
        <OverviewBody scan/>
    }
}

/// The priorities, the chart and the table: on screen and in print.
#[component]
pub fn OverviewBody(scan: SelfScan) -> impl IntoView {
    let content = self_scan_content();
    let priorities = scan.priority_candidates(content, PRIORITY_COUNT);
    let priority_ids: Vec<String> = priorities.iter().map(|(o, _)| o.id.clone()).collect();
    let scan_id = scan.id.clone();
    let has_priorities = !priorities.is_empty();
    let priority_items = priorities
        .into_iter()
        .map(|(objective, score)| {
            view! {
                <li>
                    <Link href=routes::objective(&scan_id, &objective.id)>
                        {objective.title.as_str()}
                    </Link>
                    {format!(": {}/10", score_text(Some(score)))}
                    <span class="overview-table__sub">{content.context(&objective.id)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card priorities" aria-labelledby="priorities-title">
            <h2 id="priorities-title">"Kandidaat-prioriteiten"</h2>
            {if !has_priorities {
                view! {
                    <p class="muted">"Nog niets gescoord. Scoor de doelstellingen om te zien waar je het best op inzet."</p>
                }
                .into_any()
            } else {
                view! {
                    <p>"De laagst scorende doelstellingen. Bespreek met je team waar je eerst op inzet."</p>
                    <ol>{priority_items}</ol>
                }
                .into_any()
            }}
        </section>
        <figure class="card chart-card">
            <figcaption>
                <h2>"Score per doelstelling"</h2>
                <p class="hint">"Een score is het gemiddelde van de blokken van een doelstelling. Oranje: een kandidaat-prioriteit. De tabel hieronder geeft dezelfde cijfers."</p>
            </figcaption>
            <ScoreChart scan=scan.clone() priorities=priority_ids/>
        </figure>
        <section class="overview" aria-labelledby="overview-table-title">
            <h2 id="overview-table-title">"Actieplan per fase"</h2>
            <div class="table-scroll">
                <OverviewTable scan/>
            </div>
        </section>
    }
}
