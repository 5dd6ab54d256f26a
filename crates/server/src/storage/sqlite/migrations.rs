//! SQLite's schema migrations, kept as SQL files (migrations/sqlite/) and applied in order at start.

use rusqlite::Connection;

/// Every migration, in order; the position is its version number.
const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_designs",
        include_str!("../../../migrations/sqlite/0001_designs.sql"),
    ),
    (
        "0002_accounts_and_likes",
        include_str!("../../../migrations/sqlite/0002_accounts_and_likes.sql"),
    ),
    (
        "0003_store_likes",
        include_str!("../../../migrations/sqlite/0003_store_likes.sql"),
    ),
    (
        "0004_moderation",
        include_str!("../../../migrations/sqlite/0004_moderation.sql"),
    ),
    (
        "0005_outbox",
        include_str!("../../../migrations/sqlite/0005_outbox.sql"),
    ),
    (
        "0006_gallery",
        include_str!("../../../migrations/sqlite/0006_gallery.sql"),
    ),
    (
        "0007_comment_replies",
        include_str!("../../../migrations/sqlite/0007_comment_replies.sql"),
    ),
    (
        "0008_notifications_and_intents",
        include_str!("../../../migrations/sqlite/0008_notifications_and_intents.sql"),
    ),
];

/// Brings the database up to the newest schema, each migration in its own transaction.
pub fn migrate(connection: &mut Connection) -> rusqlite::Result<()> {
    let current: usize = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current) {
        let version = index + 1;
        tracing::info!(migration = name, version, "applying migration");
        let transaction = connection.transaction()?;
        transaction.execute_batch(sql)?;
        transaction.pragma_update(None, "user_version", version)?;
        transaction.commit()?;
    }
    Ok(())
}
