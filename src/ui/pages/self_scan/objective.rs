use leptos::prelude::*;

use crate::domain::reading::without_lost_links;
use crate::domain::self_scan::{Block, BlockAnswer, Objective, Phase, SchoolLevel, Track, self_scan_content};
use crate::ui::browser::set_page_title;
use crate::ui::components::{DataGate, Link, ReadingText, ScorePicker, TextField};
use crate::ui::routes;
use crate::ui::state::use_app_state;

use super::action_plan::ActionPlan;
use super::{ScanNotFound, after_first_paint, edit_scan, route_param, scan_memo};

/// The hint the document gives for every reflection question.
const NOTE_HINT: &str = "Licht toe hoe de school dit doet en sta stil bij groeikansen.";
const SCORE_QUESTION: &str = "Schaal je school in voor deze doelstelling";
const IMPROVEMENT_QUESTION: &str = "Waar wil je op inzetten om je score te verhogen?";

/// One objective of one scan: what the document says, and the school's answers.
#[component]
pub fn ObjectivePage() -> impl IntoView {
    let state = use_app_state();
    let scan_id = route_param("scan");
    let objective_id = route_param("objective");
    let exists = scan_memo(state, scan_id, |scan| scan.is_some());
    let found = Memo::new(move |_| {
        let objective = objective_id.with(|id| self_scan_content().objective(id));
        exists.get().then_some(objective).flatten()
    });
    view! {
        <DataGate>
            {move || match found.get() {
                // Rebuilt only when the scan or objective changes, never while typing.
                Some((phase, track, objective)) => view! { <ObjectiveView phase track objective/> }.into_any(),
                None => view! { <ScanNotFound/> }.into_any(),
            }}
        </DataGate>
    }
}

#[component]
fn ObjectiveView(phase: &'static Phase, track: &'static Track, objective: &'static Objective) -> impl IntoView {
    let state = use_app_state();
    let scan_id = route_param("scan");
    let label = state
        .workspace
        .with_untracked(|w| w.self_scan(&scan_id.get_untracked()).map(|s| s.label()))
        .unwrap_or_default();
    set_page_title(&format!("{} · Zelfscan", objective.title));
    let (before, after) = self_scan_content().neighbours(&objective.id);
    let titled = objective.blocks.len() > 1;
    let rest = after_first_paint();
    let scan_href = move || routes::scan(&scan_id.get());
    let objective_href = move |o: &Objective| routes::objective(&scan_id.get_untracked(), &o.id);

    view! {
        <nav class="breadcrumb" aria-label="Kruimelpad">
            <Link href="/zelfscan">"Zelfscans"</Link>
            " › "
            <Link href=scan_href>{label}</Link>
            " › "
            <span>{phase.title.as_str()}</span>
            {track.title.as_deref().map(|title| view! { " › " <span>{title}</span> })}
        </nav>
        <header class="page-header">
            <h1>{objective.title.as_str()}</h1>
        </header>
        {objective.blocks.iter().take(1).map(|block| view! { <BlockForm block titled/> }).collect_view()}
        // A second block, the action plan and the pager follow a frame after the first paint,
        // so on a slow tablet the top of the page shows sooner.
        {move || rest.get().then(|| view! {
            {objective.blocks.iter().skip(1).map(|block| view! { <BlockForm block titled/> }).collect_view()}
            <ActionPlan objective/>
            <nav class="pager" aria-label="Doelstellingen">
                {before.map(|o| view! {
                    <Link href=objective_href(o) attr:class="button pager__previous" attr:rel="prev">
                        <span>"← Vorige doelstelling"</span>
                    </Link>
                })}
                <Link href=scan_href attr:class="button">"Alle fasen"</Link>
                {after.map(|o| view! {
                    <Link href=objective_href(o) attr:class="button button--primary pager__next" attr:rel="next">
                        <span>"Volgende doelstelling →"</span>
                    </Link>
                })}
            </nav>
        }.into_any())}
    }
}

/// One scored block: reading text, a note per reflection question, the score and the focus.
#[component]
fn BlockForm(block: &'static Block, titled: bool) -> impl IntoView {
    let state = use_app_state();
    let scan_id = route_param("scan");
    // Each field follows its own value, so a change elsewhere touches only that field.
    let stored_text = move |read: fn(&BlockAnswer, usize) -> Option<&String>, index: usize| {
        scan_memo(state, scan_id, move |scan| {
            scan.and_then(|s| s.answer(&block.id)).and_then(|a| read(a, index)).cloned().unwrap_or_default()
        })
    };
    let score = scan_memo(state, scan_id, move |scan| scan.and_then(|s| s.score(&block.id)));
    let previous = scan_memo(state, scan_id, move |scan| scan.and_then(|s| s.answer(&block.id)?.previous_score));
    let applies = scan_memo(state, scan_id, move |scan| scan.is_none_or(|s| s.applies(block)));
    // Why a block does not apply without anyone marking it: the scan's levels.
    let level_excludes = scan_memo(state, scan_id, move |scan| scan.is_some_and(|s| !s.level_applies(block)));
    let set_applies = move |event: leptos::ev::Event| {
        let applies = !event_target_checked(&event);
        edit_scan(state, &scan_id.get_untracked(), |scan| scan.set_applies(block, applies));
    };
    let levels_text =
        block.levels.iter().filter_map(|id| Some(SchoolLevel::from_id(id)?.label())).collect::<Vec<_>>().join(" en ");
    let set_score = Callback::new(move |value: Option<u8>| {
        edit_scan(state, &scan_id.get_untracked(), |scan| scan.set_score(&block.id, value));
    });
    let set_improvement = Callback::new(move |text: String| {
        edit_scan(state, &scan_id.get_untracked(), |scan| scan.answer_mut(&block.id).improvement = text);
    });

    // Built again when the block applies after all.
    let questions = move || {
        block
            .questions
            .iter()
            .enumerate()
            .map(|(index, question)| {
                let on_input = Callback::new(move |text: String| {
                    edit_scan(state, &scan_id.get_untracked(), |scan| {
                        scan.answer_mut(&block.id).notes.insert(index, text);
                    });
                });
                view! {
                    <li>
                        <TextField
                            id=format!("{}-vraag-{}", block.id, index + 1)
                            label=without_lost_links(question)
                            value=stored_text(|a, i| a.notes.get(&i), index)
                            on_input
                            rows=2
                        />
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="card block" aria-labelledby=format!("{}-title", block.id)>
            {if titled {
                view! { <h2 id=format!("{}-title", block.id)>{block.title.clone()}</h2> }.into_any()
            } else {
                view! { <h2 id=format!("{}-title", block.id) class="visually-hidden">"Reflectie"</h2> }.into_any()
            }}
            <div class="reading">
                <ReadingText paragraphs=&block.intro/>
            </div>
            <label class="check check--small block__applies">
                <input type="checkbox" prop:checked=move || !applies.get() on:change=set_applies/>
                "Niet van toepassing op onze school"
            </label>
            {move || (level_excludes.get() && !block.levels.is_empty()).then(|| view! {
                <p class="hint">{format!(
                    "Dit blok gaat over {}, dat niet bij de onderwijsniveaus van deze scan staat.",
                    levels_text
                )}</p>
            })}
            <Show
                when=move || applies.get()
                fallback=|| view! {
                    <p class="notice notice--info" data-testid="not-applicable">
                        "Niet van toepassing: dit blok telt niet mee in de scores, het overzicht en de prioriteiten. "
                        "Wat hier eerder werd ingevuld, blijft bewaard."
                    </p>
                }
            >
                // Some intros end with this sentence already; others leave it to the reader.
                {(!block.intro.iter().any(|p| p.contains("Licht toe hoe de school")))
                    .then(|| view! { <p class="hint">{NOTE_HINT}</p> })}
                <ol class="questions">{questions()}</ol>
                <ScorePicker
                    name=format!("{}-score", block.id)
                    legend=SCORE_QUESTION
                    score
                    on_change=set_score
                    previous
                />
                <TextField
                    id=format!("{}-inzet", block.id)
                    label=IMPROVEMENT_QUESTION
                    value=stored_text(|a, _| Some(&a.improvement), 0)
                    on_input=set_improvement
                    rows=3
                />
            </Show>
        </section>
    }
}
