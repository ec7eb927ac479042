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
    format!(
        "{} om {:02}:{:02}",
        dutch_date(local.date_naive()),
        local.hour(),
        local.minute()
    )
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
}
