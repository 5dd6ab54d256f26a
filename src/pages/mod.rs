//! One page per route, each named after what it shows and ending in `Page`. The
//! staff bundle's pages are in `crate::staff::pages`.

pub mod design_detail_page;
pub mod gallery_page;
pub mod login_page;
pub mod not_found_page;
pub mod signup_page;
pub mod staff_bundle_page;

pub use design_detail_page::DesignDetailPage;
pub use gallery_page::GalleryPage;
pub use login_page::LoginPage;
pub use not_found_page::NotFoundPage;
pub use signup_page::SignupPage;
pub use staff_bundle_page::{OtherPathPage, StaffBundlePage};

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::contexts::use_auth;
use crate::redirect::AfterSignIn;

/// Sign-in and sign-up pages: once someone is signed in (just now, or already when
/// the page opened), go on to `?next=`, carrying the pending like, in place of this page.
fn go_on_when_signed_in(after: Memo<AfterSignIn>) {
    let auth = use_auth();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if auth.account().is_some() {
            let options = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            navigate(&after.get_untracked().destination(), options);
        }
    });
}
