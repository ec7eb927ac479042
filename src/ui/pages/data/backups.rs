use leptos::prelude::*;

use crate::domain::Workspace;
use crate::domain::transfer::{Backups, MAX_SNAPSHOTS, Snapshot};
use crate::storage::StorageError;
use crate::ui::browser::format_local;
use crate::ui::components::{ConflictList, ResultNotice};
use crate::ui::state::use_app_state;

/// The automatic backups taken before each import and restore, and restoring one.
#[component]
pub fn BackupsSection() -> impl IntoView {
    let state = use_app_state();
    // Loaded again after every change to the backups: import, undo, restore, wipe, a merge
    // with another tab, here or there.
    let backups = RwSignal::new(None::<Result<Backups, StorageError>>);
    Effect::new(move || {
        state.backups_revision.track();
        leptos::task::spawn_local(async move { backups.set(Some(state.backups().await)) });
    });
    let message = RwSignal::new(None::<Result<String, String>>);

    let restore = move |snapshot: Snapshot| {
        let Ok(workspace) = Workspace::from_json(&snapshot.document) else {
            message.set(Some(Err("Deze back-up kan niet gelezen worden.".into())));
            return;
        };
        leptos::task::spawn_local(async move {
            let reason = format!("Voor het terugzetten van de back-up van {}", format_local(snapshot.taken_at));
            message.set(Some(match state.replace_with_backup(&reason, move |_| workspace).await {
                Ok(_) => Ok(format!(
                    "De back-up van {} is teruggezet. Je gegevens van daarnet staan nu zelf bij de back-ups.",
                    format_local(snapshot.taken_at)
                )),
                Err(error) => Err(format!("Terugzetten is mislukt; er is niets gewijzigd. {error}")),
            }));
        });
    };

    let conflicts = move || {
        let copies = match backups.get() {
            Some(Ok(backups)) => backups.conflicts,
            _ => Vec::new(),
        };
        (!copies.is_empty()).then(|| {
            view! {
                <h3>"Gelijktijdige wijzigingen"</h3>
                <p>
                    "Deze velden werden in twee tabbladen tegelijk gewijzigd. De versie van het "
                    "tabblad dat als laatste opsloeg, staat in je gegevens; de andere staat hier, "
                    "zodat je ze kunt overnemen."
                </p>
                <ConflictList copies on_gegevens=true/>
            }
        })
    };

    let list = move || {
        backups.get().map(|result| match result {
            Err(error) => view! { <p class="notice notice--error" role="alert">{error.to_string()}</p> }.into_any(),
            Ok(backups) if backups.snapshots.is_empty() => {
                view! { <p class="muted">"Nog geen back-ups: ze worden gemaakt bij elke import."</p> }.into_any()
            }
            Ok(backups) => view! {
                <ul class="backup-list" data-testid="backup-list">
                    {backups
                        .snapshots
                        .into_iter()
                        .map(|snapshot| {
                            let taken = format_local(snapshot.taken_at);
                            let label = format!("Back-up van {taken} terugzetten");
                            let chosen = snapshot.clone();
                            view! {
                                <li class="backup-list__item">
                                    <p>
                                        <strong>{taken}</strong>" — "{snapshot.reason.clone()}<br/>
                                        <span class="muted">{snapshot.contents.clone()}</span>
                                    </p>
                                    <button type="button" class="button" aria-label=label on:click=move |_| restore(chosen.clone())>
                                        "Terugzetten"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
        })
    };

    view! {
        <section class="card" aria-labelledby="backups-title">
            <h2 id="backups-title">"Back-ups op dit toestel"</h2>
            <p>
                "Vóór elke import en elk terugzetten bewaart Verzuimwijzer automatisch een kopie "
                {format!("van al je gegevens (de laatste {MAX_SNAPSHOTS}). ")}
                "Ze staan op dit toestel: voor een back-up elders, exporteer je gegevens."
            </p>
            {list}
            <ResultNotice message/>
            {conflicts}
        </section>
    }
}
