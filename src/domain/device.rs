//! The settings of this device: when everything was last exported, the export reminder, the
//! notices the user closed. Not data: they stay on the device and never travel in a file.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::workspace::Workspace;

/// What belongs to this device rather than to the data. Kept apart from the workspace
/// document (in the browser's localStorage), so export, import and the two-tab merge never
/// have to leave it out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceSettings {
    /// When the user last exported everything (the backup reminder counts from here).
    pub last_export_at: Option<DateTime<Utc>>,
    /// After how many days without an export the app reminds the user; 0 turns it off.
    pub backup_reminder_days: u32,
    /// The user closed the advice to install the app (Safari may wipe a tab's data).
    pub install_hint_dismissed: bool,
}

/// The reminder's default: a school holiday fits in, a term does not.
pub const DEFAULT_BACKUP_REMINDER_DAYS: u32 = 14;

impl Default for DeviceSettings {
    fn default() -> Self {
        Self { last_export_at: None, backup_reminder_days: DEFAULT_BACKUP_REMINDER_DAYS, install_hint_dismissed: false }
    }
}

impl DeviceSettings {
    /// The settings a workspace document of schema version 2 or older carried inside it
    /// (`device`), to move them out before the migration drops them.
    pub fn from_old_document(document: &Value) -> Option<Self> {
        let older = document.get("schema_version").and_then(Value::as_u64).is_some_and(|v| v < 3);
        older.then(|| document.get("device").cloned()).flatten().and_then(|v| serde_json::from_value(v).ok())
    }
}

/// When the reminder to export shows: there is data, the reminder is on, and the last export
/// of everything (or, before any export, the start of the workspace) is at least the set
/// number of days ago. Returns the days since.
pub fn backup_reminder_due(workspace: &Workspace, device: &DeviceSettings, now: DateTime<Utc>) -> Option<i64> {
    let days = device.backup_reminder_days;
    if days == 0 || workspace.is_empty() {
        return None;
    }
    let since = device.last_export_at.unwrap_or(workspace.created_at);
    let elapsed = (now - since).num_days();
    (elapsed >= i64::from(days)).then_some(elapsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }

    #[test]
    fn the_reminder_comes_after_the_set_number_of_days_without_export() {
        let mut workspace = Workspace::new(at(1));
        let mut device = DeviceSettings::default();
        assert_eq!(backup_reminder_due(&workspace, &device, at(28)), None, "nothing to lose yet");
        workspace.organisation_name = "De Linde".into();
        assert_eq!(backup_reminder_due(&workspace, &device, at(14)), None);
        assert_eq!(backup_reminder_due(&workspace, &device, at(15)), Some(14));
        device.last_export_at = Some(at(20));
        assert_eq!(backup_reminder_due(&workspace, &device, at(20) + Duration::days(13)), None);
        assert_eq!(backup_reminder_due(&workspace, &device, at(20) + Duration::days(14)), Some(14));
        device.backup_reminder_days = 0;
        assert_eq!(backup_reminder_due(&workspace, &device, at(30)), None, "turned off");
    }

    #[test]
    fn settings_of_an_older_document_are_found_to_move_them_out() {
        let old = serde_json::json!({ "schema_version": 2, "device": { "backup_reminder_days": 30 } });
        assert_eq!(DeviceSettings::from_old_document(&old).unwrap().backup_reminder_days, 30);
        let current = serde_json::json!({ "schema_version": 3, "device": { "backup_reminder_days": 30 } });
        assert_eq!(DeviceSettings::from_old_document(&current), None);
    }
}
