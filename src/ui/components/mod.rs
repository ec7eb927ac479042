//! Widgets shared by several pages. Each lives here once.

mod beslisboom_content;
mod conflicts;
mod data_gate;
mod delete_button;
mod link;
mod page_header;
mod print_frame;
mod reading_text;
mod result_notice;
mod save_indicator;
mod score_picker;
mod text_field;
mod update_prompt;

pub use beslisboom_content::BeslisboomContent;
pub use conflicts::ConflictList;
pub use data_gate::DataGate;
pub use delete_button::DeleteButton;
pub use link::Link;
pub use page_header::PageHeader;
pub use print_frame::PrintFrame;
pub use reading_text::ReadingText;
pub use result_notice::ResultNotice;
pub use save_indicator::SaveIndicator;
pub use score_picker::ScorePicker;
pub use text_field::{NumberField, TextField};
pub use update_prompt::UpdatePrompt;
