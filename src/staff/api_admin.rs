//! The typed client of the brand's JSON API under `/api/admin/`: one async
//! function per endpoint (staff bundle only).
//!
//! Errors come back as [`ClientError`] through the same helpers as
//! [`crate::api`], so a refused request reads the same everywhere.

use cocrea_api::admin::{
    AdminUser, Insights, NewWebhook, RejectRequest, ReportedDesign, Role, RoleRequest,
    StatusChangeRequest, Webhook, WebhookDelivery,
};
use cocrea_api::{Design, DesignStatus};
use gloo_net::http::Request;

use crate::api::{get_json, no_content, send_json, send_json_no_content, ClientError};

/// Where the brand downloads every design with its counts, as CSV.
pub const EXPORT_CSV_URL: &str = "/api/admin/export.csv";

/// `GET /api/admin/designs?status=`: every design (hidden ones too), newest
/// first, or only those in `status`.
pub async fn designs(status: Option<DesignStatus>) -> Result<Vec<Design>, ClientError> {
    let mut request = Request::get("/api/admin/designs");
    if let Some(status) = status {
        request = request.query([("status", status.as_str())]);
    }
    get_json(request).await
}

/// `POST /api/admin/designs/{id}/approve`: a pending design goes to voting.
pub async fn approve_design(id: i64) -> Result<Design, ClientError> {
    get_json(Request::post(&format!("/api/admin/designs/{id}/approve"))).await
}

/// `POST /api/admin/designs/{id}/reject`: refuses a design with a reason its designer reads.
pub async fn reject_design(id: i64, request: &RejectRequest) -> Result<Design, ClientError> {
    send_json(
        Request::post(&format!("/api/admin/designs/{id}/reject")),
        request,
    )
    .await
}

/// `POST /api/admin/designs/{id}/status`: moves a design on in production, or archives it.
pub async fn change_status(id: i64, request: &StatusChangeRequest) -> Result<Design, ClientError> {
    send_json(
        Request::post(&format!("/api/admin/designs/{id}/status")),
        request,
    )
    .await
}

/// `POST /api/admin/designs/{id}/hide` (`hidden`) or `/unhide`: hides a design
/// from everyone but admins (settling its reports), or shows it again.
pub async fn set_hidden(id: i64, hidden: bool) -> Result<(), ClientError> {
    let verb = if hidden { "hide" } else { "unhide" };
    no_content(Request::post(&format!("/api/admin/designs/{id}/{verb}"))).await
}

/// `GET /api/admin/reports`: designs with open reports, most reported first.
pub async fn reported_designs() -> Result<Vec<ReportedDesign>, ClientError> {
    get_json(Request::get("/api/admin/reports")).await
}

/// `POST /api/admin/reports/{design_id}/dismiss`: closes a design's reports, keeping it shown.
pub async fn dismiss_reports(design_id: i64) -> Result<(), ClientError> {
    no_content(Request::post(&format!(
        "/api/admin/reports/{design_id}/dismiss"
    )))
    .await
}

/// `GET /api/admin/users?q=`: accounts, admins first, optionally matching `q`
/// (part of a name or email).
pub async fn users(q: &str) -> Result<Vec<AdminUser>, ClientError> {
    let mut request = Request::get("/api/admin/users");
    let q = q.trim();
    if !q.is_empty() {
        request = request.query([("q", q)]);
    }
    get_json(request).await
}

/// `PUT /api/admin/users/{id}/role`: grants or revokes the admin role.
pub async fn set_role(id: i64, role: Role) -> Result<(), ClientError> {
    send_json_no_content(
        Request::put(&format!("/api/admin/users/{id}/role")),
        &RoleRequest { role },
    )
    .await
}

/// `GET /api/admin/insights`: the numbers behind the insights charts.
pub async fn insights() -> Result<Insights, ClientError> {
    get_json(Request::get("/api/admin/insights")).await
}

/// `GET /api/admin/webhooks`: every registered webhook, oldest first.
pub async fn webhooks() -> Result<Vec<Webhook>, ClientError> {
    get_json(Request::get("/api/admin/webhooks")).await
}

/// `POST /api/admin/webhooks`: registers a URL; the answer carries its signing secret.
pub async fn create_webhook(request: &NewWebhook) -> Result<Webhook, ClientError> {
    send_json(Request::post("/api/admin/webhooks"), request).await
}

/// `DELETE /api/admin/webhooks/{id}`: removes a webhook and its pending deliveries.
pub async fn delete_webhook(id: i64) -> Result<(), ClientError> {
    no_content(Request::delete(&format!("/api/admin/webhooks/{id}"))).await
}

/// `GET /api/admin/webhooks/deliveries`: the latest deliveries, newest first.
pub async fn webhook_deliveries() -> Result<Vec<WebhookDelivery>, ClientError> {
    get_json(Request::get("/api/admin/webhooks/deliveries")).await
}
