//! Which pupil dossier a Beslisboom run is for, kept out of the address.
//!
//! The address of a run started from a dossier holds the answers, as any run's does (so a
//! reload, back and forward and the trail's links work), and a run number that stands for
//! the dossier only in this tab: the tab's sessionStorage says which dossier it is. The
//! browser's history, which outlives the tab, lists addresses in its search and may be
//! synced to other devices, thus never links a pupil to answers.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::ui::browser::{new_id, set_tab_value, tab_value};

/// The sessionStorage key of the run numbers: `{ run number: dossier id }`.
const KEY: &str = "verzuimwijzer-beslisboom-dossiers";

thread_local! {
    /// The same, for this page: where the browser refuses sessionStorage, the runs still work
    /// until a reload.
    static IN_PAGE: RefCell<BTreeMap<String, String>> = RefCell::default();
}

fn runs() -> BTreeMap<String, String> {
    let stored: Option<BTreeMap<String, String>> = tab_value(KEY).and_then(|text| serde_json::from_str(&text).ok());
    IN_PAGE.with_borrow(|in_page| {
        let mut runs = stored.unwrap_or_default();
        runs.extend(in_page.iter().map(|(run, id)| (run.clone(), id.clone())));
        runs
    })
}

/// The run number for `dossier_id`: one per dossier and tab, so going back to an earlier run
/// never shows it for another pupil.
pub fn run_for(dossier_id: &str) -> String {
    let mut runs = runs();
    if let Some((run, _)) = runs.iter().find(|(_, id)| *id == dossier_id) {
        return run.clone();
    }
    let run = new_id("r");
    runs.insert(run.clone(), dossier_id.to_owned());
    IN_PAGE.with_borrow_mut(|in_page| in_page.insert(run.clone(), dossier_id.to_owned()));
    set_tab_value(KEY, &serde_json::to_string(&runs).expect("a map of strings is JSON"));
    run
}

/// The dossier id that `run` stands for in this tab, if any (an address from the history of
/// a closed tab stands for none: it opens as a run for nobody in particular).
pub fn dossier_of(run: &str) -> Option<String> {
    runs().remove(run)
}
