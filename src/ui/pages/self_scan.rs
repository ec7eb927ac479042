use leptos::prelude::*;

use crate::ui::components::{FeatureInProgress, PageHeader};

#[component]
pub fn SelfScanPage() -> impl IntoView {
    view! {
        <PageHeader
            title="Zelfscan"
            lead="De zelfscan van het aanwezigheidsbeleid van de school, fase per fase langs het zorgcontinuüm."
        />
        <FeatureInProgress will_do=&[
            "Per fase (brede basiszorg tot individueel aangepast curriculum) en per spoor (B-codes, Z- en D-codes, schoolweigering) de doelstellingen en hun reflectievragen, letterlijk uit het preventieplan.",
            "Per doelstelling een score van 0 tot 10 en je antwoord op “Waar wil je op inzetten om je score te verhogen?”.",
            "Een actieplan met Wat, Wie, Wanneer en Check, een overzicht per fase en een afdruk voor het overleg.",
        ]/>
    }
}
