use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::APP_VERSION;
use crate::domain::transfer::{ExportKind, ExportSelection, FileNaming, prepare_export};
use crate::ui::browser::{download_json, now, runs_installed, today};
use crate::ui::components::ResultNotice;
use crate::ui::crypto::encrypt;
use crate::ui::state::use_app_state;

/// A passphrase shorter than this is refused: the file may travel by e-mail.
const MIN_PASSPHRASE_CHARS: usize = 10;

/// The `<select>` value of a selection: "alles", "zelfscan:<id>", "dossier:<id>".
fn selection_from(value: &str) -> ExportSelection {
    match value.split_once(':') {
        Some(("zelfscan", id)) => ExportSelection::SelfScan(id.to_string()),
        Some(("dossier", id)) => ExportSelection::Dossier(id.to_string()),
        _ => ExportSelection::Everything,
    }
}

/// Downloads everything on this device as a plain export file, at once: the last step before
/// wiping. Says which file was written, or why none was.
pub fn export_everything(state: crate::ui::state::AppState) -> Result<String, String> {
    let prepared = state
        .workspace
        .with_untracked(|w| prepare_export(w, &ExportSelection::Everything, APP_VERSION, now()))
        .ok_or("Er is niets om te exporteren.")?;
    let file_name = prepared.file_name(today(), FileNaming::Plain);
    download_json(&file_name, &prepared.plain_text())
        .map_err(|error| format!("Het exporteren is mislukt ({error})."))?;
    state.edit_device(|device| device.last_export_at = Some(now()));
    Ok(format!("Het bestand {file_name} is gedownload. Het bevat gegevens over leerlingen: bewaar het zorgvuldig."))
}

/// Export everything or one item, plainly or encrypted with a passphrase. `/gegevens?export=
/// dossier:<id>` preselects an item (the dossier page links here).
#[component]
pub fn ExportSection() -> impl IntoView {
    let state = use_app_state();
    let query = use_query_map();
    let choice = RwSignal::new(query.with_untracked(|q| q.get("export")).unwrap_or_else(|| "alles".into()));
    let encrypted = RwSignal::new(false);
    let label_in_name = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let message = RwSignal::new(None::<Result<String, String>>);

    let options =
        move || {
            state.workspace.with(|w| {
                let mut options = vec![("alles".to_string(), "Alle gegevens (volledige back-up)".to_string())];
                options.extend(
                    w.self_scans.iter().map(|s| {
                        (format!("zelfscan:{}", s.id), format!("Zelfscan {} {}", s.school_name, s.school_year))
                    }),
                );
                options.extend(w.dossiers.iter().map(|d| {
                    (format!("dossier:{}", d.id), format!("Leerlingdossier {} met zijn raadplegingen", d.label))
                }));
                options
            })
        };

    let export = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let selection = selection_from(&choice.get_untracked());
        let Some(prepared) = state.workspace.with_untracked(|w| prepare_export(w, &selection, APP_VERSION, now()))
        else {
            message.set(Some(Err("Dit onderdeel bestaat niet meer. Kies opnieuw.".into())));
            return;
        };
        let secret = passphrase.get_untracked();
        let encrypt_it = encrypted.get_untracked();
        if encrypt_it {
            if secret.chars().count() < MIN_PASSPHRASE_CHARS {
                message.set(Some(Err(format!("Kies een wachtwoord van minstens {MIN_PASSPHRASE_CHARS} tekens."))));
                return;
            }
            if secret != repeated.get_untracked() {
                message.set(Some(Err("De twee wachtwoorden zijn niet gelijk.".into())));
                return;
            }
        }
        busy.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            let text = if encrypt_it {
                let encrypted = encrypt(&prepared.plain_text(), &secret).await;
                // Used: off the screen, so the next person at a shared computer cannot read or
                // reuse it.
                passphrase.set(String::new());
                repeated.set(String::new());
                match encrypted {
                    Ok(content) => Ok(prepared.encrypted_text(content)),
                    Err(error) => Err(format!("Het exporteren is mislukt: {error}.")),
                }
            } else {
                Ok(prepared.plain_text())
            };
            let naming = match (encrypt_it, label_in_name.get_untracked()) {
                (true, _) => FileNaming::Encrypted,
                (false, true) => FileNaming::PlainWithLabel,
                (false, false) => FileNaming::Plain,
            };
            let file_name = prepared.file_name(today(), naming);
            let result = text.and_then(|text| {
                download_json(&file_name, &text).map_err(|error| format!("Het exporteren is mislukt ({error})."))
            });
            if result.is_ok() && prepared.kind == ExportKind::Werkruimte {
                state.edit_device(|device| device.last_export_at = Some(now()));
            }
            let lock = if encrypt_it {
                " Het is versleuteld: geef het wachtwoord apart door, bijvoorbeeld telefonisch."
            } else {
                " Het bevat gegevens over leerlingen: bewaar en deel het zorgvuldig."
            };
            message.set(Some(result.map(|()| format!("Het bestand {file_name} is gedownload.{lock}"))));
            busy.set(false);
        });
    };

    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">"Exporteren"</h2>
            <p>
                "Download je gegevens als bestand: alles als back-up of om naar een ander "
                "toestel over te zetten, of één zelfscan of leerlingdossier om door te geven. "
                "Het bestand bevat een controlegetal, zodat een gewijzigd of beschadigd bestand "
                "bij het importeren herkend wordt."
            </p>
            <Show when=move || !runs_installed()>
                <p class="notice notice--info" data-testid="install-advice">
                    "Je gebruikt Verzuimwijzer in een browsertabblad. Safari op iPad en iPhone "
                    "kan de gegevens van een website wissen als je ze zeven dagen niet opent. "
                    "Installeer de app daarom op je beginscherm (Safari: Deel-knop, dan "
                    "“Zet op beginscherm”; Chrome of Edge: menu, dan “App installeren”) en "
                    "exporteer regelmatig."
                </p>
            </Show>
            <form on:submit=export>
                <div class="field">
                    <label for="export-what">"Wat wil je exporteren?"</label>
                    <select
                        id="export-what"
                        prop:value=move || choice.get()
                        on:change=move |event| choice.set(event_target_value(&event))
                    >
                        {move || {
                            let chosen = choice.get_untracked();
                            options()
                                .into_iter()
                                .map(|(value, label)| {
                                    let selected = value == chosen;
                                    view! { <option value=value selected=selected>{label}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <ExportOption
                    id="export-encrypt"
                    text="Versleutelen met een wachtwoord (bijvoorbeeld om per e-mail naar het CLB te sturen)"
                    on=encrypted
                />
                // The label would show in the browser's downloads and travel with the file.
                <Show when=move || !encrypted.get() && choice.with(|c| c.starts_with("dossier:"))>
                    <ExportOption id="export-label-in-name" text="Naam van het bestand met label" on=label_in_name/>
                </Show>
                <Show when=move || encrypted.get()>
                    <div class="field">
                        <label for="export-passphrase">"Wachtwoord (minstens 10 tekens)"</label>
                        <input
                            id="export-passphrase"
                            type="password"
                            autocomplete="new-password"
                            prop:value=move || passphrase.get()
                            on:input=move |event| passphrase.set(event_target_value(&event))
                        />
                    </div>
                    <div class="field">
                        <label for="export-passphrase-again">"Herhaal het wachtwoord"</label>
                        <input
                            id="export-passphrase-again"
                            type="password"
                            autocomplete="new-password"
                            prop:value=move || repeated.get()
                            on:input=move |event| repeated.set(event_target_value(&event))
                        />
                    </div>
                    <p class="hint">
                        "Wie het wachtwoord vergeet, kan het bestand niet meer openen: niemand kan het herstellen."
                    </p>
                </Show>
                <button type="submit" class="button button--primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Bezig met exporteren…" } else { "Exporteren" }}
                </button>
            </form>
            <ResultNotice message/>
        </section>
    }
}

/// A tick box of the export form.
#[component]
fn ExportOption(id: &'static str, text: &'static str, on: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="check-row">
            <label class="check">
                <input
                    id=id
                    type="checkbox"
                    prop:checked=move || on.get()
                    on:change=move |event| on.set(event_target_checked(&event))
                />
                {text}
            </label>
        </div>
    }
}
