//! Moving data in and out of the device: export files (plain or encrypted), the checks an
//! imported file passes, the merge of a file (or of another tab's edits) into the workspace,
//! and the backups that make every import undoable.

mod backups;
mod check;
mod concurrent;
mod file;
mod merge;

pub use backups::{Backups, ConflictCopy, Snapshot, MAX_CONFLICT_COPIES, MAX_SNAPSHOTS};
pub use crate::domain::schema::ItemKind;
pub use check::{open_file, CheckStep, FileCheck, LockedFile, OpenedFile};
pub use file::{
    content_checksum, file_checksum, prepare_export, EncryptedContent, ExportKind,
    ExportSelection, FileNaming, ImportError, ImportedFile, PreparedExport, CONTENT_CHECKSUM_PREFIX,
    EXPORT_FORMAT, FILE_CHECKSUM_PREFIX, MAX_IMPORT_BYTES,
};
pub use concurrent::{merge_concurrent, with_value_at, ConcurrentMerge, FieldConflict, Step};
pub use merge::{
    merge, plan_import, Choices, Difference, ImportPlan, ItemKey, Keep,
    PlannedItem,
};
