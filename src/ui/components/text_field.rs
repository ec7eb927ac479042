use leptos::html::{Input, Textarea};
use leptos::prelude::*;

use crate::domain::dates::iso_date;
use crate::domain::limits::{MAX_NOTE_CHARS, first_day, last_day};

/// A labelled text field that shows the stored value and reports every keystroke, so
/// autosave keeps up.
///
/// It follows the document: when the value changes elsewhere (another tab, a merge, an
/// import), the field shows it. It is only written when its text means something else than
/// the stored value (`same`), so the caret never moves while someone types, and a count
/// field the user just emptied is not filled with "0" under their fingers.
#[component]
pub fn TextField(
    /// The element id, unique on the page.
    #[prop(into)]
    id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    /// The stored value, as the field shows it.
    #[prop(into)]
    value: Signal<String>,
    on_input: Callback<String>,
    /// Lines of a multi-line answer; 0 is a one-line field.
    #[prop(optional)]
    rows: u32,
    #[prop(default = MAX_NOTE_CHARS)] max_chars: usize,
    /// `text`, `date`; with `numeric`, a one-line field for a count.
    #[prop(default = "text")]
    kind: &'static str,
    /// Whether the field's text and the stored value mean the same; by default, equal text.
    #[prop(optional)]
    same: Option<fn(&str, &str) -> bool>,
    #[prop(optional, into)] invalid: Signal<bool>,
    /// What is wrong with the text, in Dutch, shown under the field.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    let hint = hint.filter(|hint| !hint.is_empty());
    let hint_id = format!("{id}-hint");
    let limit_id = format!("{id}-limit");
    let error_id = format!("{id}-fout");
    let invalid = Signal::derive(move || invalid.get() || error.with(Option::is_some));
    let same = same.unwrap_or(|a, b| a == b);
    let length = RwSignal::new(value.get_untracked().chars().count());
    let at_limit = move || length.get() >= max_chars;
    let described_by = {
        let hint_id = hint.as_ref().map(|_| hint_id.clone());
        let limit_id = limit_id.clone();
        let error_id = error_id.clone();
        move || {
            let ids: Vec<String> = hint_id
                .iter()
                .cloned()
                .chain(at_limit().then(|| limit_id.clone()))
                .chain(error.with(Option::is_some).then(|| error_id.clone()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    // `maxlength` stops typing at the limit; text pasted past it, or sent with the attribute
    // removed, is cut here, so nothing longer than the limit is ever stored.
    let typed = move |mut text: String, write: &dyn Fn(&str)| {
        if let Some((cut, _)) = text.char_indices().nth(max_chars) {
            text.truncate(cut);
            write(&text);
        }
        length.set(text.chars().count());
        on_input.run(text);
    };
    let follow = move |shown: &str, write: &dyn Fn(&str)| {
        if !same(shown, &value.get()) {
            write(&value.get_untracked());
            length.set(value.get_untracked().chars().count());
        }
    };
    let input_mode = (kind == "numeric").then_some("numeric");
    let input_type = if kind == "date" { "date" } else { "text" };
    let control = if rows > 0 {
        let node = NodeRef::<Textarea>::new();
        Effect::new(move |_| {
            if let Some(area) = node.get() {
                follow(&area.value(), &|text| area.set_value(text));
            }
        });
        view! {
            <textarea
                id=id.clone()
                node_ref=node
                rows=rows
                maxlength=max_chars
                aria-describedby=described_by
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=value.get_untracked()
                on:input=move |event| {
                    typed(event_target_value(&event), &|text| {
                        if let Some(area) = node.get_untracked() {
                            area.set_value(text);
                        }
                    })
                }
            ></textarea>
        }
        .into_any()
    } else {
        let node = NodeRef::<Input>::new();
        Effect::new(move |_| {
            if let Some(input) = node.get() {
                follow(&input.value(), &|text| input.set_value(text));
            }
        });
        view! {
            <input
                id=id.clone()
                node_ref=node
                type=input_type
                inputmode=input_mode
                autocomplete=autocomplete.unwrap_or("off")
                maxlength=(kind != "date").then_some(max_chars)
                min=(kind == "date").then(|| iso_date(first_day()))
                max=(kind == "date").then(|| iso_date(last_day()))
                aria-describedby=described_by
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=value.get_untracked()
                on:input=move |event| {
                    typed(event_target_value(&event), &|text| {
                        if let Some(input) = node.get_untracked() {
                            input.set_value(text);
                        }
                    })
                }
            />
        }
        .into_any()
    };
    view! {
        <div class=format!("field {}", class.unwrap_or_default())>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {control}
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
            <Show when=at_limit>
                <p class="hint hint--limit" id=limit_id.clone()>{format!("Hoogstens {max_chars} tekens.")}</p>
            </Show>
        </div>
    }
}

/// A labelled field for a count of half days (or days): it follows the stored value like
/// [`TextField`], and text that is no count ("zeven", "7,5", "-3") gets a Dutch message at
/// the field and changes nothing. An emptied field means `None` (for counts where nothing and
/// 0 are the same, `value` shows 0 as "0" and the caller stores `None` as 0).
#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    /// The stored count.
    #[prop(into)]
    value: Signal<Option<u32>>,
    on_change: Callback<Option<u32>>,
    #[prop(optional, into)] class: Option<String>,
    /// What is wrong with the count, from outside (e.g. "Vul een getal in."), shown when the
    /// text itself is a count.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// An emptied field is no answer, not 0: the field shows exactly the stored count (a
    /// question where "Weet ik niet" clears it).
    #[prop(optional)]
    empty_is_unanswered: bool,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let shown = Memo::new(move |_| value.get().map(|n| n.to_string()).unwrap_or_default());
    let on_input = Callback::new(move |text: String| match crate::domain::limits::parse_count(&text) {
        Ok(count) => {
            problem.set(None);
            on_change.run(count);
        }
        Err(reason) => problem.set(Some(reason)),
    });
    let shown_error = Signal::derive(move || problem.get().or_else(|| error.get()));
    view! {
        <TextField
            id
            label
            hint=hint.unwrap_or_default()
            value=shown
            on_input
            kind="numeric"
            same=if empty_is_unanswered { same_answer_text } else { same_count_text }
            error=shown_error
            max_chars=6
            class=class.unwrap_or_else(|| "count-field".into())
        />
    }
}

/// The same count, where an emptied field is no answer: "" and "0" differ.
fn same_answer_text(shown: &str, stored: &str) -> bool {
    match crate::domain::limits::parse_count(shown) {
        Ok(count) => count == crate::domain::limits::parse_count(stored).ok().flatten(),
        Err(_) => true,
    }
}

/// An emptied field, "0" and "00" mean the same count; text that is no count is left to the
/// user (the message says why).
fn same_count_text(shown: &str, stored: &str) -> bool {
    match crate::domain::limits::parse_count(shown) {
        Ok(count) => count.unwrap_or(0) == stored.trim().parse().unwrap_or(0),
        Err(_) => true,
    }
}
