//! Every schema version the app ever wrote (frozen fixtures under `tests/fixtures/`) still
//! opens in this version, migrates to the current schema and round-trips without loss.

use std::fs;
use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use verzuimwijzer::domain::decision_tree::{Answer, v1};
use verzuimwijzer::domain::self_scan::{SchoolLevel, self_scan_content};
use verzuimwijzer::domain::transfer::{ExportSelection, OpenedFile, open_file, prepare_export};
use verzuimwijzer::domain::{SCHEMA_VERSION, Workspace};

fn fixture(version: u32, name: &str) -> String {
    let path: PathBuf =
        [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", &format!("schema-v{version}"), name].iter().collect();
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn versions() -> impl Iterator<Item = u32> {
    1..=SCHEMA_VERSION
}

#[test]
fn every_stored_document_version_migrates_to_the_current_schema_and_round_trips() {
    for version in versions() {
        let workspace = Workspace::from_json(&fixture(version, "workspace.json"))
            .unwrap_or_else(|error| panic!("schema v{version}: {error}"));
        assert_eq!(workspace.schema_version, SCHEMA_VERSION, "v{version}");
        assert_eq!(Workspace::from_json(&workspace.to_json()).unwrap(), workspace, "v{version}");
        // The content a user entered is all there.
        assert_eq!(workspace.organisation_name, "Basisschool De Linde – Anderlecht", "v{version}");
        assert_eq!(workspace.self_scans[0].score("fase-0-blok"), Some(6), "v{version}");
        assert_eq!(workspace.self_scans[0].actions[0].who, "Directie", "v{version}");
        assert_eq!(workspace.dossiers[0].absences["B"], 7, "v{version}");
        assert_eq!(workspace.dossiers[0].measures[0].result, "Niemand thuis", "v{version}");
        assert!(workspace.consultations.len() >= 2, "v{version}");
        // Since version 2 every item knows when it changed.
        assert!(workspace.self_scans.iter().all(|s| s.updated_at.is_some()), "v{version}");
        assert!(workspace.dossiers.iter().all(|d| d.updated_at.is_some()), "v{version}");
        assert!(workspace.consultations.iter().all(|c| c.updated_at.is_some()), "v{version}");
    }
}

#[test]
fn every_export_file_version_imports_and_exports_again_unchanged() {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap();
    for version in versions() {
        let OpenedFile::Ready(imported) =
            open_file(&fixture(version, "export.json")).unwrap_or_else(|error| panic!("export v{version}: {error}"))
        else {
            panic!("export v{version} is not encrypted");
        };
        let stored = Workspace::from_json(&fixture(version, "workspace.json")).unwrap();
        assert_eq!(imported.workspace, stored, "export v{version} holds the stored document");
        let again = prepare_export(&imported.workspace, &ExportSelection::Everything, "test", now).unwrap();
        let OpenedFile::Ready(reimported) = open_file(&again.plain_text()).unwrap() else {
            panic!("not encrypted");
        };
        assert_eq!(reimported.workspace, imported.workspace, "v{version}");
    }
}

#[test]
fn the_current_version_has_a_fixture() {
    let current = fixture(SCHEMA_VERSION, "workspace.json");
    assert!(current.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
}

/// Version 5: a scan that names its school's levels, has a block marked as not applying by
/// hand, and was copied from last year's (its scores empty, last year's beside them). (Version
/// 4 added a consultation of the Beslisboom of facts, which its fixture still holds.)
fn add_what_the_current_version_brings(workspace: &mut Workspace) {
    let at = Utc.with_ymd_and_hms(2026, 12, 4, 10, 0, 0).unwrap();
    let content = self_scan_content();
    let mut last_year = workspace.self_scans[0].clone();
    last_year.set_levels(&[SchoolLevel::Lager, SchoolLevel::Secundair]);
    let (_, _, monitoring) = content.objective("fase-0-opvolging-afwezigheden").unwrap();
    last_year.set_applies(&monitoring.blocks[1], false);
    last_year.set_score("fase-0-inschrijvingsbeleid", Some(5));
    let this_year = last_year.next_year("scan-volgend-jaar".into(), "2027-2028".into(), at);
    workspace.self_scans.push(this_year);
}

#[test]
fn a_scan_of_version_5_keeps_its_levels_what_does_not_apply_and_last_years_scores() {
    let workspace = Workspace::from_json(&fixture(5, "workspace.json")).unwrap();
    let scan = workspace.self_scans.iter().find(|s| s.id == "scan-volgend-jaar").expect("next year's scan");
    assert_eq!(scan.levels(), [SchoolLevel::Lager, SchoolLevel::Secundair]);
    let content = self_scan_content();
    let (_, _, climate) = content.objective("fase-0-verbindend-schoolklimaat").unwrap();
    assert!(!scan.applies(&climate.blocks[1]), "kleuterparticipatie is not for this school");
    let (_, _, monitoring) = content.objective("fase-0-opvolging-afwezigheden").unwrap();
    assert!(!scan.applies(&monitoring.blocks[1]), "marked by hand");
    let answer = scan.answer("fase-0-inschrijvingsbeleid").unwrap();
    assert_eq!((answer.score, answer.previous_score), (None, Some(5)));
    // An older scan: no levels, every block applies.
    let old = Workspace::from_json(&fixture(4, "workspace.json")).unwrap();
    assert!(old.self_scans[0].levels.is_empty());
    assert!(content.blocks().all(|block| old.self_scans[0].applies(block)));
}

#[test]
fn a_first_beslisboom_consultation_reads_as_it_did_and_a_new_one_keeps_its_facts() {
    let workspace = Workspace::from_json(&fixture(3, "workspace.json")).unwrap();
    let old = &workspace.consultations[0];
    assert!(old.is_first_tree());
    // Its answers still walk the first Beslisboom's path, as they did when it was saved.
    let trail = v1::decision_tree().trail(&old.answers);
    let answered: Vec<&str> = trail.iter().filter(|s| s.answer.is_some()).map(|s| s.question.id.as_str()).collect();
    assert_eq!(answered, ["soort", "b-aantal", "b-gedaan"]);

    let current = Workspace::from_json(&fixture(SCHEMA_VERSION, "workspace.json")).unwrap();
    let new = current.consultations.iter().find(|c| c.id == "raadpleging-feiten").expect("a consultation of facts");
    assert!(!new.is_first_tree());
    assert_eq!(new.facts.get("b-dit-jaar"), Some(&Answer::Number(7)));
    assert_eq!(new.facts.get("b-vorig-jaar"), Some(&Answer::Choice("weet-niet".into())));
}

/// Writes the fixtures of the current version. Run once after bumping `SCHEMA_VERSION`:
/// `cargo test --test schema_fixtures -- --ignored write_current_fixtures`.
#[test]
#[ignore]
fn write_current_fixtures() {
    let previous = Workspace::from_json(&fixture(SCHEMA_VERSION - 1, "workspace.json")).unwrap();
    let folder: PathBuf =
        [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", &format!("schema-v{SCHEMA_VERSION}")].iter().collect();
    fs::create_dir_all(&folder).unwrap();
    let mut previous = previous;
    add_what_the_current_version_brings(&mut previous);
    let value = serde_json::to_value(&previous).unwrap();
    fs::write(folder.join("workspace.json"), serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap();
    let export = prepare_export(&previous, &ExportSelection::Everything, env!("CARGO_PKG_VERSION"), now).unwrap();
    fs::write(folder.join("export.json"), export.plain_text()).unwrap();
}
