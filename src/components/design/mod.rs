//! A design's own page: its timeline, sharing, the store visit, what comes after the goal.

pub mod after_goal_panel;
pub mod design_timeline;
pub mod share_button;
pub mod store_visit_note;
pub mod submitted_notice;

pub use after_goal_panel::AfterGoalPanel;
pub use design_timeline::DesignTimeline;
pub use share_button::ShareButton;
pub use store_visit_note::StoreVisitNote;
pub use submitted_notice::SubmittedNotice;
