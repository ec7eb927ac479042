use leptos::prelude::*;

use crate::ui::components::Link;

use crate::ui::components::PageHeader;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeader title="Pagina niet gevonden" lead="Deze pagina bestaat niet in Verzuimwijzer."/>
        <p><Link href="/">"Terug naar Start"</Link></p>
    }
}
