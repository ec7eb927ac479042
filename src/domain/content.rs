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

/// One line of document 000's "Bronnenoverzicht": verbatim, and what it names.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct BibliographyEntry {
    /// The entry's anchor on the Over page (`/over#bron-…`).
    pub id: String,
    pub title: String,
    /// The organisation(s), where the line names them.
    pub publisher: Option<String>,
    pub year: Option<u16>,
    /// The line as the document has it.
    pub text: String,
    /// The web address in the line, when it has one: never one the document does not give.
    #[serde(default)]
    pub url: Option<String>,
    /// What the line leaves out, e.g. that it gives only a file name.
    #[serde(default)]
    pub note: Option<String>,
}

/// A "Klik hier …" of document 000 whose link target the extraction lost: the paragraph it
/// stands in (a piece of its text) and what it pointed at, in words.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct LostLink {
    pub context: String,
    /// "meer informatie over schoolbinding".
    pub topic: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Sources {
    pub documents: Vec<SourceDocument>,
    pub bibliography: Vec<BibliographyEntry>,
    pub lost_links: Vec<LostLink>,
}

impl Sources {
    /// What the lost link in `paragraph` pointed at.
    pub fn lost_link(&self, paragraph: &str) -> Option<&str> {
        self.lost_links.iter().find(|link| paragraph.contains(&link.context)).map(|link| link.topic.as_str())
    }

    /// A source document's title by its id (`preventieplan`, `brusselse-leidraad`).
    pub fn document_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.documents.iter().find(|d| d.id == id).map_or(id, |d| d.title.as_str())
    }
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
    fn every_entry_names_title_publisher_and_year_from_its_own_line() {
        let mut ids = std::collections::HashSet::new();
        for entry in &sources().bibliography {
            assert!(ids.insert(entry.id.as_str()), "{} twice", entry.id);
            assert!(entry.text.starts_with(&entry.title), "{}", entry.text);
            if let Some(publisher) = &entry.publisher {
                assert!(entry.text.contains(publisher.as_str()), "{publisher}");
            }
            if let Some(year) = entry.year {
                assert!(entry.text.contains(&year.to_string()), "{year}");
            }
            // An entry without a web address says what the line gives instead.
            assert!(entry.url.is_some() || entry.note.is_some(), "{}", entry.text);
        }
    }

    #[test]
    fn every_lost_link_of_the_scan_says_what_it_pointed_at() {
        let content = crate::domain::self_scan::self_scan_content();
        let mut texts: Vec<&str> = Vec::new();
        for (_, track, objective) in content.objectives() {
            texts.extend(track.passages.iter().map(String::as_str));
            for block in &objective.blocks {
                texts.extend(block.intro.iter().chain(&block.questions).map(String::as_str));
            }
        }
        let with_link: Vec<&str> = texts.iter().copied().filter(|t| t.contains("Klik hier")).collect();
        assert_eq!(with_link.len(), 4, "the four of document 000 (lines 53, 116, 150, 166)");
        for text in &with_link {
            assert!(sources().lost_link(text).is_some(), "no topic for: {text}");
        }
        for link in &sources().lost_links {
            assert_eq!(texts.iter().filter(|t| t.contains(&link.context)).count(), 1, "{}", link.context);
        }
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
