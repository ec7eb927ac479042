use leptos::prelude::*;

/// Says plainly that a feature is not in this version yet, and what it will do.
#[component]
pub fn FeatureInProgress(
    /// What the feature will let the user do, one item per line.
    will_do: &'static [&'static str],
) -> impl IntoView {
    view! {
        <section class="card card--notice" aria-labelledby="in-progress-title">
            <h2 id="in-progress-title">"Nog niet beschikbaar in deze versie"</h2>
            <p>
                "Dit onderdeel wordt nu gebouwd. Je kunt hier nog niets invullen of opslaan. "
                "Wat het straks doet:"
            </p>
            <ul>{will_do.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
        </section>
    }
}
