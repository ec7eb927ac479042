//! Widgets shared by several pages. Each lives here once.

mod data_gate;
mod feature_in_progress;
mod page_header;
mod save_indicator;

pub use data_gate::DataGate;
pub use feature_in_progress::FeatureInProgress;
pub use page_header::PageHeader;
pub use save_indicator::SaveIndicator;
