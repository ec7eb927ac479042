use leptos::prelude::*;

use crate::ui::browser::{format_local, runs_installed};
use crate::ui::components::NumberField;
use crate::ui::state::use_app_state;

/// Where the data lives and how safe it is there: persistent storage, installed or not, and
/// the backup reminder.
#[component]
pub fn DeviceSection() -> impl IntoView {
    let state = use_app_state();
    let persistence = move || match state.persistent.get() {
        Some(true) => {
            "De browser bewaart de opslag van Verzuimwijzer blijvend: hij wist ze niet \
                       zelf als de schijf vol raakt."
        }
        Some(false) => {
            "De browser heeft geen blijvende opslag toegestaan: bij plaatsgebrek kan hij \
                        de gegevens wissen. Exporteer daarom regelmatig, of installeer de app."
        }
        None => "Deze browser zegt niet of hij de opslag blijvend bewaart. Exporteer regelmatig.",
    };
    let last_export = move || {
        state.device.with(|device| match device.last_export_at {
            Some(at) => format!("Laatste volledige export: {}.", format_local(at)),
            None => "Je hebt op dit toestel nog geen volledige export gemaakt.".to_string(),
        })
    };
    let days = move || state.device.with(|device| device.backup_reminder_days);
    view! {
        <section class="card" aria-labelledby="device-title">
            <h2 id="device-title">"Opslag op dit toestel"</h2>
            <p data-testid="persistence">{persistence}</p>
            <p>
                {move || if runs_installed() {
                    "Verzuimwijzer draait als geïnstalleerde app."
                } else {
                    "Verzuimwijzer draait in een browsertabblad."
                }}
            </p>
            <p data-testid="last-export">{last_export}</p>
            <NumberField
                id="reminder-days"
                label="Herinner me aan een export na zoveel dagen (0 = nooit)"
                value=Signal::derive(move || Some(days()))
                on_change=Callback::new(move |count: Option<u32>| {
                    if let Some(count) = count {
                        state.edit_device(|device| device.backup_reminder_days = count.min(365));
                    }
                })
            />
        </section>
    }
}
