//! What a designer reads on their new design's page right after submitting it.

use cocrea_api::DesignStatus;
use leptos::prelude::*;

use crate::components::ShareButton;
use crate::i18n::{msg, t};

/// "Your design is submitted", what happens next (the brand's review, or the gallery
/// at once), and a [`ShareButton`] to bring friends to like it.
#[component]
pub fn SubmittedNotice(
    /// The new design.
    design_id: i64,
    /// Its title, for the share sheet.
    title: String,
    /// Its status: `pending` while the brand reviews it.
    status: DesignStatus,
) -> impl IntoView {
    let next = if status == DesignStatus::Pending {
        msg::SUBMITTED_PENDING
    } else {
        msg::SUBMITTED_LIVE
    };
    view! {
        <section class="submitted-notice" role="status" aria-labelledby="submitted-heading">
            <h2 id="submitted-heading">{t(msg::SUBMITTED_HEADING)}</h2>
            <p>{t(next)}</p>
            <p>{t(msg::SUBMITTED_SHARE)}</p>
            <ShareButton design_id=design_id title=title />
        </section>
    }
}
