//! One module per page; each maps to a feature in the navigation.

mod about;
mod data;
mod decision_tree;
mod not_found;
mod pupils;
mod self_scan;
mod start;

pub use about::AboutPage;
pub use data::DataPage;
pub use decision_tree::{ConsultationPage, DecisionTreePage};
pub use not_found::NotFoundPage;
pub use pupils::{ChecklistPage, DossierPage, PupilsPage};
pub use self_scan::print::PrintPart;
pub use self_scan::{ComparePage, ObjectivePage, OverviewPage, PrintPage, ScanHomePage, SelfScanListPage};
pub use start::StartPage;
