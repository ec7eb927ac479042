//! The rows of an export read into half days of absence, with the columns the mapping step
//! set. A bad row is named by its line and column in Dutch and does not stop the others.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::codes::CodeMap;
use super::columns::Column;
use super::csv::Table;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HalfDay {
    Morning,
    Afternoon,
}

impl HalfDay {
    pub fn label(self) -> &'static str {
        match self {
            Self::Morning => "voormiddag",
            Self::Afternoon => "namiddag",
        }
    }
}

/// One half day of one pupil, with the code the register gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct HalfDayCode {
    pub pupil: String,
    pub name: Option<String>,
    pub class: String,
    pub date: NaiveDate,
    pub half_day: HalfDay,
    /// As the export has it (e.g. "B01"): kept, whatever it means.
    pub code: String,
}

/// A row that could not be read: where, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    pub line: usize,
    /// The column's name in the file's header.
    pub column: String,
    pub problem: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Regel {}, kolom «{}»: {}", self.line, self.column, self.problem)
    }
}

/// What a file gave: the half days read, the rows that could not be, and the codes that
/// neither the usual list nor the school's mapping knows (kept as they are).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub half_days: Vec<HalfDayCode>,
    pub errors: Vec<RowError>,
    pub unknown_codes: BTreeSet<String>,
}

/// Why the columns cannot be read at all.
#[derive(Clone, Debug, PartialEq)]
pub enum MappingError {
    Missing(&'static str),
}

impl std::fmt::Display for MappingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(what) => write!(f, "Duid de kolom aan met {what}."),
        }
    }
}

/// A date as registers write it: 14/09/2026, 14-9-2026, 14.09.2026 or 2026-09-14, with or
/// without a time after it.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.split(|c: char| c.is_whitespace() || c == 'T').next()?.trim();
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let (year, month, day) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    if year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// "VM", "voormiddag", "AM", "1" / "NM", "namiddag", "PM", "2".
pub fn parse_half_day(text: &str) -> Option<HalfDay> {
    match text.trim().to_ascii_lowercase().as_str() {
        "vm" | "voormiddag" | "am" | "v" | "1" | "ochtend" => Some(HalfDay::Morning),
        "nm" | "namiddag" | "pm" | "n" | "2" | "middag" => Some(HalfDay::Afternoon),
        _ => None,
    }
}

/// The half day of a lesson hour: hours 1–4 are the morning, later ones the afternoon (the
/// usual timetable; packages register at the first lesson of each half day).
pub fn half_day_of_lesson(text: &str) -> Option<HalfDay> {
    match text.trim().trim_end_matches(['e', 'E']).parse::<u8>().ok()? {
        1..=4 => Some(HalfDay::Morning),
        5..=12 => Some(HalfDay::Afternoon),
        _ => None,
    }
}

/// Reads the rows after the header of `table` as half days. `keep_names` keeps the name
/// column (dropped by default: the pupil column is what identifies a pupil).
pub fn read_half_days(
    table: &Table,
    columns: &[Option<Column>],
    keep_names: bool,
    codes: &CodeMap,
) -> Result<Reading, MappingError> {
    let find = |wanted: &Column| columns.iter().position(|c| c.as_ref() == Some(wanted));
    let pupil = find(&Column::Pupil).ok_or(MappingError::Missing("de leerling (stamboeknummer of label)"))?;
    let date = find(&Column::Date).ok_or(MappingError::Missing("de datum"))?;
    let code = find(&Column::Code).ok_or(MappingError::Missing("de code"))?;
    let half_day = find(&Column::HalfDay);
    let lesson = find(&Column::LessonHour);
    if half_day.is_none() && lesson.is_none() {
        return Err(MappingError::Missing("het dagdeel (voormiddag of namiddag) of het lesuur"));
    }
    let (class, name) = (find(&Column::Class), find(&Column::Name).filter(|_| keep_names));
    let Some((header, rows)) = table.rows.split_first() else { return Ok(Reading::default()) };
    let column_name = |index: usize| header.cells.get(index).cloned().unwrap_or_else(|| format!("{}", index + 1));
    let mut reading = Reading::default();
    for row in rows {
        let cell = |index: usize| row.cells.get(index).map(String::as_str).unwrap_or("");
        let error = |index: usize, problem: String| RowError { line: row.line, column: column_name(index), problem };
        let pupil_id = cell(pupil);
        if pupil_id.is_empty() {
            reading.errors.push(error(pupil, "de leerling ontbreekt".into()));
            continue;
        }
        let Some(day) = parse_date(cell(date)) else {
            reading.errors.push(error(date, format!("«{}» is geen datum (zoals 14/09/2026)", cell(date))));
            continue;
        };
        let part = match (half_day, lesson) {
            (Some(index), _) if !cell(index).is_empty() => parse_half_day(cell(index))
                .ok_or_else(|| error(index, format!("«{}» is geen dagdeel (VM of NM)", cell(index)))),
            (_, Some(index)) => {
                half_day_of_lesson(cell(index)).ok_or_else(|| error(index, format!("«{}» is geen lesuur", cell(index))))
            }
            (Some(index), None) => Err(error(index, "het dagdeel ontbreekt".into())),
            (None, None) => unreachable!("checked above"),
        };
        let part = match part {
            Ok(part) => part,
            Err(error) => {
                reading.errors.push(error);
                continue;
            }
        };
        let code_text = cell(code);
        if code_text.is_empty() {
            reading.errors.push(error(code, "de code ontbreekt".into()));
            continue;
        }
        if codes.meaning(code_text).is_none() {
            reading.unknown_codes.insert(code_text.to_owned());
        }
        reading.half_days.push(HalfDayCode {
            pupil: pupil_id.to_owned(),
            name: name.map(|index| cell(index).to_owned()).filter(|n| !n.is_empty()),
            class: class.map(|index| cell(index).to_owned()).unwrap_or_default(),
            date: day,
            half_day: part,
            code: code_text.to_owned(),
        });
    }
    Ok(reading)
}

/// One row of the other shape: a pupil with the number of half days per code.
#[derive(Clone, Debug, PartialEq)]
pub struct PupilCounts {
    pub pupil: String,
    pub class: String,
    pub counts: std::collections::BTreeMap<String, u32>,
}

/// Reads the rows after the header as counts per pupil; an empty count cell is 0.
pub fn read_counts(
    table: &Table,
    columns: &[Option<Column>],
) -> Result<(Vec<PupilCounts>, Vec<RowError>), MappingError> {
    let pupil = columns
        .iter()
        .position(|c| c == &Some(Column::Pupil))
        .ok_or(MappingError::Missing("de leerling (stamboeknummer of label)"))?;
    let class = columns.iter().position(|c| c == &Some(Column::Class));
    let counted: Vec<(usize, &String)> = columns
        .iter()
        .enumerate()
        .filter_map(|(index, c)| match c {
            Some(Column::CountOf(code)) => Some((index, code)),
            _ => None,
        })
        .collect();
    if counted.is_empty() {
        return Err(MappingError::Missing("het aantal halve dagen per code (zoals «B»)"));
    }
    let Some((header, rows)) = table.rows.split_first() else { return Ok((Vec::new(), Vec::new())) };
    let (mut read, mut errors) = (Vec::new(), Vec::new());
    'rows: for row in rows {
        let cell = |index: usize| row.cells.get(index).map(String::as_str).unwrap_or("");
        let column = |index: usize| header.cells.get(index).cloned().unwrap_or_else(|| format!("{}", index + 1));
        if cell(pupil).is_empty() {
            errors.push(RowError { line: row.line, column: column(pupil), problem: "de leerling ontbreekt".into() });
            continue;
        }
        let mut counts = std::collections::BTreeMap::new();
        for &(index, code) in &counted {
            let text = cell(index);
            let Ok(count) = (if text.is_empty() { Ok(0) } else { text.parse::<u32>() }) else {
                let problem = format!("«{text}» is geen aantal");
                errors.push(RowError { line: row.line, column: column(index), problem });
                continue 'rows;
            };
            if count > 0 {
                counts.insert(code.clone(), count);
            }
        }
        read.push(PupilCounts {
            pupil: cell(pupil).to_owned(),
            class: class.map(|index| cell(index).to_owned()).unwrap_or_default(),
            counts,
        });
    }
    Ok((read, errors))
}

#[cfg(test)]
mod tests {
    use super::super::columns::recognise;
    use super::super::csv::parse;
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_in_the_usual_forms() {
        assert_eq!(parse_date("14/09/2026"), Some(date(2026, 9, 14)));
        assert_eq!(parse_date("4-9-2026"), Some(date(2026, 9, 4)));
        assert_eq!(parse_date("14.09.2026 08:25"), Some(date(2026, 9, 14)));
        assert_eq!(parse_date("2026-09-14"), Some(date(2026, 9, 14)));
        assert_eq!(parse_date("2026-09-14T08:25:00"), Some(date(2026, 9, 14)));
        assert_eq!(parse_date("31/02/2026"), None);
        assert_eq!(parse_date("14/09/26"), None, "a two-digit year is not guessed");
        assert_eq!(parse_date("maandag"), None);
    }

    #[test]
    fn half_days_from_their_names_or_the_lesson_hour() {
        assert_eq!(parse_half_day("VM"), Some(HalfDay::Morning));
        assert_eq!(parse_half_day("namiddag"), Some(HalfDay::Afternoon));
        assert_eq!(half_day_of_lesson("1"), Some(HalfDay::Morning));
        assert_eq!(half_day_of_lesson("5e"), Some(HalfDay::Afternoon));
        assert_eq!(half_day_of_lesson("0"), None);
    }

    #[test]
    fn reads_every_good_row_and_names_each_bad_one_by_line_and_column() {
        let text = "Stamboeknummer;Naam;Klas;Datum;VM/NM;Code\n\
                    1001;Jan Peeters;3B;14/09/2026;VM;B\n\
                    1001;Jan Peeters;3B;14/09/2026;NM;B01\n\
                    1002;Zoë;4A;2026-09-15;VM;Q\n\
                    1003;Ali;4A;31/09/2026;VM;B\n\
                    1004;Eva;4A;16/09/2026;avond;Z\n\
                    ;Niemand;4A;16/09/2026;VM;Z\n";
        let table = parse(text);
        let columns: Vec<_> = table.rows[0].cells.iter().map(|c| recognise(c)).collect();
        let reading = read_half_days(&table, &columns, false, &CodeMap::default()).unwrap();
        assert_eq!(reading.half_days.len(), 3);
        assert_eq!(reading.half_days[1].half_day, HalfDay::Afternoon);
        assert_eq!(reading.half_days[1].code, "B01", "kept as the export has it");
        assert!(reading.half_days.iter().all(|h| h.name.is_none()), "names dropped unless kept");
        let errors: Vec<String> = reading.errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            [
                "Regel 5, kolom «Datum»: «31/09/2026» is geen datum (zoals 14/09/2026)",
                "Regel 6, kolom «VM/NM»: «avond» is geen dagdeel (VM of NM)",
                "Regel 7, kolom «Stamboeknummer»: de leerling ontbreekt",
            ]
        );
        assert_eq!(reading.unknown_codes.iter().collect::<Vec<_>>(), ["Q"]);
        let kept = read_half_days(&table, &columns, true, &CodeMap::default()).unwrap();
        assert_eq!(kept.half_days[0].name.as_deref(), Some("Jan Peeters"));
    }

    #[test]
    fn a_mapping_without_pupil_date_code_or_half_day_says_which_column_to_choose() {
        let table = parse("Datum;Code\n14/09/2026;B");
        let columns = [Some(Column::Date), Some(Column::Code)];
        let error = read_half_days(&table, &columns, false, &CodeMap::default()).unwrap_err();
        assert_eq!(error.to_string(), "Duid de kolom aan met de leerling (stamboeknummer of label).");
        let columns = [Some(Column::Pupil), Some(Column::Date), Some(Column::Code)];
        let error = read_half_days(&table, &columns, false, &CodeMap::default()).unwrap_err();
        assert!(error.to_string().contains("het dagdeel"), "{error}");
    }

    #[test]
    fn counts_per_pupil_are_read_and_a_bad_count_is_named() {
        let table = parse("Leerling,Klas,Aantal B,Z,Opmerking\nAB-1,3B,6,4,\nCD-2,3B,,1,\nEF-3,3B,zes,0,\n");
        let columns: Vec<_> = table.rows[0].cells.iter().map(|c| recognise(c)).collect();
        let (rows, errors) = read_counts(&table, &columns).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].counts, std::collections::BTreeMap::from([("B".into(), 6), ("Z".into(), 4)]));
        assert_eq!(rows[1].counts, std::collections::BTreeMap::from([("Z".into(), 1)]));
        assert_eq!(
            errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["Regel 4, kolom «Aantal B»: «zes» is geen aantal"]
        );
    }
}
