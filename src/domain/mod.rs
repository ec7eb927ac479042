//! The domain core: pure Rust, no web APIs, no UI framework.

pub mod content;
pub mod dates;
pub mod decision_tree;
pub mod device;
pub mod dossier;
pub mod limits;
pub mod paging;
pub mod reading;
pub mod register;
pub mod schema;
pub mod self_scan;
pub mod transfer;
pub mod workspace;

pub use schema::SCHEMA_VERSION;
pub use workspace::Workspace;
