//! Accounts and sign-in sessions.

use async_trait::async_trait;
use cocrea_api::admin::Role;

use super::StorageError;

/// A signed-up person.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    /// The user's id.
    pub id: i64,
    /// Display name.
    pub name: String,
    /// Sign-in email (lower-cased); `None` for name-only users.
    pub email: Option<String>,
    /// What the person may do.
    pub role: Role,
}

impl UserRow {
    /// Whether this user is brand staff.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    /// Another account has this email.
    #[error("an account with this email exists")]
    EmailTaken,
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Accounts, sessions and roles.
#[async_trait]
pub trait AccountStorage {
    /// Creates an account; the email must be lower-cased and the password already hashed.
    async fn create_account(
        &self,
        name: String,
        email: String,
        password_hash: String,
    ) -> Result<UserRow, CreateAccountError>;

    /// The account with this (lower-cased) email and its password hash.
    async fn account_by_email(
        &self,
        email: String,
    ) -> Result<Option<(UserRow, String)>, StorageError>;

    /// Starts a session for a user, keyed by the hash of its token (and forgets the
    /// user's expired sessions).
    async fn create_session(
        &self,
        user_id: i64,
        token_hash: Vec<u8>,
        expires_at: i64,
    ) -> Result<(), StorageError>;

    /// The user of an unexpired session.
    async fn session_user(&self, token_hash: Vec<u8>) -> Result<Option<UserRow>, StorageError>;

    /// The person with this id, if there is one.
    async fn user(&self, user_id: i64) -> Result<Option<UserRow>, StorageError>;

    /// Ends a session.
    async fn delete_session(&self, token_hash: Vec<u8>) -> Result<(), StorageError>;

    /// Sets the role of the account with this (lower-cased) email; false when there is none.
    async fn set_role_by_email(&self, email: String, role: Role) -> Result<bool, StorageError>;

    /// Sets the role of a user; false when there is no such user.
    async fn set_role(&self, user_id: i64, role: Role) -> Result<bool, StorageError>;

    /// Accounts (users with an email), admins first, then by name; optionally matching `search`.
    async fn accounts(&self, search: Option<String>) -> Result<Vec<UserRow>, StorageError>;

    /// Creates name-only users (demo shoppers); returns their ids.
    async fn create_name_only_users(&self, names: Vec<String>) -> Result<Vec<i64>, StorageError>;
}

/// Reads a stored role; anything unknown is a plain user, never an admin.
pub(super) fn role_from_stored(stored: &str) -> Role {
    if stored == Role::Admin.as_str() {
        Role::Admin
    } else {
        Role::User
    }
}
