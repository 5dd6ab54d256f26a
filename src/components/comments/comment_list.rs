//! What people say about a design: its comments and the way to add one.

use cocrea_api::admin::{Comment, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::shared::field_error::focus;
use crate::components::{CommentForm, CommentItem, ErrorNotice, Spinner};
use crate::contexts::{use_auth, AuthStatus};
use crate::i18n::{msg, t, text, text_with};
use crate::redirect::login_href;

/// What the comments section knows about its comments.
#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    /// `GET /api/designs/{id}/comments` has not answered yet.
    Waiting,
    /// It failed: the sentence to show.
    Failed(String),
    /// The comments as shown, oldest first (with what was posted or deleted since).
    Comments(Vec<Comment>),
}

/// The comments section of a design page: the comments, oldest first, each with the
/// designer's replies under it, then the form for signed-in people or a sign-in link
/// for others. A new comment or reply appears at once; the design's designer replies
/// to a comment; authors (and admins, any) delete one after confirming, and it
/// disappears with its replies.
#[component]
pub fn CommentList(
    /// The design whose comments to show.
    design_id: i64,
    /// Its designer, who may reply to comments.
    designer_id: i64,
) -> impl IntoView {
    let auth = use_auth();
    let loaded = RwSignal::new(Loaded::Waiting);
    // The comment the designer is answering, if any (its reply form is open).
    let replying = RwSignal::new(None::<i64>);
    // What happened to a deletion, in words (announced, and shown under the list).
    let notice = RwSignal::new(None::<String>);

    let load = move || {
        loaded.set(Loaded::Waiting);
        spawn_local(async move {
            loaded.try_set(match api::design_comments(design_id).await {
                Ok(comments) => Loaded::Comments(comments),
                Err(error) => Loaded::Failed(error.user_message()),
            });
        });
    };
    load();

    let on_posted = Callback::new(move |comment: Comment| {
        if comment.reply_to.is_some() {
            replying.set(None);
        }
        loaded.update(|loaded| match loaded {
            Loaded::Comments(comments) => comments.push(comment),
            other => *other = Loaded::Comments(vec![comment]),
        });
    });
    let on_delete = Callback::new(move |id: i64| {
        let sure = window()
            .confirm_with_message(&text(msg::COMMENT_CONFIRM_DELETE))
            .unwrap_or(false);
        if !sure {
            return;
        }
        notice.set(None);
        spawn_local(async move {
            match api::delete_comment(id).await {
                // Already gone is as good as deleted.
                Err(error) if !error.is_not_found() => {
                    let reason = error.user_message();
                    notice.try_set(Some(text_with(
                        msg::COMMENT_NOT_DELETED,
                        &[("reason", reason.as_str().into())],
                    )));
                }
                _ => {
                    loaded.try_update(|loaded| {
                        if let Loaded::Comments(comments) = loaded {
                            // Its replies go with it.
                            comments
                                .retain(|comment| comment.id != id && comment.reply_to != Some(id));
                        }
                    });
                    notice.try_set(Some(text(msg::COMMENT_DELETED)));
                    // Its Delete button is gone: keyboard focus goes back to the section.
                    focus("comments-heading");
                }
            }
        });
    });

    let may_delete = move |comment: &Comment| {
        auth.account()
            .is_some_and(|account| account.role == Role::Admin || account.id == comment.author.id)
    };
    let is_designer = move || {
        auth.account()
            .is_some_and(|account| account.id == designer_id)
    };
    let on_reply = Callback::new(move |id: i64| {
        replying.set(Some(id));
        // Once the form is on the page, the cursor goes into it.
        spawn_local(async move {
            leptos::task::tick().await;
            focus(&format!("reply-{id}-body"));
        });
    });
    let count = move || {
        loaded.with(|loaded| match loaded {
            Loaded::Comments(comments) => Some(comments.len()),
            _ => None,
        })
    };
    let list = move || {
        let on_reply = is_designer().then_some(on_reply);
        let open_reply = replying.get();
        loaded.with(|loaded| match loaded {
            Loaded::Waiting => view! { <Spinner label=t(msg::COMMENT_LOADING) /> }.into_any(),
            Loaded::Failed(message) => view! {
                <ErrorNotice message=message.clone() on_retry=Callback::new(move |_| load()) />
            }
            .into_any(),
            Loaded::Comments(comments) if comments.is_empty() => view! {
                <p class="comments-empty">{t(msg::COMMENT_EMPTY)}</p>
            }
            .into_any(),
            Loaded::Comments(comments) => view! {
                <ol class="comment-list">
                    {comments
                        .iter()
                        .filter(|comment| comment.reply_to.is_none())
                        .map(|comment| {
                            let id = comment.id;
                            let replies: Vec<Comment> = comments
                                .iter()
                                .filter(|reply| reply.reply_to == Some(id))
                                .cloned()
                                .collect();
                            let show_form = open_reply == Some(id);
                            view! {
                                <CommentItem
                                    comment=comment.clone()
                                    on_delete=may_delete(comment).then_some(on_delete)
                                    on_reply=on_reply
                                >
                                    {(!replies.is_empty())
                                        .then(|| {
                                            view! {
                                                <ol class="comment-replies">
                                                    {replies
                                                        .into_iter()
                                                        .map(|reply| {
                                                            let on_delete = may_delete(&reply).then_some(on_delete);
                                                            view! { <CommentItem comment=reply on_delete=on_delete /> }
                                                        })
                                                        .collect_view()}
                                                </ol>
                                            }
                                        })}
                                    {show_form
                                        .then(|| {
                                            view! {
                                                <CommentForm design_id=design_id on_posted=on_posted reply_to=id />
                                            }
                                        })}
                                </CommentItem>
                            }
                        })
                        .collect_view()}
                </ol>
            }
            .into_any(),
        })
    };
    let form = move || {
        match auth.status() {
        AuthStatus::SignedIn(_) => {
            view! { <CommentForm design_id=design_id on_posted=on_posted /> }.into_any()
        }
        AuthStatus::SignedOut => view! {
            <p class="comment-sign-in">
                <a class="button button-secondary" href=login_href(&format!("/designs/{design_id}"))>
                    {t(msg::COMMENT_SIGN_IN)}
                </a>
            </p>
        }
        .into_any(),
        AuthStatus::Loading => ().into_any(),
    }
    };

    view! {
        <section class="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading" tabindex="-1">
                {t(msg::COMMENT_HEADING)}
                {move || count().map(|n| view! { <span class="section-count">{n}</span> })}
            </h2>
            {list}
            <p class="comments-notice" role="status">
                {move || notice.get()}
            </p>
            {form}
        </section>
    }
}
