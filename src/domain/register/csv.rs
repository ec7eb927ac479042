//! A register export as a table of text cells: the bytes decoded (UTF-8 with or without BOM,
//! else Windows-1252, which older Windows exports use), the separator found (comma,
//! semicolon or tab) and the records split with quoted fields, as RFC 4180 has them.

/// The cells of a file, row by row, with the line each row starts on (for error messages).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub separator: char,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// 1-based, as an editor shows it.
    pub line: usize,
    pub cells: Vec<String>,
}

/// The file's text: UTF-8 (a byte-order mark dropped) when it is valid UTF-8, else
/// Windows-1252, in which every byte is a character.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&byte| windows_1252(byte)).collect(),
    }
}

/// Windows-1252: Latin-1, except for 0x80–0x9F, where it has the euro sign, curly quotes and
/// a few letters.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The separator of the header line: the one of `;`, `,` and tab that occurs most often
/// outside quotes (a Dutch Excel writes `;`, since `,` is its decimal sign).
fn separator(header: &str) -> char {
    let mut counts = [(';', 0), (',', 0), ('\t', 0)];
    let mut quoted = false;
    for c in header.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(s, _)| *s == c) {
            entry.1 += 1;
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(';', |(s, _)| *s)
}

/// Splits `text` into rows of cells. A quoted cell may hold separators, line breaks and
/// doubled quotes (`""`). Empty lines are left out. Never fails: a quote left open takes the
/// rest of the file as one cell, as spreadsheet programs read it.
pub fn parse(text: &str) -> Table {
    let header = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    let separator = separator(header);
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            '\n' if quoted => {
                line += 1;
                cell.push('\n');
            }
            '\r' if !quoted => {}
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                push_row(&mut rows, row_line, std::mem::take(&mut cells));
                line += 1;
                row_line = line;
            }
            c if c == separator && !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    push_row(&mut rows, row_line, cells);
    Table { separator, rows }
}

fn push_row(rows: &mut Vec<Row>, line: usize, cells: Vec<String>) {
    if cells.iter().any(|cell| !cell.trim().is_empty()) {
        rows.push(Row { line, cells: cells.into_iter().map(|cell| cell.trim().to_owned()).collect() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(table: &Table) -> Vec<Vec<&str>> {
        table.rows.iter().map(|row| row.cells.iter().map(String::as_str).collect()).collect()
    }

    #[test]
    fn finds_the_separator_of_the_header() {
        assert_eq!(parse("a;b;c\n1;2;3").separator, ';');
        assert_eq!(parse("a,b,c\n1,2,3").separator, ',');
        assert_eq!(parse("a\tb\tc\n1\t2\t3").separator, '\t');
        // A comma inside a quoted header cell does not count.
        assert_eq!(parse("\"Naam, voornaam\";Klas\nJan;3B").separator, ';');
    }

    #[test]
    fn quoted_cells_hold_separators_quotes_and_line_breaks() {
        let table = parse("Leerling;Opmerking\r\n\"AB-1\";\"ziek; \"\"griep\"\"\nbelde\"\r\nCD-2;\r\n\r\n");
        assert_eq!(
            cells(&table),
            [vec!["Leerling", "Opmerking"], vec!["AB-1", "ziek; \"griep\"\nbelde"], vec!["CD-2", ""]]
        );
        assert_eq!(table.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 4], "the line each row starts on");
    }

    #[test]
    fn decodes_utf8_with_and_without_bom_and_windows_1252() {
        assert_eq!(decode("\u{FEFF}Leerling;Klas".as_bytes()), "Leerling;Klas");
        assert_eq!(decode("Ève;Zoë".as_bytes()), "Ève;Zoë");
        // "Zoë – €" as an old Windows export writes it.
        assert_eq!(decode(b"Zo\xEB \x96 \x80"), "Zoë – €");
    }
}
