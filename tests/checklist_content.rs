//! The "Checklist PA bij aanmelding CLB" (`src/content/checklist.json`) against document 002:
//! both versions, every heading, item, sub-item and count field, verbatim and in order.

use verzuimwijzer::domain::dossier::{ChecklistVersion, checklist};

const DOCUMENT: &str = include_str!("seeds/002_46249b824235b6a3.txt");

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document's lines of one version, as a flat list: headings, "□" items and "o" sub-items,
/// with wrapped lines joined to the line they continue.
fn from_document(title: &str, next_title: Option<&str>) -> Vec<String> {
    let start = DOCUMENT.find(title).expect("the version's title is in the document") + title.len();
    let end = next_title.map_or(DOCUMENT.len(), |t| DOCUMENT.find(t).unwrap());
    let mut entries: Vec<String> = Vec::new();
    let mut continuing = false;
    for line in DOCUMENT[start..end].lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(item) = line.strip_prefix('□').or_else(|| line.strip_prefix("o ")) {
            entries.push(normalise(item));
            continuing = true;
        } else if continuing && line.starts_with(|c: char| c.is_lowercase()) {
            let last = entries.last_mut().unwrap();
            *last = normalise(&format!("{last} {line}"));
        } else {
            entries.push(normalise(line));
            continuing = false;
        }
    }
    entries
}

fn from_app(version: ChecklistVersion) -> Vec<String> {
    let mut entries = Vec::new();
    for section in checklist().sections(version) {
        entries.push(normalise(&section.title));
        for item in &section.items {
            entries.push(normalise(&item.text));
            entries.extend(item.counts.iter().chain(&item.options).map(|f| normalise(&f.label)));
        }
    }
    entries
}

#[test]
fn the_extended_version_is_in_the_app_verbatim_and_complete() {
    let list = checklist();
    let document = from_document(&list.versions.uitgebreid, Some(&list.versions.beknopt));
    assert_eq!(document.len(), 43, "counted from the document: {document:#?}");
    assert_eq!(from_app(ChecklistVersion::Extended), document);
}

#[test]
fn the_brief_version_is_in_the_app_verbatim_and_complete() {
    let list = checklist();
    let document = from_document(&list.versions.beknopt, None);
    assert_eq!(document.len(), 34, "counted from the document: {document:#?}");
    assert_eq!(from_app(ChecklistVersion::Brief), document);
}

#[test]
fn ids_are_unique_within_the_checklist() {
    let mut ids = std::collections::HashSet::new();
    for item in checklist().sections.iter().flat_map(|s| &s.items) {
        assert!(ids.insert(item.id.as_str()), "{} is unique", item.id);
    }
}
