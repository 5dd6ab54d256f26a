//! How common the words of the search index are, for choosing a search's plan.
//!
//! A gallery search in an order can be answered two ways (storage/postgres/designs.rs):
//! read every matching design and sort them, or walk the order's index and check each
//! design's words until a page is full. The first costs as much as there are matches,
//! the second as many designs as the walk must pass to find a page. PostgreSQL's
//! planner cannot tell them apart for a word it has no statistics on (it guesses 0.5%
//! of the rows, so a word in one design of 5,000 walked all 100,000), and a prepared
//! statement's generic plan knows no word at all. So the listing chooses, from the
//! statistics `ANALYZE` keeps on `design_search.words` (the most common words and the
//! share of rows each is in), read at most once a minute.
//!
//! The choice only decides how fast a page comes: both plans return the same rows.

use std::time::{Duration, Instant};

use deadpool_postgres::GenericClient;
use tokio::sync::Mutex;
use unicode_normalization::UnicodeNormalization;

use crate::storage::StorageError;

/// How long statistics read from the database are used before they are read again
/// (they change only when the table is analyzed).
const FRESH_FOR: Duration = Duration::from_secs(60);

/// The search index's word statistics, read lazily and kept for [`FRESH_FOR`].
#[derive(Default)]
pub(super) struct WordStats {
    cached: Mutex<Option<Snapshot>>,
}

/// The statistics as read at one moment.
struct Snapshot {
    read_at: Instant,
    /// How many designs the search table holds (the planner's estimate).
    rows: f64,
    /// The most common words and the share of rows each is in, sorted by word; empty
    /// before the table was first analyzed.
    words: Vec<(String, f64)>,
}

impl WordStats {
    /// An estimate of how many designs have a word beginning with each of `words`,
    /// and how many designs there are: `(matches, designs)`. Words the statistics
    /// do not list count as rare (none); words are taken as independent.
    pub(super) async fn estimate(
        &self,
        client: &impl GenericClient,
        words: &[String],
    ) -> Result<(f64, f64), StorageError> {
        let mut cached = self.cached.lock().await;
        let stale = cached
            .as_ref()
            .is_none_or(|snapshot| snapshot.read_at.elapsed() > FRESH_FOR);
        if stale {
            *cached = Some(read(client).await?);
        }
        let snapshot = cached.as_ref().expect("just read");
        let share: f64 = words
            .iter()
            .map(|word| prefix_share(&snapshot.words, &fold(word)))
            .product();
        Ok((share * snapshot.rows, snapshot.rows))
    }
}

/// Reads the statistics of `design_search.words`.
async fn read(client: &impl GenericClient) -> Result<Snapshot, StorageError> {
    let rows: f64 = client
        .query_one(
            "SELECT GREATEST(reltuples, 0)::double precision FROM pg_class \
             WHERE oid = 'design_search'::regclass",
            &[],
        )
        .await?
        .try_get(0)?;
    // most_common_elem_freqs ends with three more numbers (the least and the
    // greatest frequency, and the share of empty values): zip stops before them.
    let stats = client
        .query_opt(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs::float8[] \
             FROM pg_stats WHERE schemaname = current_schema() \
             AND tablename = 'design_search' AND attname = 'words'",
            &[],
        )
        .await?;
    let mut words: Vec<(String, f64)> = match stats {
        Some(row) => {
            let elements: Option<Vec<String>> = row.try_get(0)?;
            let shares: Option<Vec<f64>> = row.try_get(1)?;
            elements
                .unwrap_or_default()
                .into_iter()
                .zip(shares.unwrap_or_default())
                .collect()
        }
        None => Vec::new(),
    };
    words.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Snapshot {
        read_at: Instant::now(),
        rows,
        words,
    })
}

/// The share of rows with a word beginning with `prefix`: the sum of the listed
/// words' shares (at most 1), 0 when none is listed.
fn prefix_share(words: &[(String, f64)], prefix: &str) -> f64 {
    let start = words.partition_point(|(word, _)| word.as_str() < prefix);
    words[start..]
        .iter()
        .take_while(|(word, _)| word.starts_with(prefix))
        .map(|(_, share)| share)
        .sum::<f64>()
        .min(1.0)
}

/// A search word as the index stores words (close to `cocrea_fold` of migration
/// 0003: lower case, accents taken off). Only the estimate uses it.
fn fold(word: &str) -> String {
    word.nfd()
        .filter(|character| !unicode_normalization::char::is_combining_mark(*character))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{fold, prefix_share};

    #[test]
    fn a_prefix_counts_every_listed_word_it_begins() {
        let words = vec![
            ("algodao".to_owned(), 0.05),
            ("algodon".to_owned(), 0.05),
            ("azul".to_owned(), 0.06),
        ];
        assert!((prefix_share(&words, "algod") - 0.10).abs() < 1e-9);
        assert!((prefix_share(&words, "algodao") - 0.05).abs() < 1e-9);
        assert_eq!(prefix_share(&words, "lentejuelas"), 0.0);
        assert_eq!(prefix_share(&[], "azul"), 0.0);
    }

    #[test]
    fn words_are_folded_as_the_index_folds_them() {
        assert_eq!(fold("Algodão"), "algodao");
        assert_eq!(fold("LILÁS"), "lilas");
        assert_eq!(fold("Pantalón"), "pantalon");
    }
}
