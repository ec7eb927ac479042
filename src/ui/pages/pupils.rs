use leptos::prelude::*;

use crate::ui::components::{FeatureInProgress, PageHeader};

#[component]
pub fn PupilsPage() -> impl IntoView {
    view! {
        <PageHeader
            title="Leerlingen"
            lead="Het dossier van begeleidende maatregelen per leerling en de aanmelding bij het CLB."
        />
        <FeatureInProgress will_do=&[
            "Een dossier per leerling onder een label dat de school kiest (initialen of een intern nummer), met klas en schooljaar.",
            "Het overzicht van de afwezigheden per code, met een signaal vanaf 5 halve dagen B-codes.",
            "De tijdlijn van begeleidende maatregelen en de Checklist PA bij aanmelding CLB, uitgebreid en kort.",
        ]/>
    }
}
