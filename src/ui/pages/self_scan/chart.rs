use leptos::prelude::*;

use crate::domain::reading::wrap_words;
use crate::domain::self_scan::{ObjectiveState, SelfScan, self_scan_content};

use super::score_text;

/// Drawing units: the chart scales to its box, so these are relative. Whole numbers, so no
/// float formatting lands in the bundle.
const LINE: i32 = 19;
const BAR: i32 = 18;
const GAP: i32 = 14;
const PHASE_HEADING: i32 = 34;
const TRACK_HEADING: i32 = 24;

/// The drawing's width and how many characters of a label fit on a line. The text is 14
/// units high: on a phone the chart is drawn narrower, so that it scales down less and its
/// text stays at least 12 px high (a 640-unit chart in a phone's 350 px would make it 8 px).
fn layout(narrow: bool) -> (i32, usize) {
    if narrow { (360, 42) } else { (640, 72) }
}

/// A heading of one or more lines, its first line's baseline at `y`.
fn heading(lines: &[String], y: i32, class: &'static str) -> AnyView {
    view! {
        <text x="0" y=y class=class>
            {lines
                .iter()
                .enumerate()
                .map(|(i, line)| view! { <tspan x="0" dy=if i == 0 { 0 } else { LINE }>{line.clone()}</tspan> })
                .collect_view()}
        </text>
    }
    .into_any()
}

/// The scores per objective as horizontal bars, grouped by phase. The lowest-scoring
/// objectives are marked as candidate priorities. A text alternative lists every score.
#[component]
pub fn ScoreChart(scan: SelfScan, priorities: Vec<String>) -> impl IntoView {
    let content = self_scan_content();
    let (width, label_chars) = layout(crate::ui::browser::narrow_screen());
    // The bar's length for 10/10, leaving room for the value after it.
    let bar_span = width - 150;
    let mut y = 0;
    let mut shapes = Vec::new();
    let mut description = Vec::new();
    for phase in &content.phases {
        // Headings wrap too: on a phone "Fase 3: Individueel aangepast curriculum" is wider
        // than the drawing. Their text is larger than a label's, so fewer characters fit.
        let lines = wrap_words(&phase.title, label_chars * 4 / 5);
        y += PHASE_HEADING + (lines.len() as i32 - 1) * LINE;
        shapes.push(heading(&lines, y - 10 - (lines.len() as i32 - 1) * LINE, "chart__phase"));
        for track in &phase.tracks {
            if let Some(title) = &track.title {
                let lines = wrap_words(title, label_chars * 9 / 10);
                y += TRACK_HEADING + (lines.len() as i32 - 1) * LINE;
                shapes.push(heading(&lines, y - 8 - (lines.len() as i32 - 1) * LINE, "chart__track-title"));
            }
            for objective in &track.objectives {
                let state = scan.objective_state(objective);
                let score = state.score();
                let priority = priorities.contains(&objective.id);
                let lines = wrap_words(&objective.title, label_chars);
                let label_top = y;
                shapes.push(
                    view! {
                        <text x="0" y=label_top class="chart__label">
                            {lines
                                .iter()
                                .enumerate()
                                .map(|(i, line)| view! {
                                    <tspan x="0" dy=if i == 0 { LINE - 4 } else { LINE }>{line.clone()}</tspan>
                                })
                                .collect_view()}
                        </text>
                    }
                    .into_any(),
                );
                y += lines.len() as i32 * LINE + 4;
                let length = score.map(|s| (s * bar_span as f32 / 10.0).round() as i32).unwrap_or(0);
                let value = match (score, priority) {
                    (None, _) if state == ObjectiveState::NotApplicable => "niet van toepassing".to_string(),
                    (None, _) => "nog niet gescoord".to_string(),
                    (Some(_), false) => format!("{}/10", score_text(score)),
                    (Some(_), true) => format!("{}/10 · prioriteit?", score_text(score)),
                };
                let bar_class = if priority { "chart__bar chart__bar--priority" } else { "chart__bar" };
                // A priority at 0/10 still shows its colour.
                let length = if priority { length.max(6) } else { length };
                shapes.push(
                    view! {
                        <rect x="0" y=y width=bar_span height=BAR class="chart__track"></rect>
                        <rect x="0" y=y width=length height=BAR class=bar_class></rect>
                        <text x=length + 6 y=y + BAR - 4 class="chart__value">{value.clone()}</text>
                    }
                    .into_any(),
                );
                y += BAR + GAP;
                let context = content.context(&objective.id).unwrap_or_default();
                description.push(format!("{context}: {}: {value}", objective.title));
            }
        }
    }
    let height = y;
    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 {width} {height}")
            role="img"
            aria-labelledby="chart-title chart-description"
        >
            <title id="chart-title">"Score per doelstelling, per fase (op 10)"</title>
            <desc id="chart-description">{description.join("; ")}</desc>
            {shapes}
        </svg>
    }
}
