//! Snapshots of the whole workspace, taken automatically before an import or a restore and
//! kept on the device, so that any import can be undone; and, apart from them, the values a
//! two-tab merge did not keep, so the user can take them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::concurrent::FieldConflict;
use crate::domain::workspace::Workspace;

/// How many snapshots are kept; the oldest goes first. Each is a full copy of the workspace.
pub const MAX_SNAPSHOTS: usize = 5;

/// How many values of concurrent edits are kept; each is one field, so they are small and
/// never take a snapshot's place.
pub const MAX_CONFLICT_COPIES: usize = 100;

/// A value another tab (or this one) wrote that a merge did not keep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConflictCopy {
    /// Unique among the copies.
    pub id: String,
    pub noticed_at: DateTime<Utc>,
    #[serde(flatten)]
    pub conflict: FieldConflict,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Unique among the snapshots, e.g. "1764064800000".
    pub id: String,
    pub taken_at: DateTime<Utc>,
    /// Why it was taken, e.g. "Voor het importeren van verzuimwijzer-alles-2026-11-25.json".
    pub reason: String,
    /// What it holds, e.g. "2 zelfscans, 1 leerlingdossier en 0 raadplegingen van de beslisboom".
    pub contents: String,
    /// The workspace document as storage keeps it.
    pub document: String,
}

impl Snapshot {
    pub fn of(workspace: &Workspace, reason: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: now.timestamp_millis().to_string(),
            taken_at: now,
            reason: reason.into(),
            contents: workspace.contents(),
            document: workspace.to_json(),
        }
    }
}

/// The kept snapshots, newest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Backups {
    pub snapshots: Vec<Snapshot>,
    /// Newest first.
    #[serde(default)]
    pub conflicts: Vec<ConflictCopy>,
}

impl Backups {
    /// Reads the stored list; an unreadable list counts as empty rather than blocking the app.
    pub fn from_json(text: &str) -> Self {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("backups always serialize")
    }

    /// Adds `snapshot` as the newest, dropping the oldest beyond [`MAX_SNAPSHOTS`].
    pub fn push(&mut self, mut snapshot: Snapshot) {
        while self.snapshots.iter().any(|s| s.id == snapshot.id) {
            snapshot.id.push('b');
        }
        self.snapshots.insert(0, snapshot);
        self.snapshots.truncate(MAX_SNAPSHOTS);
    }

    pub fn find(&self, id: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.id == id)
    }

    /// Keeps the values a merge did not keep, newest first, beyond [`MAX_CONFLICT_COPIES`]
    /// dropping the oldest. Returns the copies as kept, with their ids.
    pub fn keep_conflicts(&mut self, conflicts: &[FieldConflict], now: DateTime<Utc>) -> Vec<ConflictCopy> {
        let first = now.timestamp_millis();
        let mut kept = Vec::new();
        for (n, conflict) in conflicts.iter().enumerate() {
            let mut id = format!("{first}-{n}");
            while self.conflicts.iter().any(|c| c.id == id) {
                id.push('b');
            }
            let copy = ConflictCopy { id, noticed_at: now, conflict: conflict.clone() };
            self.conflicts.insert(0, copy.clone());
            kept.push(copy);
        }
        self.conflicts.truncate(MAX_CONFLICT_COPIES);
        kept
    }

    pub fn remove_conflict(&mut self, id: &str) {
        self.conflicts.retain(|c| c.id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }

    #[test]
    fn keeps_the_newest_five_snapshots() {
        let mut backups = Backups::default();
        for day in 1..=7 {
            backups.push(Snapshot::of(&Workspace::new(at(day)), format!("dag {day}"), at(day)));
        }
        let reasons: Vec<_> = backups.snapshots.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons, ["dag 7", "dag 6", "dag 5", "dag 4", "dag 3"]);
        let read_back = Backups::from_json(&backups.to_json());
        assert_eq!(read_back, backups);
        let restored = Workspace::from_json(&read_back.snapshots[0].document).unwrap();
        assert_eq!(restored.created_at, at(7));
    }

    #[test]
    fn two_snapshots_in_the_same_millisecond_keep_distinct_ids() {
        let mut backups = Backups::default();
        backups.push(Snapshot::of(&Workspace::new(at(1)), "een", at(1)));
        backups.push(Snapshot::of(&Workspace::new(at(1)), "twee", at(1)));
        assert_ne!(backups.snapshots[0].id, backups.snapshots[1].id);
        assert_eq!(backups.find(&backups.snapshots[1].id.clone()).unwrap().reason, "een");
    }

    #[test]
    fn conflict_copies_have_their_own_slots() {
        use crate::domain::transfer::Step;
        let mut backups = Backups::default();
        for day in 1..=5 {
            backups.push(Snapshot::of(&Workspace::new(at(day)), format!("dag {day}"), at(day)));
        }
        let conflict = FieldConflict {
            path: vec![Step::Key("dossiers".into()), Step::Id("d".into()), Step::Key("class_name".into())],
            title: "Leerlingdossier JD: klas".into(),
            kept: Some("3C".into()),
            other: Some("3B1".into()),
        };
        let kept = backups.keep_conflicts(&[conflict.clone(), conflict.clone()], at(6));
        assert_ne!(kept[0].id, kept[1].id);
        assert_eq!(backups.snapshots.len(), MAX_SNAPSHOTS, "no snapshot made way");
        let read_back = Backups::from_json(&backups.to_json());
        assert_eq!(read_back, backups);
        backups.remove_conflict(&kept[0].id);
        assert_eq!(backups.conflicts.len(), 1);
        for _ in 0..MAX_CONFLICT_COPIES {
            backups.keep_conflicts(std::slice::from_ref(&conflict), at(7));
        }
        assert_eq!(backups.conflicts.len(), MAX_CONFLICT_COPIES);
    }

    #[test]
    fn an_unreadable_list_counts_as_empty() {
        assert_eq!(Backups::from_json("kapot"), Backups::default());
    }
}
