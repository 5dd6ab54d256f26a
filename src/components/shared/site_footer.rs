//! The footer on every page.

use leptos::prelude::*;

use crate::i18n::{msg, t};

/// A small line about what cocrea is.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                {t(msg::FOOTER_TAGLINE)} " " <a href="/submit">{t(msg::FOOTER_SHARE)}</a>
            </p>
        </footer>
    }
}
