//! Schoolmonitor's core: the school's own absence register, read on the device from its
//! export (issue "Schoolmonitor", in progress: the CSV side and the duty lists; XLSX, the
//! mapping screen, storage in its own IndexedDB store and the pages are still to come).
//!
//! - `csv`: bytes → text (UTF-8 with or without BOM, or Windows-1252) → rows of cells;
//! - `columns`: which column holds what, from the usual Dutch names; the export's shape;
//! - `codes`: what a code means (the official list, old letters, the school's own mapping);
//! - `read`: rows → half days of absence, with every bad row named by line and column;
//! - `monitor`: the register (one code per pupil, date and half day, so a later export adds
//!   only what is new), per school year the lists that carry duties, fast accumulation by the
//!   school's own figures, and a weekday and half day that keeps coming back; an export of
//!   counts per pupil gives the same totals without dates.

pub mod codes;
pub mod columns;
pub mod csv;
pub mod monitor;
pub mod read;
