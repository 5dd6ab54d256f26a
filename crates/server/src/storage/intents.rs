//! Intents: "notify me when it's in store" and "I'd buy it" in a size, one per
//! account and design.

use async_trait::async_trait;

use super::StorageError;

/// Intents for one design and size, as the insights count them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntentCountRow {
    /// The design.
    pub design_id: i64,
    /// Its title.
    pub title: String,
    /// The size; none for "notify me" alone.
    pub size: Option<String>,
    /// How many accounts.
    pub count: i64,
}

/// Recording and counting intents.
#[async_trait]
pub trait IntentStorage {
    /// Records (or changes) an account's intent for a design: `size` none means
    /// "notify me" alone.
    async fn put_intent(
        &self,
        design_id: i64,
        account_id: i64,
        size: Option<String>,
    ) -> Result<(), StorageError>;

    /// Withdraws an account's intent; `false` when there was none.
    async fn delete_intent(&self, design_id: i64, account_id: i64) -> Result<bool, StorageError>;

    /// An account's intent for a design: `Some(size)` when there is one.
    async fn intent(
        &self,
        design_id: i64,
        account_id: i64,
    ) -> Result<Option<Option<String>>, StorageError>;

    /// The accounts with an intent for a design.
    async fn intent_accounts(&self, design_id: i64) -> Result<Vec<i64>, StorageError>;

    /// Intents counted by design and size, most first.
    async fn intent_counts(&self) -> Result<Vec<IntentCountRow>, StorageError>;
}
