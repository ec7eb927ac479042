use leptos::prelude::*;

use crate::ui::components::Link;
use crate::ui::routes;

use crate::domain::dates::dutch_date;
use crate::domain::self_scan::{Block, SelfScan, self_scan_content};
use crate::ui::browser::{print_page, set_page_title, today};
use crate::ui::components::PrintFrame;

use super::WithScan;
use super::overview::OverviewBody;

/// What to print: the whole scan, or only the overview and the action plan.
#[derive(Clone, Copy, PartialEq)]
pub enum PrintPart {
    Whole,
    Overview,
}

/// A clean A4 document of one scan; the browser's print dialog also saves it as PDF.
#[component]
pub fn PrintPage(part: PrintPart) -> impl IntoView {
    match part {
        PrintPart::Whole => view! { <WithScan page=|scan| view! { <PrintDocument scan part=PrintPart::Whole/> }/> },
        PrintPart::Overview => {
            view! { <WithScan page=|scan| view! { <PrintDocument scan part=PrintPart::Overview/> }/> }
        }
    }
}

#[component]
fn PrintDocument(scan: SelfScan, part: PrintPart) -> impl IntoView {
    let title = match part {
        PrintPart::Whole => "Zelfscan aanwezigheidsbeleid",
        PrintPart::Overview => "Zelfscan: overzicht en actieplan",
    };
    set_page_title(&format!("{title} · {}", scan.label()));
    let id = scan.id.clone();
    let (scored, total) = scan.progress(self_scan_content());
    view! {
        <div class="print-toolbar">
            <Link href=routes::scan_overview(&id) attr:class="button">"← Terug"</Link>
            <button type="button" class="button button--primary" on:click=|_| print_page()>
                "Afdrukken of bewaren als pdf"
            </button>
            <p class="hint">"Tip: kies A4 en zet “kop- en voetteksten” uit in het afdrukvenster."</p>
        </div>
        <PrintFrame title subject=scan.label() printed_on=format!("Afgedrukt op {}", dutch_date(today()))>
            <h1 class="print-title">{title}</h1>
            <dl class="print-facts">
                <dt>"School"</dt>
                <dd>{scan.school_name.clone()}</dd>
                <dt>"Schooljaar of datum"</dt>
                <dd>{scan.school_year.clone()}</dd>
                <dt>"Deelnemers"</dt>
                <dd>{scan.participants.clone()}</dd>
                <dt>"Gescoord"</dt>
                <dd>{format!("{scored} van {total} blokken")}</dd>
            </dl>
            {(part == PrintPart::Whole).then(|| view! { <WholeScan scan=scan.clone()/> })}
            <div class="print-overview">
                <OverviewBody scan/>
            </div>
            <p class="print-source">
                "Bron: Preventieplan afwezigheden: Inzetten op aanwezigheidsbeleid. Gemaakt met Verzuimwijzer."
            </p>
        </PrintFrame>
    }
}

/// Every objective with the school's notes, scores and focus.
#[component]
fn WholeScan(scan: SelfScan) -> impl IntoView {
    let scan = StoredValue::new(scan);
    self_scan_content()
        .phases
        .iter()
        .map(|phase| {
            view! {
                <section class="print-phase">
                    <h2>{phase.title.as_str()}</h2>
                    {phase
                        .tracks
                        .iter()
                        .map(|track| view! {
                            {track.title.as_deref().map(|title| view! { <h3>{title}</h3> })}
                            {track
                                .objectives
                                .iter()
                                .map(|objective| view! {
                                    <article class="print-objective">
                                        <h4>{objective.title.as_str()}</h4>
                                        {objective
                                            .blocks
                                            .iter()
                                            .map(|block| view! { <PrintedBlock block scan/> })
                                            .collect_view()}
                                    </article>
                                })
                                .collect_view()}
                        })
                        .collect_view()}
                </section>
            }
        })
        .collect_view()
}

#[component]
fn PrintedBlock(block: &'static Block, scan: StoredValue<SelfScan>) -> impl IntoView {
    let answer = scan.with_value(|s| s.answer(&block.id).cloned()).unwrap_or_default();
    let score = match answer.score {
        Some(score) => format!("{score}/10"),
        None => "nog niet gescoord".to_string(),
    };
    let or_dash = |text: Option<&String>| match text.map(|t| t.trim()) {
        Some(text) if !text.is_empty() => text.to_string(),
        _ => "–".to_string(),
    };
    view! {
        <div class="print-block">
            {block.title.as_deref().map(|title| view! { <h5>{title}</h5> })}
            <ol class="print-questions">
                {block
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(index, question)| view! {
                        <li>
                            <p class="print-question">{question.as_str()}</p>
                            <p class="print-answer">{or_dash(answer.notes.get(&index))}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
            <p><strong>"Schaal je school in voor deze doelstelling: "</strong>{score}</p>
            <p><strong>"Waar wil je op inzetten om je score te verhogen? "</strong>{or_dash(Some(&answer.improvement))}</p>
        </div>
    }
}
