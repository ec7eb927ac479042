use leptos::prelude::*;

use crate::domain::decision_tree::{SourceRef, source_text};
use crate::ui::browser::copy_text;

/// Whether the outcome's first screen has been painted: what only paper needs waits for it.
#[derive(Clone, Copy)]
pub struct Drawn(pub RwSignal<bool>);

/// The sources of one statement, one tap away: document, section, lines and the passage.
/// The passages are rendered when opened: an outcome has dozens of them. On paper, where a
/// summary cannot unfold, the references and passages are written out.
#[component]
pub fn SourceList(
    sources: &'static [SourceRef],
    /// In the line of the text it backs (the placement, a knipperlicht): a compact toggle.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let documents = crate::domain::content::sources();
    let count = sources.len();
    let open = RwSignal::new(false);
    // Written out for paper only: after the outcome's first paint (see `Drawn`).
    let drawn: Signal<bool> = use_context::<Drawn>().map_or_else(|| Signal::from(true), |Drawn(drawn)| drawn.into());
    let printed = move || {
        drawn.get().then(|| {
            sources
                .iter()
                .map(|s| view! { <li>{format!("Bron: {}: “{}”", source_text(s, documents), s.quote)}</li> })
                .collect_view()
        })
    };
    (count > 0).then(|| {
        view! {
            <ul class="source-print">{printed}</ul>
            <details class="source" class:source--inline=inline on:toggle=move |event| {
                let details: web_sys::HtmlDetailsElement = leptos::wasm_bindgen::JsCast::unchecked_into(event_target::<web_sys::EventTarget>(&event));
                open.set(details.open());
            }>
                <summary>{if count == 1 { "Bron".to_owned() } else { format!("Bronnen ({count})") }}</summary>
                {move || open.get().then(|| view! {
                    <ul>
                        {sources
                            .iter()
                            .map(|source| view! {
                                <li>
                                    <p class="source__where">{source_text(source, documents)}</p>
                                    <blockquote>{format!("“{}”", source.quote)}</blockquote>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                })}
            </details>
        }
    })
}

/// The outcome's last line: the two documents by their titles, and where to read more.
#[component]
pub fn SourcesFootnote() -> impl IntoView {
    let sources = crate::domain::content::sources();
    view! {
        <p class="hint outcome__sources">
            {format!(
                "Bronnen: {} en {}. Zie ",
                sources.document_title("preventieplan"),
                sources.document_title("brusselse-leidraad")
            )}
            <crate::ui::components::Link href="/over">"Over"</crate::ui::components::Link>
            "."
        </p>
    }
}

/// "Tekst kopiëren": the text is written out only when copied (it is long, and most outcomes
/// are never copied); where the clipboard refuses, the text is shown to copy by hand.
#[component]
pub fn CopyButton(text: Callback<(), String>) -> impl IntoView {
    let status = RwSignal::new(None::<Result<(), ()>>);
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let result = copy_text(&text.run(())).await;
            status.set(Some(result.map_err(|_| ())));
        });
    };
    view! {
        <button type="button" class="button" on:click=copy>"Tekst kopiëren"</button>
        <p class="copy-status" role="status">
            {move || match status.get() {
                Some(Ok(())) => Some(view! { <span>"Gekopieerd: plak het in een verslag of e-mail."</span> }.into_any()),
                Some(Err(())) => Some(view! {
                    <span>"Kopiëren lukte niet automatisch. Selecteer de tekst hieronder en kopieer ze zelf."</span>
                    <textarea class="copy-fallback" readonly rows="8" aria-label="Uitkomst als tekst" prop:value=text.run(())></textarea>
                }.into_any()),
                None => None,
            }}
        </p>
    }
}

/// The heading of a copied or printed outcome: "Beslisboom – JD-4 – 03-12-2026".
pub fn outcome_heading(label: &str, date: chrono::NaiveDate) -> String {
    let date = crate::domain::dates::dutch_date(date);
    match label.trim() {
        "" => format!("Beslisboom – {date}"),
        label => format!("Beslisboom – {label} – {date}"),
    }
}
