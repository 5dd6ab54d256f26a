//! Designs: the gallery listing, one design, and submitting a new one.

use axum::extract::multipart::{Field, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use cocrea_api::limits::{
    DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_SEARCH_CHARS, MAX_UPLOAD_BYTES, MIN_PAGE_SIZE,
};
use cocrea_api::validation::NewDesignText;
use cocrea_api::{ApiError, Design, DesignPage, DesignQuery, DesignStatus, ErrorCode, StoreCode};

use crate::auth::{CurrentUser, MaybeUser};
use crate::domain::visibility;
use crate::error::{AppError, Json, Path, Query};
use crate::images;
use crate::state::AppState;
use crate::storage::{now_millis, Cursor, DesignRow, ListDesigns, NewDesign, UserRow};
use crate::wire;

/// The most bytes read of one text field; more is refused, not truncated.
const MAX_TEXT_FIELD_BYTES: usize = 16 * 1024;
/// Room for the text fields and multipart framing around the image.
const FORM_OVERHEAD_BYTES: usize = 256 * 1024;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/designs",
            get(designs_list)
                .post(designs_create)
                .layer(DefaultBodyLimit::max(
                    MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES,
                )),
        )
        .route("/designs/{id}", get(designs_show))
}

/// One page of public designs, sorted, filtered and searched.
#[utoipa::path(get, path = "/api/designs", tag = "designs", params(DesignQuery),
    responses(
        (status = 200, description = "A page of designs", body = DesignPage),
        (status = 400, description = "A parameter is not understood", body = ApiError),
    ))]
pub async fn designs_list(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Query(query): Query<DesignQuery>,
) -> Result<Json<DesignPage>, AppError> {
    let sort = query.sort.unwrap_or_default();
    let limit = query.limit.unwrap_or(DEFAULT_PAGE_SIZE);
    if !(MIN_PAGE_SIZE..=MAX_PAGE_SIZE).contains(&limit) {
        return Err(ApiError::field(
            ErrorCode::BadRequest,
            "limit",
            format!("limit must be between {MIN_PAGE_SIZE} and {MAX_PAGE_SIZE}."),
        )
        .into());
    }
    if query
        .q
        .as_deref()
        .is_some_and(|q| q.chars().count() > MAX_SEARCH_CHARS)
    {
        return Err(ApiError::field(
            ErrorCode::BadRequest,
            "q",
            format!("Search with at most {MAX_SEARCH_CHARS} characters."),
        )
        .into());
    }
    let after = match query.cursor.as_deref().filter(|c| !c.is_empty()) {
        Some(text) => Some(Cursor::decode(text, sort).map_err(|_| {
            ApiError::field(
                ErrorCode::InvalidCursor,
                "cursor",
                "This cursor is not valid for this listing; start again from the first page.",
            )
        })?),
        None => None,
    };
    let listing = state
        .store
        .list_designs(ListDesigns {
            sort,
            category: query.category,
            search: query.q,
            limit,
            after,
        })
        .await?;
    Ok(Json(DesignPage {
        items: designs_for_viewer(&state, viewer.as_ref(), None, listing.items).await?,
        next_cursor: listing.next.map(|cursor| cursor.encode()),
    }))
}

/// One design by id.
#[utoipa::path(get, path = "/api/designs/{id}", tag = "designs",
    params(("id" = i64, Path, description = "The design's id"), StoreQuery),
    responses(
        (status = 200, description = "The design", body = Design),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn designs_show(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
    Query(query): Query<StoreQuery>,
) -> Result<Json<Design>, AppError> {
    let store = super::likes::valid_store(query.store)?;
    let row = state
        .store
        .design(id)
        .await?
        .filter(|row| visibility::may_see(viewer.as_ref(), row))
        .ok_or_else(|| AppError::not_found("This design does not exist (or no longer does)."))?;
    let mut designs =
        designs_for_viewer(&state, viewer.as_ref(), store.as_ref(), vec![row]).await?;
    Ok(Json(designs.remove(0)))
}

/// `?store=CODE`: ask for that store's likes too.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StoreQuery {
    /// A store code; the design then carries `store_likes`.
    #[param(schema_with = cocrea_api::openapi::store_code)]
    pub(super) store: Option<String>,
}

/// The designs as `viewer` sees them (the domain decides what of each), with
/// `liked_by_me` filled in, and `store_likes` when a store is asked about.
pub(super) async fn designs_for_viewer(
    state: &AppState,
    viewer: Option<&UserRow>,
    store: Option<&StoreCode>,
    rows: Vec<DesignRow>,
) -> Result<Vec<Design>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    let liked = match viewer {
        Some(user) => state.store.liked_among(user.id, ids.clone()).await?,
        None => Default::default(),
    };
    let store_likes = match store {
        Some(code) => Some(state.store.store_likes(code.clone(), ids).await?),
        None => None,
    };
    Ok(rows
        .into_iter()
        .map(|row| {
            let id = row.id;
            let mut design = wire::design(visibility::as_seen_by(viewer, row), liked.contains(&id));
            design.store_likes = store_likes
                .as_ref()
                .map(|counts| counts.get(&id).copied().unwrap_or(0));
            design
        })
        .collect())
}

/// The multipart form of `POST /api/designs` (documentation only).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // read by the OpenAPI generator, never constructed
pub struct NewDesignForm {
    /// 3 to 80 characters.
    #[schema(schema_with = cocrea_api::openapi::design_title)]
    title: String,
    /// Up to 2000 characters.
    #[schema(schema_with = cocrea_api::openapi::design_description)]
    description: Option<String>,
    /// A category slug.
    #[schema(schema_with = cocrea_api::openapi::category_slug)]
    category: String,
    /// A PNG, JPEG or WebP image up to 10 MB.
    #[schema(value_type = String, format = Binary)]
    image: Vec<u8>,
}

/// Submits a new design: text fields and an image, as multipart/form-data.
#[utoipa::path(post, path = "/api/designs", tag = "designs",
    request_body(content = NewDesignForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "The stored design", body = Design),
        (status = 400, description = "The form could not be read", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 413, description = "The image is larger than 10 MB", body = ApiError),
        (status = 415, description = "The file is not a PNG, JPEG or WebP image", body = ApiError),
        (status = 422, description = "A field breaks a rule", body = ApiError),
    ))]
pub async fn designs_create(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Design>), AppError> {
    let form = read_form(multipart?).await?;
    let text = form
        .text
        .validate()
        .map_err(|mut errors| errors.remove(0))?;
    let image_bytes = form.image.ok_or_else(|| {
        ApiError::field(
            ErrorCode::MissingField,
            "image",
            "Choose an image of your design.",
        )
    })?;
    let permit = state
        .image_work
        .clone()
        .acquire_owned()
        .await
        .map_err(AppError::internal)?;
    let min_side = state.min_image_side;
    let image = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let image = images::process_upload(&image_bytes).map_err(ApiError::from)?;
        crate::image_size::check_min_side(&image_bytes, min_side)?;
        Ok::<_, ApiError>(image)
    })
    .await
    .map_err(AppError::internal)??;
    let already_stored = state.store.image_in_use(image.hash.clone()).await?;
    let (image_hash, image_width, image_height) = (image.hash.clone(), image.width, image.height);
    state.store.save_image(image).await?;
    let new_design = NewDesign {
        title: text.title,
        description: text.description,
        category: text.category,
        designer_id: user.id,
        image_hash: image_hash.clone(),
        image_width,
        image_height,
        goal: state.like_goal,
        status: if state.moderation {
            DesignStatus::Pending
        } else {
            DesignStatus::Voting
        },
        created_at: now_millis(),
    };
    match state.store.insert_design(new_design).await {
        Ok(row) => {
            tracing::info!(design_id = row.id, "design submitted");
            Ok((StatusCode::CREATED, Json(wire::design(row, false))))
        }
        Err(error) => {
            if !already_stored {
                // Nothing refers to the image we just stored: leave nothing behind.
                let _ = state.store.remove_image(image_hash).await;
            }
            Err(error.into())
        }
    }
}

/// The fields of the submit form as received.
struct DesignForm {
    text: NewDesignText,
    image: Option<Vec<u8>>,
}

/// Reads every part of the form, refusing oversized parts as they stream in.
async fn read_form(mut multipart: Multipart) -> Result<DesignForm, AppError> {
    let mut form = DesignForm {
        text: NewDesignText::default(),
        image: None,
    };
    while let Some(field) = multipart.next_field().await? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "image" => form.image = Some(read_limited(field, "image", MAX_UPLOAD_BYTES).await?),
            "title" | "description" | "category" => {
                let bytes = read_limited(field, &name, MAX_TEXT_FIELD_BYTES).await?;
                let value = String::from_utf8(bytes).map_err(|_| {
                    ApiError::field(
                        ErrorCode::MalformedMultipart,
                        &name,
                        "This field must be UTF-8 text.",
                    )
                })?;
                match name.as_str() {
                    "title" => form.text.title = value,
                    "description" => form.text.description = value,
                    _ => form.text.category = value,
                }
            }
            _ => {} // unknown parts are ignored, as browsers may add their own
        }
    }
    Ok(form)
}

/// Reads one part, failing as soon as it passes `limit` bytes.
async fn read_limited(mut field: Field<'_>, name: &str, limit: usize) -> Result<Vec<u8>, AppError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await? {
        if bytes.len() + chunk.len() > limit {
            let error = if name == "image" {
                ApiError::field(
                    ErrorCode::PayloadTooLarge,
                    "image",
                    "The image is larger than 10 MB. Choose a smaller one.",
                )
            } else {
                ApiError::field(ErrorCode::TooLong, name, "This field is far too long.")
            };
            return Err(error.into());
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}
