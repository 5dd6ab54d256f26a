//! Accounts and sign-in: what the sign-up and sign-in forms send, and who is signed in.

use serde::{Deserialize, Serialize};

use crate::admin::Role;
use crate::Design;

/// The signed-in person, as `GET /api/me` and sign-up/sign-in answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    /// The account's id (the `designer.id` of their designs).
    pub id: i64,
    /// The display name shown beside their designs.
    pub name: String,
    /// The email they sign in with.
    pub email: String,
    /// What they may do: brand staff (`admin`) see the administration.
    #[serde(default)]
    pub role: Role,
}

/// `POST /api/auth/signup`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignupRequest {
    /// Display name, 2 to 40 characters (white space around it does not count).
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::display_name))]
    pub name: String,
    /// Email address.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::email))]
    pub email: String,
    /// Password, 8 to 128 characters, not a common one.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::new_password))]
    pub password: String,
}

/// `POST /api/auth/login`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// Email address.
    pub email: String,
    /// Password.
    pub password: String,
}

/// `GET /api/me/designs`: what the signed-in person submitted and liked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyDesigns {
    /// Their own designs, newest first, in any status.
    pub submitted: Vec<Design>,
    /// The designs they like, most recently liked first.
    pub liked: Vec<Design>,
}
