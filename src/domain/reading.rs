//! How the source documents' reading texts are laid out: paragraphs, bulleted lists, and the
//! documents' "Klik hier …" references, whose links the extraction lost and which the app
//! points at its own source list instead.

/// The phrases that pointed at a link in the original document.
const SOURCE_REFERENCES: &[&str] = &["Klik hier voor meer info", "Klik hier voor enkele good practices"];

/// A run of reading text: paragraphs, or consecutive "· " items as one list.
#[derive(Debug, PartialEq)]
pub enum ReadingBlock<'a> {
    Paragraph(&'a str),
    List(Vec<&'a str>),
}

/// Groups paragraphs; items starting with "· " form bulleted lists.
pub fn reading_blocks(paragraphs: &[String]) -> Vec<ReadingBlock<'_>> {
    let mut blocks = Vec::new();
    for paragraph in paragraphs {
        match paragraph.strip_prefix("· ") {
            Some(item) => match blocks.last_mut() {
                Some(ReadingBlock::List(items)) => items.push(item),
                _ => blocks.push(ReadingBlock::List(vec![item])),
            },
            None => blocks.push(ReadingBlock::Paragraph(paragraph)),
        }
    }
    blocks
}

/// A piece of one paragraph: plain text, or a "Klik hier …" phrase to link to the sources.
#[derive(Debug, PartialEq)]
pub enum Segment<'a> {
    Text(&'a str),
    SourceReference(&'a str),
}

/// Splits `text` around its "Klik hier …" phrases, keeping every character in order.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((at, phrase)) = SOURCE_REFERENCES
        .iter()
        .filter_map(|phrase| rest.find(phrase).map(|at| (at, *phrase)))
        .min_by_key(|(at, _)| *at)
    {
        if at > 0 {
            out.push(Segment::Text(&rest[..at]));
        }
        out.push(Segment::SourceReference(&rest[at..at + phrase.len()]));
        rest = &rest[at + phrase.len()..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// What a lost link pointed at, in words: "Het preventieplan linkte hier naar meer
/// informatie over schoolbinding; die link ging verloren".
pub fn lost_link_note(topic: &str) -> String {
    format!("Het preventieplan linkte hier naar {topic}; die link ging verloren")
}

/// `text` with each "Klik hier …" phrase replaced by what it pointed at, for text that cannot
/// hold a link (a question that is a field's label): within the sentence's parentheses.
pub fn without_lost_links(text: &str) -> String {
    let topic = crate::domain::content::sources().lost_link(text);
    segments(text)
        .into_iter()
        .map(|segment| match (segment, topic) {
            (Segment::Text(text), _) => text.to_owned(),
            (Segment::SourceReference(_), Some(topic)) => {
                format!("het preventieplan linkte hier naar {topic}; die link ging verloren")
            }
            (Segment::SourceReference(phrase), None) => phrase.to_owned(),
        })
        .collect()
}

/// Breaks `text` into lines of at most `width` characters at spaces (a longer word gets a line
/// of its own): for labels in SVG, which does not wrap text itself.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_become_one_list_between_paragraphs() {
        let paragraphs: Vec<String> = ["Intro:", "· een", "· twee", "Slot."].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            reading_blocks(&paragraphs),
            [
                ReadingBlock::Paragraph("Intro:"),
                ReadingBlock::List(vec!["een", "twee"]),
                ReadingBlock::Paragraph("Slot.")
            ]
        );
    }

    #[test]
    fn klik_hier_becomes_a_reference_and_no_text_is_lost() {
        let text = "Verbinding start vroeg. (Klik hier voor meer info) en Klik hier voor enkele good practices.";
        let parts = segments(text);
        assert_eq!(
            parts,
            [
                Segment::Text("Verbinding start vroeg. ("),
                Segment::SourceReference("Klik hier voor meer info"),
                Segment::Text(") en "),
                Segment::SourceReference("Klik hier voor enkele good practices"),
                Segment::Text("."),
            ]
        );
        let joined: String = parts
            .iter()
            .map(|part| match part {
                Segment::Text(t) | Segment::SourceReference(t) => *t,
            })
            .collect();
        assert_eq!(joined, text);
        assert_eq!(segments("Geen verwijzing."), [Segment::Text("Geen verwijzing.")]);
    }

    #[test]
    fn a_label_says_what_its_lost_link_pointed_at() {
        let question = "Is er een brugfiguur die gezinnen uit socio-economische kwetsbaarheid kan inlichten over hun sociale rechten en kan helpen met doorverwijzingen. (Klik hier voor enkele good practices)";
        assert_eq!(
            without_lost_links(question),
            "Is er een brugfiguur die gezinnen uit socio-economische kwetsbaarheid kan inlichten over hun sociale rechten en kan helpen met doorverwijzingen. (het preventieplan linkte hier naar enkele good practices rond een brugfiguur; die link ging verloren)"
        );
        assert_eq!(without_lost_links("Geen verwijzing."), "Geen verwijzing.");
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        assert_eq!(wrap_words("De school is alert op signalen", 12), ["De school is", "alert op", "signalen"]);
        assert_eq!(wrap_words("kort", 12), ["kort"]);
        assert!(wrap_words("", 12).is_empty());
    }
}
