//! The gallery's pieces: a design's card, its likes and goal, the sorting and filters.

pub mod design_card;
pub mod gallery_controls;
pub mod goal_progress;
pub mod like_button;
pub mod like_count;
pub mod status_badge;

pub use design_card::DesignCard;
pub use gallery_controls::GalleryControls;
pub use goal_progress::GoalProgress;
pub use like_button::LikeButton;
pub use like_count::LikeCount;
pub use status_badge::StatusBadge;
