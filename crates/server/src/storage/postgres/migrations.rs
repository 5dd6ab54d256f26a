//! PostgreSQL's schema migrations, kept as SQL files (migrations/postgres/) and
//! applied in order at start, by one server at a time.

use deadpool_postgres::Object;

use crate::storage::{now_millis, StorageError};

/// Every migration, in order: version, name, SQL.
const MIGRATIONS: &[(i32, &str, &str)] = &[
    (
        1,
        "0001_schema",
        include_str!("../../../migrations/postgres/0001_schema.sql"),
    ),
    (
        2,
        "0002_functions",
        include_str!("../../../migrations/postgres/0002_functions.sql"),
    ),
    (
        3,
        "0003_gallery",
        include_str!("../../../migrations/postgres/0003_gallery.sql"),
    ),
    (
        4,
        "0004_comment_replies",
        include_str!("../../../migrations/postgres/0004_comment_replies.sql"),
    ),
    (
        5,
        "0005_notifications_and_intents",
        include_str!("../../../migrations/postgres/0005_notifications_and_intents.sql"),
    ),
    (
        6,
        "0006_gallery_speed",
        include_str!("../../../migrations/postgres/0006_gallery_speed.sql"),
    ),
    (
        7,
        "0007_like_batches",
        include_str!("../../../migrations/postgres/0007_like_batches.sql"),
    ),
    (
        8,
        "0008_like_batches_as_sets",
        include_str!("../../../migrations/postgres/0008_like_batches_as_sets.sql"),
    ),
    (
        9,
        "0009_stored_counts",
        include_str!("../../../migrations/postgres/0009_stored_counts.sql"),
    ),
];

/// The advisory lock that servers starting at once take in turn ("cocrea" in ASCII).
const MIGRATION_LOCK: i64 = 0x636f_6372_6561;

/// Brings the database up to the newest schema, in one transaction holding the
/// migration lock; applied versions are recorded in `schema_migrations`.
pub(super) async fn migrate(client: &mut Object) -> Result<(), StorageError> {
    let transaction = client.transaction().await?;
    transaction
        .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    transaction
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ( \
                 version     INT PRIMARY KEY, \
                 name        TEXT NOT NULL, \
                 applied_at  BIGINT NOT NULL)",
        )
        .await?;
    let applied: Vec<i32> = transaction
        .query("SELECT version FROM schema_migrations", &[])
        .await?
        .iter()
        .map(|row| row.try_get(0))
        .collect::<Result<_, _>>()?;
    for (version, name, sql) in MIGRATIONS {
        if applied.contains(version) {
            continue;
        }
        tracing::info!(migration = name, version, "applying migration");
        transaction.batch_execute(sql).await?;
        transaction
            .execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                &[version, name, &now_millis()],
            )
            .await?;
    }
    transaction.commit().await?;
    Ok(())
}
