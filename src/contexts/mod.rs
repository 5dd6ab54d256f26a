//! State shared across the app through Leptos context, one provider function each.

pub mod auth;

pub use auth::{provide_auth, use_auth, Auth, AuthStatus};
