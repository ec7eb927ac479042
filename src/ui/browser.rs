//! Small wrappers around browser APIs, so components stay free of web-sys details.

use chrono::{DateTime, FixedOffset, Local, NaiveDate, Utc};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// The user's current time zone offset, for showing times on their clock.
pub fn local_offset() -> FixedOffset {
    *Local::now().offset()
}

/// "25-11-2026 om 09:15" in the user's time zone.
pub fn format_local(at: DateTime<Utc>) -> String {
    crate::domain::dates::dutch_date_time(at, local_offset())
}

/// Runs `work` once the browser has painted the next frame: a timeout queued from the
/// animation frame runs after that frame's paint, so what is on screen now shows first.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
    });
}

/// Whether the screen is phone-narrow (the style's `max-width: 40rem`).
pub fn narrow_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 40rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Scrolls to the element with `id` (an address's fragment, "#bronnenoverzicht") and moves
/// the focus there, so that a link into a page lands where it points, for a screen reader too.
/// A page that is still rendering gets a few more frames.
pub fn go_to_fragment(id: String, frames_left: u32) {
    after_next_paint(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        match document.get_element_by_id(&id) {
            Some(element) => {
                element.scroll_into_view();
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    if !element.has_attribute("tabindex") {
                        let _ = element.set_attribute("tabindex", "-1");
                    }
                    let _ = element.focus();
                }
            }
            None if frames_left > 0 => go_to_fragment(id, frames_left - 1),
            None => {}
        }
    });
}

/// Lets the browser paint and handle input before a long piece of work goes on: resolves in
/// a later task (a zero timeout), so no single task holds the page for long.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        // Without a window there is no page to keep responsive: go on at once.
        if web_sys::window().and_then(|w| w.set_timeout_with_callback(&resolve).ok()).is_none() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Starts fetching the content file `name` (e.g. "situatie.json"), served beside index.html
/// and kept on the device by the service worker; [`ContentRequest::text`] gives its text. The
/// browser checks the file against the hash that the build wrote into index.html (`<meta
/// name="verzuimwijzer-content">`, tools/post-build.mjs), so a damaged or swapped file is
/// refused, not read.
pub fn request_content(name: &'static str) -> ContentRequest {
    let init = web_sys::RequestInit::new();
    if let Some(integrity) = content_integrity(name) {
        init.set_integrity(&integrity);
    }
    let url = format!("{}/{name}", base_path());
    let response = web_sys::window().map(|w| JsFuture::from(w.fetch_with_str_and_init(&url, &init)));
    ContentRequest { name, response }
}

/// A content file on its way (see [`request_content`]).
pub struct ContentRequest {
    name: &'static str,
    response: Option<JsFuture>,
}

impl ContentRequest {
    /// The file's text; `Err` says in Dutch what went wrong, with the file's name.
    pub async fn text(self) -> Result<String, String> {
        let name = self.name;
        let unreadable = || format!("{name} kon niet gelezen worden");
        let response =
            self.response.ok_or_else(unreadable)?.await.map_err(|_| format!("{name} kon niet opgehaald worden"))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| unreadable())?;
        if !response.ok() {
            return Err(format!("{name}: status {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(|_| unreadable())?).await.map_err(|_| unreadable())?;
        text.as_string().ok_or_else(unreadable)
    }
}

/// The hash of content file `name` as the build wrote it: "name sha384-…, name sha384-…".
fn content_integrity(name: &str) -> Option<String> {
    let meta = document().query_selector("meta[name=\"verzuimwijzer-content\"]").ok()??;
    let list = meta.get_attribute("content")?;
    list.split(',').find_map(|entry| {
        let (file, hash) = entry.trim().split_once(' ')?;
        (file == name).then(|| hash.to_owned())
    })
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("the app runs in a page")
}

/// The path the app is served under, from the `<base href>` that Trunk writes
/// (`--public-url`): "" at the root, "/verzuimwijzer" under a sub-path. Read once: it cannot
/// change while the page is open, and every link asks for it.
pub fn base_path() -> &'static str {
    static BASE_PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE_PATH.get_or_init(|| {
        document()
            .query_selector("base")
            .ok()
            .flatten()
            .and_then(|base| base.get_attribute("href"))
            .map(|href| href.trim_end_matches('/').to_string())
            .unwrap_or_default()
    })
}

/// Sets the tab's title to "<page> · Verzuimwijzer". Never with a pupil's label: the browser
/// keeps titles in its history, which outlives the tab and may be synced.
pub fn set_page_title(page: &str) {
    document().set_title(&format!("{page} · Verzuimwijzer"));
}

/// Offers `text` to the user as a file download named `file_name`.
pub fn download_json(file_name: &str, text: &str) -> Result<(), String> {
    let fail = |error: JsValue| format!("{error:?}");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement = document().create_element("a").map_err(fail)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).map_err(fail)?;
    Ok(())
}

/// Reads a file the user picked as text.
pub async fn read_file_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(|error| format!("{error:?}"))?;
    text.as_string().ok_or_else(|| "geen tekst".to_string())
}

/// A new identifier that is unique on this device and across devices in practice: the
/// time in milliseconds plus a random part, e.g. "scan-m3k9x2-4fz1q".
pub fn new_id(prefix: &str) -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}-{}-{}", base36(millis), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}

/// The text this tab keeps under `key` (sessionStorage: kept across reloads and back/forward,
/// gone when the tab is closed, never in the browser's history).
pub fn tab_value(key: &str) -> Option<String> {
    web_sys::window()?.session_storage().ok()??.get_item(key).ok()?
}

/// Keeps `value` under `key` for this tab (see [`tab_value`]); false where the browser refuses.
pub fn set_tab_value(key: &str, value: &str) -> bool {
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    storage.is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Opens the browser's print dialog (which also saves as PDF).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The parts of a print view that the print style keeps together on one page.
const KEPT_TOGETHER: &str = ".print-title, .print-facts, .print-phase > h2, .print-phase > h3, .print-questions li, .print-block > p, \
     .priorities, .chart-card, .overview-table caption, .overview-table tr, .print-source, .checklist-section, \
     .advice__item, .placement__item";

/// About how many A4 pages the print view `selector` fills: a copy of it laid out, out of
/// sight, at the width of an A4 page within the print margins (210 − 2 × 15 mm), and paged as
/// the print style does: a part kept together that does not fit on what is left of a page
/// starts the next one, and each page repeats the header. An estimate: the print style also
/// sets some text smaller.
pub fn estimated_a4_pages(selector: &str) -> Option<u32> {
    let document = web_sys::window()?.document()?;
    let original = document.query_selector(selector).ok()??;
    let copy: web_sys::HtmlElement = original.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let measure: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    // A class, not a style attribute: the Content-Security-Policy allows no inline style.
    measure.set_class_name("print-measure");
    measure.set_attribute("aria-hidden", "true").ok()?;
    measure.append_child(&copy).ok()?;
    document.body()?.append_child(&measure).ok()?;
    let mm = f64::from(measure.offset_width()) / 180.0;
    let header = copy
        .query_selector(".print-header")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        .map_or(0.0, |h| f64::from(h.offset_height()));
    let page = 267.0 * mm - header;
    let origin = copy.get_bounding_client_rect().top() + header;
    let mut parts = Vec::new();
    if let Ok(list) = copy.query_selector_all(KEPT_TOGETHER) {
        for index in 0..list.length() {
            let Some(element) = list.item(index).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let rect = element.get_bounding_client_rect();
            parts.push((rect.top() - origin, rect.height()));
        }
    }
    let total = f64::from(copy.offset_height()) - header;
    measure.remove();
    (mm > 0.0 && page > 0.0).then(|| crate::domain::paging::pages(&parts, total, page))
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("geen venster")?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|error| format!("{error:?}"))
}

/// The channel on which tabs of this app announce their saves (see `state.rs`).
pub struct SyncChannel {
    channel: web_sys::BroadcastChannel,
    _on_message: wasm_bindgen::closure::Closure<dyn Fn(web_sys::MessageEvent)>,
}

impl SyncChannel {
    /// Listens for other tabs' saves; `None` where the browser has no BroadcastChannel (the
    /// revision check in storage still prevents lost edits there).
    pub fn open(on_saved: impl Fn(u64) + 'static) -> Option<Self> {
        let channel = web_sys::BroadcastChannel::new("verzuimwijzer-opslag").ok()?;
        let on_message = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some(revision) = event.data().as_f64() {
                    on_saved(revision as u64);
                }
            },
        );
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(Self { channel, _on_message: on_message })
    }

    /// Tells the other tabs that the stored workspace is now at `revision`.
    pub fn announce(&self, revision: u64) {
        let _ = self.channel.post_message(&JsValue::from_f64(revision as f64));
    }
}

/// True while the tab is in the background (another tab, a minimised window, a locked screen).
pub fn page_hidden() -> bool {
    document().visibility_state() == web_sys::VisibilityState::Hidden
}

/// A tab's edits that are not stored yet, written to localStorage when the tab is hidden or
/// closed. IndexedDB cannot be relied on then: its save is asynchronous and a closing page
/// may end before it commits, while localStorage writes at once. The next start merges them
/// in (see `Keeper::recover`); a save that completes removes them.
pub struct UnsavedEdits {
    key: String,
    _listeners: [leptos::prelude::WindowListenerHandle; 2],
}

/// The browser's localStorage, or `None` where it refuses it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl UnsavedEdits {
    const PREFIX: &'static str = "verzuimwijzer-onopgeslagen-";

    /// Writes `pending()` under this tab's key whenever the tab is hidden or closed.
    pub fn watch(tab_id: &str, pending: impl Fn() -> Option<crate::storage::Pending> + 'static) -> Option<Self> {
        local_storage()?;
        let key = format!("{}{tab_id}", Self::PREFIX);
        let write = std::rc::Rc::new({
            let key = key.clone();
            move || {
                let Some(storage) = local_storage() else { return };
                match pending() {
                    // Without its base when the whole record does not fit.
                    Some(edits) => {
                        if storage.set_item(&key, &edits.to_json()).is_err() {
                            let _ = storage.set_item(&key, &edits.without_base().to_json());
                        }
                    }
                    None => {
                        let _ = storage.remove_item(&key);
                    }
                }
            }
        });
        let on_hide = write.clone();
        let closing = leptos::prelude::window_event_listener_untyped("pagehide", move |_| on_hide());
        let hidden = leptos::prelude::window_event_listener_untyped("visibilitychange", move |_| {
            if page_hidden() {
                write();
            }
        });
        Some(Self { key, _listeners: [closing, hidden] })
    }

    /// The unsaved edits another tab just wrote, from a `storage` event (`None` for any other
    /// key, or when that tab removed its record).
    pub fn written_by_other_tab(event: &web_sys::Event) -> Option<(String, crate::storage::Pending)> {
        let field = |name: &str| js_sys::Reflect::get(event, &name.into()).ok()?.as_string();
        let key = field("key").filter(|key| key.starts_with(Self::PREFIX))?;
        let pending = crate::storage::Pending::from_json(&field("newValue")?)?;
        Some((key, pending))
    }

    /// Everything of this tab is stored.
    pub fn clear(&self) {
        Self::forget(&self.key);
    }

    /// What closed tabs left behind, by key.
    pub fn left_behind() -> Vec<(String, crate::storage::Pending)> {
        let Some(storage) = local_storage() else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(Self::PREFIX))
            .filter_map(|key| {
                let pending = crate::storage::Pending::from_json(&storage.get_item(&key).ok()??)?;
                Some((key, pending))
            })
            .collect()
    }

    pub fn forget(key: &str) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(key);
        }
    }

    pub fn forget_all() {
        for (key, _) in Self::left_behind() {
            Self::forget(&key);
        }
    }
}

/// This device's settings in localStorage (through gloo-storage). Where the browser refuses
/// localStorage they live in memory for the session, which is all that is lost: they are
/// conveniences, not data. (gloo-storage throws when there is no localStorage, hence the
/// check first.)
pub struct DeviceStorage;

impl DeviceStorage {
    const KEY: &'static str = "verzuimwijzer-toestel";

    fn available() -> bool {
        local_storage().is_some()
    }

    /// The stored settings, or `None` before any were stored (or when they cannot be read).
    pub fn load() -> Option<crate::domain::device::DeviceSettings> {
        use gloo_storage::Storage as _;
        Self::available().then(|| gloo_storage::LocalStorage::get(Self::KEY).ok()).flatten()
    }

    pub fn store(settings: &crate::domain::device::DeviceSettings) {
        use gloo_storage::Storage as _;
        if Self::available() {
            let _ = gloo_storage::LocalStorage::set(Self::KEY, settings);
        }
    }

    pub fn forget() {
        use gloo_storage::Storage as _;
        if Self::available() {
            gloo_storage::LocalStorage::delete(Self::KEY);
        }
    }
}

/// Asks the browser not to evict the app's storage under pressure. `Some(granted)`, or
/// `None` where the browser cannot be asked.
pub async fn request_persistent_storage() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// True on an iPhone or iPad, where every browser is WebKit and Safari wipes a website's
/// storage after seven days without a visit. An iPad asks for desktop pages and names itself
/// a Mac, but a Mac has no touch screen.
pub fn runs_on_ios() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    ["iPhone", "iPad", "iPod"].iter().any(|device| agent.contains(device))
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1)
}

/// True when the app runs installed (from the home screen) rather than in a browser tab.
pub fn runs_installed() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let standalone =
        window.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|query| query.matches());
    // Safari on iOS/iPadOS says so with a non-standard flag.
    let ios_home_screen = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    standalone || ios_home_screen
}
