//! Where a signed-in person adds a comment to a design.

use cocrea_api::admin::{Comment, NewComment, COMMENT_MAX};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::field_error::focus;

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
        let text = body.get_untracked().trim().to_owned();
        let length = text.chars().count();
        if length == 0 {
            return refuse("Write your comment first, then post it.".to_owned());
        }
        if length > COMMENT_MAX {
            return refuse(format!(
                "Your comment is {} characters too long. Shorten it to {COMMENT_MAX} characters, then post it.",
                length - COMMENT_MAX
            ));
        }
        problem.set(None);
        posting.set(true);
        spawn_local(async move {
            let result = api::post_comment(design_id, &NewComment { body: text }).await;
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
            <label for="comment-body">"Add a comment"</label>
            <textarea
                id="comment-body"
                name="body"
                rows="3"
                placeholder="What do you like about it? What would you change?"
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
                {move || format!("{} / {COMMENT_MAX} characters", length.get())}
            </p>
            <p class="field-error" id="comment-problem" role="alert" hidden=move || problem.with(Option::is_none)>
                {move || problem.get()}
            </p>
            <div class="comment-form-actions">
                <button type="submit" class="button button-primary" disabled=move || posting.get()>
                    {move || if posting.get() { "Posting..." } else { "Post comment" }}
                </button>
                <p class="visually-hidden" role="status">
                    {move || posted.get().then_some("Your comment is posted.")}
                </p>
            </div>
        </form>
    }
}
