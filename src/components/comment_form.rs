//! Where a signed-in person adds a comment to a design.

use cocrea_api::admin::{Comment, NewComment, COMMENT_MAX};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::field_error::focus;
use crate::i18n::{live_text, msg, t, text, text_with};

/// A text box with a live character count against [`COMMENT_MAX`] and a Post button;
/// checks the length before sending, says "Posting..." while it sends, and says in
/// words what went wrong when the server refuses.
#[component]
pub fn CommentForm(
    /// The design the comment is about.
    design_id: i64,
    /// Runs with the stored comment once the server has it.
    on_posted: Callback<Comment>,
) -> impl IntoView {
    let body = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let posting = RwSignal::new(false);
    let posted = RwSignal::new(false);
    let length = Memo::new(move |_| body.with(|text| text.trim().chars().count()));
    let too_long = move || length.get() > COMMENT_MAX;
    let refuse = move |message: String| {
        problem.set(Some(message));
        focus("comment-body");
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if posting.get_untracked() {
            return;
        }
        posted.set(false);
        let typed = body.get_untracked().trim().to_owned();
        let length = typed.chars().count();
        if length == 0 {
            return refuse(text(msg::COMMENT_MISSING));
        }
        if length > COMMENT_MAX {
            return refuse(text_with(
                msg::COMMENT_TOO_LONG,
                &[
                    ("over", (length - COMMENT_MAX).into()),
                    ("max", COMMENT_MAX.into()),
                ],
            ));
        }
        problem.set(None);
        posting.set(true);
        spawn_local(async move {
            let result = api::post_comment(design_id, &NewComment { body: typed }).await;
            posting.try_set(false);
            match result {
                Ok(comment) => {
                    body.try_set(String::new());
                    posted.try_set(true);
                    on_posted.run(comment);
                }
                Err(error) => refuse(error.user_message()),
            }
        });
    };

    view! {
        <form class="comment-form" novalidate=true on:submit=on_submit>
            <label for="comment-body">{t(msg::COMMENT_LABEL)}</label>
            <textarea
                id="comment-body"
                name="body"
                rows="3"
                placeholder=t(msg::COMMENT_PLACEHOLDER)
                aria-describedby="comment-count comment-problem"
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                prop:value=move || body.get()
                on:input=move |ev| {
                    body.set(event_target_value(&ev));
                    posted.set(false);
                    if !too_long() {
                        problem.set(None);
                    }
                }
            ></textarea>
            <p id="comment-count" class="char-count comment-count" class:over=too_long>
                {live_text(move || {
                    text_with(
                        msg::DESCRIPTION_COUNT,
                        &[("count", length.get().into()), ("max", COMMENT_MAX.into())],
                    )
                })}
            </p>
            <p class="field-error" id="comment-problem" role="alert" hidden=move || problem.with(Option::is_none)>
                {move || problem.get()}
            </p>
            <div class="comment-form-actions">
                <button type="submit" class="button button-primary" disabled=move || posting.get()>
                    {live_text(move || {
                        text(if posting.get() { msg::COMMENT_POSTING } else { msg::COMMENT_POST })
                    })}
                </button>
                <p class="visually-hidden" role="status">
                    {live_text(move || {
                        if posted.get() { text(msg::COMMENT_POSTED) } else { String::new() }
                    })}
                </p>
            </div>
        </form>
    }
}
