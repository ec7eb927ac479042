//! How long a text may be and which dates make sense. Generous for real use, but a bound:
//! a pasted 50,000-character label would otherwise be stored, shown in every list and
//! exported. The inputs carry these as `maxlength`; imported files are checked against them.

/// A pupil's label (initials or an internal number), a class, a school year.
pub const MAX_LABEL_CHARS: usize = 80;
/// Names: a school, an organisation, who took part, who acted.
pub const MAX_NAME_CHARS: usize = 200;
/// Notes, answers, results and other free text.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// The first and last year a date may fall in.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;

/// Whether a date falls within [`FIRST_YEAR`]..=[`LAST_YEAR`]: a year 0 or 20266 is a typing
/// error, not a date the school means.
pub fn date_in_range(date: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}
