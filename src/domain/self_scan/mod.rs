//! The Zelfscan: the prevention plan's content (document 000) and a school's answers to it.

mod content;
mod scan;

pub use content::{self_scan_content, Block, Objective, Phase, SelfScanContent, Track, TrackKind};
pub use scan::{Action, ActionStatus, BlockAnswer, ObjectiveChange, SelfScan};
