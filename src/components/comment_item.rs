//! One comment under a design.

use cocrea_api::admin::Comment;
use leptos::prelude::*;

use crate::components::DateText;
use crate::i18n::{msg, t};

/// A comment: author, date and the text exactly as typed (markup shows as the
/// characters it is made of). The designer's own replies carry a "Designer" mark;
/// for admins, a Delete button.
#[component]
pub fn CommentItem(
    /// The comment to show.
    comment: Comment,
    /// Given to admins: runs with the comment's id when they press Delete.
    #[prop(optional_no_strip)]
    on_delete: Option<Callback<i64>>,
) -> impl IntoView {
    let id = comment.id;
    let designer_mark = comment.by_designer.then(|| {
        view! {
            <span class="designer-mark" title=t(msg::COMMENT_DESIGNER_TITLE)>
                {t(msg::COMMENT_DESIGNER)}
            </span>
        }
    });
    let delete = on_delete.map(|on_delete| {
        view! {
            <button
                type="button"
                class="link-button comment-delete"
                on:click=move |_| on_delete.run(id)
            >
                {t(msg::COMMENT_DELETE)}
            </button>
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
            {delete}
        </li>
    }
}
