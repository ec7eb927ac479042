use leptos::prelude::*;

/// A printable document. The header sits in a table head, which browsers repeat at the top of
/// every printed page: the school's name and the date on each A4 page.
#[component]
pub fn PrintFrame(
    /// What is printed, e.g. "Zelfscan aanwezigheidsbeleid".
    title: &'static str,
    /// Who and when, e.g. "De Linde · 2026-2027".
    #[prop(into)]
    subject: Signal<String>,
    /// "Afgedrukt op 25-11-2026".
    #[prop(into)]
    printed_on: String,
    /// Show the header only on paper, for a document that is a normal page on screen.
    #[prop(optional)]
    print_only_header: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <table class="print-frame" class:print-frame--print-only-header=print_only_header>
            <thead>
                <tr>
                    <td>
                        <div class="print-header">
                            <span class="print-header__title">{title}</span>
                            <span class="print-header__subject">{subject}</span>
                            <span class="print-header__date">{printed_on}</span>
                        </div>
                    </td>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <td>{children()}</td>
                </tr>
            </tbody>
        </table>
    }
}
