//! The pages only the staff bundle serves: the brand's administration, the in-store
//! hanger tags and screen, and the designers' pages (submit, my designs, a designer's page).

pub mod admin_insights_page;
pub mod admin_page;
pub mod designer_page;
pub mod my_page;
pub mod screen_page;
pub mod submit_page;
pub mod tag_page;
pub mod tags_page;

pub use admin_insights_page::AdminInsightsPage;
pub use admin_page::AdminPage;
pub use designer_page::DesignerPage;
pub use my_page::MyPage;
pub use screen_page::ScreenPage;
pub use submit_page::SubmitPage;
pub use tag_page::TagPage;
pub use tags_page::TagsPage;
