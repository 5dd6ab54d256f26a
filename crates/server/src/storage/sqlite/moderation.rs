//! Moderation and the production lifecycle on SQLite: status changes with their
//! public timeline and facts, hiding, reports and comments.

use async_trait::async_trait;
use cocrea_api::admin::ReportReason;
use cocrea_api::{CommentDeletedEvent, CommentEvent, DesignStatus, StatusEvent};
use rusqlite::{params, OptionalExtension};

use super::designs::{design_row, rank_design, record_step};
use super::outbox::append_fact;
use super::SqliteStore;
use crate::storage::designs::SELECT_DESIGN;
use crate::storage::{
    now_millis, CommentRow, Fact, ModerationStorage, ReportedRow, StatusChange, StatusWrite,
    StepRow, StorageError,
};

#[async_trait]
impl ModerationStorage for SqliteStore {
    async fn change_status(
        &self,
        change: StatusWrite,
    ) -> Result<Option<StatusChange>, StorageError> {
        self.write(move |connection| {
            let current: Option<String> = connection
                .query_row(
                    "SELECT status FROM designs WHERE id = ?1",
                    [change.design_id],
                    |row| row.get(0),
                )
                .optional()?;
            let Some(current) = current else {
                return Ok(None);
            };
            let Some(current) = DesignStatus::parse(&current) else {
                // Inside the writer only rusqlite's error fits: a value of the wrong kind.
                return Err(rusqlite::Error::FromSqlConversionFailure(
                    0,
                    rusqlite::types::Type::Text,
                    format!("design status {current:?}").into(),
                ));
            };
            if !change.allowed_from.contains(&current) {
                return Ok(Some(StatusChange::NotAllowed(current)));
            }
            connection.execute(
                "UPDATE designs SET status = ?2, rejection_reason = ?3 WHERE id = ?1",
                params![
                    change.design_id,
                    change.next.as_str(),
                    change.rejection_reason
                ],
            )?;
            let now = now_millis();
            rank_design(connection, change.design_id, now)?;
            record_step(
                connection,
                change.design_id,
                change.next,
                &change.public_note,
                now,
            )?;
            append_fact(
                connection,
                &Fact::Status(StatusEvent {
                    design_id: change.design_id,
                    status: change.next,
                }),
                now,
            )?;
            Ok(Some(StatusChange::Made))
        })
        .await
    }

    /// Hides or shows a design; false when there is no such design.
    async fn set_hidden(&self, design_id: i64, hidden: bool) -> Result<bool, StorageError> {
        self.write(move |connection| {
            let changed = connection.execute(
                "UPDATE designs SET hidden = ?2 WHERE id = ?1",
                params![design_id, hidden],
            )?;
            rank_design(connection, design_id, now_millis())?;
            if hidden {
                // Hiding settles the design's reports.
                connection.execute(
                    "UPDATE reports SET resolved_at = ?2 WHERE design_id = ?1 AND resolved_at IS NULL",
                    params![design_id, now_millis()],
                )?;
            }
            Ok(changed > 0)
        })
        .await
    }

    /// The public timeline of a design, oldest first.
    async fn timeline(&self, design_id: i64) -> Result<Vec<StepRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT status, note, created_at FROM design_steps WHERE design_id = ?1 ORDER BY created_at, id",
                )?
                .query_map([design_id], |row| {
                    let status: String = row.get(0)?;
                    Ok(StepRow {
                        status: DesignStatus::parse(&status).unwrap_or(DesignStatus::Voting),
                        note: row.get(1)?,
                        created_at: row.get(2)?,
                    })
                })?
                .collect()
        })
        .await
    }

    /// Reports a design (once per person: a second report replaces the first).
    async fn report(
        &self,
        design_id: i64,
        user_id: i64,
        reason: ReportReason,
    ) -> Result<(), StorageError> {
        self.write(move |connection| {
            connection.execute(
                "INSERT INTO reports (design_id, user_id, reason, created_at) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (design_id, user_id) DO UPDATE SET reason = excluded.reason, \
                 created_at = excluded.created_at, resolved_at = NULL",
                params![design_id, user_id, reason.as_str(), now_millis()],
            )?;
            Ok(())
        })
        .await
    }

    /// Designs with open reports, most reported first.
    async fn reported_designs(&self) -> Result<Vec<ReportedRow>, StorageError> {
        self.read(|connection| {
            let ids: Vec<(i64, i64)> = connection
                .prepare_cached(
                    "SELECT design_id, COUNT(*) FROM reports WHERE resolved_at IS NULL \
                     GROUP BY design_id ORDER BY COUNT(*) DESC, MAX(created_at) DESC LIMIT 200",
                )?
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut reported = Vec::with_capacity(ids.len());
            for (design_id, reports) in ids {
                let design = connection.query_row(
                    &format!("{SELECT_DESIGN} WHERE d.id = ?1"),
                    [design_id],
                    design_row,
                )?;
                let reasons = connection
                    .prepare_cached(
                        "SELECT reason FROM reports WHERE design_id = ?1 AND resolved_at IS NULL \
                         GROUP BY reason ORDER BY COUNT(*) DESC",
                    )?
                    .query_map([design_id], |row| row.get::<_, String>(0))?
                    .filter_map(|reason| reason.ok().as_deref().and_then(ReportReason::parse))
                    .collect();
                reported.push(ReportedRow {
                    design,
                    reports,
                    reasons,
                });
            }
            Ok(reported)
        })
        .await
    }

    /// Closes a design's open reports without hiding it.
    async fn dismiss_reports(&self, design_id: i64) -> Result<bool, StorageError> {
        self.write(move |connection| {
            let closed = connection.execute(
                "UPDATE reports SET resolved_at = ?2 WHERE design_id = ?1 AND resolved_at IS NULL",
                params![design_id, now_millis()],
            )?;
            Ok(closed > 0)
        })
        .await
    }

    /// A design's comments, oldest first (deleted ones left out).
    async fn comments(&self, design_id: i64) -> Result<Vec<CommentRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(&format!(
                    "{SELECT_COMMENT} WHERE c.design_id = ?1 AND c.deleted_at IS NULL ORDER BY c.created_at, c.id"
                ))?
                .query_map([design_id], comment_row)?
                .collect()
        })
        .await
    }

    /// One comment, unless there is none or it was deleted.
    async fn comment(&self, comment_id: i64) -> Result<Option<CommentRow>, StorageError> {
        self.read(move |connection| {
            connection
                .query_row(
                    &format!("{SELECT_COMMENT} WHERE c.id = ?1 AND c.deleted_at IS NULL"),
                    [comment_id],
                    comment_row,
                )
                .optional()
        })
        .await
    }

    /// Adds a comment (or a reply); returns it as stored.
    async fn add_comment(
        &self,
        design_id: i64,
        user_id: i64,
        body: String,
        reply_to: Option<i64>,
    ) -> Result<CommentRow, StorageError> {
        self.write(move |connection| {
            let now = now_millis();
            connection.execute(
                "INSERT INTO comments (design_id, user_id, body, created_at, reply_to) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![design_id, user_id, body, now, reply_to],
            )?;
            let id = connection.last_insert_rowid();
            append_fact(
                connection,
                &Fact::Comment(CommentEvent {
                    design_id,
                    comment_id: id,
                    reply_to,
                }),
                now,
            )?;
            connection.query_row(
                &format!("{SELECT_COMMENT} WHERE c.id = ?1"),
                [id],
                comment_row,
            )
        })
        .await
    }

    /// Deletes a comment and its replies; false when there is no such (visible) comment.
    async fn delete_comment(&self, comment_id: i64) -> Result<bool, StorageError> {
        self.write(move |connection| {
            let now = now_millis();
            let design_id: Option<i64> = connection
                .query_row(
                    "UPDATE comments SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL \
                     RETURNING design_id",
                    params![comment_id, now],
                    |row| row.get(0),
                )
                .optional()?;
            let Some(design_id) = design_id else {
                return Ok(false);
            };
            connection.execute(
                "UPDATE comments SET deleted_at = ?2 WHERE reply_to = ?1 AND deleted_at IS NULL",
                params![comment_id, now],
            )?;
            append_fact(
                connection,
                &Fact::CommentDeleted(CommentDeletedEvent {
                    design_id,
                    comment_id,
                }),
                now,
            )?;
            Ok(true)
        })
        .await
    }
}

const SELECT_COMMENT: &str =
    "SELECT c.id, c.design_id, c.body, c.user_id, u.name, c.created_at, c.reply_to \
     FROM comments c JOIN users u ON u.id = c.user_id";

fn comment_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<CommentRow> {
    Ok(CommentRow {
        id: row.get(0)?,
        design_id: row.get(1)?,
        body: row.get(2)?,
        user_id: row.get(3)?,
        user_name: row.get(4)?,
        created_at: row.get(5)?,
        reply_to: row.get(6)?,
    })
}
