use leptos::prelude::*;

use crate::ui::components::Link;

use crate::ui::browser::set_page_title;

/// What the app is for, and the promise that data stays on this device.
#[component]
pub fn StartPage() -> impl IntoView {
    set_page_title("Start");
    view! {
        <header class="page-header" data-page="start">
            <h1>"Samen problematische afwezigheid aanpakken"</h1>
            <p class="lead">
                "Verzuimwijzer helpt scholen en CLB-medewerkers in Vlaanderen en Brussel om "
                "problematische afwezigheden van leerlingen op te volgen: van het "
                "aanwezigheidsbeleid van de school tot de volgende stap voor één leerling."
            </p>
        </header>
        <section class="card card--privacy" aria-labelledby="privacy-title">
            <h2 id="privacy-title">"Je gegevens blijven op dit toestel"</h2>
            <p>
                "Verzuimwijzer werkt volledig in je browser. Er is geen account en geen server: "
                "alles wat je invult, wordt alleen op dit toestel bewaard. Wil je het op een "
                "ander toestel gebruiken of een back-up maken, exporteer het dan via "
                <Link href="/gegevens">"Gegevens"</Link>"."
            </p>
        </section>
        <section aria-labelledby="features-title">
            <h2 id="features-title">"Wat je ermee doet"</h2>
            <ul class="feature-list">
                <li class="card">
                    <h3><Link href="/zelfscan">"Zelfscan"</Link></h3>
                    <p>
                        "De school scant haar aanwezigheidsbeleid langs het zorgcontinuüm "
                        "(fase 0 tot 3), scoort zich per doelstelling en maakt een actieplan."
                    </p>
                </li>
                <li class="card">
                    <h3><Link href="/beslisboom">"Beslisboom"</Link></h3>
                    <p>
                        "Voor één leerling: van de soort afwezigheid naar de volgende stap, wie "
                        "ze zet, de wettelijke plichten en de bron."
                    </p>
                </li>
                <li class="card">
                    <h3><Link href="/leerlingen">"Leerlingen"</Link></h3>
                    <p>
                        "Het dossier van begeleidende maatregelen en de Checklist PA bij "
                        "aanmelding CLB."
                    </p>
                </li>
            </ul>
            <p>
                "De inhoud komt uit twee bronnen: het "
                <em>"Preventieplan afwezigheden"</em>" en de "
                <em>"Brusselse leidraad in de opvolging van problematische afwezigheden"</em>
                ". Meer daarover bij "<Link href="/over">"Over"</Link>"."
            </p>
        </section>
    }
}
