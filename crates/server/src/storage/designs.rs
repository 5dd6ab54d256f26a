//! Designs: listing in the gallery's orders, reading one, storing a new one.

use async_trait::async_trait;
use cocrea_api::{Category, DesignStatus, SortOrder};

use super::{Cursor, StorageError};

/// Statuses that the public gallery shows: `DesignStatus::is_public` in SQL
/// (a test below keeps the two equal).
pub(super) const PUBLIC_STATUSES: &str = "'voting', 'goal_reached', 'in_production', 'in_store'";
/// The columns each backend's design reader takes, in its order: one list for every
/// query, on both backends.
macro_rules! design_columns {
    () => {
        "d.id, d.title, d.description, d.category, d.designer_id, u.name, \
         d.image_hash, d.image_width, d.image_height, d.likes, d.goal, d.status, d.created_at, \
         d.rejection_reason, d.hidden"
    };
}
/// The design columns, for queries that select more after them.
pub(super) const DESIGN_COLUMNS: &str = design_columns!();
/// How many columns that is (a listing's sort key comes after them).
pub(super) const DESIGN_COLUMN_COUNT: usize = 15;
/// Selects designs with their designer's name, in [`DESIGN_COLUMNS`] order.
pub(super) const SELECT_DESIGN: &str = concat!(
    "SELECT ",
    design_columns!(),
    " FROM designs d JOIN users u ON u.id = d.designer_id"
);
/// The most search words that count; more are ignored.
pub(super) const MAX_SEARCH_WORDS: usize = 8;

/// A design as stored, with its designer's name.
#[derive(Debug, Clone, PartialEq)]
pub struct DesignRow {
    /// The design's id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Its category.
    pub category: Category,
    /// The submitting user's id.
    pub designer_id: i64,
    /// The submitting user's display name.
    pub designer_name: String,
    /// The content hash naming its image files.
    pub image_hash: String,
    /// Full image width in pixels.
    pub image_width: u32,
    /// Full image height in pixels.
    pub image_height: u32,
    /// Its like count.
    pub likes: i64,
    /// Its like goal.
    pub goal: i64,
    /// Its status.
    pub status: DesignStatus,
    /// When it was submitted, unix milliseconds.
    pub created_at: i64,
    /// Why the brand rejected it.
    pub rejection_reason: Option<String>,
    /// Hidden by an admin.
    pub hidden: bool,
}

/// A new design to store; its text is already validated and its image saved.
#[derive(Debug, Clone)]
pub struct NewDesign {
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The category.
    pub category: Category,
    /// The submitting user.
    pub designer_id: i64,
    /// The saved image's content hash.
    pub image_hash: String,
    /// The saved image's width.
    pub image_width: u32,
    /// The saved image's height.
    pub image_height: u32,
    /// The like goal.
    pub goal: i64,
    /// The starting status.
    pub status: DesignStatus,
    /// When it was submitted, unix milliseconds.
    pub created_at: i64,
}

/// What the gallery asks for.
#[derive(Debug, Clone, Default)]
pub struct ListDesigns {
    /// The order.
    pub sort: SortOrder,
    /// Only this category.
    pub category: Option<Category>,
    /// Words that must all appear in the title or the description.
    pub search: Option<String>,
    /// Page size.
    pub limit: u32,
    /// Where the previous page stopped.
    pub after: Option<Cursor>,
}

/// One page of designs and where the next one starts.
#[derive(Debug, Clone)]
pub struct DesignListing {
    /// The designs, in order.
    pub items: Vec<DesignRow>,
    /// Where the next page starts; `None` on the last page.
    pub next: Option<Cursor>,
}

/// Reading and storing designs.
#[async_trait]
pub trait DesignStorage {
    /// One page of public (visible, not hidden) designs in the requested order.
    async fn list_designs(&self, request: ListDesigns) -> Result<DesignListing, StorageError>;

    /// The design with this id, whatever its status.
    async fn design(&self, id: i64) -> Result<Option<DesignRow>, StorageError>;

    /// Stores a new design with no likes, and the first step of its timeline;
    /// returns it as stored.
    async fn insert_design(&self, design: NewDesign) -> Result<DesignRow, StorageError>;

    /// How many designs there are, in any status.
    async fn count_designs(&self) -> Result<i64, StorageError>;

    /// Whether any design uses the image with this content hash.
    async fn image_in_use(&self, hash: String) -> Result<bool, StorageError>;

    /// The designs a user submitted, newest first, in any status.
    async fn designs_by_designer(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError>;

    /// The public designs a user likes, most recently liked first.
    async fn designs_liked_by(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError>;

    /// Designs for the admin list, newest first: those in `status`, or all (at most 500).
    async fn admin_designs(
        &self,
        status: Option<DesignStatus>,
    ) -> Result<Vec<DesignRow>, StorageError>;

    /// Every design in any status (hidden ones too), oldest first: the CSV export.
    async fn all_designs(&self) -> Result<Vec<DesignRow>, StorageError>;
}

/// Escapes LIKE's wildcards so a search for "50%" means the characters typed.
pub(super) fn escape_like(word: &str) -> String {
    let mut escaped = String::with_capacity(word.len());
    for character in word.chars() {
        if matches!(character, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// The words of a search that count, as LIKE patterns (`%word%`, wildcards escaped).
pub(super) fn search_patterns(search: Option<&str>) -> Vec<String> {
    search
        .unwrap_or("")
        .split_whitespace()
        .take(MAX_SEARCH_WORDS)
        .map(|word| format!("%{}%", escape_like(word)))
        .collect()
}

/// Reads a stored category or status slug, or says the value is not one we write.
pub(super) fn category_from_stored(slug: &str) -> Result<Category, StorageError> {
    Category::from_slug(slug).ok_or_else(|| StorageError::Corrupt(format!("category {slug:?}")))
}

/// Reads a stored status.
pub(super) fn status_from_stored(text: &str) -> Result<DesignStatus, StorageError> {
    DesignStatus::parse(text).ok_or_else(|| StorageError::Corrupt(format!("status {text:?}")))
}

#[cfg(test)]
mod tests {
    use super::PUBLIC_STATUSES;
    use cocrea_api::DesignStatus::*;

    #[test]
    fn the_sql_list_of_public_statuses_follows_the_shared_rule() {
        for status in [
            Pending,
            Voting,
            GoalReached,
            InProduction,
            InStore,
            Rejected,
            Archived,
        ] {
            let listed = PUBLIC_STATUSES.contains(&format!("'{}'", status.as_str()));
            assert_eq!(listed, status.is_public(), "{status:?}");
        }
    }

    #[test]
    fn search_words_become_escaped_like_patterns() {
        assert_eq!(
            super::search_patterns(Some("50% linen_x")),
            ["%50\\%%", "%linen\\_x%"]
        );
    }
}
