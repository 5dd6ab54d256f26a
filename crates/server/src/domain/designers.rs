//! A designer's page: which of their designs a viewer sees, and what the public ones
//! add up to.

use crate::storage::{DesignRow, UserRow};

use super::visibility;

/// What a designer's public designs add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DesignerTotals {
    /// Likes of all their public designs.
    pub likes: i64,
    /// Public designs that reached their goal (and any step after it).
    pub goals_reached: i64,
}

/// The designer's designs that `viewer` may see (the public ones; the designer also
/// sees their own in review, as on their own page; the brand sees all), in the order
/// given.
pub fn shown_designs(viewer: Option<&UserRow>, designs: Vec<DesignRow>) -> Vec<DesignRow> {
    designs
        .into_iter()
        .filter(|design| visibility::may_see(viewer, design))
        .collect()
}

/// Totals over the public designs only, so that everyone reads the same numbers.
pub fn totals(designs: &[DesignRow]) -> DesignerTotals {
    designs
        .iter()
        .filter(|design| visibility::is_public(design))
        .fold(DesignerTotals::default(), |mut totals, design| {
            totals.likes += design.likes;
            totals.goals_reached += i64::from(design.status.has_reached_goal());
            totals
        })
}

#[cfg(test)]
mod tests {
    use cocrea_api::admin::Role;
    use cocrea_api::{Category, DesignStatus};

    use super::*;

    fn design(id: i64, status: DesignStatus, likes: i64, hidden: bool) -> DesignRow {
        DesignRow {
            id,
            title: "T".into(),
            description: String::new(),
            category: Category::Tops,
            designer_id: 7,
            designer_name: "D".into(),
            image_hash: String::new(),
            image_width: 1,
            image_height: 1,
            likes,
            goal: 100,
            status,
            created_at: 0,
            rejection_reason: None,
            hidden,
        }
    }

    fn designs() -> Vec<DesignRow> {
        vec![
            design(1, DesignStatus::Voting, 40, false),
            design(2, DesignStatus::InProduction, 120, false),
            design(3, DesignStatus::GoalReached, 100, true),
            design(4, DesignStatus::Pending, 0, false),
            design(5, DesignStatus::Rejected, 3, false),
        ]
    }

    #[test]
    fn strangers_see_public_designs_and_the_designer_also_their_own_in_review() {
        let ids = |rows: Vec<DesignRow>| rows.iter().map(|row| row.id).collect::<Vec<_>>();
        assert_eq!(ids(shown_designs(None, designs())), vec![1, 2]);
        let designer = UserRow {
            id: 7,
            name: "D".into(),
            email: None,
            role: Role::User,
        };
        assert_eq!(
            ids(shown_designs(Some(&designer), designs())),
            vec![1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn totals_count_public_designs_only() {
        assert_eq!(
            totals(&designs()),
            DesignerTotals {
                likes: 160,
                goals_reached: 1
            }
        );
    }
}
