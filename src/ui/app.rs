//! The shell: header, navigation, storage notices and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::browser::{base_path, now, runs_installed, runs_on_ios};
use super::components::{BeslisboomContent, ConflictList, Link, SaveIndicator, UpdatePrompt};
use super::pages::{
    AboutPage, ChecklistPage, ComparePage, ConsultationPage, DataPage, DecisionTreePage, DossierPage, NotFoundPage,
    ObjectivePage, OverviewPage, PrintPage, PrintPart, PupilsPage, ScanHomePage, SelfScanListPage, StartPage,
};
use super::state::{AppState, SaveStatus, use_app_state};
use crate::domain::device::backup_reminder_due;

/// The navigation, in the order a user meets the features.
const NAVIGATION: &[(&str, &str)] = &[
    ("/", "Start"),
    ("/zelfscan", "Zelfscan"),
    ("/beslisboom", "Beslisboom"),
    ("/leerlingen", "Leerlingen"),
    ("/gegevens", "Gegevens"),
    ("/over", "Over"),
];

#[component]
pub fn App() -> impl IntoView {
    provide_context(AppState::start());
    view! {
        <Router base=base_path()>
            <a class="skip-link" href="#inhoud">"Naar de inhoud"</a>
            <header class="site-header">
                <div class="site-header__bar">
                    <Link href="/" attr:class="brand">
                        <span class="brand__mark" aria-hidden="true">"V"</span>
                        <span class="brand__name">"Verzuimwijzer"</span>
                    </Link>
                    <SaveIndicator/>
                </div>
                <nav class="site-nav" aria-label="Hoofdmenu">
                    <ul>
                        {NAVIGATION
                            .iter()
                            .map(|(href, label)| {
                                view! {
                                    <li>
                                        <Link href=*href section=*href != "/">{*label}</Link>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </header>
            <StorageNotices/>
            <FollowFragment/>
            <main id="inhoud" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=StartPage/>
                    <Route path=path!("/zelfscan") view=SelfScanListPage/>
                    <Route path=path!("/zelfscan/vergelijk/:earlier/:later") view=ComparePage/>
                    <Route path=path!("/zelfscan/:scan") view=ScanHomePage/>
                    <Route path=path!("/zelfscan/:scan/doel/:objective") view=ObjectivePage/>
                    <Route path=path!("/zelfscan/:scan/overzicht") view=OverviewPage/>
                    <Route
                        path=path!("/zelfscan/:scan/afdruk")
                        view=|| view! { <PrintPage part=PrintPart::Whole/> }
                    />
                    <Route
                        path=path!("/zelfscan/:scan/afdruk/overzicht")
                        view=|| view! { <PrintPage part=PrintPart::Overview/> }
                    />
                    <Route
                        path=path!("/beslisboom")
                        view=|| view! { <BeslisboomContent><DecisionTreePage/></BeslisboomContent> }
                    />
                    <Route
                        path=path!("/beslisboom/raadpleging/:id")
                        view=|| view! { <BeslisboomContent><ConsultationPage/></BeslisboomContent> }
                    />
                    <Route path=path!("/leerlingen") view=PupilsPage/>
                    <Route path=path!("/leerlingen/:id") view=DossierPage/>
                    <Route path=path!("/leerlingen/:id/checklist") view=ChecklistPage/>
                    <Route path=path!("/gegevens") view=DataPage/>
                    <Route path=path!("/over") view=AboutPage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>
                    "Verzuimwijzer bewaart alles op dit toestel. Er gaat niets naar een server."
                </p>
            </footer>
        </Router>
    }
}

/// leptos_router scrolls to the top on every navigation, and ignores an address's fragment:
/// this takes the page to it (e.g. "Klik hier voor meer info" to `/over#bronnenoverzicht`).
#[component]
fn FollowFragment() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        location.pathname.track();
        let hash = location.hash.get();
        let id = hash.trim_start_matches('#');
        if !id.is_empty() {
            crate::ui::browser::go_to_fragment(id.to_owned(), 10);
        }
    });
}

/// Fields another tab changed at the same time as this one: said on every page until closed;
/// the copies stay on Gegevens.
#[component]
fn ConflictNotices() -> impl IntoView {
    let state = use_app_state();
    move || {
        let copies = state.conflicts.get();
        (!copies.is_empty()).then(|| {
            view! {
                <div class="notice notice--warning" role="alert" data-testid="sync-notice">
                    <p>
                        "Een ander tabblad wijzigde tegelijk dezelfde gegevens. Hieronder staat per "
                        "onderdeel wat nu bewaard is en wat de andere versie was. Die kun je hier "
                        "overnemen; ze blijft ook bewaard op de pagina "
                        <Link href="/gegevens">"Gegevens"</Link>"."
                    </p>
                    <ConflictList copies/>
                    <button type="button" class="button" on:click=move |_| state.conflicts.set(Vec::new())>
                        "Begrepen"
                    </button>
                </div>
            }
        })
    }
}

/// Failed saves and storage fallbacks, shown on every page until resolved.
#[component]
fn StorageNotices() -> impl IntoView {
    let state = use_app_state();
    let failed_save = move || match state.save_status.get() {
        SaveStatus::Failed(message) => Some(message),
        _ => None,
    };
    let reminder = move || state.device.with(|device| state.workspace.with(|w| backup_reminder_due(w, device, now())));
    // Said once, only where it applies and data is at stake: Safari on iPhone and iPad may
    // wipe a tab's storage after 7 days.
    let on_ios = runs_on_ios();
    let install_hint = move || {
        on_ios
            && state.workspace.with(|w| !w.is_empty())
            && !state.device.with(|d| d.install_hint_dismissed)
            && !runs_installed()
    };
    view! {
        <div class="notices">
            <UpdatePrompt/>
            <ConflictNotices/>
            {move || {
                reminder()
                    .map(|days| {
                        view! {
                            <p class="notice notice--info" data-testid="backup-reminder">
                                {format!("Je hebt al {days} dagen geen back-up gemaakt. ")}
                                <Link href="/gegevens">"Exporteer je gegevens"</Link>
                                " zodat je niets verliest als dit toestel stuk of kwijt raakt."
                            </p>
                        }
                    })
            }}
            <Show when=install_hint>
                <div class="notice notice--info" data-testid="install-hint">
                    <p>
                        "Je gegevens staan in deze browser. Safari op iPad en iPhone wist ze als je "
                        "de website zeven dagen niet opent, tenzij je Verzuimwijzer op je beginscherm "
                        "zet (Deel-knop, dan “Zet op beginscherm”). Exporteer ook regelmatig via "
                        <Link href="/gegevens">"Gegevens"</Link>"."
                    </p>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| state.edit_device(|device| device.install_hint_dismissed = true)
                    >
                        "Begrepen"
                    </button>
                </div>
            </Show>
            {move || {
                state
                    .storage_warning
                    .get()
                    .map(|warning| {
                        view! {
                            <p class="notice notice--warning" role="alert">
                                {warning}
                            </p>
                        }
                    })
            }}
            {move || {
                failed_save()
                    .map(|message| {
                        view! {
                            <p class="notice notice--error" role="alert">
                                <strong>"Je laatste wijziging is niet opgeslagen. "</strong>
                                {message}
                                " Probeer opnieuw, of "
                                <Link href="/gegevens">"exporteer je gegevens"</Link>
                                " zodat je niets verliest."
                            </p>
                        }
                    })
            }}
        </div>
    }
}
