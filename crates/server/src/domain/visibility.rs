//! Who sees what of a design: the public sees public designs without their review
//! notes; a designer also sees their own in any state and why one was rejected; admins
//! see everything, hidden designs included.

use cocrea_api::DesignStatus;

use crate::storage::{DesignRow, UserRow};

/// The statuses in which a design is public (and can be liked), unless hidden.
pub static PUBLIC_STATUSES: std::sync::LazyLock<Vec<DesignStatus>> =
    std::sync::LazyLock::new(|| {
        DesignStatus::ALL
            .into_iter()
            .filter(|status| status.is_public())
            .collect()
    });

/// Whether anyone may see the design: a public status, not hidden.
pub fn is_public(design: &DesignRow) -> bool {
    !design.hidden && design.status.is_public()
}

/// Whether this user may see what the public may not: their own design, or any as an admin.
pub fn is_privileged(viewer: Option<&UserRow>, design: &DesignRow) -> bool {
    viewer.is_some_and(|user| user.is_admin() || user.id == design.designer_id)
}

/// Whether `viewer` (signed in or not) may see the design at all.
pub fn may_see(viewer: Option<&UserRow>, design: &DesignRow) -> bool {
    is_public(design) || is_privileged(viewer, design)
}

/// The design as `viewer` may see it: the rejection reason only for its designer and
/// admins, the hidden flag only for admins.
pub fn as_seen_by(viewer: Option<&UserRow>, mut design: DesignRow) -> DesignRow {
    if !is_privileged(viewer, &design) {
        design.rejection_reason = None;
    }
    design.hidden &= viewer.is_some_and(UserRow::is_admin);
    design
}

#[cfg(test)]
mod tests {
    use cocrea_api::admin::Role;
    use cocrea_api::Category;

    use super::*;

    fn design(status: DesignStatus, hidden: bool) -> DesignRow {
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
            status,
            created_at: 0,
            rejection_reason: Some("too blurry".into()),
            hidden,
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
    fn strangers_see_public_designs_without_review_notes() {
        let stranger = user(2, Role::User);
        assert!(may_see(
            Some(&stranger),
            &design(DesignStatus::Voting, false)
        ));
        assert!(!may_see(None, &design(DesignStatus::Pending, false)));
        assert!(!may_see(None, &design(DesignStatus::Voting, true)));
        let seen = as_seen_by(Some(&stranger), design(DesignStatus::Rejected, true));
        assert_eq!((seen.rejection_reason, seen.hidden), (None, false));
    }

    #[test]
    fn designers_see_their_own_rejections_and_admins_see_hidden_designs() {
        let designer = user(7, Role::User);
        let rejected = design(DesignStatus::Rejected, false);
        assert!(may_see(Some(&designer), &rejected));
        assert_eq!(
            as_seen_by(Some(&designer), rejected)
                .rejection_reason
                .as_deref(),
            Some("too blurry")
        );
        let admin = user(3, Role::Admin);
        assert!(as_seen_by(Some(&admin), design(DesignStatus::Voting, true)).hidden);
    }
}
