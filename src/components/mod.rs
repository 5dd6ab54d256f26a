//! Reusable pieces of the pages, one component per file.

pub mod design_card;
pub mod error_notice;
pub mod field_error;
pub mod gallery_controls;
pub mod goal_progress;
pub mod image_picker;
pub mod like_count;
pub mod not_found;
pub mod site_footer;
pub mod site_header;
pub mod spinner;
pub mod status_badge;
pub mod submit_form;

pub use design_card::DesignCard;
pub use error_notice::ErrorNotice;
pub use field_error::FieldError;
pub use gallery_controls::GalleryControls;
pub use goal_progress::GoalProgress;
pub use image_picker::ImagePicker;
pub use like_count::LikeCount;
pub use not_found::NotFound;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use spinner::Spinner;
pub use status_badge::StatusBadge;
pub use submit_form::SubmitForm;
