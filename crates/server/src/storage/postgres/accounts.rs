//! Accounts and sign-in sessions on PostgreSQL.

use async_trait::async_trait;
use cocrea_api::admin::Role;
use tokio_postgres::error::SqlState;
use tokio_postgres::Row;

use super::PgStore;
use crate::storage::accounts::role_from_stored;
use crate::storage::{now_millis, AccountStorage, CreateAccountError, StorageError, UserRow};

const USER_COLUMNS: &str = "id, name, email, role";

fn user_row(row: &Row) -> Result<UserRow, StorageError> {
    Ok(UserRow {
        id: row.try_get(0)?,
        name: row.try_get(1)?,
        email: row.try_get(2)?,
        role: role_from_stored(row.try_get(3)?),
    })
}

#[async_trait]
impl AccountStorage for PgStore {
    /// Creates an account; the email must be lower-cased and the password already hashed.
    async fn create_account(
        &self,
        name: String,
        email: String,
        password_hash: String,
    ) -> Result<UserRow, CreateAccountError> {
        let client = self.client().await?;
        let created = client
            .query_one(
                &format!(
                    "INSERT INTO users (name, email, password_hash, created_at) \
                     VALUES ($1, $2, $3, $4) RETURNING {USER_COLUMNS}"
                ),
                &[&name, &email, &password_hash, &now_millis()],
            )
            .await;
        match created {
            Ok(row) => Ok(user_row(&row)?),
            Err(error) if error.code() == Some(&SqlState::UNIQUE_VIOLATION) => {
                Err(CreateAccountError::EmailTaken)
            }
            Err(error) => Err(StorageError::from(error).into()),
        }
    }

    /// The account with this (lower-cased) email and its password hash.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn account_by_email(
        &self,
        email: String,
    ) -> Result<Option<(UserRow, String)>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT id, name, email, role, password_hash FROM users \
                 WHERE email = $1 AND password_hash IS NOT NULL",
            )
            .await?;
        match client.query_opt(&statement, &[&email]).await? {
            Some(row) => Ok(Some((user_row(&row)?, row.try_get(4)?))),
            None => Ok(None),
        }
    }

    /// Starts a session for a user, keyed by the hash of its token.
    async fn create_session(
        &self,
        user_id: i64,
        token_hash: Vec<u8>,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        let mut client = self.client().await?;
        let now = now_millis();
        let transaction = client.transaction().await?;
        // Sign-in is a good moment to forget this user's expired sessions.
        transaction
            .execute(
                "DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2",
                &[&user_id, &now],
            )
            .await?;
        transaction
            .execute(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4)",
                &[&token_hash, &user_id, &now, &expires_at],
            )
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// The user of an unexpired session.
    async fn session_user(&self, token_hash: Vec<u8>) -> Result<Option<UserRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT u.id, u.name, u.email, u.role FROM sessions s \
                 JOIN users u ON u.id = s.user_id \
                 WHERE s.token_hash = $1 AND s.expires_at > $2",
            )
            .await?;
        client
            .query_opt(&statement, &[&token_hash, &now_millis()])
            .await?
            .as_ref()
            .map(user_row)
            .transpose()
    }

    /// The person with this id, if there is one.
    async fn user(&self, user_id: i64) -> Result<Option<UserRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached("SELECT id, name, email, role FROM users WHERE id = $1")
            .await?;
        client
            .query_opt(&statement, &[&user_id])
            .await?
            .as_ref()
            .map(user_row)
            .transpose()
    }

    /// Ends a session.
    async fn delete_session(&self, token_hash: Vec<u8>) -> Result<(), StorageError> {
        let client = self.client().await?;
        client
            .execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])
            .await?;
        Ok(())
    }

    /// Sets the role of the account with this (lower-cased) email; false when there is none.
    async fn set_role_by_email(&self, email: String, role: Role) -> Result<bool, StorageError> {
        let client = self.client().await?;
        let changed = client
            .execute(
                "UPDATE users SET role = $2 WHERE email = $1",
                &[&email, &role.as_str()],
            )
            .await?;
        Ok(changed > 0)
    }

    /// Sets the role of a user; false when there is no such user.
    async fn set_role(&self, user_id: i64, role: Role) -> Result<bool, StorageError> {
        let client = self.client().await?;
        let changed = client
            .execute(
                "UPDATE users SET role = $2 WHERE id = $1",
                &[&user_id, &role.as_str()],
            )
            .await?;
        Ok(changed > 0)
    }

    /// Accounts (users with an email), admins first, then by name; optionally matching `search`.
    async fn accounts(&self, search: Option<String>) -> Result<Vec<UserRow>, StorageError> {
        let client = self.client().await?;
        // As SQLite's LIKE: ASCII case ignored, `%` and `_` wildcards, no escape
        // character; ordered as COLLATE NOCASE (ASCII folded, then bytes).
        let pattern = format!("%{}%", search.unwrap_or_default().trim());
        let statement = client
            .prepare_cached(&format!(
                "SELECT {USER_COLUMNS} FROM users \
                 WHERE email IS NOT NULL AND (name ILIKE $1 ESCAPE '' OR email ILIKE $1 ESCAPE '') \
                 ORDER BY role = 'admin' DESC, lower(name COLLATE \"C\"), id LIMIT 200"
            ))
            .await?;
        client
            .query(&statement, &[&pattern])
            .await?
            .iter()
            .map(user_row)
            .collect()
    }

    /// Creates name-only users (demo shoppers); returns their ids.
    async fn create_name_only_users(&self, names: Vec<String>) -> Result<Vec<i64>, StorageError> {
        let client = self.client().await?;
        let mut ids = client
            .query(
                "INSERT INTO users (name, created_at) \
                 SELECT named.name, $2 FROM unnest($1::text[]) WITH ORDINALITY AS named (name, n) \
                 ORDER BY named.n RETURNING id",
                &[&names, &now_millis()],
            )
            .await?
            .iter()
            .map(|row| row.try_get(0))
            .collect::<Result<Vec<i64>, _>>()?;
        // Ids are taken in the names' order.
        ids.sort_unstable();
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use cocrea_api::admin::Role;

    use super::super::test_db;
    use crate::storage::{now_millis, AccountStorage, CreateAccountError};

    #[tokio::test]
    async fn accounts_sessions_and_roles_work_as_on_sqlite() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let user = store
            .create_account("bea".into(), "bea@example.com".into(), "hash".into())
            .await
            .unwrap();
        let again = store
            .create_account("Bea".into(), "bea@example.com".into(), "hash".into())
            .await;
        assert!(matches!(again, Err(CreateAccountError::EmailTaken)));
        store
            .create_account("Al".into(), "al@example.com".into(), "hash".into())
            .await
            .unwrap();
        store
            .create_account("Zoe".into(), "zoe@example.com".into(), "hash".into())
            .await
            .unwrap();
        store
            .create_name_only_users(vec!["Bo".into()])
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
            Some(user.clone())
        );
        assert_eq!(store.session_user(b"expired".to_vec()).await.unwrap(), None);
        store.delete_session(b"live".to_vec()).await.unwrap();
        assert_eq!(store.session_user(b"live".to_vec()).await.unwrap(), None);

        let (found, hash) = store
            .account_by_email("bea@example.com".into())
            .await
            .unwrap()
            .unwrap();
        assert_eq!((found, hash.as_str()), (user.clone(), "hash"));
        assert!(store
            .set_role_by_email("zoe@example.com".into(), Role::Admin)
            .await
            .unwrap());
        assert!(!store.set_role(9_999, Role::Admin).await.unwrap());
        let names: Vec<String> = store
            .accounts(None)
            .await
            .unwrap()
            .into_iter()
            .map(|account| account.name)
            .collect();
        assert_eq!(names, ["Zoe", "Al", "bea"]);
        let found = store.accounts(Some(" BEA ".into())).await.unwrap();
        assert_eq!(found, vec![user]);
        db.drop_database().await;
    }
}
