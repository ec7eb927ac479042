use leptos::prelude::*;

use super::Link;

use crate::domain::reading::{Segment, reading_blocks, segments};

/// A source document's reading text: its paragraphs and bulleted lists, verbatim, with
/// "Klik hier voor meer info" linked to the app's source list (the original links were lost).
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
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.into_any(),
            Segment::SourceReference(phrase) => {
                view! { <Link href="/over#bronnenoverzicht">{phrase}</Link> }.into_any()
            }
        })
        .collect_view()
}
