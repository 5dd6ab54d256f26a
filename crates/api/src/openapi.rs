//! The constraints of the wire contract, as OpenAPI schemas built from the same
//! constants the server checks (`limits`, `validation`, `store_code`), so the API
//! description cannot drift from what the server enforces. Server only (the
//! `openapi` feature).

use utoipa::openapi::schema::{KnownFormat, Object, ObjectBuilder, SchemaFormat, Type};

use crate::events::store_code;
use crate::limits::{MAX_LEADERBOARD_SIZE, MAX_PAGE_SIZE, MAX_SEARCH_CHARS, MIN_PAGE_SIZE};
use crate::validation::{EMAIL_MAX, NAME_MAX, NAME_MIN, PASSWORD_MAX, PASSWORD_MIN};

/// A non-blank text: at least one character that is not white space. The server
/// trims text fields before it counts their characters.
pub const NOT_BLANK: &str = r"\S";

/// The regular expression of a store code, from [`store_code::MAX_LEN`].
pub fn store_code_pattern() -> String {
    format!("^[a-z0-9-]{{1,{}}}$", store_code::MAX_LEN)
}

fn page_size_up_to(max: u32) -> Object {
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

/// A store code (`?store=`): 1 to 32 lowercase letters, digits or dashes.
pub fn store_code() -> Object {
    text(1, store_code::MAX_LEN)
        .pattern(Some(store_code_pattern()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_store_code_pattern_is_the_rule_the_server_checks() {
        assert_eq!(store_code_pattern(), "^[a-z0-9-]{1,32}$");
    }
}
