use leptos::prelude::*;

use crate::domain::decision_tree::{ADVICE_FILE_NAMES, SITUATION_FILE, decision_tree_loaded, load_decision_tree, v1};
use crate::ui::browser::request_content;

/// Where the Beslisboom's content stands: it is not in the wasm (it would be 60 KB of every
/// first load), so the pages that read it fetch it once per page load.
#[derive(Clone, Debug, PartialEq)]
enum Content {
    Loading,
    Ready,
    Failed(String),
}

thread_local! {
    /// One state for the whole page load: the first gate starts the fetch, the others wait for it.
    static STATE: ArcRwSignal<Content> = start();
}

fn start() -> ArcRwSignal<Content> {
    if decision_tree_loaded() {
        return ArcRwSignal::new(Content::Ready);
    }
    let state = ArcRwSignal::new(Content::Loading);
    let writer = state.clone();
    leptos::task::spawn_local(async move {
        writer.set(match load().await {
            Ok(()) => Content::Ready,
            Err(reason) => Content::Failed(reason),
        });
    });
    state
}

/// Both trees' files, fetched side by side, then parsed.
async fn load() -> Result<(), String> {
    let situation = request_content(SITUATION_FILE);
    let advice: Vec<_> = ADVICE_FILE_NAMES.iter().map(|name| (*name, request_content(name))).collect();
    let first_tree = request_content(v1::FILE);
    let situation = situation.text().await?;
    let mut advice_texts = Vec::new();
    for (name, request) in advice {
        advice_texts.push((name, request.text().await?));
    }
    let advice: Vec<(&str, &str)> = advice_texts.iter().map(|(name, text)| (*name, text.as_str())).collect();
    load_decision_tree(&situation, &advice)?;
    v1::load(&first_tree.text().await?)
}

/// Shows its children once the Beslisboom's content is there; until then that it is loading,
/// and if it cannot be read, why, in Dutch.
#[component]
pub fn BeslisboomContent(
    /// A part of a page (a dossier's consultations), not a whole page: its placeholder takes no
    /// more room than a line. A page's takes the screen's height, so the footer below stays out
    /// of sight and does not jump when the page arrives.
    #[prop(optional)]
    part: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let state = STATE.with(Clone::clone);
    let placeholder = if part { "loading" } else { "loading loading--page" };
    move || match state.get() {
        Content::Ready => children().into_any(),
        Content::Loading => view! { <p class=placeholder role="status">"De Beslisboom wordt geladen…"</p> }.into_any(),
        Content::Failed(reason) => view! {
            <div class="notice notice--error" role="alert" data-testid="content-failed">
                <p>
                    <strong>"De inhoud van de Beslisboom kon niet geladen worden. "</strong>
                    "Controleer de verbinding en laad de pagina opnieuw. Je gegevens blijven op dit toestel. "
                    {format!("({reason})")}
                </p>
            </div>
        }
        .into_any(),
    }
}
