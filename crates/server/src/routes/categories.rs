//! `GET /api/categories`.

use axum::routing::get;
use axum::Router;
use cocrea_api::{Category, CategoryInfo};

use crate::error::Json;
use crate::state::AppState;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/categories", get(categories_list))
}

/// The fixed list of design categories, in display order.
#[utoipa::path(get, path = "/api/categories", tag = "designs",
    responses((status = 200, description = "Every category", body = [CategoryInfo])))]
pub async fn categories_list() -> Json<Vec<CategoryInfo>> {
    Json(Category::ALL.into_iter().map(CategoryInfo::from).collect())
}
