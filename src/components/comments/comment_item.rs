//! One comment under a design.

use cocrea_api::admin::Comment;
use leptos::prelude::*;

use crate::components::DateText;
use crate::i18n::{msg, t};

/// A comment: author (a link to their designer page), date and the text exactly as
/// typed (markup shows as the characters it is made of). The designer's own replies
/// carry a "Designer" mark; a Reply button for the designer, a Delete button for the
/// author and the brand's staff; the replies under it come as children.
#[component]
pub fn CommentItem(
    /// The comment to show.
    comment: Comment,
    /// Given to whoever may delete it: runs with the comment's id when they press Delete.
    #[prop(optional_no_strip)]
    on_delete: Option<Callback<i64>>,
    /// Given to the design's designer: runs with the comment's id when they press Reply.
    #[prop(optional_no_strip)]
    on_reply: Option<Callback<i64>>,
    /// What goes under the comment: its replies and the reply form.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let id = comment.id;
    let designer_mark = comment.by_designer.then(|| {
        view! {
            <span class="designer-mark" title=t(msg::COMMENT_DESIGNER_TITLE)>
                {t(msg::COMMENT_DESIGNER)}
            </span>
        }
    });
    let reply = on_reply.map(|on_reply| {
        view! {
            <button
                type="button"
                class="link-button comment-reply"
                on:click=move |_| on_reply.run(id)
            >
                {t(msg::COMMENT_REPLY)}
            </button>
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
                <a class="comment-author" href=format!("/designers/{}", comment.author.id)>
                    {comment.author.name}
                </a>
                {designer_mark}
                <span class="comment-date">
                    <DateText at=comment.created_at />
                </span>
            </p>
            <p class="comment-body">{comment.body}</p>
            {(reply.is_some() || delete.is_some())
                .then(|| view! { <div class="comment-actions">{reply} {delete}</div> })}
            {children.map(|children| children())}
        </li>
    }
}
