//! A designer's public page: `GET /api/designers/{id}`.

use serde::{Deserialize, Serialize};

use crate::{Design, DesignerRef};

/// `GET /api/designers/{id}`: who the designer is, their designs and what they add up to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DesignerPage {
    /// The designer.
    pub designer: DesignerRef,
    /// Their designs, newest first: the public ones, and for the designer
    /// themselves also those in review (pending, rejected, archived).
    pub designs: Vec<Design>,
    /// Likes of all their public designs together.
    pub total_likes: i64,
    /// How many of their public designs reached their like goal (and went on).
    pub goals_reached: i64,
}
