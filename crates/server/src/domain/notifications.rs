//! Who hears of what: the rule that turns an outbox fact into notifications.
//!
//! - the designer hears when the brand approves (the design enters voting) or rejects
//!   their design (with the reason), when someone else comments on it (replies are
//!   comments too), and when it reaches its goal;
//! - everyone who likes a design hears when it goes into production, and when it is
//!   in store (with the store they liked it in, when they liked it through a hanger tag);
//! - everyone who asked to be told (or said they would buy it) hears when it is in
//!   store; that notification replaces the liker's one, so nobody hears twice of one fact.
//!
//! Nobody hears of what they did themselves (a designer's own comment), and likers do
//! not hear of designs the brand hid.

use std::collections::BTreeSet;

use cocrea_api::{CommentEvent, DesignStatus, NotificationKind, StatusEvent};
use serde_json::json;

use crate::storage::{outbox, DesignRow, Liker, NewNotification, OutboxRow, StorageError, Store};

/// The notifications a status fact makes, given who likes the design and who asked
/// to hear when it is in store.
pub fn for_status(
    design: &DesignRow,
    status: DesignStatus,
    likers: &[Liker],
    wanting: &[i64],
) -> Vec<NewNotification> {
    let to_designer = |kind, payload: serde_json::Value| {
        vec![notification(design.designer_id, kind, design.id, payload)]
    };
    match status {
        DesignStatus::Voting => to_designer(NotificationKind::Approved, json!({})),
        DesignStatus::Rejected => to_designer(
            NotificationKind::Rejected,
            json!({ "reason": design.rejection_reason.clone().unwrap_or_default() }),
        ),
        DesignStatus::GoalReached => to_designer(NotificationKind::GoalReached, json!({})),
        DesignStatus::InProduction if !design.hidden => likers
            .iter()
            .map(|liker| {
                notification(
                    liker.account_id,
                    NotificationKind::LikedInProduction,
                    design.id,
                    json!({}),
                )
            })
            .collect(),
        DesignStatus::InStore if !design.hidden => {
            let wanting: BTreeSet<i64> = wanting.iter().copied().collect();
            let mut told: Vec<NewNotification> = wanting
                .iter()
                .map(|&account| {
                    notification(
                        account,
                        NotificationKind::WantedInStore,
                        design.id,
                        json!({}),
                    )
                })
                .collect();
            told.extend(
                likers
                    .iter()
                    .filter(|liker| !wanting.contains(&liker.account_id))
                    .map(|liker| {
                        notification(
                            liker.account_id,
                            NotificationKind::LikedInStore,
                            design.id,
                            json!({ "store": liker.store }),
                        )
                    }),
            );
            told
        }
        _ => Vec::new(),
    }
}

/// The notification a comment makes: its design's designer hears of it, unless the
/// designer wrote it.
pub fn for_comment(design: &DesignRow, author_id: i64, author: &str) -> Vec<NewNotification> {
    if author_id == design.designer_id {
        return Vec::new();
    }
    vec![notification(
        design.designer_id,
        NotificationKind::Comment,
        design.id,
        json!({ "author": author }),
    )]
}

/// The notifications an outbox fact makes, reading what the rule needs; none for
/// facts nobody hears of (or whose design is gone).
pub async fn for_fact(
    store: &Store,
    fact: &OutboxRow,
) -> Result<Vec<NewNotification>, StorageError> {
    match fact.kind.as_str() {
        outbox::STATUS => {
            let Ok(event) = serde_json::from_str::<StatusEvent>(&fact.payload) else {
                tracing::error!(seq = fact.seq, "an outbox status fact that does not parse");
                return Ok(Vec::new());
            };
            let Some(design) = store.design(event.design_id).await? else {
                return Ok(Vec::new());
            };
            let (likers, wanting) = match event.status {
                DesignStatus::InProduction => (store.design_likers(design.id).await?, Vec::new()),
                DesignStatus::InStore => (
                    store.design_likers(design.id).await?,
                    store.intent_accounts(design.id).await?,
                ),
                _ => (Vec::new(), Vec::new()),
            };
            Ok(for_status(&design, event.status, &likers, &wanting))
        }
        outbox::COMMENT => {
            let Ok(event) = serde_json::from_str::<CommentEvent>(&fact.payload) else {
                tracing::error!(seq = fact.seq, "an outbox comment fact that does not parse");
                return Ok(Vec::new());
            };
            let (Some(design), Some((author_id, author))) = (
                store.design(event.design_id).await?,
                store.comment_author(event.comment_id).await?,
            ) else {
                return Ok(Vec::new());
            };
            Ok(for_comment(&design, author_id, &author))
        }
        _ => Ok(Vec::new()),
    }
}

fn notification(
    account_id: i64,
    kind: NotificationKind,
    design_id: i64,
    payload: serde_json::Value,
) -> NewNotification {
    NewNotification {
        account_id,
        kind,
        design_id,
        payload: payload.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use cocrea_api::Category;

    use super::*;

    fn design(status: DesignStatus) -> DesignRow {
        DesignRow {
            id: 7,
            title: "Linen wrap dress".into(),
            description: String::new(),
            category: Category::Dresses,
            designer_id: 1,
            designer_name: "Ana".into(),
            image_hash: String::new(),
            image_width: 1,
            image_height: 1,
            likes: 2,
            goal: 2,
            status,
            created_at: 0,
            rejection_reason: Some("Too close to an existing piece".into()),
            hidden: false,
        }
    }

    fn accounts(told: &[NewNotification]) -> Vec<(i64, NotificationKind)> {
        told.iter().map(|n| (n.account_id, n.kind)).collect()
    }

    fn likers() -> Vec<Liker> {
        vec![
            Liker {
                account_id: 2,
                store: Some("madrid-01".into()),
            },
            Liker {
                account_id: 3,
                store: None,
            },
        ]
    }

    #[test]
    fn the_designer_hears_of_review_and_goal() {
        let rejected = for_status(
            &design(DesignStatus::Rejected),
            DesignStatus::Rejected,
            &[],
            &[],
        );
        assert_eq!(accounts(&rejected), [(1, NotificationKind::Rejected)]);
        assert!(rejected[0].payload.contains("Too close"));
        let approved = for_status(
            &design(DesignStatus::Voting),
            DesignStatus::Voting,
            &likers(),
            &[],
        );
        assert_eq!(accounts(&approved), [(1, NotificationKind::Approved)]);
        let goal = for_status(
            &design(DesignStatus::GoalReached),
            DesignStatus::GoalReached,
            &likers(),
            &[],
        );
        assert_eq!(accounts(&goal), [(1, NotificationKind::GoalReached)]);
    }

    #[test]
    fn likers_hear_of_production_and_the_store_they_liked_it_in() {
        let made = for_status(
            &design(DesignStatus::InProduction),
            DesignStatus::InProduction,
            &likers(),
            &[],
        );
        assert_eq!(
            accounts(&made),
            [
                (2, NotificationKind::LikedInProduction),
                (3, NotificationKind::LikedInProduction)
            ]
        );
        let stocked = for_status(
            &design(DesignStatus::InStore),
            DesignStatus::InStore,
            &likers(),
            &[3, 4],
        );
        assert_eq!(
            accounts(&stocked),
            [
                (3, NotificationKind::WantedInStore),
                (4, NotificationKind::WantedInStore),
                (2, NotificationKind::LikedInStore),
            ],
            "one notification per account: asking to be told wins"
        );
        assert!(stocked[2].payload.contains("madrid-01"));
    }

    #[test]
    fn hidden_designs_tell_likers_nothing() {
        let mut hidden = design(DesignStatus::InProduction);
        hidden.hidden = true;
        assert!(for_status(&hidden, DesignStatus::InProduction, &likers(), &[]).is_empty());
    }

    #[test]
    fn the_designer_hears_of_comments_by_others_only() {
        let design = design(DesignStatus::Voting);
        assert_eq!(
            accounts(&for_comment(&design, 5, "Bo")),
            [(1, NotificationKind::Comment)]
        );
        assert!(for_comment(&design, 1, "Ana").is_empty());
    }
}
