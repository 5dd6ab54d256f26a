//! The brand's reading of the community: `GET /api/admin/insights` (charts)
//! and `GET /api/admin/export.csv` (every design, for a spreadsheet), both with
//! the "notify me" / "I'd buy it" intents by design and size.

use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use cocrea_api::admin::{CategoryCount, DatedCount, Insights, StoreCount};
use cocrea_api::{ApiError, IntentCount};
use time::macros::format_description;
use time::Date;

use crate::auth::AdminUser;
use crate::error::{AppError, Json};
use crate::state::AppState;
use crate::storage::{now_millis, DesignRow, IntentCountRow};
use crate::wire;

/// The store name of likes made without a store.
pub const ONLINE: &str = "online";
/// The export's file name.
pub const EXPORT_FILE_NAME: &str = "cocrea-designs.csv";
/// The export's columns, in order.
pub const EXPORT_COLUMNS: [&str; 12] = [
    "id",
    "title",
    "description",
    "category",
    "designer",
    "likes",
    "goal",
    "status",
    "hidden",
    "created_at",
    "intents",
    "intents_by_size",
];
/// The size column's word for "notify me" without a size.
pub const NO_SIZE: &str = "notify_only";

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/insights", get(admin_insights_show))
        .route("/admin/export.csv", get(admin_export_csv))
}

/// Likes per day, top designs, likes by category and store, submissions per
/// week, goals reached and the number of designs. Days and weeks are UTC;
/// weeks start on Monday.
#[utoipa::path(get, path = "/api/admin/insights", tag = "admin",
    responses(
        (status = 200, description = "The insights", body = Insights),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
    ))]
pub async fn admin_insights_show(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
) -> Result<Json<Insights>, AppError> {
    let rows = state.store.insights(now_millis()).await?;
    let intents = state.store.intent_counts().await?;
    Ok(Json(Insights {
        likes_per_day: dated_counts(rows.likes_per_day),
        top_designs: rows
            .top_designs
            .into_iter()
            .map(|row| wire::design(row, false))
            .collect(),
        likes_by_category: rows
            .likes_by_category
            .into_iter()
            .map(|(category, count)| CategoryCount { category, count })
            .collect(),
        likes_by_store: rows
            .likes_by_store
            .into_iter()
            .map(|(store, count)| StoreCount {
                store: store.unwrap_or_else(|| ONLINE.to_owned()),
                count,
            })
            .collect(),
        submissions_per_week: dated_counts(rows.submissions_per_week),
        goals_reached: rows.goals_reached,
        designs: rows.designs,
        intents: intents
            .into_iter()
            .map(|row| IntentCount {
                design_id: row.design_id,
                title: row.title,
                size: row.size,
                count: row.count,
            })
            .collect(),
    }))
}

/// Every design in any status, one CSV row each, as an attachment. Text cells
/// that a spreadsheet would read as a formula start with an apostrophe.
#[utoipa::path(get, path = "/api/admin/export.csv", tag = "admin",
    responses(
        (status = 200, description = "The designs as CSV (UTF-8, header row first)",
            body = String, content_type = "text/csv"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
    ))]
pub async fn admin_export_csv(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
) -> Result<impl IntoResponse, AppError> {
    let designs = state.store.all_designs().await?;
    let intents = state.store.intent_counts().await?;
    let count = designs.len();
    let body = designs_csv(designs, &intents).map_err(AppError::internal)?;
    tracing::info!(admin = admin.id, designs = count, "designs exported");
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{EXPORT_FILE_NAME}\""),
            ),
        ],
        body,
    ))
}

fn dated_counts(counts: Vec<(Date, i64)>) -> Vec<DatedCount> {
    let format = format_description!("[year]-[month]-[day]");
    counts
        .into_iter()
        .map(|(date, count)| DatedCount {
            date: date.format(&format).unwrap_or_default(),
            count,
        })
        .collect()
}

/// The export: a header row, then one row per design, with its intents in all and
/// by size (`M=3; L=1; notify_only=2`).
fn designs_csv(designs: Vec<DesignRow>, intents: &[IntentCountRow]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(EXPORT_COLUMNS)?;
    for design in designs {
        let mine: Vec<&IntentCountRow> = intents
            .iter()
            .filter(|row| row.design_id == design.id)
            .collect();
        let total: i64 = mine.iter().map(|row| row.count).sum();
        let by_size = mine
            .iter()
            .map(|row| format!("{}={}", row.size.as_deref().unwrap_or(NO_SIZE), row.count))
            .collect::<Vec<_>>()
            .join("; ");
        writer.write_record([
            design.id.to_string(),
            spreadsheet_safe(&design.title),
            spreadsheet_safe(&design.description),
            design.category.slug().to_owned(),
            spreadsheet_safe(&design.designer_name),
            design.likes.to_string(),
            design.goal.to_string(),
            design.status.as_str().to_owned(),
            design.hidden.to_string(),
            wire::timestamp(design.created_at),
            total.to_string(),
            by_size,
        ])?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

/// Text as a spreadsheet shows it rather than runs it: a cell that starts like
/// a formula (`=`, `+`, `-`, `@`, or a tab or carriage return that some
/// spreadsheets skip) gets a leading apostrophe (OWASP's CSV injection advice).
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_neutralised_and_others_kept() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("+1"), "'+1");
        assert_eq!(spreadsheet_safe("-2+3"), "'-2+3");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("\t=1"), "'\t=1");
        assert_eq!(spreadsheet_safe("Linen = love"), "Linen = love");
        assert_eq!(spreadsheet_safe(""), "");
    }
}
