//! One page per route, each named after what it shows and ending in `Page`.

#[cfg(feature = "staff")]
pub mod admin_insights_page;
#[cfg(feature = "staff")]
pub mod admin_page;
pub mod design_detail_page;
pub mod designer_page;
pub mod gallery_page;
pub mod login_page;
pub mod my_page;
pub mod not_found_page;
#[cfg(feature = "staff")]
pub mod screen_page;
pub mod signup_page;
#[cfg(not(feature = "staff"))]
pub mod staff_bundle_page;
pub mod submit_page;
#[cfg(feature = "staff")]
pub mod tag_page;
#[cfg(feature = "staff")]
pub mod tags_page;

#[cfg(feature = "staff")]
pub use admin_insights_page::AdminInsightsPage;
#[cfg(feature = "staff")]
pub use admin_page::AdminPage;
pub use design_detail_page::DesignDetailPage;
pub use designer_page::DesignerPage;
pub use gallery_page::GalleryPage;
pub use login_page::LoginPage;
pub use my_page::MyPage;
pub use not_found_page::NotFoundPage;
#[cfg(feature = "staff")]
pub use screen_page::ScreenPage;
pub use signup_page::SignupPage;
#[cfg(not(feature = "staff"))]
pub use staff_bundle_page::StaffBundlePage;
pub use submit_page::SubmitPage;
#[cfg(feature = "staff")]
pub use tag_page::TagPage;
#[cfg(feature = "staff")]
pub use tags_page::TagsPage;

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
