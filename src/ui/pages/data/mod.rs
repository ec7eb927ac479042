//! Gegevens: what is stored on this device, and moving it in and out.

mod backups;
mod device;
mod export;
mod import;
mod organisation;
mod wipe;

use leptos::prelude::*;

use crate::ui::components::{DataGate, PageHeader};

#[component]
pub fn DataPage() -> impl IntoView {
    view! {
        <PageHeader
            title="Gegevens"
            lead="Alles wat je in Verzuimwijzer invult, staat alleen op dit toestel. Hier maak je een back-up, zet je gegevens over naar een ander toestel of wis je ze."
        />
        <DataGate>
            // What people come here for first; the settings below.
            <export::ExportSection/>
            <import::ImportSection/>
            <organisation::OrganisationSection/>
            <device::DeviceSection/>
            <backups::BackupsSection/>
            <wipe::WipeSection/>
        </DataGate>
    }
}
