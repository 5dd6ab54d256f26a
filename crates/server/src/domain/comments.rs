//! Who may answer and who may take down a comment: the design's designer replies to
//! comments on their design (one level deep); an author deletes their own comment,
//! and the brand's staff any comment.

use crate::storage::{CommentRow, DesignRow, UserRow};

/// Why a reply is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyRefusal {
    /// The comment to answer is not on this design (or does not exist).
    NoSuchComment,
    /// Only the design's designer replies to its comments.
    NotTheDesigner,
    /// The comment to answer is itself a reply: replies go one level deep.
    ReplyToReply,
}

/// Whether `user` may answer `parent` (a comment looked up by the id they sent, if
/// there is one) on `design`.
pub fn may_reply(
    user: &UserRow,
    design: &DesignRow,
    parent: Option<&CommentRow>,
) -> Result<(), ReplyRefusal> {
    let parent = parent
        .filter(|parent| parent.design_id == design.id)
        .ok_or(ReplyRefusal::NoSuchComment)?;
    if user.id != design.designer_id {
        return Err(ReplyRefusal::NotTheDesigner);
    }
    if parent.reply_to.is_some() {
        return Err(ReplyRefusal::ReplyToReply);
    }
    Ok(())
}

/// Whether `user` may delete `comment`: it is theirs, or they are the brand's staff.
pub fn may_delete(user: &UserRow, comment: &CommentRow) -> bool {
    user.id == comment.user_id || user.is_admin()
}

#[cfg(test)]
mod tests {
    use cocrea_api::admin::Role;
    use cocrea_api::{Category, DesignStatus};

    use super::*;

    fn design() -> DesignRow {
        DesignRow {
            id: 1,
            title: "T".into(),
            description: String::new(),
            category: Category::Tops,
            designer_id: 7,
            designer_name: "D".into(),
            image_hash: String::new(),
            image_width: 1,
            image_height: 1,
            likes: 0,
            goal: 100,
            status: DesignStatus::Voting,
            created_at: 0,
            rejection_reason: None,
            hidden: false,
        }
    }

    fn comment(id: i64, design_id: i64, user_id: i64, reply_to: Option<i64>) -> CommentRow {
        CommentRow {
            id,
            design_id,
            body: "Nice".into(),
            user_id,
            user_name: "U".into(),
            created_at: 0,
            reply_to,
        }
    }

    fn user(id: i64, role: Role) -> UserRow {
        UserRow {
            id,
            name: "U".into(),
            email: None,
            role,
        }
    }

    #[test]
    fn the_designer_replies_once_deep_to_comments_on_their_own_design() {
        let designer = user(7, Role::User);
        let shopper = user(2, Role::User);
        let top = comment(10, 1, 2, None);
        assert_eq!(may_reply(&designer, &design(), Some(&top)), Ok(()));
        assert_eq!(
            may_reply(&shopper, &design(), Some(&top)),
            Err(ReplyRefusal::NotTheDesigner)
        );
        assert_eq!(
            may_reply(&designer, &design(), Some(&comment(11, 1, 7, Some(10)))),
            Err(ReplyRefusal::ReplyToReply)
        );
        assert_eq!(
            may_reply(&designer, &design(), Some(&comment(12, 2, 2, None))),
            Err(ReplyRefusal::NoSuchComment)
        );
        assert_eq!(
            may_reply(&designer, &design(), None),
            Err(ReplyRefusal::NoSuchComment)
        );
    }

    #[test]
    fn authors_and_staff_delete_comments_and_nobody_else() {
        let mine = comment(10, 1, 2, None);
        assert!(may_delete(&user(2, Role::User), &mine));
        assert!(may_delete(&user(3, Role::Admin), &mine));
        assert!(!may_delete(&user(7, Role::User), &mine));
    }
}
