//! What people say about a design: its comments and the way to add one.

use cocrea_api::admin::Comment;
use leptos::html::H2;
use leptos::prelude::*;

use crate::api;
use crate::components::{CommentForm, CommentItem, ErrorNotice, Spinner};
use crate::contexts::{use_auth, AuthStatus};
use crate::redirect::login_href;

/// The comments section of a design page: the comments, oldest first, then the form
/// for signed-in people or a sign-in link for others. A new comment appears at once;
/// a deleted one disappears.
#[component]
pub fn CommentList(
    /// The design whose comments to show.
    design_id: i64,
) -> impl IntoView {
    let auth = use_auth();
    let loaded = LocalResource::new(move || api::design_comments(design_id));
    // The list as shown: what the server sent, plus what was posted or deleted since.
    let comments = RwSignal::new(None::<Vec<Comment>>);
    let announcement = RwSignal::new(None::<&'static str>);
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        if let Some(Ok(list)) = loaded.get() {
            comments.set(Some(list));
        }
    });

    let on_posted = Callback::new(move |comment: Comment| {
        comments.update(|list| list.get_or_insert_with(Vec::new).push(comment));
    });
    let on_deleted = Callback::new(move |id: i64| {
        comments.update(|list| {
            if let Some(list) = list {
                list.retain(|comment| comment.id != id);
            }
        });
        announcement.set(Some("The comment is deleted."));
        // Its Delete button is gone: keyboard focus goes back to the section.
        if let Some(heading) = heading.get_untracked() {
            let _ = heading.focus();
        }
    });

    let count = move || comments.with(|list| list.as_ref().map(Vec::len));
    let has_comments = move || count().is_some_and(|n| n > 0);
    let list = move || {
        if comments.with(Option::is_some) {
            return view! {
                <Show
                    when=has_comments
                    fallback=|| {
                        view! {
                            <p class="comments-empty">
                                "No comments yet. Be the first to say what you think."
                            </p>
                        }
                    }
                >
                    <ol class="comment-list">
                        <For
                            each=move || comments.get().unwrap_or_default()
                            key=|comment| comment.id
                            children=move |comment| {
                                view! { <CommentItem comment=comment on_deleted=on_deleted /> }
                            }
                        />
                    </ol>
                </Show>
            }
            .into_any();
        }
        match loaded.get() {
            Some(Err(error)) => view! {
                <ErrorNotice
                    message=error.user_message()
                    on_retry=Callback::new(move |_| loaded.refetch())
                />
            }
            .into_any(),
            _ => view! { <Spinner label="Loading the comments" /> }.into_any(),
        }
    };
    let form = move || {
        match auth.status() {
        AuthStatus::SignedIn(_) => {
            view! { <CommentForm design_id=design_id on_posted=on_posted /> }.into_any()
        }
        AuthStatus::SignedOut => view! {
            <p class="comment-sign-in">
                <a class="button button-secondary" href=login_href(&format!("/designs/{design_id}"))>
                    "Sign in to comment"
                </a>
            </p>
        }
        .into_any(),
        AuthStatus::Loading => ().into_any(),
    }
    };

    view! {
        <section class="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading" tabindex="-1" node_ref=heading>
                "Comments"
                {move || count().map(|n| view! { <span class="section-count">{n}</span> })}
            </h2>
            {list}
            {form}
            <p class="visually-hidden" role="status">
                {move || announcement.get()}
            </p>
        </section>
    }
}
