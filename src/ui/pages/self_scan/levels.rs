use leptos::prelude::*;

use crate::domain::self_scan::SchoolLevel;

/// "Onderwijsniveaus van de school": one checkbox per level, for a new scan and a scan's
/// details. A block about a level the school does not have counts as "niet van toepassing".
#[component]
pub fn LevelChoice(
    /// Unique per page: the checkboxes' id prefix.
    id: &'static str,
    #[prop(into)] levels: Signal<Vec<SchoolLevel>>,
    on_change: Callback<Vec<SchoolLevel>>,
) -> impl IntoView {
    let boxes = SchoolLevel::ALL
        .into_iter()
        .map(|level| {
            let box_id = format!("{id}-{}", level.id());
            let label_for = box_id.clone();
            let toggle = move |event: leptos::ev::Event| {
                let mut chosen = levels.get_untracked();
                chosen.retain(|l: &SchoolLevel| *l != level);
                if event_target_checked(&event) {
                    chosen.push(level);
                }
                on_change.run(chosen);
            };
            view! {
                <label class="check check--small" for=label_for>
                    <input
                        type="checkbox"
                        id=box_id
                        prop:checked=move || levels.with(|l| l.contains(&level))
                        on:change=toggle
                    />
                    <span>{level.title()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="level-choice">
            <legend>"Onderwijsniveaus van de school"</legend>
            <p class="hint">
                "Blokken over een niveau dat de school niet heeft (zoals Kleuterparticipatie voor een secundaire school) "
                "tellen niet mee. Niets aangeduid: alle blokken tellen mee."
            </p>
            <div class="check-options">{boxes}</div>
        </fieldset>
    }
}
