//! Moving data in and out of the device: export files (plain or encrypted), the checks an
//! imported file passes, the merge of a file (or of another tab's edits) into the workspace,
//! and the backups that make every import undoable.

mod backups;
mod check;
mod file;
mod merge;

pub use backups::{backup_reminder_due, Backups, Snapshot, MAX_SNAPSHOTS};
pub use check::{open_file, CheckStep, FileCheck, LockedFile, OpenedFile};
pub use file::{
    content_checksum, file_checksum, prepare_export, EncryptedContent, ExportKind,
    ExportSelection, ImportError, ImportedFile, PreparedExport, CONTENT_CHECKSUM_PREFIX,
    EXPORT_FORMAT, FILE_CHECKSUM_PREFIX, MAX_IMPORT_BYTES,
};
pub use merge::{
    merge, merge_concurrent, plan_import, replace, Choices, ConcurrentMerge, Difference,
    ImportPlan, ItemKey, ItemKind, Keep, PlannedItem,
};
