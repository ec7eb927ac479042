//! The Zelfscan: the prevention plan's content (document 000) and a school's answers to it.

mod content;
mod scan;

pub use content::{Block, Objective, Phase, SchoolLevel, SelfScanContent, Track, TrackKind, self_scan_content};
pub use scan::{Action, ActionStatus, BlockAnswer, ObjectiveChange, ObjectiveState, SelfScan};
