use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::components::PageHeader;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeader title="Pagina niet gevonden" lead="Deze pagina bestaat niet in Verzuimwijzer."/>
        <p><A href="/">"Terug naar Start"</A></p>
    }
}
