use leptos::prelude::*;

/// A 0–10 score as eleven large radio buttons, plus a way back to "nog niet gescoord",
/// which is not the same as 0. Arrow keys move between scores, as in any radio group.
#[component]
pub fn ScorePicker(
    /// Unique per page: the radio group's name.
    name: String,
    /// The question, e.g. "Schaal je school in voor deze doelstelling".
    legend: &'static str,
    #[prop(into)] score: Signal<Option<u8>>,
    on_change: Callback<Option<u8>>,
    /// Last year's score, shown beside the picker in a scan copied for next year.
    #[prop(optional, into)]
    previous: Signal<Option<u8>>,
) -> impl IntoView {
    let shown = move || match score.get() {
        Some(value) => format!("{value}/10"),
        None => "nog niet gescoord".to_string(),
    };
    let options = (0..=10u8)
        .map(|value| {
            view! {
                <label class="score-option">
                    <input
                        type="radio"
                        name=name.clone()
                        value=value
                        aria-label=format!("{value} op 10")
                        prop:checked=move || score.get() == Some(value)
                        on:change=move |_| on_change.run(Some(value))
                    />
                    <span aria-hidden="true">{value}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="score-picker">
            <legend>
                {legend} ": " <strong class="score-picker__value" data-testid="score-value">{shown}</strong>
                {move || previous.get().map(|value| view! {
                    <span class="score-picker__previous" data-testid="previous-score">{format!(" · vorig jaar: {value}")}</span>
                })}
            </legend>
            <div class="score-picker__options">{options}</div>
            <button
                type="button"
                class="button button--quiet"
                disabled=move || score.get().is_none()
                on:click=move |_| on_change.run(None)
            >
                "Score wissen"
            </button>
        </fieldset>
    }
}
