//! Every address inside the app, built in one place, so a renamed path is one change here and
//! the route table in `app.rs` and the links cannot drift apart. Addresses are without the
//! base path: `ui::components::Link` and the navigation add it.

pub const SELF_SCANS: &str = "/zelfscan";
pub const DECISION_TREE: &str = "/beslisboom";
pub const PUPILS: &str = "/leerlingen";
pub const DATA: &str = "/gegevens";

pub fn scan(id: &str) -> String {
    format!("{SELF_SCANS}/{id}")
}

/// A scan just copied from `from` for next year: it opens with a confirmation.
pub fn scan_copied(id: &str, from: &str) -> String {
    format!("{SELF_SCANS}/{id}?kopie-van={from}")
}

pub fn objective(scan_id: &str, objective_id: &str) -> String {
    format!("{SELF_SCANS}/{scan_id}/doel/{objective_id}")
}

pub fn scan_overview(id: &str) -> String {
    format!("{SELF_SCANS}/{id}/overzicht")
}

/// The whole scan on A4.
pub fn scan_print(id: &str) -> String {
    format!("{SELF_SCANS}/{id}/afdruk")
}

/// The overview and action plan on A4.
pub fn scan_print_overview(id: &str) -> String {
    format!("{SELF_SCANS}/{id}/afdruk/overzicht")
}

pub fn compare_scans(earlier: &str, later: &str) -> String {
    format!("{SELF_SCANS}/vergelijk/{earlier}/{later}")
}

pub fn dossier(id: &str) -> String {
    format!("{PUPILS}/{id}")
}

/// The Checklist PA bij aanmelding CLB, `brief` for the short version.
pub fn checklist(dossier_id: &str, brief: bool) -> String {
    let version = if brief { "?versie=beknopt" } else { "" };
    format!("{PUPILS}/{dossier_id}/checklist{version}")
}

pub fn consultation(id: &str) -> String {
    format!("{DECISION_TREE}/raadpleging/{id}")
}

/// The Beslisboom at the answers in `query` (already encoded), or at its start.
pub fn decision_tree_at(query: &str) -> String {
    if query.is_empty() { DECISION_TREE.to_owned() } else { format!("{DECISION_TREE}?{query}") }
}

/// Gegevens with the export form set to one scan.
pub fn export_scan(id: &str) -> String {
    format!("{DATA}?export=zelfscan:{id}")
}

/// Gegevens with the export form set to one dossier.
pub fn export_dossier(id: &str) -> String {
    format!("{DATA}?export=dossier:{id}")
}
