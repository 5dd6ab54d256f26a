//! What the brand's review means for one of my designs, under its card on `/me`.

use cocrea_api::DesignStatus;
use leptos::prelude::*;

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
                    <p>
                        "Waiting for the brand's review. Once it's approved, it appears in the gallery for everyone to like."
                    </p>
                </div>
            }
            .into_any(),
        ),
        DesignStatus::Rejected => {
            let reason = rejection_reason.filter(|reason| !reason.trim().is_empty());
            let why = match reason {
                Some(reason) => {
                    view! { <p class="rejection-reason"><strong>"Not accepted:"</strong> " " {reason}</p> }
                        .into_any()
                }
                None => view! { <p class="rejection-reason"><strong>"Not accepted."</strong></p> }
                    .into_any(),
            };
            Some(
                view! {
                    <div class="review-note review-rejected">
                        {why}
                        <p>
                            "You're welcome to submit a new version that takes this into account."
                        </p>
                        <a class="review-next" href="/submit">
                            "Submit a new design"
                        </a>
                    </div>
                }
                .into_any(),
            )
        }
        DesignStatus::Archived => Some(
            view! {
                <div class="review-note">
                    <p>"No longer in the gallery. Its likes stay with it."</p>
                </div>
            }
            .into_any(),
        ),
        _ => None,
    }
}
