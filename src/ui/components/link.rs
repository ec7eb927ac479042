use leptos::prelude::*;
use leptos_router::components::{A, ToHref};

use crate::ui::browser::base_path;

/// A link inside the app. leptos_router's `<A>` leaves an absolute `href` as it is, so under a
/// sub-path (`/verzuimwijzer/`) `/gegevens` would leave the app; this prefixes the base path
/// that the router matches with. Every internal link goes through here.
#[component]
pub fn Link<H>(
    href: H,
    /// Marked as the current page only when the address matches exactly (for "/").
    #[prop(optional)]
    exact: bool,
    children: Children,
) -> impl IntoView
where
    H: ToHref + Send + Sync + 'static,
{
    let base = base_path();
    let to = move || {
        let path = href.to_href()();
        if path.starts_with('/') { format!("{base}{path}") } else { path }
    };
    view! { <A href=to exact=exact>{children()}</A> }
}
