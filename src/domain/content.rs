//! Content that comes from the source documents, kept as data files under `src/content/`
//! so that a content expert can review them without reading UI code.

use serde::Deserialize;

/// One of the two source documents in `shared/seeds/`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct SourceDocument {
    /// Stable id that advice points at (e.g. `preventieplan`).
    pub id: String,
    /// The seed file the text was taken from.
    pub file: String,
    pub title: String,
    pub description: String,
}

/// One line of document 000's "Bronnenoverzicht", verbatim.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct BibliographyEntry {
    pub text: String,
    /// The web address in the line, when it has one.
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Sources {
    pub documents: Vec<SourceDocument>,
    pub bibliography: Vec<BibliographyEntry>,
}

const SOURCES_JSON: &str = include_str!("../content/sources.json");

/// The source documents and the sources list, parsed once from `src/content/sources.json`.
pub fn sources() -> &'static Sources {
    static SOURCES: std::sync::OnceLock<Sources> = std::sync::OnceLock::new();
    SOURCES.get_or_init(|| serde_json::from_str(SOURCES_JSON).expect("src/content/sources.json is checked by tests"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENT_000: &str = include_str!("../../tests/seeds/000_a9a61bec76c6d73d.txt");

    #[test]
    fn names_both_source_documents() {
        let sources = sources();
        let titles: Vec<_> = sources.documents.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Preventieplan afwezigheden: Inzetten op aanwezigheidsbeleid",
                "Brusselse leidraad in de opvolging van problematische afwezigheden",
                "Feiten van buiten de twee documenten (externe bronnen)"
            ]
        );
    }

    #[test]
    fn bibliography_is_the_documents_bronnenoverzicht_verbatim_and_complete() {
        let (_, after) = DOCUMENT_000.split_once("\nBronnenoverzicht\n").expect("document 000 has a Bronnenoverzicht");
        let lines: Vec<&str> = after.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let sources = sources();
        let entries: Vec<&str> = sources.bibliography.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(entries.len(), 12);
        assert_eq!(entries, lines);
    }

    #[test]
    fn every_url_is_part_of_its_line() {
        for entry in &sources().bibliography {
            if let Some(url) = &entry.url {
                assert!(url.starts_with("https://"), "{url}");
                assert!(entry.text.contains(url.as_str()), "{url}");
            }
        }
    }
}
