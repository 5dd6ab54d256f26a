//! One comment under a design.

use cocrea_api::admin::{Comment, Role};
use leptos::html::Button;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::DateText;
use crate::contexts::use_auth;

/// A comment: author, date and the text exactly as typed (markup shows as the
/// characters it is made of). The designer's own replies carry a "Designer" mark;
/// admins get a Delete button that asks before it deletes.
#[component]
pub fn CommentItem(
    /// The comment to show.
    comment: Comment,
    /// Runs with the comment's id once the server has deleted it.
    on_deleted: Callback<i64>,
) -> impl IntoView {
    let auth = use_auth();
    let id = comment.id;
    let is_admin = move || {
        auth.account()
            .is_some_and(|account| account.role == Role::Admin)
    };
    let designer_mark = comment.by_designer.then(|| {
        view! {
            <span class="designer-mark" title="The designer of this design">
                "Designer"
            </span>
        }
    });
    view! {
        <li class="comment" class:comment-by-designer=comment.by_designer data-comment-id=id>
            <p class="comment-meta">
                <strong class="comment-author">{comment.author.name}</strong>
                {designer_mark}
                <span class="comment-date">
                    <DateText at=comment.created_at />
                </span>
            </p>
            <p class="comment-body">{comment.body}</p>
            {move || is_admin().then(|| view! { <DeleteComment id=id on_deleted=on_deleted /> })}
        </li>
    }
}

/// An admin's Delete button; a first press asks "Delete this comment for everyone?".
#[component]
fn DeleteComment(
    /// The comment's id.
    id: i64,
    /// Runs with the id once the server has deleted it.
    on_deleted: Callback<i64>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let deleting = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let ask_ref = NodeRef::<Button>::new();
    let confirm_ref = NodeRef::<Button>::new();
    // Keyboard focus follows the question, and comes back to Delete when it is dismissed.
    let refocus_ask = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(button) = confirm_ref.get() {
            let _ = button.focus();
        }
    });
    Effect::new(move |_| {
        if let Some(button) = ask_ref.get() {
            if refocus_ask.get_value() {
                refocus_ask.set_value(false);
                let _ = button.focus();
            }
        }
    });

    let delete = move |_| {
        if deleting.get_untracked() {
            return;
        }
        deleting.set(true);
        problem.set(None);
        spawn_local(async move {
            match api::delete_comment(id).await {
                // Already gone is as good as deleted.
                Ok(()) => on_deleted.run(id),
                Err(error) if error.is_not_found() => on_deleted.run(id),
                Err(error) => {
                    deleting.try_set(false);
                    problem.try_set(Some(error.user_message()));
                }
            }
        });
    };
    let cancel = move |_| {
        refocus_ask.set_value(true);
        confirming.set(false);
        problem.set(None);
    };

    view! {
        <div class="comment-admin">
            {move || {
                if confirming.get() {
                    view! {
                        <div class="comment-confirm" role="group" aria-label="Confirm deleting">
                            <span>"Delete this comment for everyone?"</span>
                            <button
                                type="button"
                                class="button button-secondary button-danger comment-delete-confirm"
                                node_ref=confirm_ref
                                disabled=move || deleting.get()
                                on:click=delete
                            >
                                {move || if deleting.get() { "Deleting..." } else { "Yes, delete" }}
                            </button>
                            <button type="button" class="button button-secondary" on:click=cancel>
                                "Keep it"
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="link-button comment-delete"
                            node_ref=ask_ref
                            on:click=move |_| confirming.set(true)
                        >
                            "Delete"
                        </button>
                    }
                        .into_any()
                }
            }}
            {move || {
                problem
                    .get()
                    .map(|message| {
                        view! {
                            <p class="comment-problem" role="alert">
                                "The comment wasn't deleted. " {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
