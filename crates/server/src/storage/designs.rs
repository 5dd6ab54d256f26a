//! Designs: listing in the gallery's orders, reading one, storing a new one.

use async_trait::async_trait;
use cocrea_api::{Category, DesignStatus, SortOrder};

use super::{Cursor, StorageError};

/// Statuses that the public gallery shows: `DesignStatus::is_public` in SQL
/// (a test below keeps the two equal).
pub(super) const PUBLIC_STATUSES: &str = "'voting', 'goal_reached', 'in_production', 'in_store'";
/// The `ranked_at` of a design the gallery does not list (in review, rejected, hidden):
/// its trending rank is 0 and it is never stale, so neither a walk of the trending
/// order nor the refresh's stale batch passes over it; the change that lists it (an
/// approval, showing it again) ranks it anew.
pub(super) const UNLISTED_RANKED_AT: i64 = i64::MAX;
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
    /// Words that must all begin a word of the title or the description.
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

    /// Recomputes the stored trending rank of the public designs `refresh` names, at
    /// its moment, in one transaction; returns how many were ranked. PostgreSQL, which
    /// also keeps top's and near goal's keys with the ranks (migration 0009), then
    /// brings those up to date for every design whose count or status moved.
    async fn refresh_trending(&self, refresh: TrendingRefresh) -> Result<u64, StorageError>;

    /// Brings the query planner's statistics up to date after many designs were stored
    /// at once (`seed-gallery`), rather than whenever the database's own upkeep comes
    /// round to it: until then PostgreSQL plans the gallery as if its tables were empty.
    async fn refresh_statistics(&self) -> Result<(), StorageError>;
}

/// Which stored trending ranks to recompute, and when "now" is (see `crate::trending`).
///
/// Ranks are computed at one moment per refresh, so the designs a refresh ranks are
/// ordered among themselves exactly as the formula orders them at that moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendingRefresh {
    /// The moment the scores are computed at, unix milliseconds.
    pub now: i64,
    /// Every public design submitted after this moment is re-ranked (those still in
    /// the running: their scores move fastest).
    pub submitted_after: i64,
    /// Designs with a like made at or after this moment are re-ranked (their likes
    /// changed); `None` re-ranks every public design.
    pub liked_since: Option<i64>,
    /// Besides those, up to `stale_batch` public designs ranked before this moment,
    /// stalest first, so old designs follow the clock too, slowly.
    pub stale_before: i64,
    /// How many stale designs one refresh re-ranks at most.
    pub stale_batch: u32,
}

/// The words of a search, as the search indexes see them: runs of letters and digits
/// (anything else separates words), at most [`MAX_SEARCH_WORDS`] of them. Each one
/// must begin a word of the title or the description (`algo` finds "algodão"); case
/// and accents are folded by the index (SQLite's FTS5 `unicode61`, PostgreSQL's
/// `cocrea_fold`). `None` when there is no search; an empty list when the search has
/// no word in it (`%`), which nothing matches.
pub(super) fn search_words(search: Option<&str>) -> Option<Vec<String>> {
    let search = search.map(str::trim).filter(|text| !text.is_empty())?;
    Some(
        search
            .split(|character: char| !character.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .take(MAX_SEARCH_WORDS)
            .map(str::to_owned)
            .collect(),
    )
}

/// Reads a stored category or status slug, or says the value is not one we write.
pub(super) fn category_from_stored(slug: &str) -> Result<Category, StorageError> {
    Category::from_slug(slug).ok_or_else(|| StorageError::Corrupt(format!("category {slug:?}")))
}

/// Reads a stored status.
pub(super) fn status_from_stored(text: &str) -> Result<DesignStatus, StorageError> {
    DesignStatus::parse(text).ok_or_else(|| StorageError::Corrupt(format!("status {text:?}")))
}

/// How a search in an order is read, on either backend: the reasoning is in
/// storage/postgres/word_stats.rs; each backend estimates the matches its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SearchPlan {
    /// Every matching design is read, then the matches are sorted: for words few
    /// designs have.
    MatchesFirst,
    /// The order's index is walked and each design's words checked until the page is
    /// full: for words many designs have.
    OrderFirst,
}

/// What reading one matching design through the search index costs, in designs
/// passed by a walk of an order's index (about 3 on PostgreSQL 15 at 100,000
/// designs: a match is two heap reads, a walked design one and a word check; about 4
/// on SQLite, where a match is looked up and sorted and a walked design is checked
/// against the matches read once).
pub(super) const MATCH_COST: f64 = 3.0;

/// The cheaper [`SearchPlan`] for an estimated `matches` out of `designs`, a page of
/// `page` rows, and the share of walked designs the other conditions keep
/// (`walk_share`, 1 when the walked index holds only the wanted ones).
pub(super) fn search_plan(matches: f64, designs: f64, page: f64, walk_share: f64) -> SearchPlan {
    let share = matches / designs.max(1.0) * walk_share;
    if share > 0.0 && page / share < matches * MATCH_COST {
        SearchPlan::OrderFirst
    } else {
        SearchPlan::MatchesFirst
    }
}

/// How many matches are worth counting before choosing a plan: twice as many as where
/// the two plans cost the same (a page of `page` out of `designs`, every design kept),
/// so that a count that reaches it means [`SearchPlan::OrderFirst`].
pub(super) fn matches_worth_counting(page: f64, designs: f64) -> u64 {
    let even = (page * designs.max(1.0) / MATCH_COST).sqrt();
    (2.0 * even).ceil().max(100.0) as u64
}

/// What both backends' search tests share: the same designs, and the same check that
/// a search pages exactly whichever plan reads it.
#[cfg(test)]
pub(super) mod search_tests {
    use cocrea_api::{Category, DesignStatus, SortOrder};

    use crate::storage::{AccountStorage, DesignStorage, LikeStorage, ListDesigns, NewDesign};

    /// Stores 40 designs, ranked: "azul" in 36 of them (a common word, read by walking
    /// the order) and "rara" in 3 (a rare one, read from its matches); their ids.
    pub(in crate::storage) async fn store_azul_and_rara(
        store: &(impl AccountStorage + DesignStorage + LikeStorage),
    ) -> (Vec<i64>, Vec<i64>) {
        let designer = store
            .create_name_only_users(vec!["Designer".into()])
            .await
            .unwrap()[0];
        let mut azul = Vec::new();
        let mut rara = Vec::new();
        for n in 0..40_i64 {
            let title = match n % 10 {
                0 if n < 30 => "Saia rara".to_owned(),
                9 => format!("Falda {n}"),
                _ => format!("Camiseta azul {n}"),
            };
            let design = store
                .insert_design(NewDesign {
                    title: title.clone(),
                    description: "Leve".into(),
                    category: Category::ALL[n as usize % 2],
                    designer_id: designer,
                    image_hash: "a".repeat(64),
                    image_width: 10,
                    image_height: 20,
                    goal: 10,
                    status: DesignStatus::Voting,
                    // Ties in time, so the id breaks them.
                    created_at: 1_700_000_000_000 + (n % 4) * 1000,
                })
                .await
                .unwrap();
            if title.contains("azul") {
                azul.push(design.id);
            }
            if title.contains("rara") {
                rara.push(design.id);
            }
            if n % 3 == 0 {
                store
                    .add_likes(design.id, vec![(designer, 1_700_000_000_000 + n)])
                    .await
                    .unwrap();
            }
        }
        store
            .refresh_trending(crate::trending::full_refresh(crate::storage::now_millis()))
            .await
            .unwrap();
        (azul, rara)
    }

    /// Pages through `search` in `sort`, four designs a page: each of `expected` comes
    /// once, in the order of one page of them all.
    pub(in crate::storage) async fn assert_search_pages_exactly(
        store: &impl DesignStorage,
        sort: SortOrder,
        search: &str,
        expected: &[i64],
    ) {
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let page = store
                .list_designs(ListDesigns {
                    sort,
                    limit: 4,
                    search: Some(search.into()),
                    after,
                    ..ListDesigns::default()
                })
                .await
                .unwrap();
            seen.extend(page.items.iter().map(|design| design.id));
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        let mut sorted = seen.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, expected, "{sort:?} {search}");
        let everything = store
            .list_designs(ListDesigns {
                sort,
                limit: 100,
                search: Some(search.into()),
                ..ListDesigns::default()
            })
            .await
            .unwrap();
        let in_one_page: Vec<i64> = everything.items.iter().map(|design| design.id).collect();
        assert_eq!(
            seen, in_one_page,
            "pages in the order of one page: {sort:?} {search}"
        );
    }
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
    fn a_search_is_split_into_words_of_letters_and_digits() {
        assert_eq!(
            super::search_words(Some(" 50% linen_x Algodão ")),
            Some(vec![
                "50".into(),
                "linen".into(),
                "x".into(),
                "Algodão".into()
            ])
        );
        assert_eq!(super::search_words(Some("%")), Some(vec![]));
        assert_eq!(super::search_words(Some("  ")), None);
        assert_eq!(super::search_words(None), None);
    }

    #[test]
    fn a_rare_word_is_read_matches_first_and_a_common_one_order_first() {
        use super::{search_plan, SearchPlan};
        // One design in 5,000, and one in 20, of 100,000; a page of 25.
        assert_eq!(
            search_plan(20.0, 100_000.0, 25.0, 1.0),
            SearchPlan::MatchesFirst
        );
        assert_eq!(
            search_plan(5_000.0, 100_000.0, 25.0, 1.0),
            SearchPlan::OrderFirst
        );
        // Two common words together in one design of 460: still few enough to read.
        assert_eq!(
            search_plan(218.0, 100_000.0, 25.0, 1.0),
            SearchPlan::MatchesFirst
        );
        // A word no statistics list, or no statistics at all.
        assert_eq!(search_plan(0.0, 0.0, 25.0, 1.0), SearchPlan::MatchesFirst);
    }

    #[test]
    fn a_count_that_reaches_its_cap_means_walking_the_order() {
        use super::{matches_worth_counting, search_plan, SearchPlan};
        for designs in [1_000.0, 100_000.0, 10_000_000.0] {
            let cap = matches_worth_counting(25.0, designs) as f64;
            assert_eq!(
                search_plan(cap, designs, 25.0, 1.0),
                SearchPlan::OrderFirst,
                "{designs}"
            );
        }
        assert_eq!(matches_worth_counting(25.0, 100_000.0), 1826);
    }
}
