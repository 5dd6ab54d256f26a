//! Who is asking: passwords, sign-in sessions, and the guards around
//! state-changing requests (cross-site refusal, rate limits).

pub mod csrf;
pub mod limits;
pub mod password;
pub mod rate_limit;
pub mod session;
pub mod session_cache;

pub use session::{AdminUser, CurrentUser, LikingUser, MaybeUser};
