//! Accounts and sign-in sessions on SQLite.

use async_trait::async_trait;
use cocrea_api::admin::Role;
use rusqlite::{params, OptionalExtension, Row};

use super::SqliteStore;
use crate::storage::accounts::role_from_stored;
use crate::storage::{now_millis, AccountStorage, CreateAccountError, StorageError, UserRow};

const SELECT_USER: &str = "SELECT id, name, email, role FROM users";

fn user_row(row: &Row<'_>) -> rusqlite::Result<UserRow> {
    Ok(UserRow {
        id: row.get(0)?,
        name: row.get(1)?,
        email: row.get(2)?,
        role: role_from_stored(&row.get::<_, String>(3)?),
    })
}

#[async_trait]
impl AccountStorage for SqliteStore {
    /// Creates an account; the email must be lower-cased and the password already hashed.
    async fn create_account(
        &self,
        name: String,
        email: String,
        password_hash: String,
    ) -> Result<UserRow, CreateAccountError> {
        let created = self
            .write(move |connection| {
                connection.execute(
                    "INSERT INTO users (name, email, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                    params![name, email, password_hash, now_millis()],
                )?;
                let id = connection.last_insert_rowid();
                connection.query_row(&format!("{SELECT_USER} WHERE id = ?1"), [id], user_row)
            })
            .await;
        match created {
            Err(StorageError::Sqlite(rusqlite::Error::SqliteFailure(failure, _)))
                if failure.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
            {
                Err(CreateAccountError::EmailTaken)
            }
            other => Ok(other?),
        }
    }

    /// The account with this (lower-cased) email and its password hash.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn account_by_email(
        &self,
        email: String,
    ) -> Result<Option<(UserRow, String)>, StorageError> {
        self.read(move |connection| {
            connection
                .query_row(
                    "SELECT id, name, email, role, password_hash FROM users \
                     WHERE email = ?1 AND password_hash IS NOT NULL",
                    [email],
                    |row| Ok((user_row(row)?, row.get(4)?)),
                )
                .optional()
        })
        .await
    }

    /// Starts a session for a user, keyed by the hash of its token.
    async fn create_session(
        &self,
        user_id: i64,
        token_hash: Vec<u8>,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        self.write(move |connection| {
            let now = now_millis();
            // Sign-in is a good moment to forget this user's expired sessions.
            connection.execute(
                "DELETE FROM sessions WHERE user_id = ?1 AND expires_at <= ?2",
                params![user_id, now],
            )?;
            connection.execute(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![token_hash, user_id, now, expires_at],
            )?;
            Ok(())
        })
        .await
    }

    /// The user of an unexpired session.
    async fn session_user(&self, token_hash: Vec<u8>) -> Result<Option<UserRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT u.id, u.name, u.email, u.role FROM sessions s JOIN users u ON u.id = s.user_id \
                     WHERE s.token_hash = ?1 AND s.expires_at > ?2",
                )?
                .query_row(params![token_hash, now_millis()], user_row)
                .optional()
        })
        .await
    }

    /// The person with this id, if there is one.
    async fn user(&self, user_id: i64) -> Result<Option<UserRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached("SELECT id, name, email, role FROM users WHERE id = ?1")?
                .query_row([user_id], user_row)
                .optional()
        })
        .await
    }

    /// Sets the role of the account with this (lower-cased) email; false when there is none.
    async fn set_role_by_email(&self, email: String, role: Role) -> Result<bool, StorageError> {
        self.write(move |connection| {
            let changed = connection.execute(
                "UPDATE users SET role = ?2 WHERE email = ?1",
                params![email, role.as_str()],
            )?;
            Ok(changed > 0)
        })
        .await
    }

    /// Sets the role of a user; false when there is no such user.
    async fn set_role(&self, user_id: i64, role: Role) -> Result<bool, StorageError> {
        self.write(move |connection| {
            let changed = connection.execute(
                "UPDATE users SET role = ?2 WHERE id = ?1",
                params![user_id, role.as_str()],
            )?;
            Ok(changed > 0)
        })
        .await
    }

    /// Accounts (users with an email), admins first, then by name; optionally matching `search`.
    async fn accounts(&self, search: Option<String>) -> Result<Vec<UserRow>, StorageError> {
        self.read(move |connection| {
            let pattern = format!("%{}%", search.unwrap_or_default().trim());
            connection
                .prepare_cached(&format!(
                    "{SELECT_USER} WHERE email IS NOT NULL AND (name LIKE ?1 OR email LIKE ?1) \
                     ORDER BY role = 'admin' DESC, name COLLATE NOCASE LIMIT 200"
                ))?
                .query_map([pattern], user_row)?
                .collect()
        })
        .await
    }

    async fn create_name_only_users(&self, names: Vec<String>) -> Result<Vec<i64>, StorageError> {
        self.write(move |connection| {
            let mut insert = connection
                .prepare_cached("INSERT INTO users (name, created_at) VALUES (?1, ?2)")?;
            names
                .into_iter()
                .map(|name| {
                    insert.execute(params![name, now_millis()])?;
                    Ok(connection.last_insert_rowid())
                })
                .collect()
        })
        .await
    }

    /// Ends a session.
    async fn delete_session(&self, token_hash: Vec<u8>) -> Result<(), StorageError> {
        self.write(move |connection| {
            connection.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use crate::storage::{now_millis, CreateAccountError};

    async fn fresh_store() -> (tempfile::TempDir, crate::storage::Store) {
        let dir = tempfile::TempDir::new().unwrap();
        let store = crate::storage::Store::open_sqlite(
            &dir.path().join("test.sqlite3"),
            &dir.path().join("images"),
        )
        .unwrap();
        (dir, store)
    }

    #[tokio::test]
    async fn an_expired_session_signs_nobody_in() {
        let (_dir, store) = fresh_store().await;
        let user = store
            .create_account("Bea".into(), "bea@example.com".into(), "hash".into())
            .await
            .unwrap();
        store
            .create_session(user.id, b"live".to_vec(), now_millis() + 60_000)
            .await
            .unwrap();
        store
            .create_session(user.id, b"expired".to_vec(), now_millis() - 1)
            .await
            .unwrap();
        assert_eq!(
            store.session_user(b"live".to_vec()).await.unwrap(),
            Some(user)
        );
        assert_eq!(store.session_user(b"expired".to_vec()).await.unwrap(), None);
    }

    #[tokio::test]
    async fn a_second_account_with_the_same_email_is_refused() {
        let (_dir, store) = fresh_store().await;
        store
            .create_account("Bea".into(), "bea@example.com".into(), "hash".into())
            .await
            .unwrap();
        let again = store
            .create_account("Bea".into(), "bea@example.com".into(), "hash".into())
            .await;
        assert!(matches!(again, Err(CreateAccountError::EmailTaken)));
    }
}
