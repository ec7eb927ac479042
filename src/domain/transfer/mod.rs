//! Moving data in and out of the device: export files (plain or encrypted), the checks an
//! imported file passes, the merge of a file (or of another tab's edits) into the workspace,
//! and the backups that make every import undoable.

mod backups;
mod check;
mod concurrent;
mod file;
mod merge;

pub use crate::domain::schema::ItemKind;
pub use backups::{Backups, ConflictCopy, MAX_CONFLICT_COPIES, MAX_SNAPSHOTS, Snapshot};
pub use check::{CheckStep, FileCheck, LockedFile, OpenedFile, open_file};
pub use concurrent::{ConcurrentMerge, FieldConflict, Step, merge_concurrent, value_at, with_value_at};
pub use file::{
    CONTENT_CHECKSUM_PREFIX, EXPORT_FORMAT, EncryptedContent, ExportKind, ExportSelection, FILE_CHECKSUM_PREFIX,
    FileNaming, ImportError, ImportedFile, MAX_IMPORT_BYTES, PreparedExport, content_checksum, file_checksum,
    prepare_export,
};
pub use merge::{Choices, Difference, ImportPlan, ItemKey, Keep, PlannedItem, merge, plan_import};
