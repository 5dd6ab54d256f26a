//! Reusable pieces of the shoppers' pages, one component per file, grouped by area
//! (the staff bundle's own pieces are in `crate::staff::components`). Every
//! component is also named here, so a page imports `crate::components::DesignCard`.

pub mod account;
pub mod comments;
pub mod design;
pub mod gallery;
pub mod notifications;
pub mod shared;

pub use account::{LoginForm, PasswordField, RequireSignIn, SignupForm};
pub use comments::{CommentForm, CommentItem, CommentList, ReportForm};
pub use design::{AfterGoalPanel, DesignTimeline, ShareButton, StoreVisitNote, SubmittedNotice};
pub use gallery::{DesignCard, GalleryControls, GoalProgress, LikeButton, LikeCount, StatusBadge};
pub use notifications::{NotificationBell, NotificationPanel};
pub use shared::{
    DateText, ErrorNotice, FieldError, FormBanner, HeartIcon, Later, NotFound, SiteFooter,
    SiteHeader, Spinner,
};
