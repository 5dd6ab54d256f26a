//! Moderation and the production lifecycle on PostgreSQL: status changes with their
//! public timeline and facts, hiding, reports and comments.

use async_trait::async_trait;
use cocrea_api::admin::ReportReason;
use cocrea_api::{CommentDeletedEvent, CommentEvent, DesignStatus, StatusEvent};
use deadpool_postgres::GenericClient;
use tokio_postgres::Row;

use super::designs::{query_designs, rank_design, record_step};
use super::outbox::append_fact;
use super::PgStore;
use crate::storage::designs::SELECT_DESIGN;
use crate::storage::{
    now_millis, CommentRow, Fact, ModerationStorage, ReportedRow, StatusChange, StatusWrite,
    StepRow, StorageError,
};

const SELECT_COMMENT: &str =
    "SELECT c.id, c.design_id, c.body, c.user_id, u.name, c.created_at, c.reply_to \
     FROM comments c JOIN users u ON u.id = c.user_id";

fn comment_row(row: &Row) -> Result<CommentRow, StorageError> {
    Ok(CommentRow {
        id: row.try_get(0)?,
        design_id: row.try_get(1)?,
        body: row.try_get(2)?,
        user_id: row.try_get(3)?,
        user_name: row.try_get(4)?,
        created_at: row.try_get(5)?,
        reply_to: row.try_get(6)?,
    })
}

#[async_trait]
impl ModerationStorage for PgStore {
    async fn change_status(
        &self,
        change: StatusWrite,
    ) -> Result<Option<StatusChange>, StorageError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let current = transaction
            .query_opt(
                "SELECT status FROM designs WHERE id = $1 FOR UPDATE",
                &[&change.design_id],
            )
            .await?
            .map(|row| row.try_get::<_, String>(0))
            .transpose()?;
        let Some(current) = current else {
            return Ok(None);
        };
        let current = DesignStatus::parse(&current)
            .ok_or_else(|| StorageError::Corrupt(format!("design status {current:?}")))?;
        if !change.allowed_from.contains(&current) {
            return Ok(Some(StatusChange::NotAllowed(current)));
        }
        transaction
            .execute(
                "UPDATE designs SET status = $2, rejection_reason = $3 WHERE id = $1",
                &[
                    &change.design_id,
                    &change.next.as_str(),
                    &change.rejection_reason,
                ],
            )
            .await?;
        let now = now_millis();
        rank_design(&transaction, change.design_id, now).await?;
        record_step(
            &transaction,
            change.design_id,
            change.next,
            &change.public_note,
            now,
        )
        .await?;
        append_fact(
            &transaction,
            &Fact::Status(StatusEvent {
                design_id: change.design_id,
                status: change.next,
            }),
            now,
        )
        .await?;
        transaction.commit().await?;
        Ok(Some(StatusChange::Made))
    }

    /// Hides or shows a design; false when there is no such design.
    async fn set_hidden(&self, design_id: i64, hidden: bool) -> Result<bool, StorageError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let changed = transaction
            .execute(
                "UPDATE designs SET hidden = $2 WHERE id = $1",
                &[&design_id, &hidden],
            )
            .await?;
        rank_design(&transaction, design_id, now_millis()).await?;
        if hidden {
            // Hiding settles the design's reports.
            transaction
                .execute(
                    "UPDATE reports SET resolved_at = $2 WHERE design_id = $1 AND resolved_at IS NULL",
                    &[&design_id, &now_millis()],
                )
                .await?;
        }
        transaction.commit().await?;
        Ok(changed > 0)
    }

    /// The public timeline of a design, oldest first.
    async fn timeline(&self, design_id: i64) -> Result<Vec<StepRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT status, note, created_at FROM design_steps WHERE design_id = $1 \
                 ORDER BY created_at, id",
            )
            .await?;
        client
            .query(&statement, &[&design_id])
            .await?
            .iter()
            .map(|row| {
                Ok(StepRow {
                    status: DesignStatus::parse(row.try_get(0)?).unwrap_or(DesignStatus::Voting),
                    note: row.try_get(1)?,
                    created_at: row.try_get(2)?,
                })
            })
            .collect()
    }

    /// Reports a design (once per person: a second report replaces the first).
    async fn report(
        &self,
        design_id: i64,
        user_id: i64,
        reason: ReportReason,
    ) -> Result<(), StorageError> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO reports (design_id, user_id, reason, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (design_id, user_id) DO UPDATE SET reason = excluded.reason, \
                 created_at = excluded.created_at, resolved_at = NULL",
                &[&design_id, &user_id, &reason.as_str(), &now_millis()],
            )
            .await?;
        Ok(())
    }

    /// Designs with open reports, most reported first.
    async fn reported_designs(&self) -> Result<Vec<ReportedRow>, StorageError> {
        let mut client = self.client().await?;
        // One snapshot, as SQLite's single read.
        let transaction = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let ids: Vec<(i64, i64)> = transaction
            .query(
                "SELECT design_id, COUNT(*) FROM reports WHERE resolved_at IS NULL \
                 GROUP BY design_id ORDER BY COUNT(*) DESC, MAX(created_at) DESC, design_id LIMIT 200",
                &[],
            )
            .await?
            .iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect::<Result<_, StorageError>>()?;
        let mut reported = Vec::with_capacity(ids.len());
        for (design_id, reports) in ids {
            let design = query_designs(
                &transaction,
                &format!("{SELECT_DESIGN} WHERE d.id = $1"),
                &[&design_id],
            )
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| StorageError::Corrupt(format!("reported design {design_id}")))?;
            let statement = transaction
                .prepare_cached(
                    "SELECT reason FROM reports WHERE design_id = $1 AND resolved_at IS NULL \
                     GROUP BY reason ORDER BY COUNT(*) DESC, reason COLLATE \"C\"",
                )
                .await?;
            let reasons = transaction
                .query(&statement, &[&design_id])
                .await?
                .iter()
                .filter_map(|row| row.try_get::<_, &str>(0).ok().and_then(ReportReason::parse))
                .collect();
            reported.push(ReportedRow {
                design,
                reports,
                reasons,
            });
        }
        transaction.commit().await?;
        Ok(reported)
    }

    /// Closes a design's open reports without hiding it.
    async fn dismiss_reports(&self, design_id: i64) -> Result<bool, StorageError> {
        let client = self.client().await?;
        let closed = client
            .execute(
                "UPDATE reports SET resolved_at = $2 WHERE design_id = $1 AND resolved_at IS NULL",
                &[&design_id, &now_millis()],
            )
            .await?;
        Ok(closed > 0)
    }

    /// A design's comments, oldest first (deleted ones left out).
    async fn comments(&self, design_id: i64) -> Result<Vec<CommentRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(&format!(
                "{SELECT_COMMENT} WHERE c.design_id = $1 AND c.deleted_at IS NULL \
                 ORDER BY c.created_at, c.id"
            ))
            .await?;
        client
            .query(&statement, &[&design_id])
            .await?
            .iter()
            .map(comment_row)
            .collect()
    }

    /// One comment, unless there is none or it was deleted.
    async fn comment(&self, comment_id: i64) -> Result<Option<CommentRow>, StorageError> {
        let client = self.client().await?;
        client
            .query_opt(
                &format!("{SELECT_COMMENT} WHERE c.id = $1 AND c.deleted_at IS NULL"),
                &[&comment_id],
            )
            .await?
            .as_ref()
            .map(comment_row)
            .transpose()
    }

    /// Adds a comment (or a reply) and its fact; returns it as stored.
    async fn add_comment(
        &self,
        design_id: i64,
        user_id: i64,
        body: String,
        reply_to: Option<i64>,
    ) -> Result<CommentRow, StorageError> {
        let mut client = self.client().await?;
        let now = now_millis();
        let transaction = client.transaction().await?;
        let id: i64 = transaction
            .query_one(
                "INSERT INTO comments (design_id, user_id, body, created_at, reply_to) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
                &[&design_id, &user_id, &body, &now, &reply_to],
            )
            .await?
            .try_get(0)?;
        let comment = comment_row(
            &transaction
                .query_one(&format!("{SELECT_COMMENT} WHERE c.id = $1"), &[&id])
                .await?,
        )?;
        append_fact(
            &transaction,
            &Fact::Comment(CommentEvent {
                design_id,
                comment_id: id,
                reply_to,
            }),
            now,
        )
        .await?;
        transaction.commit().await?;
        Ok(comment)
    }

    /// Deletes a comment, its replies and writes the fact; false when there is no
    /// such (visible) comment.
    async fn delete_comment(&self, comment_id: i64) -> Result<bool, StorageError> {
        let mut client = self.client().await?;
        let now = now_millis();
        let transaction = client.transaction().await?;
        let Some(row) = transaction
            .query_opt(
                "UPDATE comments SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL \
                 RETURNING design_id",
                &[&comment_id, &now],
            )
            .await?
        else {
            return Ok(false);
        };
        let design_id: i64 = row.try_get(0)?;
        transaction
            .execute(
                "UPDATE comments SET deleted_at = $2 WHERE reply_to = $1 AND deleted_at IS NULL",
                &[&comment_id, &now],
            )
            .await?;
        append_fact(
            &transaction,
            &Fact::CommentDeleted(CommentDeletedEvent {
                design_id,
                comment_id,
            }),
            now,
        )
        .await?;
        transaction.commit().await?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use cocrea_api::admin::ReportReason;
    use cocrea_api::{Category, CommentDeletedEvent, CommentEvent, DesignStatus, StatusEvent};

    use super::super::test_db;
    use crate::storage::{
        now_millis, AccountStorage, DesignStorage, Fact, ModerationStorage, NewDesign,
        OutboxStorage, StatusChange, StatusWrite,
    };

    #[tokio::test]
    async fn status_changes_reports_and_comments_work_as_on_sqlite() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let users = store
            .create_name_only_users(vec!["Designer".into(), "Shopper".into()])
            .await
            .unwrap();
        let id = store
            .insert_design(NewDesign {
                title: "T".into(),
                description: "D".into(),
                category: Category::Tops,
                designer_id: users[0],
                image_hash: "a".repeat(64),
                image_width: 1,
                image_height: 1,
                goal: 10,
                status: DesignStatus::Pending,
                created_at: now_millis(),
            })
            .await
            .unwrap()
            .id;
        let change = |allowed_from| StatusWrite {
            design_id: id,
            next: DesignStatus::Voting,
            public_note: "Approved".into(),
            rejection_reason: None,
            allowed_from,
        };
        assert_eq!(
            store
                .change_status(change(vec![DesignStatus::Voting]))
                .await
                .unwrap(),
            Some(StatusChange::NotAllowed(DesignStatus::Pending))
        );
        assert_eq!(
            store
                .change_status(change(vec![DesignStatus::Pending]))
                .await
                .unwrap(),
            Some(StatusChange::Made)
        );
        assert_eq!(
            store
                .change_status(StatusWrite {
                    design_id: id + 1,
                    ..change(vec![])
                })
                .await
                .unwrap(),
            None
        );
        let timeline = store.timeline(id).await.unwrap();
        assert_eq!(timeline.len(), 2);
        assert_eq!(timeline[1].note, "Approved");

        store
            .report(id, users[1], ReportReason::Spam)
            .await
            .unwrap();
        store
            .report(id, users[1], ReportReason::Offensive)
            .await
            .unwrap();
        let reported = store.reported_designs().await.unwrap();
        assert_eq!(reported.len(), 1);
        assert_eq!(
            (reported[0].reports, reported[0].reasons.clone()),
            (1, vec![ReportReason::Offensive])
        );
        assert!(store.dismiss_reports(id).await.unwrap());
        assert!(!store.dismiss_reports(id).await.unwrap());
        store
            .report(id, users[1], ReportReason::Spam)
            .await
            .unwrap();
        assert!(store.set_hidden(id, true).await.unwrap());
        assert!(store.reported_designs().await.unwrap().is_empty());
        assert!(!store.set_hidden(id + 1, true).await.unwrap());

        let comment = store
            .add_comment(id, users[1], "Nice".into(), None)
            .await
            .unwrap();
        assert_eq!(
            (comment.user_name.as_str(), comment.body.as_str()),
            ("Shopper", "Nice")
        );
        assert_eq!(store.comments(id).await.unwrap(), vec![comment.clone()]);
        assert!(store.delete_comment(comment.id).await.unwrap());
        assert!(!store.delete_comment(comment.id).await.unwrap());
        assert!(store.comments(id).await.unwrap().is_empty());

        let facts = store.outbox_after(0, 10).await.unwrap();
        let expected = [
            Fact::Status(StatusEvent {
                design_id: id,
                status: DesignStatus::Voting,
            }),
            Fact::Comment(CommentEvent {
                design_id: id,
                comment_id: comment.id,
                reply_to: None,
            }),
            Fact::CommentDeleted(CommentDeletedEvent {
                design_id: id,
                comment_id: comment.id,
            }),
        ];
        assert_eq!(facts.len(), 3);
        for (row, fact) in facts.iter().zip(&expected) {
            assert_eq!(
                (row.kind.as_str(), row.payload.clone()),
                (fact.kind(), fact.payload())
            );
        }
        assert_eq!(store.outbox_head().await.unwrap(), facts[2].seq);
        assert_eq!(
            store.prune_outbox(now_millis() + 1).await.unwrap(),
            1,
            "status facts wait for webhooks and notifications, comments for notifications"
        );
        db.drop_database().await;
    }
}
