//! Listing designs: sort orders, filters and pages.

use serde::{Deserialize, Serialize};

use crate::{Category, Design};

/// How the gallery is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// Likes weighed by age (see [`crate::ranking::trending_score`]).
    #[default]
    Trending,
    /// Newest first.
    New,
    /// Most liked first.
    Top,
    /// Closest to its like goal first.
    NearGoal,
}

impl SortOrder {
    /// Every order, as the gallery offers them.
    pub const ALL: [SortOrder; 4] = [
        SortOrder::Trending,
        SortOrder::New,
        SortOrder::Top,
        SortOrder::NearGoal,
    ];

    /// The identifier used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            SortOrder::Trending => "trending",
            SortOrder::New => "new",
            SortOrder::Top => "top",
            SortOrder::NearGoal => "near_goal",
        }
    }

    /// The order with this identifier, if there is one.
    pub fn parse(value: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// The English words shown in the sort control.
    pub fn label(self) -> &'static str {
        match self {
            SortOrder::Trending => "Trending",
            SortOrder::New => "New",
            SortOrder::Top => "Most liked",
            SortOrder::NearGoal => "Near goal",
        }
    }
}

/// The query string of `GET /api/designs`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct DesignQuery {
    /// The order; trending when absent.
    #[serde(default)]
    pub sort: Option<SortOrder>,
    /// Only designs of this category.
    #[serde(default)]
    pub category: Option<Category>,
    /// Words that must each begin a word of the title or the description (case and
    /// accents aside: `algodao` finds "Algodão"); up to 200 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(schema_with = crate::openapi::search_text))]
    pub q: Option<String>,
    /// Page size, 1 to 100; 24 when absent.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", param(schema_with = crate::openapi::page_size))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    #[serde(default)]
    pub cursor: Option<String>,
}

/// One page of designs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DesignPage {
    /// The designs on this page, in order.
    pub items: Vec<Design>,
    /// Pass as `cursor` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}
