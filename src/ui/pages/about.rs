use leptos::prelude::*;

use crate::ui::components::Link;

use crate::APP_VERSION;
use crate::domain::content::sources;
use crate::ui::components::PageHeader;

/// The sources behind the content, and what the app does with data.
#[component]
pub fn AboutPage() -> impl IntoView {
    let sources = sources();
    view! {
        <PageHeader
            title="Over Verzuimwijzer"
            lead="Een hulpmiddel voor scholen en CLB's om problematische afwezigheden samen op te volgen."
        />
        <section aria-labelledby="documents-title">
            <h2 id="documents-title">"De bronnen"</h2>
            <p>
                "De vragen, regels en adviezen in Verzuimwijzer komen uit twee documenten. "
                "De app citeert ze letterlijk en verwijst bij elk advies naar de passage."
            </p>
            <ul class="source-list">
                {sources
                    .documents
                    .iter()
                    .map(|document| {
                        view! {
                            <li class="card" id=document.id.as_str()>
                                <h3>{document.title.as_str()}</h3>
                                <p>{document.description.as_str()}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="bibliography-title" id="bronnenoverzicht" tabindex="-1">
            <h2 id="bibliography-title">"Bronnenoverzicht"</h2>
            <p>
                "De bronnen die het Preventieplan afwezigheden noemt, met titel, uitgever en jaar zoals het plan ze geeft. "
                "Een webadres staat er alleen waar het plan er een geeft."
            </p>
            <p class="hint">
                "Op enkele plaatsen verwijst het plan met “Klik hier voor meer info” naar een webpagina. Die links "
                "gingen verloren en zijn uit de tekst niet aan één bron hieronder te koppelen; Verzuimwijzer zegt daar "
                "waarover de link ging."
            </p>
            <ul class="bibliography">
                {sources
                    .bibliography
                    .iter()
                    .map(|entry| {
                        let link = entry.url.clone().map(|url| {
                            view! {
                                <a class="bibliography__link" href=url rel="noopener noreferrer" target="_blank">
                                    "Openen (externe website)"
                                </a>
                            }
                        });
                        let published: Vec<String> = entry
                            .publisher
                            .iter()
                            .cloned()
                            .chain(entry.year.map(|year| year.to_string()))
                            .collect();
                        view! {
                            <li id=format!("bron-{}", entry.id)>
                                <cite class="bibliography__title">{entry.title.as_str()}</cite>
                                {(!published.is_empty()).then(|| format!(" ({})", published.join(", ")))}
                                " "
                                {link}
                                {entry.note.as_deref().map(|note| view! { <p class="bibliography__note">{note}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="privacy-title">
            <h2 id="privacy-title">"Privacy: waar je gegevens staan"</h2>
            <p>
                "Verzuimwijzer heeft geen server en geen account. Alles wat je invult, staat "
                "alleen in de opslag van deze browser op dit toestel (IndexedDB), met tot vijf "
                "automatische back-ups van vóór een import. Niets verlaat het toestel, tenzij je "
                "zelf een exportbestand maakt en doorgeeft."
            </p>
            <h3>"Wat Verzuimwijzer nooit doet"</h3>
            <ul>
                <li>"Gegevens versturen: de app maakt geen verbinding buiten haar eigen bestanden, en de browser dwingt dat af (Content-Security-Policy)."</li>
                <li>"Externe lettertypes, CDN's, advertenties of statistieken laden."</li>
                <li>"Namen, rijksregisternummers of adressen vragen: een leerling krijgt een label dat de school kiest."</li>
                <li>"Een wachtwoord bewaren: een versleuteld exportbestand opent alleen met het wachtwoord dat jij kiest."</li>
            </ul>
            <p>
                "Let op: wie de browser op dit toestel gebruikt, kan de gegevens zien. Wis ze via "
                <Link href="/gegevens">"Gegevens"</Link>
                " als je het toestel doorgeeft. Safari op iPad kan de gegevens van een website wissen "
                "na zeven dagen zonder bezoek; zet de app daarom op je beginscherm en exporteer "
                "regelmatig."
            </p>
            <p class="muted">"Versie " {APP_VERSION}</p>
        </section>
    }
}
