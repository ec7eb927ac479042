use leptos::prelude::*;

use super::Link;

use crate::domain::content::sources;
use crate::domain::reading::{Segment, lost_link_note, reading_blocks, segments};

/// A source document's reading text: its paragraphs and bulleted lists, verbatim. A "Klik hier
/// voor meer info" whose link the extraction lost says what it pointed at, and leads to the
/// sources list.
#[component]
pub fn ReadingText(paragraphs: &'static [String]) -> impl IntoView {
    reading_blocks(paragraphs)
        .into_iter()
        .map(|block| match block {
            crate::domain::reading::ReadingBlock::Paragraph(text) => view! { <p>{linked(text)}</p> }.into_any(),
            crate::domain::reading::ReadingBlock::List(items) => view! {
                <ul>{items.into_iter().map(|item| view! { <li>{linked(item)}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

fn linked(text: &'static str) -> impl IntoView {
    let topic = sources().lost_link(text);
    segments(text)
        .into_iter()
        .map(|segment| match (segment, topic) {
            (Segment::Text(text), _) => text.into_any(),
            (Segment::SourceReference(_), Some(topic)) => view! {
                <span class="lost-link">
                    {lost_link_note(topic)} "; zie het " <Link href="/over#bronnenoverzicht">"bronnenoverzicht"</Link>
                </span>
            }
            .into_any(),
            (Segment::SourceReference(phrase), None) => {
                view! { <Link href="/over#bronnenoverzicht">{phrase}</Link> }.into_any()
            }
        })
        .collect_view()
}
