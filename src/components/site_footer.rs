//! The footer on every page.

use leptos::prelude::*;

/// A small line about what cocrea is.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "cocrea: designed by our community, liked by you, made by us. "
                <a href="/submit">"Share your design"</a>
            </p>
        </footer>
    }
}
