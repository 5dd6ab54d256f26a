//! Pieces every page uses: the site's header and footer, notices, dates, form errors.

pub mod date_text;
pub mod error_notice;
pub mod field_error;
pub mod form_banner;
pub mod form_checks;
pub mod heart_icon;
pub mod later;
pub mod not_found;
pub mod site_footer;
pub mod site_header;
pub mod spinner;

pub use date_text::DateText;
pub use error_notice::ErrorNotice;
pub use field_error::FieldError;
pub use form_banner::FormBanner;
pub use heart_icon::HeartIcon;
pub use later::Later;
pub use not_found::NotFound;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use spinner::Spinner;
