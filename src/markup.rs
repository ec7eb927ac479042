//! HTML written as text, for views the browser builds faster from markup than node by node
//! (a step's many choices). Pure, so it is tested natively; every text goes through
//! [`escape`], so nothing in it can become markup.

use std::fmt::Write;

/// `text` as HTML text or an attribute value in double quotes: `&`, `<`, `>`, `"` and `'` are
/// written as character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One option of a choice (a radio button) or a multi-choice (a checkbox), as a large
/// tappable label around its input.
pub struct ChoiceInput<'a> {
    pub id: &'a str,
    /// Shared by the options of one fact: the browser keeps one radio of a group checked.
    pub name: &'a str,
    pub value: &'a str,
    pub label: &'a str,
    pub checked: bool,
    /// "Weet ik niet" and the like, drawn apart from the others.
    pub exclusive: bool,
}

/// The markup of `options`, checkboxes when `multi`, radio buttons otherwise.
pub fn choice_inputs<'a>(options: impl IntoIterator<Item = ChoiceInput<'a>>, multi: bool) -> String {
    let kind = if multi { "checkbox" } else { "radio" };
    let mut html = String::new();
    for option in options {
        let class = if option.exclusive { "check choice choice--exclusive" } else { "check choice" };
        let checked = if option.checked { " checked" } else { "" };
        let _ = write!(
            html,
            r#"<label class="{class}"><input type="{kind}" id="{}" name="{}" value="{}"{checked}>{}</label>"#,
            escape(option.id),
            escape(option.name),
            escape(option.value),
            escape(option.label),
        );
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_text_stays_text() {
        assert_eq!(
            escape(r#"<b onclick="x()">A & B's</b>"#),
            "&lt;b onclick=&quot;x()&quot;&gt;A &amp; B&#39;s&lt;/b&gt;"
        );
        assert_eq!(escape("Weet ik niet"), "Weet ik niet");
    }

    #[test]
    fn each_option_is_a_label_around_its_input_with_every_text_escaped() {
        let options = [
            ChoiceInput { id: "f-a", name: "f", value: "a", label: "Ja", checked: true, exclusive: false },
            ChoiceInput {
                id: "f-<x>",
                name: "f\"",
                value: "b'",
                label: "<script>alert(1)</script>",
                checked: false,
                exclusive: true,
            },
        ];
        assert_eq!(
            choice_inputs(options, false),
            concat!(
                r#"<label class="check choice"><input type="radio" id="f-a" name="f" value="a" checked>Ja</label>"#,
                r#"<label class="check choice choice--exclusive"><input type="radio" id="f-&lt;x&gt;" name="f&quot;" value="b&#39;">"#,
                r#"&lt;script&gt;alert(1)&lt;/script&gt;</label>"#,
            )
        );
        let boxes = choice_inputs(
            [ChoiceInput { id: "i", name: "n", value: "v", label: "L", checked: false, exclusive: false }],
            true,
        );
        assert!(boxes.contains(r#"type="checkbox""#));
    }
}
