//! Whose session a like carries, remembered for a moment.
//!
//! A like is the request a store's shoppers make most, often several a second from
//! one account; looking its session up in the database every time costs about as
//! much as writing the like. The like route asks this cache first: a session found
//! in the database is remembered for [`REMEMBERED_FOR`], so a burst of likes looks it
//! up once. Only the like route uses it (it needs no more than "some signed-in
//! account"; what a role allows is always read fresh). Signing out forgets the
//! session on this server at once; on another server of the same database, a
//! session ended elsewhere may still like for at most [`REMEMBERED_FOR`].

use std::time::Duration;

use moka::sync::Cache;

use crate::storage::{StorageError, Store, UserRow};

/// How long a session found in the database is trusted without asking again.
pub const REMEMBERED_FOR: Duration = Duration::from_secs(2);
/// The most sessions remembered at once (the least recently used go first).
const MOST_SESSIONS: u64 = 100_000;

/// Recently seen sessions, by token hash; cheap to clone (one shared cache).
#[derive(Clone)]
pub struct SessionCache {
    sessions: Cache<Vec<u8>, UserRow>,
}

impl Default for SessionCache {
    fn default() -> Self {
        SessionCache {
            sessions: Cache::builder()
                .max_capacity(MOST_SESSIONS)
                .time_to_live(REMEMBERED_FOR)
                .build(),
        }
    }
}

impl SessionCache {
    /// The user of the session with this token hash: remembered, or read from the
    /// database (and then remembered). Sessions not found are never remembered.
    pub async fn user(
        &self,
        store: &Store,
        token_hash: Vec<u8>,
    ) -> Result<Option<UserRow>, StorageError> {
        if let Some(user) = self.sessions.get(&token_hash) {
            return Ok(Some(user));
        }
        let user = store.session_user(token_hash.clone()).await?;
        if let Some(user) = &user {
            self.sessions.insert(token_hash, user.clone());
        }
        Ok(user)
    }

    /// Forgets a session (it was ended on this server).
    pub fn forget(&self, token_hash: &[u8]) {
        self.sessions.invalidate(token_hash);
    }
}
