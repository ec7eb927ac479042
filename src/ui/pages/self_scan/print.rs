use leptos::prelude::*;

use crate::ui::components::Link;
use crate::ui::routes;

use crate::domain::dates::dutch_date;
use crate::domain::reading::without_lost_links;
use crate::domain::self_scan::{Block, SelfScan, self_scan_content};
use crate::ui::browser::{after_next_paint, estimated_a4_pages, print_page, set_page_title, today};
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
    // Empty questions take most of the paper of a scan in progress: left out unless asked.
    let omit_empty = RwSignal::new(true);
    let pages = RwSignal::new(None::<u32>);
    Effect::new(move |_| {
        omit_empty.track();
        after_next_paint(move || {
            pages.try_set(estimated_a4_pages(".print-frame"));
        });
    });
    view! {
        <div class="print-toolbar">
            <Link href=routes::scan_overview(&id) attr:class="button">"← Terug"</Link>
            <button type="button" class="button button--primary" on:click=|_| print_page()>
                "Afdrukken of bewaren als pdf"
            </button>
            {(part == PrintPart::Whole).then(|| view! {
                <label class="check check--small" for="print-omit-empty">
                    <input
                        type="checkbox"
                        id="print-omit-empty"
                        prop:checked=move || omit_empty.get()
                        on:change=move |event| omit_empty.set(event_target_checked(&event))
                    />
                    <span>"Lege vragen weglaten"</span>
                </label>
            })}
            <p class="print-toolbar__pages" role="status" data-testid="print-pages">
                {move || pages.get().map(|n| match n {
                    1 => "Ongeveer 1 A4-pagina.".to_string(),
                    n => format!("Ongeveer {n} A4-pagina’s."),
                })}
            </p>
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
            {(part == PrintPart::Whole).then(|| view! { <WholeScan scan=scan.clone() omit_empty/> })}
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
fn WholeScan(scan: SelfScan, omit_empty: RwSignal<bool>) -> impl IntoView {
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
                                            .map(|block| view! { <PrintedBlock block scan omit_empty/> })
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

/// One block on paper. A block that does not apply says so; with `omit_empty`, only the
/// questions with a note are printed, and a block with nothing filled in takes one line.
#[component]
fn PrintedBlock(block: &'static Block, scan: StoredValue<SelfScan>, omit_empty: RwSignal<bool>) -> impl IntoView {
    let (answer, applies) = scan.with_value(|s| (s.answer(&block.id).cloned().unwrap_or_default(), s.applies(block)));
    let title = block.title.as_deref().map(|title| view! { <h5>{title}</h5> });
    if !applies {
        return view! {
            <div class="print-block">
                {title}
                <p class="muted">"Niet van toepassing op deze school: telt niet mee in de scores."</p>
            </div>
        }
        .into_any();
    }
    let filled = |text: Option<&String>| text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    let score = match answer.score {
        Some(score) => format!("{score}/10"),
        None => "nog niet gescoord".to_string(),
    };
    let notes: Vec<(usize, String, Option<String>)> = block
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| (index, without_lost_links(question), filled(answer.notes.get(&index))))
        .collect();
    let improvement = filled(Some(&answer.improvement));
    let untouched = answer.score.is_none() && improvement.is_none() && notes.iter().all(|(_, _, n)| n.is_none());
    let questions = move || {
        let omit = omit_empty.get();
        if omit && untouched {
            return view! { <p class="muted">"Nog niets ingevuld."</p> }.into_any();
        }
        let items = notes
            .iter()
            .filter(|(_, _, note)| !omit || note.is_some())
            .map(|(index, question, note)| {
                view! {
                    // The document's numbering, also when questions are left out.
                    <li value=index + 1>
                        <p class="print-question">{question.clone()}</p>
                        <p class="print-answer">{note.clone().unwrap_or_else(|| "–".to_string())}</p>
                    </li>
                }
            })
            .collect_view();
        let improvement = improvement.clone();
        let show_improvement = !omit || improvement.is_some();
        view! {
            <ol class="print-questions">{items}</ol>
            <p><strong>"Schaal je school in voor deze doelstelling: "</strong>{score.clone()}</p>
            {show_improvement.then(|| view! {
                <p>
                    <strong>"Waar wil je op inzetten om je score te verhogen? "</strong>
                    {improvement.unwrap_or_else(|| "–".to_string())}
                </p>
            })}
        }
        .into_any()
    };
    view! {
        <div class="print-block">
            {title}
            {questions}
        </div>
    }
    .into_any()
}
