//! The header on every page.

use leptos::prelude::*;
use leptos_router::components::A;

/// The "cocrea" wordmark linking home, and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="wordmark" href="/" aria-label="cocrea home">
                    "cocrea"
                </a>
                <nav class="site-nav" aria-label="Main">
                    <A href="/" exact=true>
                        "Gallery"
                    </A>
                    <A href="/submit" attr:class="nav-cta">
                        "Submit a design"
                    </A>
                </nav>
            </div>
        </header>
    }
}
