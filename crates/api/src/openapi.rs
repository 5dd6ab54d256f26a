//! The constraints of the wire contract, as OpenAPI schemas built from the same
//! constants the server checks (`limits`, `validation`, `store_code`), so the API
//! description cannot drift from what the server enforces. Server only (the
//! `openapi` feature).

use utoipa::openapi::schema::{KnownFormat, Object, ObjectBuilder, SchemaFormat, Type};

use crate::admin::{NOTE_MAX, WEBHOOK_URL_MAX};
use crate::events::store_code;
use crate::feedback::COMMENT_MAX;
use crate::intents::{CLOTHING_SIZES, ONE_SIZE, SHOE_SIZES};
use crate::limits::{MAX_LEADERBOARD_SIZE, MAX_PAGE_SIZE, MAX_SEARCH_CHARS, MIN_PAGE_SIZE};
use crate::validation::{
    DESCRIPTION_MAX, EMAIL_MAX, NAME_MAX, NAME_MIN, PASSWORD_MAX, PASSWORD_MIN, TITLE_MAX,
    TITLE_MIN,
};
use crate::Category;

/// A non-blank text: at least one character that is not white space. The server
/// trims text fields before it counts their characters.
pub const NOT_BLANK: &str = r"\S";

/// The regular expression of a store code, from [`store_code::MAX_LEN`].
pub fn store_code_pattern() -> String {
    format!("^[a-z0-9-]{{1,{}}}$", store_code::MAX_LEN)
}

/// The regular expression of `?store=`: a store code or nothing, since the server
/// reads an empty `store` as no store at all.
pub fn store_query_pattern() -> String {
    format!("^([a-z0-9-]{{1,{}}})?$", store_code::MAX_LEN)
}

/// A `limit` of 1 to `max`.
pub fn page_size_up_to(max: u32) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
        .minimum(Some(MIN_PAGE_SIZE))
        .maximum(Some(max))
        .build()
}

fn text(min: usize, max: usize) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(min))
        .max_length(Some(max))
}

/// `limit` of `GET /api/designs`.
pub fn page_size() -> Object {
    page_size_up_to(MAX_PAGE_SIZE)
}

/// `limit` of `GET /api/leaderboard`.
pub fn leaderboard_size() -> Object {
    page_size_up_to(MAX_LEADERBOARD_SIZE)
}

/// `q` of `GET /api/designs`.
pub fn search_text() -> Object {
    text(0, MAX_SEARCH_CHARS).build()
}

/// A store code (`?store=`): 1 to 32 lowercase letters, digits or dashes, or empty
/// (no store).
pub fn store_code() -> Object {
    text(0, store_code::MAX_LEN)
        .pattern(Some(store_query_pattern()))
        .build()
}

/// A display name at sign-up.
pub fn display_name() -> Object {
    text(NAME_MIN, NAME_MAX).pattern(Some(NOT_BLANK)).build()
}

/// An email address at sign-up.
pub fn email() -> Object {
    text(3, EMAIL_MAX)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Email)))
        .build()
}

/// A new password.
pub fn new_password() -> Object {
    text(PASSWORD_MIN, PASSWORD_MAX).build()
}

/// A design's title (multipart field of `POST /api/designs`).
pub fn design_title() -> Object {
    text(TITLE_MIN, TITLE_MAX).pattern(Some(NOT_BLANK)).build()
}

/// A design's description (multipart field of `POST /api/designs`).
pub fn design_description() -> Object {
    text(0, DESCRIPTION_MAX).build()
}

/// A category slug given as text (multipart field of `POST /api/designs`).
pub fn category_slug() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(Category::ALL.iter().map(|category| category.slug())))
        .build()
}

/// A comment's body.
pub fn comment_body() -> Object {
    text(1, COMMENT_MAX).pattern(Some(NOT_BLANK)).build()
}

/// A rejection's reason, which the designer reads.
pub fn required_note() -> Object {
    text(1, NOTE_MAX).pattern(Some(NOT_BLANK)).build()
}

/// A webhook's URL: http or https, with a host.
pub fn webhook_url() -> Object {
    text(1, WEBHOOK_URL_MAX)
        .format(Some(SchemaFormat::Custom("uri".into())))
        .pattern(Some(r"^\s*[hH][tT][tT][pP][sS]?://[^/?#\s]"))
        .build()
}

/// A size of "I'd buy it": one of every category's sizes (a design takes those of
/// its category), or none.
pub fn intent_size() -> Object {
    ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            Type::String,
            Type::Null,
        ]))
        .enum_values(Some(
            CLOTHING_SIZES
                .iter()
                .chain(&SHOE_SIZES)
                .chain(&ONE_SIZE)
                .map(|size| Some(*size))
                .chain([None]),
        ))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_store_code_pattern_is_the_rule_the_server_checks() {
        assert_eq!(store_code_pattern(), "^[a-z0-9-]{1,32}$");
        assert_eq!(store_query_pattern(), "^([a-z0-9-]{1,32})?$");
    }
}
