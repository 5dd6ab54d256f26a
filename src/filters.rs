//! The gallery's sort, category and search, as they live in the URL query.

use cocrea_api::{Category, DesignQuery, SortOrder};
use leptos_router::params::ParamsMap;

/// What the gallery shows: read from `?sort=&category=&q=` and written back to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// The order of the designs.
    pub sort: SortOrder,
    /// Only designs of this category, or all.
    pub category: Option<Category>,
    /// The search words, as typed (trimmed).
    pub q: String,
}

impl Filters {
    /// Reads the filters from a URL query; unknown values fall back to the defaults.
    pub fn from_query(query: &ParamsMap) -> Self {
        Filters {
            sort: query
                .get_str("sort")
                .and_then(SortOrder::parse)
                .unwrap_or_default(),
            category: query.get_str("category").and_then(Category::from_slug),
            q: query.get_str("q").unwrap_or_default().trim().to_owned(),
        }
    }

    /// Whether a category or search narrows the gallery.
    pub fn is_narrowed(&self) -> bool {
        self.category.is_some() || !self.q.is_empty()
    }

    /// The API query for one page of these filters.
    pub fn to_api_query(&self, cursor: Option<String>) -> DesignQuery {
        DesignQuery {
            sort: Some(self.sort),
            category: self.category,
            q: (!self.q.is_empty()).then(|| self.q.clone()),
            limit: None,
            cursor,
        }
    }

    /// The gallery URL that shows these filters, e.g. `/?sort=new&category=tops&q=linen`.
    pub fn to_href(&self) -> String {
        let mut href = format!("/?sort={}", self.sort.as_str());
        if let Some(category) = self.category {
            href.push_str("&category=");
            href.push_str(category.slug());
        }
        if !self.q.is_empty() {
            href.push_str("&q=");
            href.push_str(&encode_query_value(&self.q));
        }
        href
    }
}

/// Percent-encodes a query value (UTF-8) with the browser's `encodeURIComponent`.
pub(crate) fn encode_query_value(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn filters_round_trip_through_the_url() {
        let filters = Filters {
            sort: SortOrder::NearGoal,
            category: Some(Category::Knitwear),
            q: "wool & silk".into(),
        };
        assert_eq!(
            filters.to_href(),
            "/?sort=near_goal&category=knitwear&q=wool%20%26%20silk"
        );
    }

    #[wasm_bindgen_test]
    fn unknown_values_fall_back_to_the_defaults() {
        let mut query = ParamsMap::new();
        query.insert("sort", "sideways".into());
        query.insert("category", "hats".into());
        assert_eq!(Filters::from_query(&query), Filters::default());
    }
}
