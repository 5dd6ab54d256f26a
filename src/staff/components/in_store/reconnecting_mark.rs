//! The discreet sign that a live view lost the server and is getting it back.

use leptos::prelude::*;

use crate::i18n::{msg, t};
use crate::staff::live::ConnectionState;

/// "Reconnecting…" in a corner while the live stream is down; nothing otherwise.
///
/// The wrapper is a polite live region that is always there, so screen readers hear
/// the mark come and go without being interrupted.
#[component]
pub fn ReconnectingMark(
    /// How the live stream is doing.
    #[prop(into)]
    state: Signal<ConnectionState>,
) -> impl IntoView {
    view! {
        <div class="live-status" role="status" aria-live="polite">
            {move || {
                (state.get() == ConnectionState::Reconnecting)
                    .then(|| {
                        view! {
                            <span class="reconnecting-mark" title=t(msg::RECONNECTING_TITLE)>
                                <span class="reconnecting-dot" aria-hidden="true"></span>
                                {t(msg::RECONNECTING)}
                            </span>
                        }
                    })
            }}
        </div>
    }
}
