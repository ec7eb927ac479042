use leptos::prelude::*;

use crate::ui::components::{FeatureInProgress, PageHeader};

#[component]
pub fn DecisionTreePage() -> impl IntoView {
    view! {
        <PageHeader
            title="Beslisboom"
            lead="Van de afwezigheid van één leerling naar de volgende stap."
        />
        <FeatureInProgress will_do=&[
            "Vraag per vraag: gaat het om ongewettigde afwezigheid (B-codes), ziekte (Z- en D-codes) of schoolweigering?",
            "De volgende stap, wie ze zet (school, CLB of partner) en de wettelijke plichten die gelden.",
            "Bij elk advies de bron: het document en de passage waar het vandaan komt.",
        ]/>
    }
}
