//! One page per route, each named after what it shows and ending in `Page`.

pub mod design_detail_page;
pub mod gallery_page;
pub mod not_found_page;
pub mod submit_page;

pub use design_detail_page::DesignDetailPage;
pub use gallery_page::GalleryPage;
pub use not_found_page::NotFoundPage;
pub use submit_page::SubmitPage;
