//! Live events on `GET /api/events` (Server-Sent Events) and the in-store views.

use serde::{Deserialize, Serialize};

use crate::{Design, DesignStatus};

/// The `likes` event: a design's like count changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LikesEvent {
    /// The design.
    pub design_id: i64,
    /// Its like count now.
    pub likes: i64,
    /// The store the like was made (or taken back) in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
    /// That store's like count for the design now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_likes: Option<i64>,
}

/// The `status` event: a design moved on in its life.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusEvent {
    /// The design.
    pub design_id: i64,
    /// Its status now.
    pub status: DesignStatus,
}

/// The `comment` event: someone commented on a design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommentEvent {
    /// The design.
    pub design_id: i64,
    /// The new comment.
    pub comment_id: i64,
    /// The comment it answers, when it is the designer's reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<i64>,
}

/// The `comment_deleted` event: a comment (and the replies under it) was taken down,
/// by its author or the brand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommentDeletedEvent {
    /// The design.
    pub design_id: i64,
    /// The deleted comment.
    pub comment_id: i64,
}

/// The `snapshot` event: sent instead of the events a client missed when
/// they are too many or too old. The client should reload what it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SnapshotEvent {
    /// Why: `"reconnected"` (missed events are gone) or `"lagged"` (too slow).
    pub reason: String,
}

/// `GET /api/leaderboard`: designs in rank order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Leaderboard {
    /// The designs, best first.
    pub items: Vec<Design>,
}

/// Store codes: what a tag's `?store=` may carry.
pub mod store_code {
    /// Longest store code.
    pub const MAX_LEN: usize = 32;

    /// Whether `code` is a valid store code: 1 to 32 of `a-z`, `0-9`, `-`.
    pub fn is_valid(code: &str) -> bool {
        !code.is_empty()
            && code.len() <= MAX_LEN
            && code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    /// A store code known to be valid ([`is_valid`]): what the server passes around
    /// once it has read one from a request.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct StoreCode(String);

    impl StoreCode {
        /// The code, if `code` is a valid one.
        pub fn parse(code: &str) -> Option<StoreCode> {
            is_valid(code).then(|| StoreCode(code.to_owned()))
        }

        /// The code as text.
        pub fn as_str(&self) -> &str {
            &self.0
        }

        /// The code as an owned string.
        pub fn into_string(self) -> String {
            self.0
        }
    }

    impl std::fmt::Display for StoreCode {
        fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str(&self.0)
        }
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn store_codes_are_short_lowercase_slugs() {
            assert!(super::is_valid("madrid-01"));
            for bad in ["", "Madrid", "a b", "x".repeat(33).as_str(), "<script>"] {
                assert!(!super::is_valid(bad), "{bad}");
                assert_eq!(super::StoreCode::parse(bad), None);
            }
            assert_eq!(
                super::StoreCode::parse("madrid-01").unwrap().as_str(),
                "madrid-01"
            );
        }
    }
}
