//! What the brand's review means for one of my designs, under its card on `/me`.

use cocrea_api::DesignStatus;
use leptos::prelude::*;

use crate::i18n::{msg, t};

/// A few words under a design on "My designs" when it is not (or no longer) in the
/// gallery: waiting for review, not accepted (the reason and what to do next), or
/// archived. Public designs need no note: their card says it all.
#[component]
pub fn ReviewNote(
    /// The design's status.
    status: DesignStatus,
    /// Why the brand did not accept it, when it did not.
    #[prop(optional_no_strip)]
    rejection_reason: Option<String>,
) -> impl IntoView {
    match status {
        DesignStatus::Pending => Some(
            view! {
                <div class="review-note review-pending">
                    <p>{t(msg::ME_REVIEW_PENDING)}</p>
                </div>
            }
            .into_any(),
        ),
        DesignStatus::Rejected => {
            let reason = rejection_reason.filter(|reason| !reason.trim().is_empty());
            let why = match reason {
                Some(reason) => view! {
                    <p class="rejection-reason">
                        <strong>{t(msg::ME_NOT_ACCEPTED_LABEL)}</strong>
                        " "
                        {reason}
                    </p>
                }
                .into_any(),
                None => view! {
                    <p class="rejection-reason">
                        <strong>{t(msg::ME_NOT_ACCEPTED)}</strong>
                    </p>
                }
                .into_any(),
            };
            Some(
                view! {
                    <div class="review-note review-rejected">
                        {why}
                        <p>{t(msg::ME_REJECTED_NEXT)}</p>
                        <a class="review-next" href="/submit">
                            {t(msg::ME_SUBMIT_NEW)}
                        </a>
                    </div>
                }
                .into_any(),
            )
        }
        DesignStatus::Archived => Some(
            view! {
                <div class="review-note">
                    <p>{t(msg::ME_ARCHIVED)}</p>
                </div>
            }
            .into_any(),
        ),
        _ => None,
    }
}
