use leptos::prelude::*;
use leptos_router::components::{A, ToHref};

use crate::ui::browser::base_path;

/// A link inside the app. leptos_router's `<A>` leaves an absolute `href` as it is, so under a
/// sub-path (`/verzuimwijzer/`) `/gegevens` would leave the app; this prefixes the base path
/// that the router matches with. Every internal link goes through here.
#[component]
pub fn Link<H>(
    href: H,
    /// A section of the app (the main navigation): marked as current on its pages too, not
    /// only on the address itself. Every other link is current only on its own page.
    #[prop(optional)]
    section: bool,
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
    view! { <A href=to exact=!section>{children()}</A> }
}
