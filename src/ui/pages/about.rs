use leptos::prelude::*;

use crate::domain::content::sources;
use crate::ui::components::PageHeader;
use crate::APP_VERSION;

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
        <section aria-labelledby="bibliography-title" id="bronnenoverzicht">
            <h2 id="bibliography-title">"Bronnenoverzicht"</h2>
            <p>"Het bronnenoverzicht uit het Preventieplan afwezigheden, zoals het daar staat."</p>
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
                        view! {
                            <li>
                                <span class="bibliography__text">{entry.text.as_str()}</span>
                                " "
                                {link}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="privacy-title">
            <h2 id="privacy-title">"Privacy"</h2>
            <p>
                "Verzuimwijzer heeft geen server en geen account. Alles wat je invult, staat "
                "alleen in de opslag van deze browser op dit toestel. Niets verlaat het toestel, "
                "tenzij je zelf een exportbestand maakt en doorgeeft."
            </p>
            <p class="muted">"Versie " {APP_VERSION}</p>
        </section>
    }
}
