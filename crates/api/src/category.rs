//! The fixed list of design categories.

use serde::{Deserialize, Serialize};

/// A garment category; the list is fixed by the brand's catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Dresses,
    Tops,
    Knitwear,
    Outerwear,
    Trousers,
    Skirts,
    Accessories,
    Shoes,
}

impl Category {
    /// Every category, in the order the app lists them.
    pub const ALL: [Category; 8] = [
        Category::Dresses,
        Category::Tops,
        Category::Knitwear,
        Category::Outerwear,
        Category::Trousers,
        Category::Skirts,
        Category::Accessories,
        Category::Shoes,
    ];

    /// The identifier used in URLs, JSON and the database.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Dresses => "dresses",
            Category::Tops => "tops",
            Category::Knitwear => "knitwear",
            Category::Outerwear => "outerwear",
            Category::Trousers => "trousers",
            Category::Skirts => "skirts",
            Category::Accessories => "accessories",
            Category::Shoes => "shoes",
        }
    }

    /// The English name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Category::Dresses => "Dresses",
            Category::Tops => "Tops",
            Category::Knitwear => "Knitwear",
            Category::Outerwear => "Outerwear",
            Category::Trousers => "Trousers",
            Category::Skirts => "Skirts",
            Category::Accessories => "Accessories",
            Category::Shoes => "Shoes",
        }
    }

    /// The category with this slug, if there is one.
    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// One entry of `GET /api/categories`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryInfo {
    /// The category's identifier.
    pub slug: Category,
    /// Its English name.
    pub label: String,
}

impl From<Category> for CategoryInfo {
    fn from(category: Category) -> Self {
        CategoryInfo {
            slug: category,
            label: category.label().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_round_trips_through_from_slug_and_serde() {
        for category in Category::ALL {
            assert_eq!(Category::from_slug(category.slug()), Some(category));
            let json = serde_json::to_string(&category).unwrap();
            assert_eq!(json, format!("\"{}\"", category.slug()));
        }
        assert_eq!(Category::from_slug("hats"), None);
    }
}
