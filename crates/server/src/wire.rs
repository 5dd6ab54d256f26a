//! Turns stored rows into the wire types of `cocrea_api`: the one place that says how
//! a design looks on the wire. What a viewer may see of it is decided before, by
//! `crate::domain::visibility`.

use cocrea_api::{Account, Design, DesignerRef, ImageRef};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::images::{full_file_name, thumb_file_name};
use crate::storage::{DesignRow, UserRow};

/// The URL path under which images are served.
pub const IMAGES_PATH: &str = "/api/images";

/// The design as the API shows it to a viewer who does (not) like it.
pub fn design(row: DesignRow, liked_by_me: bool) -> Design {
    Design {
        id: row.id,
        title: row.title,
        description: row.description,
        category: row.category,
        designer: DesignerRef {
            id: row.designer_id,
            name: row.designer_name,
        },
        image: ImageRef {
            url: format!("{IMAGES_PATH}/{}", full_file_name(&row.image_hash)),
            thumb_url: format!("{IMAGES_PATH}/{}", thumb_file_name(&row.image_hash)),
            width: row.image_width,
            height: row.image_height,
        },
        likes: row.likes,
        goal: row.goal,
        status: row.status,
        created_at: timestamp(row.created_at),
        liked_by_me,
        store_likes: None,
        rejection_reason: row.rejection_reason,
        hidden: row.hidden,
    }
}

/// The signed-in account as the API shows it to its owner.
pub fn account(user: UserRow) -> Account {
    Account {
        id: user.id,
        name: user.name,
        email: user.email.unwrap_or_default(),
        role: user.role,
    }
}

/// Unix milliseconds as an RFC 3339 UTC timestamp.
pub fn timestamp(millis: i64) -> String {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(millis) * 1_000_000)
        .ok()
        .and_then(|moment| moment.format(&Rfc3339).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_in_utc() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_700_000_000_250), "2023-11-14T22:13:20.25Z");
    }
}
