//! The bell in the header and the panel of notifications it opens.

pub mod notification_bell;
pub mod notification_panel;

pub use notification_bell::NotificationBell;
pub use notification_panel::NotificationPanel;
