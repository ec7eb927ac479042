//! The school's register kept on the device, and what it says per pupil for one school year:
//! the lists that carry duties (document 002's signal to the CLB from 5 half days of B-codes;
//! the 30 B half days of the study-allowance rule, `external-facts.md`), and September and
//! October, which the document names as a signal.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use super::codes::{CodeMap, Meaning};
use super::read::{HalfDay, HalfDayCode};
use crate::domain::dates::school_year;
use crate::domain::dossier::SIGNAL_THRESHOLD;

/// Half days of B at which the school is close to its signal duty: 3 and 4.
pub const APPROACHING_FROM: u32 = 3;
/// Half days of B in one school year that cost the study allowance in secondary education,
/// when it happens two years in a row (`external-facts.md`, "Schooltoeslag").
pub const STUDY_ALLOWANCE_LIMIT: u32 = 30;

/// The register: one code per pupil, date and half day, however many exports brought it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Register {
    entries: BTreeMap<(String, NaiveDate, HalfDay), Entry>,
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    class: String,
    name: Option<String>,
    code: String,
}

/// What adding an export did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub new: usize,
    /// Half days the register had with another code (a "-" coded since, say).
    pub recoded: usize,
    pub unchanged: usize,
}

impl Register {
    /// Adds an export's half days: a later export of the same year adds only what is new, and
    /// takes a half day's code as it is now.
    pub fn add(&mut self, half_days: impl IntoIterator<Item = HalfDayCode>) -> Added {
        let mut added = Added::default();
        for h in half_days {
            let entry = Entry { class: h.class, name: h.name, code: h.code };
            match self.entries.insert((h.pupil, h.date, h.half_day), entry.clone()) {
                None => added.new += 1,
                Some(old) if old.code != entry.code => added.recoded += 1,
                Some(_) => added.unchanged += 1,
            }
        }
        added
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Per pupil, what the half days of `year` (e.g. "2026-2027") say, in the order of the
    /// pupils' ids.
    pub fn pupil_years(&self, year: &str, codes: &CodeMap) -> Vec<PupilYear> {
        let mut pupils: BTreeMap<&str, PupilYear> = BTreeMap::new();
        for ((pupil, date, half_day), entry) in &self.entries {
            if school_year(*date) != year {
                continue;
            }
            let record = pupils.entry(pupil).or_insert_with(|| PupilYear::new(pupil));
            // The class of the latest half day: a pupil may change class.
            record.class.clone_from(&entry.class);
            let Some(meaning) = codes.meaning(&entry.code) else {
                *record.unknown.entry(entry.code.clone()).or_default() += 1;
                continue;
            };
            match meaning {
                Meaning::NotYetCoded => record.not_yet_coded += 1,
                Meaning::NotAbsence => {}
                absence => {
                    record.absent += 1;
                    *record.by_code.entry(main_code(&entry.code)).or_default() += 1;
                    if matches!(date.month(), 9 | 10) {
                        record.september_october += 1;
                    }
                    record.half_days.push((*date, *half_day));
                    if absence == Meaning::Unexcused {
                        record.unexcused += 1;
                        if record.unexcused == SIGNAL_THRESHOLD {
                            record.signal_threshold_on = Some(*date);
                        }
                    }
                }
            }
        }
        pupils.into_values().collect()
    }
}

/// A code as reported: its letter ("B01" → "B", "D" → "Z", as Discimus has it).
fn main_code(code: &str) -> String {
    match code.trim().chars().next().map(|c| c.to_ascii_uppercase()) {
        Some('D') => "Z".into(),
        Some(letter) => letter.to_string(),
        None => String::new(),
    }
}

/// One pupil's school year in the register.
#[derive(Clone, Debug, PartialEq)]
pub struct PupilYear {
    pub pupil: String,
    pub class: String,
    /// Half days of absence (every code that means one).
    pub absent: u32,
    /// Half days of B.
    pub unexcused: u32,
    /// The date of the fifth half day of B: when the school's signal duty began.
    pub signal_threshold_on: Option<NaiveDate>,
    pub september_october: u32,
    pub not_yet_coded: u32,
    /// Half days of absence per reported code (B, Z, R, P, …).
    pub by_code: BTreeMap<String, u32>,
    /// Half days with a code nobody mapped, per code.
    pub unknown: BTreeMap<String, u32>,
    /// Every half day of absence, in order.
    pub half_days: Vec<(NaiveDate, HalfDay)>,
}

impl PupilYear {
    fn new(pupil: &str) -> Self {
        Self {
            pupil: pupil.to_owned(),
            class: String::new(),
            absent: 0,
            unexcused: 0,
            signal_threshold_on: None,
            september_october: 0,
            not_yet_coded: 0,
            by_code: BTreeMap::new(),
            unknown: BTreeMap::new(),
            half_days: Vec::new(),
        }
    }
}

/// The lists that carry duties, each sorted by urgency.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DutyLists<'a> {
    /// 5 or more half days of B and not yet signalled to the CLB: longest waiting first.
    pub to_signal: Vec<&'a PupilYear>,
    /// 3 or 4 half days of B: most first.
    pub approaching: Vec<&'a PupilYear>,
    /// 30 or more half days of B this school year: most first.
    pub study_allowance: Vec<&'a PupilYear>,
    /// Absent in September or October: most first.
    pub september_october: Vec<&'a PupilYear>,
}

/// The duty lists of `years`; `signalled` holds the pupils already signalled to the CLB this
/// school year (from their dossiers).
pub fn duty_lists<'a>(years: &'a [PupilYear], signalled: &BTreeSet<String>) -> DutyLists<'a> {
    let by_most = |list: &mut Vec<&PupilYear>, count: fn(&PupilYear) -> u32| {
        list.sort_by(|a, b| count(b).cmp(&count(a)).then_with(|| a.pupil.cmp(&b.pupil)));
    };
    let mut lists = DutyLists::default();
    for year in years {
        if year.unexcused >= SIGNAL_THRESHOLD && !signalled.contains(&year.pupil) {
            lists.to_signal.push(year);
        }
        if (APPROACHING_FROM..SIGNAL_THRESHOLD).contains(&year.unexcused) {
            lists.approaching.push(year);
        }
        if year.unexcused >= STUDY_ALLOWANCE_LIMIT {
            lists.study_allowance.push(year);
        }
        if year.september_october > 0 {
            lists.september_october.push(year);
        }
    }
    lists
        .to_signal
        .sort_by(|a, b| a.signal_threshold_on.cmp(&b.signal_threshold_on).then_with(|| b.unexcused.cmp(&a.unexcused)));
    by_most(&mut lists.approaching, |y| y.unexcused);
    by_most(&mut lists.study_allowance, |y| y.unexcused);
    by_most(&mut lists.september_october, |y| y.september_october);
    lists
}

/// Pupils with 30 or more half days of B in this school year and in the one before: in
/// secondary education the study allowance of this year is withheld (`external-facts.md`,
/// "Schooltoeslag": the threshold holds per year, in each of two consecutive years).
pub fn study_allowance_two_years<'a>(this_year: &'a [PupilYear], last_year: &[PupilYear]) -> Vec<&'a PupilYear> {
    let last: BTreeMap<&str, u32> = last_year.iter().map(|y| (y.pupil.as_str(), y.unexcused)).collect();
    let mut list: Vec<&PupilYear> = this_year
        .iter()
        .filter(|y| y.unexcused >= STUDY_ALLOWANCE_LIMIT)
        .filter(|y| last.get(y.pupil.as_str()).is_some_and(|&n| n >= STUDY_ALLOWANCE_LIMIT))
        .collect();
    list.sort_by(|a, b| b.unexcused.cmp(&a.unexcused).then_with(|| a.pupil.cmp(&b.pupil)));
    list
}

/// Half days of absence per month of the school year, September first, for the pupils
/// `years` holds (a school, a class or one pupil): for the monitor's chart.
pub fn per_month(years: &[&PupilYear]) -> [u32; 12] {
    let mut months = [0; 12];
    for year in years {
        for (date, _) in &year.half_days {
            months[((date.month() + 3) % 12) as usize] += 1;
        }
    }
    months
}

/// The school's own figures for "fast accumulation": the documents give none ("20
/// afwezigheden in 6 maanden versus 20 afwezigheden in zes weken" is an illustration, THR-05),
/// so the monitor labels the list as the school's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FastAccumulation {
    /// The period, in calendar days.
    pub days: u32,
    /// Half days of absence (every code) within the period.
    pub half_days: u32,
}

impl Default for FastAccumulation {
    /// The document's illustration: 20 in six weeks.
    fn default() -> Self {
        Self { days: 42, half_days: 20 }
    }
}

/// The most half days of absence a pupil had within any `days` calendar days, and the day
/// that period ended.
pub fn densest_period(year: &PupilYear, days: u32) -> Option<(u32, NaiveDate)> {
    let dates: Vec<NaiveDate> = year.half_days.iter().map(|(date, _)| *date).collect();
    let mut best: Option<(u32, NaiveDate)> = None;
    let mut start = 0;
    for (end, date) in dates.iter().enumerate() {
        while (*date - dates[start]).num_days() >= i64::from(days) {
            start += 1;
        }
        let count = (end - start + 1) as u32;
        if best.is_none_or(|(most, _)| count > most) {
            best = Some((count, *date));
        }
    }
    best
}

/// The pupils whose absences piled up fast, by the school's figures: most first.
pub fn fast_accumulation(years: &[PupilYear], rule: FastAccumulation) -> Vec<(&PupilYear, u32, NaiveDate)> {
    let mut list: Vec<_> = years
        .iter()
        .filter_map(|year| {
            let (count, until) = densest_period(year, rule.days)?;
            (count >= rule.half_days).then_some((year, count, until))
        })
        .collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.pupil.cmp(&b.0.pupil)));
    list
}

/// A weekday and half day that keeps coming back in a pupil's absences ("vaste dagen of
/// momenten", a pattern the Brusselse leidraad names for school refusal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedMoment {
    pub weekday: chrono::Weekday,
    pub half_day: HalfDay,
    /// Half days of absence on that moment.
    pub count: u32,
}

/// The moment on which at least `at_least` of a pupil's absences fell, and at least half of
/// them: the same weekday and half day coming back, not a long absence that covers every day.
pub fn fixed_moment(year: &PupilYear, at_least: u32) -> Option<FixedMoment> {
    let mut counts: BTreeMap<(u32, HalfDay), u32> = BTreeMap::new();
    for (date, half_day) in &year.half_days {
        *counts.entry((date.weekday().num_days_from_monday(), *half_day)).or_default() += 1;
    }
    let ((day, half_day), count) = counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
    let total = year.half_days.len() as u32;
    (count >= at_least && count * 2 >= total).then(|| FixedMoment {
        weekday: chrono::Weekday::try_from(day as u8).unwrap_or(chrono::Weekday::Mon),
        half_day,
        count,
    })
}

/// Pupils whose absences come back on a fixed moment: most first.
pub fn fixed_moments(years: &[PupilYear], at_least: u32) -> Vec<(&PupilYear, FixedMoment)> {
    let mut list: Vec<_> = years.iter().filter_map(|year| Some((year, fixed_moment(year, at_least)?))).collect();
    list.sort_by(|a, b| b.1.count.cmp(&a.1.count).then_with(|| a.0.pupil.cmp(&b.0.pupil)));
    list
}

/// One row per pupil with counts per code (the other shape of export): a school year without
/// dates, so no threshold date, month or pattern, only the totals.
pub fn pupil_years_from_counts(rows: &[super::read::PupilCounts], codes: &CodeMap) -> Vec<PupilYear> {
    rows.iter()
        .map(|row| {
            let mut year = PupilYear::new(&row.pupil);
            year.class.clone_from(&row.class);
            for (code, &count) in &row.counts {
                match codes.meaning(code) {
                    None => *year.unknown.entry(code.clone()).or_default() += count,
                    Some(Meaning::NotYetCoded) => year.not_yet_coded += count,
                    Some(Meaning::NotAbsence) => {}
                    Some(meaning) => {
                        year.absent += count;
                        *year.by_code.entry(main_code(code)).or_default() += count;
                        if meaning == Meaning::Unexcused {
                            year.unexcused += count;
                        }
                    }
                }
            }
            year
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        let year = if m >= 9 { 2026 } else { 2027 };
        NaiveDate::from_ymd_opt(year, m, d).unwrap()
    }

    fn half(pupil: &str, date: NaiveDate, half_day: HalfDay, code: &str) -> HalfDayCode {
        HalfDayCode { pupil: pupil.into(), name: None, class: "3B".into(), date, half_day, code: code.into() }
    }

    /// `n` half days of `code` for `pupil` from `start`, morning and afternoon.
    fn run(pupil: &str, start: NaiveDate, n: usize, code: &str) -> Vec<HalfDayCode> {
        (0..n)
            .map(|i| {
                let date = start + chrono::Days::new((i / 2) as u64);
                half(pupil, date, if i % 2 == 0 { HalfDay::Morning } else { HalfDay::Afternoon }, code)
            })
            .collect()
    }

    #[test]
    fn a_later_export_adds_only_what_is_new_and_takes_a_recoded_half_day() {
        let mut register = Register::default();
        let first = register.add(run("1001", day(9, 14), 4, "B"));
        assert_eq!(first, Added { new: 4, recoded: 0, unchanged: 0 });
        let mut later = run("1001", day(9, 14), 6, "B");
        later[5].code = "-".into();
        later[0].code = "Z".into();
        let second = register.add(later);
        assert_eq!(second, Added { new: 2, recoded: 1, unchanged: 3 });
        assert_eq!(register.len(), 6);
    }

    #[test]
    fn the_fifth_half_day_of_b_starts_the_signal_duty_and_only_b_counts() {
        let mut register = Register::default();
        register.add(run("1001", day(9, 1), 3, "Z"));
        register.add(run("1001", day(10, 5), 4, "B01"));
        register
            .add([half("1001", day(10, 7), HalfDay::Morning, "B"), half("1001", day(10, 8), HalfDay::Morning, "L")]);
        register.add([half("1001", day(11, 3), HalfDay::Morning, "-")]);
        // Last school year's B half days do not count for this one.
        register.add(run("1001", NaiveDate::from_ymd_opt(2026, 5, 4).unwrap(), 6, "B"));
        let years = register.pupil_years("2026-2027", &CodeMap::default());
        let year = &years[0];
        assert_eq!((year.unexcused, year.absent, year.not_yet_coded), (5, 8, 1));
        assert_eq!(year.signal_threshold_on, Some(day(10, 7)));
        assert_eq!(year.by_code, BTreeMap::from([("B".into(), 5), ("Z".into(), 3)]));
        assert_eq!(year.september_october, 8);
    }

    #[test]
    fn the_duty_lists_sorted_by_urgency_and_signalled_pupils_left_out() {
        let mut register = Register::default();
        register.add(run("early", day(9, 8), 6, "B"));
        register.add(run("late", day(11, 2), 9, "B"));
        register.add(run("done", day(9, 8), 7, "B"));
        register.add(run("three", day(12, 1), 3, "B"));
        register.add(run("four", day(12, 1), 4, "B"));
        register.add(run("many", day(9, 1), 31, "B"));
        register.add(run("ill", day(1, 11), 2, "Z"));
        let years = register.pupil_years("2026-2027", &CodeMap::default());
        let signalled = BTreeSet::from(["done".to_string()]);
        let lists = duty_lists(&years, &signalled);
        let ids = |list: &[&PupilYear]| list.iter().map(|y| y.pupil.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&lists.to_signal), ["many", "early", "late"], "who waits longest first");
        assert_eq!(ids(&lists.approaching), ["four", "three"]);
        assert_eq!(ids(&lists.study_allowance), ["many"]);
        assert_eq!(ids(&lists.september_october), ["many", "done", "early"]);
    }

    #[test]
    fn a_schools_own_letter_counts_as_it_maps_it_and_an_unknown_one_is_kept_apart() {
        let mut register = Register::default();
        register.add(run("1001", day(9, 14), 2, "R"));
        register.add(run("1001", day(9, 21), 2, "Q"));
        let mut codes = CodeMap::default();
        codes.own.insert("R".into(), Meaning::NotAbsence);
        let years = register.pupil_years("2026-2027", &codes);
        assert_eq!(years[0].absent, 0, "this school's R is 'retard'");
        assert_eq!(years[0].unknown, BTreeMap::from([("Q".into(), 2)]));
    }

    #[test]
    fn fast_accumulation_counts_every_code_within_the_schools_period() {
        let mut register = Register::default();
        // 20 half days in 10 school days (two weeks) of illness and B.
        register.add(run("fast", day(11, 2), 12, "Z"));
        register.add(run("fast", day(11, 9), 8, "B"));
        // 20 spread over months.
        for month in [9, 10, 11, 12, 1] {
            register.add(run("slow", day(month, 3), 4, "Z"));
        }
        let years = register.pupil_years("2026-2027", &CodeMap::default());
        let list = fast_accumulation(&years, FastAccumulation::default());
        assert_eq!(list.len(), 1);
        assert_eq!((list[0].0.pupil.as_str(), list[0].1, list[0].2), ("fast", 20, day(11, 12)));
        let stricter = fast_accumulation(&years, FastAccumulation { days: 7, half_days: 12 });
        assert_eq!(stricter.iter().map(|(y, n, _)| (y.pupil.as_str(), *n)).collect::<Vec<_>>(), [("fast", 12)]);
    }

    #[test]
    fn the_same_weekday_and_half_day_coming_back_is_a_fixed_moment() {
        let mut register = Register::default();
        // Four Monday mornings (2 November 2026 is a Monday) and one Thursday.
        for d in [2, 9, 16, 23] {
            register.add([half("maandag", day(11, d), HalfDay::Morning, "Z")]);
        }
        register.add([half("maandag", day(11, 26), HalfDay::Afternoon, "B")]);
        // A long absence covers every day: no pattern.
        register.add(run("lang", day(11, 2), 20, "Z"));
        let years = register.pupil_years("2026-2027", &CodeMap::default());
        let list = fixed_moments(&years, 3);
        assert_eq!(list.len(), 1);
        let (year, moment) = list[0];
        assert_eq!(year.pupil, "maandag");
        assert_eq!((moment.weekday, moment.half_day, moment.count), (chrono::Weekday::Mon, HalfDay::Morning, 4));
    }

    #[test]
    fn counts_per_pupil_give_the_totals_and_the_duty_lists_without_dates() {
        let rows = vec![
            super::super::read::PupilCounts {
                pupil: "1001".into(),
                class: "3B".into(),
                counts: BTreeMap::from([("B".into(), 6), ("Z".into(), 4), ("L".into(), 9), ("Q".into(), 1)]),
            },
            super::super::read::PupilCounts {
                pupil: "1002".into(),
                class: "3B".into(),
                counts: BTreeMap::from([("B".into(), 3)]),
            },
        ];
        let years = pupil_years_from_counts(&rows, &CodeMap::default());
        assert_eq!((years[0].unexcused, years[0].absent, years[0].signal_threshold_on), (6, 10, None));
        assert_eq!(years[0].unknown, BTreeMap::from([("Q".into(), 1)]));
        let lists = duty_lists(&years, &BTreeSet::new());
        assert_eq!(lists.to_signal.iter().map(|y| y.pupil.as_str()).collect::<Vec<_>>(), ["1001"]);
        assert_eq!(lists.approaching.iter().map(|y| y.pupil.as_str()).collect::<Vec<_>>(), ["1002"]);
    }

    #[test]
    fn thirty_b_in_two_consecutive_years_and_the_months_from_september() {
        let mut register = Register::default();
        register.add(run("twee-jaar", NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(), 30, "B"));
        register.add(run("twee-jaar", day(9, 7), 30, "B"));
        register.add(run("dit-jaar", day(9, 7), 31, "B"));
        let codes = CodeMap::default();
        let (this, last) = (register.pupil_years("2026-2027", &codes), register.pupil_years("2025-2026", &codes));
        let ids: Vec<_> = study_allowance_two_years(&this, &last).iter().map(|y| y.pupil.clone()).collect();
        assert_eq!(ids, ["twee-jaar"]);
        let all: Vec<&PupilYear> = this.iter().collect();
        let months = per_month(&all);
        assert_eq!(months[0], 61, "September");
        assert_eq!(months.iter().sum::<u32>(), 61);
        register.add([half("dit-jaar", day(6, 30), HalfDay::Morning, "Z")]);
        let this = register.pupil_years("2026-2027", &codes);
        assert_eq!(per_month(&this.iter().collect::<Vec<_>>())[9], 1, "June is the tenth month");
    }
}
