//! Dutch date and time notation. Written out by hand rather than with chrono's `format`,
//! whose formatting machinery costs the browser bundle tens of kilobytes.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike, Utc};

/// "2026-11-22": for file names.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// "22-11-2026": how dates are written in Flanders.
pub fn dutch_date(date: NaiveDate) -> String {
    format!("{:02}-{:02}-{:04}", date.day(), date.month(), date.year())
}

/// "22-11-2026 om 10:15" on the clock of `offset`.
pub fn dutch_date_time(at: DateTime<Utc>, offset: FixedOffset) -> String {
    let local = at.with_timezone(&offset);
    format!("{} om {:02}:{:02}", dutch_date(local.date_naive()), local.hour(), local.minute())
}

/// The Flemish school year that `date` falls in, e.g. "2026-2027" from 1 September 2026 to
/// 31 August 2027.
pub fn school_year(date: NaiveDate) -> String {
    let start = if date.month() >= 9 { date.year() } else { date.year() - 1 };
    format!("{start}-{}", start + 1)
}

/// The school year after `year` when it reads like "2026-2027"; `None` for free text.
pub fn next_school_year(year: &str) -> Option<String> {
    let (start, end) = year.trim().split_once('-')?;
    let (start, end): (i32, i32) = (start.trim().parse().ok()?, end.trim().parse().ok()?);
    (end == start + 1).then(|| format!("{}-{}", start + 1, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn writes_dates_the_flemish_way() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(iso_date(date), "2026-03-07");
        assert_eq!(dutch_date(date), "07-03-2026");
        let at = Utc.with_ymd_and_hms(2026, 3, 6, 23, 5, 0).unwrap();
        let brussels_winter = FixedOffset::east_opt(3600).unwrap();
        assert_eq!(dutch_date_time(at, brussels_winter), "07-03-2026 om 00:05");
    }

    #[test]
    fn a_school_year_starts_on_the_first_of_september() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(school_year(day(2026, 8, 31)), "2025-2026");
        assert_eq!(school_year(day(2026, 9, 1)), "2026-2027");
        assert_eq!(school_year(day(2027, 1, 15)), "2026-2027");
        assert_eq!(next_school_year("2026-2027").as_deref(), Some("2027-2028"));
        assert_eq!(next_school_year("januari 2027"), None);
    }
}
