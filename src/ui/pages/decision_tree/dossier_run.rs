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

thread_local! {
    /// The same entries, for this page: where the browser refuses sessionStorage, the runs
    /// still work until a reload.
    static IN_PAGE: RefCell<BTreeMap<String, String>> = RefCell::default();
}

fn run_key(run: &str) -> String {
    format!("verzuimwijzer-beslisboom-run:{run}")
}

fn dossier_key(dossier_id: &str) -> String {
    format!("verzuimwijzer-beslisboom-dossier:{dossier_id}")
}

fn read(key: &str) -> Option<String> {
    IN_PAGE.with_borrow(|in_page| in_page.get(key).cloned()).or_else(|| tab_value(key))
}

fn write(key: String, value: &str) {
    set_tab_value(&key, value);
    IN_PAGE.with_borrow_mut(|in_page| in_page.insert(key, value.to_owned()));
}

/// The run number for `dossier_id`: one per dossier and tab, so going back to an earlier run
/// never shows it for another pupil.
pub fn run_for(dossier_id: &str) -> String {
    if let Some(run) = read(&dossier_key(dossier_id)) {
        return run;
    }
    let run = new_id("r");
    write(run_key(&run), dossier_id);
    write(dossier_key(dossier_id), &run);
    run
}

/// The dossier id that `run` stands for in this tab, if any (an address from the history of
/// a closed tab stands for none: it opens as a run for nobody in particular).
pub fn dossier_of(run: &str) -> Option<String> {
    read(&run_key(run))
}
