//! The QR code on a hanger tag: a phone that scans it opens the design to like it.

use leptos::prelude::*;

use crate::i18n::{msg, t};
use crate::staff::api_live::qr_code_url;
use crate::staff::components::RetryImage;

/// The server-made QR code of a design's page, carrying the store's code when the tag
/// hangs in a store (likes made through it then count for that store too).
#[component]
pub fn QrCode(
    /// The design the code opens.
    design_id: i64,
    /// The store whose tag this is, if any (a valid store code).
    #[prop(optional_no_strip)]
    store: Option<String>,
) -> impl IntoView {
    let src = qr_code_url(design_id, store.as_deref());
    view! {
        <RetryImage
            class="qr-code"
            src=src
            alt=t(msg::QR_ALT)
            width=200
            height=200
        />
    }
}
