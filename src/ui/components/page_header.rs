use leptos::prelude::*;

use crate::ui::browser::set_page_title;

/// The page's heading and the tab title, set together so they never disagree.
#[component]
pub fn PageHeader(#[prop(into)] title: String, #[prop(optional)] lead: Option<&'static str>) -> impl IntoView {
    set_page_title(&title);
    view! {
        <header class="page-header">
            <h1>{title}</h1>
            {lead.map(|lead| view! { <p class="lead">{lead}</p> })}
        </header>
    }
}
