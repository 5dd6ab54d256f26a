//! "You're liking from madrid-01": under the like button during a store visit.

use leptos::prelude::*;

use crate::i18n::{around, msg};
use crate::store_visit::current_store;

/// Tells a shopper who scanned a hanger tag's QR code that their likes count for that
/// store (for two hours after the scan, see `crate::store_visit`); nothing otherwise.
#[component]
pub fn StoreVisitNote() -> impl IntoView {
    current_store().map(|store| {
        let (before, after) = around(msg::DESIGN_LIKING_FROM_STORE, "store");
        let code = store.clone();
        view! {
            <p class="store-visit-note" data-store=code>
                {before}
                <strong class="store-visit-name">{store}</strong>
                {after}
            </p>
        }
    })
}
