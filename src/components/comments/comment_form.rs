//! Where a signed-in person adds a comment to a design.

use cocrea_api::admin::{Comment, NewComment, COMMENT_MAX};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::shared::field_error::focus;
use crate::i18n::{live_text, msg, t, text, text_with};

/// A text box with a live character count against [`COMMENT_MAX`] and a Post button;
/// checks the length before sending, says "Posting..." while it sends, and says in
/// words what went wrong when the server refuses. With `reply_to`, it is the
/// designer's reply to that comment.
#[component]
pub fn CommentForm(
    /// The design the comment is about.
    design_id: i64,
    /// Runs with the stored comment once the server has it.
    on_posted: Callback<Comment>,
    /// The comment this one answers (the designer's reply form under it).
    #[prop(optional)]
    reply_to: Option<i64>,
) -> impl IntoView {
    // Ids unique on the page: the main form and one reply form per comment.
    let prefix = match reply_to {
        Some(id) => format!("reply-{id}"),
        None => "comment".to_owned(),
    };
    let body_id = format!("{prefix}-body");
    let count_id = format!("{prefix}-count");
    let problem_id = format!("{prefix}-problem");
    let focus_id = body_id.clone();
    let body = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let posting = RwSignal::new(false);
    let posted = RwSignal::new(false);
    let length = Memo::new(move |_| body.with(|text| text.trim().chars().count()));
    let too_long = move || length.get() > COMMENT_MAX;
    let refuse = move |message: String| {
        problem.set(Some(message));
        focus(&focus_id);
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
        let refuse = refuse.clone();
        spawn_local(async move {
            let comment = NewComment {
                body: typed,
                reply_to,
            };
            let result = api::post_comment(design_id, &comment).await;
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
        <form class="comment-form" class:reply-form=reply_to.is_some() novalidate=true on:submit=on_submit>
            <label for=body_id.clone()>
                {t(if reply_to.is_some() { msg::COMMENT_REPLY_LABEL } else { msg::COMMENT_LABEL })}
            </label>
            <textarea
                id=body_id
                name="body"
                rows="3"
                placeholder=t(if reply_to.is_some() { msg::COMMENT_REPLY_PLACEHOLDER } else { msg::COMMENT_PLACEHOLDER })
                aria-describedby=format!("{count_id} {problem_id}")
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
            <p id=count_id class="char-count comment-count" class:over=too_long>
                {live_text(move || {
                    text_with(
                        msg::DESCRIPTION_COUNT,
                        &[("count", length.get().into()), ("max", COMMENT_MAX.into())],
                    )
                })}
            </p>
            <p class="field-error" id=problem_id role="alert" hidden=move || problem.with(Option::is_none)>
                {move || problem.get()}
            </p>
            <div class="comment-form-actions">
                <button type="submit" class="button button-primary" disabled=move || posting.get()>
                    {live_text(move || {
                        text(match (posting.get(), reply_to.is_some()) {
                            (true, _) => msg::COMMENT_POSTING,
                            (false, true) => msg::COMMENT_REPLY_POST,
                            (false, false) => msg::COMMENT_POST,
                        })
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
