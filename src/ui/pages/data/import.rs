use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Workspace;
use crate::domain::transfer::{
    CheckStep, Choices, Difference, ExportKind, FileCheck, ImportError, ImportPlan, ImportedFile, ItemKey, Keep,
    LockedFile, MAX_IMPORT_BYTES, OpenedFile, PlannedItem, Snapshot, merge, plan_import,
};
use crate::ui::browser::{format_local, local_offset, now, read_file_text, yield_to_browser};
use crate::ui::crypto::decrypt;
use crate::ui::state::use_app_state;

/// Where the import stands. A file changes nothing until the user chose merge or replace,
/// and each of those first keeps a backup, so "Ongedaan maken" can bring the data back.
#[derive(Clone)]
enum ImportStep {
    Idle,
    Busy(&'static str),
    Locked {
        file_name: String,
        locked: LockedFile,
        error: Option<String>,
    },
    /// Shared, not copied: the step is cloned each time it is shown, and a file may hold
    /// thousands of items.
    Preview {
        file_name: String,
        imported: Arc<ImportedFile>,
        plan: Arc<ImportPlan>,
    },
    Failed {
        file_name: String,
        /// What happened, in plain Dutch.
        reason: String,
        /// The technical detail, folded under the reason.
        detail: Option<String>,
    },
    Done {
        message: String,
        snapshot: Snapshot,
    },
    Undone,
}

/// Runs `check` a step at a time, letting the browser paint and respond in between: checked
/// in one go, a file of thousands of items would freeze the tab.
async fn check_in_steps(mut check: FileCheck<'_>) -> Result<OpenedFile, ImportError> {
    loop {
        match check.step() {
            CheckStep::More(next) => check = next,
            CheckStep::Finished(result) => return result,
        }
        yield_to_browser().await;
    }
}

#[component]
pub fn ImportSection() -> impl IntoView {
    let state = use_app_state();
    let step = RwSignal::new(ImportStep::Idle);
    let choices = RwSignal::new(Choices::new());
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let show = move |file_name: String, result: Result<ImportedFile, ImportError>| async move {
        let shown = match result {
            Ok(imported) => {
                // The check was its own series of tasks; the comparison is one more.
                yield_to_browser().await;
                let plan = state.workspace.with_untracked(|w| plan_import(w, &imported.workspace));
                choices.set(Choices::new());
                ImportStep::Preview { file_name, imported: Arc::new(imported), plan: Arc::new(plan) }
            }
            Err(error) => ImportStep::Failed { file_name, reason: error.headline(), detail: error.detail() },
        };
        step.set(shown);
    };

    let on_pick = move |_| {
        let Some(input) = input_ref.get() else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        let file_name = file.name();
        input.set_value("");
        // Refused before reading: a huge file would freeze the tab.
        if file.size() > MAX_IMPORT_BYTES as f64 {
            let reason = ImportError::TooLarge { bytes: file.size() as usize }.headline();
            step.set(ImportStep::Failed { file_name, reason, detail: None });
            return;
        }
        step.set(ImportStep::Busy("Bestand lezen…"));
        leptos::task::spawn_local(async move {
            match read_file_text(&file).await {
                Err(error) => step.set(ImportStep::Failed {
                    file_name,
                    reason: "Het bestand kon niet gelezen worden.".into(),
                    detail: Some(error.to_string()),
                }),
                Ok(text) => {
                    step.set(ImportStep::Busy("Bestand controleren…"));
                    match check_in_steps(FileCheck::new(&text)).await {
                        Ok(OpenedFile::Ready(imported)) => show(file_name, Ok(imported)).await,
                        Ok(OpenedFile::Locked(locked)) => {
                            step.set(ImportStep::Locked { file_name, locked, error: None })
                        }
                        Err(error) => show(file_name, Err(error)).await,
                    }
                }
            }
        });
    };

    let unlock = move |passphrase: String| {
        let ImportStep::Locked { file_name, locked, .. } = step.get_untracked() else { return };
        step.set(ImportStep::Busy("Bestand ontsleutelen…"));
        leptos::task::spawn_local(async move {
            match decrypt(&locked.encrypted, &passphrase).await {
                Ok(plaintext) => {
                    let result = check_in_steps(locked.check_decrypted(&plaintext)).await;
                    show(file_name, result.and_then(OpenedFile::into_ready)).await
                }
                Err(ImportError::WrongPassphrase) => step.set(ImportStep::Locked {
                    file_name,
                    locked,
                    error: Some(ImportError::WrongPassphrase.headline()),
                }),
                Err(error) => show(file_name, Err(error)).await,
            }
        });
    };

    let apply = move |replace_all: bool| {
        let ImportStep::Preview { file_name, imported, .. } = step.get_untracked() else { return };
        let chosen = choices.get_untracked();
        let done = if replace_all {
            format!("Alle gegevens zijn vervangen door “{file_name}”.")
        } else {
            format!("“{file_name}” is samengevoegd met je gegevens.")
        };
        step.set(ImportStep::Busy("Back-up maken en importeren…"));
        leptos::task::spawn_local(async move {
            let reason = format!("Voor het importeren van {file_name}");
            // Applied to the workspace as it is once the backup is stored.
            let apply = move |current: &Workspace| {
                if replace_all {
                    imported.workspace.clone()
                } else {
                    merge(current, &imported.workspace, &chosen, now())
                }
            };
            match state.replace_with_backup(&reason, apply).await {
                Ok(snapshot) => {
                    let holds = state.workspace.with_untracked(Workspace::contents);
                    step.set(ImportStep::Done { message: format!("{done} Op dit toestel nu: {holds}."), snapshot });
                }
                Err(error) => step.set(ImportStep::Failed {
                    file_name,
                    reason: "Er kon geen back-up gemaakt worden, dus er is niets geïmporteerd.".into(),
                    detail: Some(error.to_string()),
                }),
            }
        });
    };

    let undo = move |_| {
        let ImportStep::Done { snapshot, .. } = step.get_untracked() else { return };
        let Ok(before) = Workspace::from_json(&snapshot.document) else { return };
        leptos::task::spawn_local(async move {
            match state.replace_with_backup("Voor het ongedaan maken van een import", move |_| before).await {
                Ok(_) => step.set(ImportStep::Undone),
                Err(error) => step.set(ImportStep::Failed {
                    file_name: String::new(),
                    reason: "Ongedaan maken is mislukt.".into(),
                    detail: Some(error.to_string()),
                }),
            }
        });
    };

    let step_view = move || {
        match step.get() {
        ImportStep::Idle => ().into_any(),
        ImportStep::Busy(what) => view! { <p role="status">{what}</p> }.into_any(),
        ImportStep::Failed { file_name, reason, detail } => view! {
            <div class="notice notice--error" role="alert" data-testid="import-error">
                <p>
                    <strong>{(!file_name.is_empty()).then(|| format!("“{file_name}” is niet geïmporteerd. "))}</strong>
                    {reason}
                </p>
                {detail.map(|detail| view! {
                    <details class="technical-detail">
                        <summary>"Technische details"</summary>
                        <p data-testid="import-error-detail">{detail}</p>
                    </details>
                })}
                <p>"Je huidige gegevens zijn niet gewijzigd."</p>
            </div>
        }
        .into_any(),
        ImportStep::Locked { file_name, locked, error } => {
            view! { <PassphraseForm file_name locked error on_unlock=Callback::new(unlock) on_cancel=Callback::new(move |()| step.set(ImportStep::Idle))/> }.into_any()
        }
        ImportStep::Preview { file_name, imported, plan } => view! {
            <ImportPreview
                file_name
                imported
                plan
                choices
                on_apply=Callback::new(apply)
                on_cancel=Callback::new(move |()| step.set(ImportStep::Idle))
            />
        }
        .into_any(),
        ImportStep::Done { message, .. } => view! {
            <div class="notice notice--ok" role="status">
                <p>"Geïmporteerd. " {message}</p>
                <p>"Er is eerst een back-up gemaakt van je vorige gegevens."</p>
                <button type="button" class="button" on:click=undo>"Ongedaan maken"</button>
            </div>
        }
        .into_any(),
        ImportStep::Undone => view! {
            <p class="notice notice--ok" role="status">
                "De import is ongedaan gemaakt: je gegevens zijn terug zoals vóór het importeren."
            </p>
        }
        .into_any(),
    }
    };

    view! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">"Importeren"</h2>
            <p>
                "Kies een bestand dat met Verzuimwijzer geëxporteerd is: een volledige back-up, "
                "of een zelfscan of leerlingdossier van een collega of het CLB. Je ziet eerst wat "
                "het bevat en wat het zou veranderen; er verandert pas iets als je kiest."
            </p>
            <div class="field">
                <label for="import-file" class="button">"Bestand kiezen…"</label>
                <input
                    id="import-file"
                    class="visually-hidden-file"
                    type="file"
                    accept=".json,application/json"
                    node_ref=input_ref
                    on:change=on_pick
                />
            </div>
            {step_view}
        </section>
    }
}

#[component]
fn PassphraseForm(
    file_name: String,
    locked: LockedFile,
    error: Option<String>,
    on_unlock: Callback<String>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    // An empty field is said as such, not tried (it would read as a wrong passphrase).
    let empty = RwSignal::new(false);
    let error = move || if empty.get() { Some("Vul het wachtwoord in.".to_string()) } else { error.clone() };
    view! {
        <form
            class="confirm"
            aria-labelledby="import-passphrase-title"
            on:submit=move |event| {
                event.prevent_default();
                let secret = passphrase.get_untracked();
                empty.set(secret.is_empty());
                if !secret.is_empty() {
                    // Out of the page's memory as soon as it is used.
                    passphrase.set(String::new());
                    on_unlock.run(secret);
                }
            }
        >
            <h3 id="import-passphrase-title">"“"{file_name}"” is versleuteld"</h3>
            <p>"Het bevat «"{locked.description().to_string()}"». Geef het wachtwoord dat de afzender je apart bezorgde."</p>
            {move || error().map(|error| view! { <p class="notice notice--error" role="alert" data-testid="passphrase-error">{error}</p> })}
            <div class="field">
                <label for="import-passphrase">"Wachtwoord"</label>
                <input
                    id="import-passphrase"
                    type="password"
                    autocomplete="off"
                    autofocus
                    prop:value=move || passphrase.get()
                    on:input=move |event| passphrase.set(event_target_value(&event))
                />
            </div>
            <div class="button-row">
                <button type="submit" class="button button--primary">"Openen"</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>"Annuleren"</button>
            </div>
        </form>
    }
}

fn difference_text(item: &PlannedItem) -> &'static str {
    match item.difference {
        Difference::New => "nieuw",
        Difference::Same => "al op dit toestel, gelijk",
        Difference::Changed { .. } => "verschilt van de versie op dit toestel",
    }
}

/// How many rows of a long list the preview shows at first, and adds per click: a file of
/// 5,000 dossiers would otherwise put 5,000 rows (or 5,000 choices) on the page at once.
const ROWS_PER_PAGE: usize = 50;

/// The first [`ROWS_PER_PAGE`] of `count` rows in a list, and a button that adds the next
/// ones; rows already shown are kept, not built again.
#[component]
fn PagedList(count: usize, row: Callback<usize, AnyView>, class: &'static str, more: &'static str) -> impl IntoView {
    let pages = RwSignal::new(1usize);
    let shown = move || (pages.get() * ROWS_PER_PAGE).min(count);
    view! {
        <ul class=class>
            <For each=move || 0..pages.get() key=|page| *page let:page>
                {(page * ROWS_PER_PAGE..((page + 1) * ROWS_PER_PAGE).min(count)).map(|i| row.run(i)).collect_view()}
            </For>
        </ul>
        {move || (shown() < count).then(|| view! {
            <button type="button" class="button" on:click=move |_| pages.update(|page| *page += 1)>
                {format!("{more} ({} van {count} getoond)", shown())}
            </button>
        })}
    }
}

fn changed_on(at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map_or_else(|| "onbekend".to_string(), format_local)
}

/// Which version of one changed item to keep.
#[component]
fn ConflictChoice(item: PlannedItem, choices: RwSignal<Choices>) -> impl IntoView {
    let name = format!("keuze-{}", item.key.id);
    let default = item.default_keep();
    let newer_here = default == Keep::Current;
    let pick = {
        let key: ItemKey = item.key.clone();
        move |keep: Keep| {
            let key = key.clone();
            move |_| {
                choices.update(|c| {
                    c.insert(key.clone(), keep);
                })
            }
        }
    };
    let is = {
        let key = item.key.clone();
        move |keep: Keep| {
            let key = key.clone();
            move || choices.with(|c| c.get(&key).copied().unwrap_or(default)) == keep
        }
    };
    view! {
        <fieldset class="conflict">
            <legend>{item.title.clone()}</legend>
            <label class="check">
                <input type="radio" name=name.clone() prop:checked=is(Keep::Current) on:change=pick(Keep::Current)/>
                "Versie op dit toestel houden (gewijzigd op " {changed_on(item.current_updated_at)} ")"
                {newer_here.then_some(" — nieuwer")}
            </label>
            <label class="check">
                <input type="radio" name=name prop:checked=is(Keep::Incoming) on:change=pick(Keep::Incoming)/>
                "Versie uit het bestand nemen (gewijzigd op " {changed_on(item.incoming_updated_at)} ")"
                {(!newer_here).then_some(" — nieuwer")}
            </label>
        </fieldset>
    }
}

#[component]
fn ImportPreview(
    file_name: String,
    imported: Arc<ImportedFile>,
    plan: Arc<ImportPlan>,
    choices: RwSignal<Choices>,
    on_apply: Callback<bool>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let new = plan.count(|d| d == Difference::New);
    let same = plan.count(|d| d == Difference::Same);
    let changed: Arc<Vec<PlannedItem>> = Arc::new(plan.changed().cloned().collect());
    let may_replace = imported.kind == ExportKind::Werkruimte;
    let nothing = plan.changes_nothing() && !may_replace;
    let item_count = plan.items.len();
    let item_row = Callback::new(move |i: usize| {
        let item = &plan.items[i];
        view! { <li>{item.title.clone()} " — " {difference_text(item)}</li> }.into_any()
    });
    let conflict_count = changed.len();
    let conflict_row =
        Callback::new(move |i: usize| view! { <li><ConflictChoice item=changed[i].clone() choices/></li> }.into_any());
    view! {
        <div class="confirm" role="group" aria-labelledby="import-preview-title" data-testid="import-preview">
            <h3 id="import-preview-title">"“"{file_name}"” importeren?"</h3>
            <p data-testid="import-summary">{imported.summary(local_offset())}</p>
            <p data-testid="import-counts">
                {format!("Nieuw: {new}. Verschillend: {conflict_count}. Al aanwezig en gelijk: {same}.")}
            </p>
            <details>
                <summary>"Alle onderdelen van het bestand"</summary>
                <PagedList count=item_count row=item_row class="" more="Meer onderdelen tonen"/>
            </details>
            {(conflict_count > 0).then(|| view! {
                <p>"Bij samenvoegen: kies per onderdeel welke versie je houdt. Standaard blijft de nieuwste."</p>
            })}
            <PagedList count=conflict_count row=conflict_row class="conflict-list" more="Meer verschillen tonen"/>
            <p class="hint">
                "Samenvoegen voegt nieuwe onderdelen toe en verwijdert niets. Vóór het importeren "
                "wordt een back-up van je huidige gegevens gemaakt; je kunt het ongedaan maken."
            </p>
            <div class="button-row">
                <button type="button" class="button button--primary" disabled=nothing on:click=move |_| on_apply.run(false)>
                    "Samenvoegen"
                </button>
                {may_replace.then(|| view! {
                    <button type="button" class="button button--danger" on:click=move |_| on_apply.run(true)>
                        "Alles vervangen door dit bestand"
                    </button>
                })}
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>"Annuleren"</button>
            </div>
        </div>
    }
}
