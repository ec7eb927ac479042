use leptos::prelude::*;

/// A labelled free-text answer that reports every keystroke, so autosave keeps up.
///
/// The text is set once from `initial` and then left to the browser: re-setting it on every
/// change would move the caret while someone types.
#[component]
pub fn AnswerBox(
    /// The element id, unique on the page.
    id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    initial: String,
    on_input: Callback<String>,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field answer-box">
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <textarea
                id=id
                rows=rows
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=initial
                on:input=move |event| on_input.run(event_target_value(&event))
            ></textarea>
        </div>
    }
}
