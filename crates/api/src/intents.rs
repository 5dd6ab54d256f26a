//! After the goal: "notify me when it's in store" and "I'd buy it" in a size.
//!
//! One intent per account and design. Sizes depend on the category: letter sizes for
//! clothing, EU sizes for shoes, one size for accessories.

use serde::{Deserialize, Serialize};

use crate::{Category, DesignStatus};

/// Clothing sizes, smallest first.
pub const CLOTHING_SIZES: [&str; 6] = ["XS", "S", "M", "L", "XL", "XXL"];
/// Shoe sizes (EU), smallest first.
pub const SHOE_SIZES: [&str; 12] = [
    "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46",
];
/// The one size of accessories.
pub const ONE_SIZE: [&str; 1] = ["one_size"];

/// The sizes a design of `category` is made in.
pub fn sizes_for(category: Category) -> &'static [&'static str] {
    match category {
        Category::Shoes => &SHOE_SIZES,
        Category::Accessories => &ONE_SIZE,
        _ => &CLOTHING_SIZES,
    }
}

/// Whether shoppers may say they want a design in this status: once it reached its
/// goal and until it is in store.
pub fn takes_intents(status: DesignStatus) -> bool {
    matches!(
        status,
        DesignStatus::GoalReached | DesignStatus::InProduction
    )
}

/// `PUT /api/designs/{id}/intent`: notify me when it is in store, and (with a size)
/// I'd buy it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IntentRequest {
    /// The size I'd buy, one of the design's sizes; none: only tell me when it is in store.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::intent_size))]
    pub size: Option<String>,
}

/// `GET /api/designs/{id}/intent`: what I said about this design.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyIntent {
    /// Whether I asked to hear when it is in store (true with every intent).
    pub wanted: bool,
    /// The size I'd buy, if I said one.
    pub size: Option<String>,
    /// The sizes this design is made in.
    pub sizes: Vec<String>,
}

/// Intents for one design and size, in the brand's insights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IntentCount {
    /// The design.
    pub design_id: i64,
    /// Its title.
    pub title: String,
    /// The size; none for "notify me" without a size.
    pub size: Option<String>,
    /// How many accounts.
    pub count: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shoes_come_in_eu_sizes_and_clothes_in_letters() {
        assert_eq!(sizes_for(Category::Shoes).first(), Some(&"35"));
        assert_eq!(sizes_for(Category::Shoes).last(), Some(&"46"));
        assert_eq!(sizes_for(Category::Dresses), CLOTHING_SIZES);
        assert_eq!(sizes_for(Category::Accessories), ONE_SIZE);
    }

    #[test]
    fn intents_open_at_the_goal_and_close_in_store() {
        assert!(takes_intents(DesignStatus::GoalReached));
        assert!(takes_intents(DesignStatus::InProduction));
        assert!(!takes_intents(DesignStatus::Voting));
        assert!(!takes_intents(DesignStatus::InStore));
    }
}
