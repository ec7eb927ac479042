//! How long a text may be and which dates make sense. Generous for real use, but a bound:
//! a pasted 50,000-character label would otherwise be stored, shown in every list and
//! exported. The inputs carry these as `maxlength`; imported files are checked against them.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::domain::dates::dutch_date;
use crate::domain::decision_tree::{Answer, Facts};
use crate::domain::workspace::{SchemaError, Workspace};

/// A pupil's label (initials or an internal number), a class, a school year.
pub const MAX_LABEL_CHARS: usize = 80;
/// Names: a school, an organisation, who took part, who acted.
pub const MAX_NAME_CHARS: usize = 200;
/// Notes, answers, results and other free text.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// The first and last year a date may fall in.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;

/// The largest count a field takes: more half days than a school year has is a typing error.
pub const MAX_COUNT: u32 = 9_999;

/// Reads a count as typed: nothing is `None`; otherwise a whole number from 0 to
/// [`MAX_COUNT`], or a Dutch sentence that says what to type instead.
pub fn parse_count(text: &str) -> Result<Option<u32>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(n) = text.parse::<u32>() {
        return if n <= MAX_COUNT {
            Ok(Some(n))
        } else {
            Err(format!("Dat is meer dan {} halve dagen; kijk het getal na.", dutch_number(MAX_COUNT as usize)))
        };
    }
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    Err(if text.starts_with('-') && digits(&text[1..].replace([',', '.'], "")) {
        "Een aantal kan niet negatief zijn: typ 0 of meer.".to_string()
    } else if text.contains([',', '.']) && digits(&text.replace([',', '.'], "")) {
        "Typ een heel getal, zonder komma (halve dagen tellen per halve dag).".to_string()
    } else {
        "Typ het aantal in cijfers, bijvoorbeeld 7.".to_string()
    })
}

/// The first day a date may fall on.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).expect("a valid date")
}

/// The last day a date may fall on.
pub fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).expect("a valid date")
}

/// Whether `date` is one the app accepts: a date before 2000 or after 2100 is a typing error
/// (0000-01-01, 20266-10-06), not a school event.
pub fn check_date(date: NaiveDate) -> Result<(), String> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(())
    } else {
        Err(format!("{} ligt niet tussen {} en {}", dutch_date(date), dutch_date(first_day()), dutch_date(last_day())))
    }
}

/// Checks every text of `workspace` against its limit and every date against
/// [`check_date`]; the error names the first field that does not fit. Checked for imported
/// files, as part of [`Workspace::check_consistency`]. One pass over the data.
pub fn check_limits(workspace: &Workspace) -> Result<(), SchemaError> {
    let w = workspace;
    texts("", &[("organisation_name", "de naam", &w.organisation_name, MAX_NAME_CHARS)])?;
    dates("", &[("created_at", Some(w.created_at.date_naive())), ("updated_at", Some(w.updated_at.date_naive()))])?;

    for (i, scan) in w.self_scans.iter().enumerate() {
        let at = format!("self_scans[{i}]");
        texts(
            &at,
            &[
                ("id", "de id", &scan.id, MAX_LABEL_CHARS),
                ("school_name", "de naam van de school", &scan.school_name, MAX_NAME_CHARS),
                ("school_year", "het schooljaar", &scan.school_year, MAX_LABEL_CHARS),
                ("participants", "de deelnemers", &scan.participants, MAX_NAME_CHARS),
            ],
        )?;
        dates(&at, &[("created_at", Some(scan.created_at.date_naive())), ("updated_at", day_of(scan.updated_at))])?;
        keys(&at, "blocks", "de id van een onderdeel", scan.blocks.keys(), MAX_NAME_CHARS)?;
        for (block, answer) in &scan.blocks {
            let at = format!("{at}.blocks.{block}");
            texts(&at, &[("improvement", "de tekst", &answer.improvement, MAX_NOTE_CHARS)])?;
            for (question, note) in &answer.notes {
                texts(&at, &[(&format!("notes.{question}"), "de notitie", note, MAX_NOTE_CHARS)])?;
            }
        }
        for (j, action) in scan.actions.iter().enumerate() {
            texts(
                &format!("{at}.actions[{j}]"),
                &[
                    ("id", "de id", &action.id, MAX_LABEL_CHARS),
                    ("objective_id", "de id van de doelstelling", &action.objective_id, MAX_NAME_CHARS),
                    ("what", "de tekst", &action.what, MAX_NOTE_CHARS),
                    ("who", "de tekst", &action.who, MAX_NOTE_CHARS),
                    ("when", "de tekst", &action.when, MAX_NOTE_CHARS),
                    ("check", "de tekst", &action.check, MAX_NOTE_CHARS),
                ],
            )?;
        }
    }

    for (i, dossier) in w.dossiers.iter().enumerate() {
        let at = format!("dossiers[{i}]");
        texts(
            &at,
            &[
                ("id", "de id", &dossier.id, MAX_LABEL_CHARS),
                ("label", "het label", &dossier.label, MAX_LABEL_CHARS),
                ("class_name", "de klas", &dossier.class_name, MAX_LABEL_CHARS),
                ("school_year", "het schooljaar", &dossier.school_year, MAX_LABEL_CHARS),
            ],
        )?;
        dates(
            &at,
            &[
                ("created_at", day_of(dossier.created_at)),
                ("updated_at", day_of(dossier.updated_at)),
                ("signalled_on", dossier.signalled_on),
            ],
        )?;
        keys(&at, "absences", "een code", dossier.absences.keys(), MAX_LABEL_CHARS)?;
        for (j, measure) in dossier.measures.iter().enumerate() {
            let at = format!("{at}.measures[{j}]");
            texts(
                &at,
                &[
                    ("id", "de id", &measure.id, MAX_LABEL_CHARS),
                    ("what", "de tekst", &measure.what, MAX_NAME_CHARS),
                    ("by", "de naam", &measure.by, MAX_NAME_CHARS),
                    ("result", "de tekst", &measure.result, MAX_NOTE_CHARS),
                ],
            )?;
            dates(&at, &[("date", measure.date)])?;
        }
        list(&at, "warning_signs", "de id", &dossier.warning_signs, MAX_NAME_CHARS)?;
        list(&at, "consultation_ids", "de id", &dossier.consultation_ids, MAX_LABEL_CHARS)?;
        keys(&at, "checklist", "de id van een onderdeel", dossier.checklist.keys(), MAX_NOTE_CHARS)?;
        for (item, answer) in &dossier.checklist {
            let at = format!("{at}.checklist.{item}");
            list(&at, "options", "de id", &answer.options, MAX_NOTE_CHARS)?;
            keys(&at, "counts", "de id van een getal", answer.counts.keys(), MAX_NOTE_CHARS)?;
        }
    }

    for (i, consultation) in w.consultations.iter().enumerate() {
        let at = format!("consultations[{i}]");
        texts(
            &at,
            &[
                ("id", "de id", &consultation.id, MAX_LABEL_CHARS),
                ("label", "het label", &consultation.label, MAX_NAME_CHARS),
            ],
        )?;
        dates(
            &at,
            &[("created_at", day_of(consultation.created_at)), ("updated_at", day_of(consultation.updated_at))],
        )?;
        answers(&format!("{at}.answers"), &consultation.answers)?;
        answers(&format!("{at}.facts"), &consultation.facts)?;
    }
    Ok(())
}

/// The Beslisboom's answers and facts hold ids of its questions and options only.
fn answers(at: &str, answers: &Facts) -> Result<(), SchemaError> {
    keys(at, "", "de id van een vraag", answers.keys(), MAX_NAME_CHARS)?;
    for (question, answer) in answers {
        let chosen: &[String] = match answer {
            Answer::Choice(option) => std::slice::from_ref(option),
            Answer::Multi(options) => options,
            Answer::Number(_) => &[],
        };
        for option in chosen {
            texts(at, &[(question, "de id van het antwoord", option, MAX_NAME_CHARS)])?;
        }
    }
    Ok(())
}

/// "dossiers[0]" and "label" make "dossiers[0].label"; an empty part is left out.
fn path(at: &str, field: &str) -> String {
    match (at, field) {
        ("", field) => field.to_owned(),
        (at, "") => at.to_owned(),
        (at, field) => format!("{at}.{field}"),
    }
}

/// Text fields under `at`: (field, what the error calls it, value, most characters).
fn texts(at: &str, fields: &[(&str, &str, &str, usize)]) -> Result<(), SchemaError> {
    for &(field, what, value, max) in fields {
        if let Some(problem) = too_long(what, value, max) {
            return Err(SchemaError::InvalidField { path: path(at, field), problem });
        }
    }
    Ok(())
}

/// The texts of the list `at.field`; the error names the item, e.g. `warning_signs[2]`.
fn list(at: &str, field: &str, what: &str, values: &[String], max: usize) -> Result<(), SchemaError> {
    for (j, value) in values.iter().enumerate() {
        if let Some(problem) = too_long(what, value, max) {
            return Err(SchemaError::InvalidField { path: path(at, &format!("{field}[{j}]")), problem });
        }
    }
    Ok(())
}

/// The keys of the map `at.field`; the error names the map, since the key is what is too long.
fn keys<'a>(
    at: &str,
    field: &str,
    what: &str,
    keys: impl Iterator<Item = &'a String>,
    max: usize,
) -> Result<(), SchemaError> {
    for key in keys {
        texts(at, &[(field, what, key, max)])?;
    }
    Ok(())
}

/// `value` has at most `max` characters (not bytes: "é" is one); else what is wrong, in Dutch.
fn too_long(what: &str, value: &str, max: usize) -> Option<String> {
    // A character takes at least one byte, so most texts need no counting.
    if value.len() <= max {
        return None;
    }
    let chars = value.chars().count();
    (chars > max).then(|| format!("{what} is te lang: {} tekens, hoogstens {}", dutch_number(chars), dutch_number(max)))
}

/// Dates under `at`: (field, date if any).
fn dates(at: &str, fields: &[(&str, Option<NaiveDate>)]) -> Result<(), SchemaError> {
    for &(field, date) in fields {
        if let Some(Err(problem)) = date.map(check_date) {
            return Err(SchemaError::InvalidField { path: path(at, field), problem });
        }
    }
    Ok(())
}

fn day_of(at: Option<DateTime<Utc>>) -> Option<NaiveDate> {
    at.map(|at| at.date_naive())
}

/// "50.000": thousands separated by a dot, as Dutch writes them.
fn dutch_number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::{ChecklistAnswer, Measure, PupilDossier};
    use crate::domain::self_scan::{Action, SelfScan};
    use crate::domain::transfer::{ExportSelection, ImportError, open_file, prepare_export};
    use crate::domain::workspace::Consultation;
    use chrono::TimeZone;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 8, 30, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// One of everything, every text at its limit and every date at an end of the range.
    fn full() -> Workspace {
        let mut w = Workspace::new(at());
        w.organisation_name = "n".repeat(MAX_NAME_CHARS);
        let mut scan = SelfScan::new("s".into(), "n".repeat(MAX_NAME_CHARS), "j".repeat(MAX_LABEL_CHARS), at());
        scan.participants = "p".repeat(MAX_NAME_CHARS);
        let block = scan.answer_mut("fase-0-inschrijvingsbeleid");
        block.improvement = "v".repeat(MAX_NOTE_CHARS);
        block.notes.insert(0, "n".repeat(MAX_NOTE_CHARS));
        scan.actions.push(Action {
            id: "a".into(),
            objective_id: "fase-0".into(),
            what: "w".repeat(MAX_NOTE_CHARS),
            ..Action::default()
        });
        w.self_scans.push(scan);
        w.dossiers.push(PupilDossier {
            id: "d".into(),
            label: "é".repeat(MAX_LABEL_CHARS),
            class_name: "3B".into(),
            signalled_on: Some(last_day()),
            measures: vec![Measure {
                id: "m".into(),
                date: Some(first_day()),
                by: "b".repeat(MAX_NAME_CHARS),
                result: "r".repeat(MAX_NOTE_CHARS),
                ..Measure::default()
            }],
            checklist: [("totaal".to_string(), ChecklistAnswer::default())].into(),
            created_at: Some(at()),
            ..PupilDossier::default()
        });
        w.consultations.push(Consultation {
            id: "c".into(),
            label: "l".repeat(MAX_NAME_CHARS),
            created_at: Some(at()),
            updated_at: Some(at()),
            tree: crate::domain::decision_tree::TREE_FACTS,
            answers: Default::default(),
            facts: [("regio".to_string(), Answer::Choice("brussel".into()))].into(),
        });
        w
    }

    /// A change to a workspace that breaks one limit.
    type Change<'a> = Box<dyn FnOnce(&mut Workspace) + 'a>;

    /// The path and problem of the first field `change` breaks.
    fn refused(change: impl FnOnce(&mut Workspace)) -> (String, String) {
        let mut w = full();
        change(&mut w);
        match check_limits(&w) {
            Err(SchemaError::InvalidField { path, problem }) => (path, problem),
            other => panic!("expected an invalid field, got {other:?}"),
        }
    }

    #[test]
    fn texts_at_their_limit_and_dates_at_the_ends_of_the_range_pass() {
        assert_eq!(check_limits(&full()), Ok(()));
        assert_eq!(full().check_consistency(), Ok(()));
    }

    #[test]
    fn a_label_of_50_000_characters_is_refused_with_its_path_and_its_length() {
        let mut w = full();
        for id in ["d1", "d2"] {
            w.dossiers.push(PupilDossier { id: id.into(), label: "JD-4".into(), ..PupilDossier::default() });
        }
        w.dossiers[2].label = "x".repeat(50_000);
        let expected = SchemaError::InvalidField {
            path: "dossiers[2].label".into(),
            problem: "het label is te lang: 50.000 tekens, hoogstens 80".into(),
        };
        assert_eq!(check_limits(&w), Err(expected.clone()));
        assert_eq!(w.check_consistency(), Err(expected), "imports are checked through check_consistency");
    }

    #[test]
    fn characters_are_counted_not_bytes() {
        // 80 × "é" is 160 bytes and fits; one more character does not.
        let (path, problem) = refused(|w| w.dossiers[0].label.push('é'));
        assert_eq!(path, "dossiers[0].label");
        assert_eq!(problem, "het label is te lang: 81 tekens, hoogstens 80");
    }

    #[test]
    fn every_text_is_held_to_its_limit() {
        let label = "x".repeat(MAX_LABEL_CHARS + 1);
        let name = "x".repeat(MAX_NAME_CHARS + 1);
        let note = "x".repeat(MAX_NOTE_CHARS + 1);
        let cases: Vec<(&str, Change<'_>)> = vec![
            ("organisation_name", Box::new(|w| w.organisation_name = name.clone())),
            ("self_scans[0].school_name", Box::new(|w| w.self_scans[0].school_name = name.clone())),
            ("self_scans[0].school_year", Box::new(|w| w.self_scans[0].school_year = label.clone())),
            ("self_scans[0].participants", Box::new(|w| w.self_scans[0].participants = name.clone())),
            (
                "self_scans[0].blocks.fase-0-inschrijvingsbeleid.improvement",
                Box::new(|w| w.self_scans[0].answer_mut("fase-0-inschrijvingsbeleid").improvement = note.clone()),
            ),
            (
                "self_scans[0].blocks.fase-0-inschrijvingsbeleid.notes.0",
                Box::new(|w| {
                    w.self_scans[0].answer_mut("fase-0-inschrijvingsbeleid").notes.insert(0, note.clone());
                }),
            ),
            (
                "self_scans[0].blocks",
                Box::new(|w| {
                    w.self_scans[0].answer_mut(&name);
                }),
            ),
            ("self_scans[0].actions[0].what", Box::new(|w| w.self_scans[0].actions[0].what = note.clone())),
            ("self_scans[0].actions[0].who", Box::new(|w| w.self_scans[0].actions[0].who = note.clone())),
            ("self_scans[0].actions[0].when", Box::new(|w| w.self_scans[0].actions[0].when = note.clone())),
            ("self_scans[0].actions[0].check", Box::new(|w| w.self_scans[0].actions[0].check = note.clone())),
            ("self_scans[0].actions[0].id", Box::new(|w| w.self_scans[0].actions[0].id = label.clone())),
            ("dossiers[0].id", Box::new(|w| w.dossiers[0].id = label.clone())),
            ("dossiers[0].class_name", Box::new(|w| w.dossiers[0].class_name = label.clone())),
            ("dossiers[0].school_year", Box::new(|w| w.dossiers[0].school_year = label.clone())),
            (
                "dossiers[0].absences",
                Box::new(|w| {
                    w.dossiers[0].absences.insert(label.clone(), 1);
                }),
            ),
            ("dossiers[0].measures[0].what", Box::new(|w| w.dossiers[0].measures[0].what = name.clone())),
            ("dossiers[0].measures[0].by", Box::new(|w| w.dossiers[0].measures[0].by = name.clone())),
            ("dossiers[0].measures[0].result", Box::new(|w| w.dossiers[0].measures[0].result = note.clone())),
            ("dossiers[0].warning_signs[0]", Box::new(|w| w.dossiers[0].warning_signs.push(name.clone()))),
            ("dossiers[0].consultation_ids[0]", Box::new(|w| w.dossiers[0].consultation_ids.push(label.clone()))),
            (
                "dossiers[0].checklist",
                Box::new(|w| {
                    w.dossiers[0].checklist.insert(note.clone(), ChecklistAnswer::default());
                }),
            ),
            (
                "dossiers[0].checklist.totaal.options[0]",
                Box::new(|w| w.dossiers[0].checklist.get_mut("totaal").unwrap().options.push(note.clone())),
            ),
            (
                "dossiers[0].checklist.totaal.counts",
                Box::new(|w| {
                    w.dossiers[0].checklist.get_mut("totaal").unwrap().counts.insert(note.clone(), 1);
                }),
            ),
            ("consultations[0].label", Box::new(|w| w.consultations[0].label = name.clone())),
            (
                "consultations[0].answers",
                Box::new(|w| {
                    w.consultations[0].answers.insert(name.clone(), Answer::Number(1));
                }),
            ),
            (
                "consultations[0].answers.soort",
                Box::new(|w| {
                    w.consultations[0].answers.insert("soort".into(), Answer::Multi(vec!["a".into(), name.clone()]));
                }),
            ),
        ];
        for (expected, change) in cases {
            let (path, problem) = refused(change);
            assert_eq!(path, expected);
            assert!(problem.contains("is te lang: "), "{path}: {problem}");
        }
    }

    #[test]
    fn dates_fall_between_2000_and_2100() {
        assert_eq!(check_date(day(2000, 1, 1)), Ok(()));
        assert_eq!(check_date(day(2100, 12, 31)), Ok(()));
        assert_eq!(check_date(day(1999, 12, 31)), Err("31-12-1999 ligt niet tussen 01-01-2000 en 31-12-2100".into()));
        assert!(check_date(day(2101, 1, 1)).is_err());
        assert!(check_date(day(0, 1, 1)).is_err());
    }

    #[test]
    fn every_date_is_checked() {
        let long_ago = day(0, 1, 1);
        let (path, problem) = refused(|w| w.dossiers[0].measures[0].date = Some(long_ago));
        assert_eq!(path, "dossiers[0].measures[0].date");
        assert_eq!(problem, "01-01-0000 ligt niet tussen 01-01-2000 en 31-12-2100");
        let far_ahead = Utc.with_ymd_and_hms(2101, 1, 1, 0, 0, 0).unwrap();
        let cases: Vec<(&str, Change<'_>)> = vec![
            ("created_at", Box::new(move |w| w.created_at = far_ahead)),
            ("updated_at", Box::new(move |w| w.updated_at = far_ahead)),
            ("self_scans[0].created_at", Box::new(move |w| w.self_scans[0].created_at = far_ahead)),
            ("self_scans[0].updated_at", Box::new(move |w| w.self_scans[0].updated_at = Some(far_ahead))),
            ("dossiers[0].created_at", Box::new(move |w| w.dossiers[0].created_at = Some(far_ahead))),
            ("dossiers[0].updated_at", Box::new(move |w| w.dossiers[0].updated_at = Some(far_ahead))),
            ("dossiers[0].signalled_on", Box::new(move |w| w.dossiers[0].signalled_on = Some(long_ago))),
            ("consultations[0].created_at", Box::new(move |w| w.consultations[0].created_at = Some(far_ahead))),
            ("consultations[0].updated_at", Box::new(move |w| w.consultations[0].updated_at = Some(far_ahead))),
        ];
        for (expected, change) in cases {
            assert_eq!(refused(change).0, expected);
        }
    }

    #[test]
    fn an_imported_file_with_a_text_too_long_is_refused_in_dutch() {
        let mut w = full();
        w.dossiers[0].label = "x".repeat(50_000);
        let text = prepare_export(&w, &ExportSelection::Everything, "0.1.0", at()).unwrap().plain_text();
        let error = open_file(&text).unwrap_err();
        assert!(matches!(error, ImportError::Schema(SchemaError::InvalidField { .. })), "{error:?}");
        assert_eq!(ImportError::Schema(check_limits(&w).unwrap_err()).to_string(), error.to_string());
        assert!(error.to_string().contains("«dossiers[0].label»"), "{error}");
    }

    #[test]
    fn counts_typed_wrongly_get_a_dutch_reason() {
        assert_eq!(parse_count(" 7 "), Ok(Some(7)));
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("0"), Ok(Some(0)));
        assert!(parse_count("zeven").unwrap_err().contains("in cijfers"));
        assert!(parse_count("7,5").unwrap_err().contains("zonder komma"));
        assert!(parse_count("7.5").unwrap_err().contains("zonder komma"));
        assert!(parse_count("-3").unwrap_err().contains("niet negatief"));
        assert!(parse_count("10000").unwrap_err().contains("meer dan 9.999"));
    }

    #[test]
    fn numbers_are_written_the_dutch_way() {
        assert_eq!(dutch_number(80), "80");
        assert_eq!(dutch_number(10_000), "10.000");
        assert_eq!(dutch_number(1_234_567), "1.234.567");
    }
}
