//! Helpers for the end-to-end tests: the real server on a free port with a fresh data
//! directory, the built app from dist/, and real Chromium driven through chromedriver.
//!
//! - [`server`]: the server under test ([`spawn_app`], [`RestartableApp`]);
//! - [`browser`]: Chromium and its chromedriver ([`start_browser`]);
//! - [`page`]: what a test does on a page ([`Browser::wait_for`], [`Browser::sign_up`], ...);
//! - [`eventually`]: waiting for something to become true, with a message that says what;
//! - [`png`]: images to upload.

use std::time::Duration;

pub mod browser;
pub mod eventually;
pub mod page;
pub mod png;
pub mod server;

pub use browser::{start_browser, Browser};
pub use eventually::{eventually, eventually_within};
pub use png::write_test_png;
pub use server::{dist_dir, spawn_app, spawn_app_with, RestartableApp, TestApp};

/// How long a test waits for the page to show something before it fails.
pub const WAIT: Duration = Duration::from_secs(20);

/// The password of every account [`Browser::sign_up`] creates.
pub const PASSWORD: &str = "linen summer wrap 42";

/// The email of the account [`Browser::sign_up`] creates for `name`: "Mara Lind" signs
/// in as `mara.lind@example.com`.
pub fn email_of(name: &str) -> String {
    format!("{}@example.com", name.to_lowercase().replace(' ', "."))
}
