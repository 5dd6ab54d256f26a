//! A design as the API sends it, and the small answers around it.

use serde::{Deserialize, Serialize};

use crate::Category;

/// Where a design stands in its life, from review to the shop floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DesignStatus {
    /// Awaiting review by the brand.
    Pending,
    /// Public and collecting likes.
    Voting,
    /// Reached its like goal.
    GoalReached,
    /// Being produced.
    InProduction,
    /// On sale in stores.
    InStore,
    /// Refused by the brand.
    Rejected,
    /// Retired from the gallery.
    Archived,
}

impl DesignStatus {
    /// Every status, in the order of a design's life.
    pub const ALL: [DesignStatus; 7] = [
        DesignStatus::Pending,
        DesignStatus::Voting,
        DesignStatus::GoalReached,
        DesignStatus::InProduction,
        DesignStatus::InStore,
        DesignStatus::Rejected,
        DesignStatus::Archived,
    ];

    /// The identifier used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DesignStatus::Pending => "pending",
            DesignStatus::Voting => "voting",
            DesignStatus::GoalReached => "goal_reached",
            DesignStatus::InProduction => "in_production",
            DesignStatus::InStore => "in_store",
            DesignStatus::Rejected => "rejected",
            DesignStatus::Archived => "archived",
        }
    }

    /// The status with this identifier, if there is one.
    pub fn parse(value: &str) -> Option<DesignStatus> {
        DesignStatus::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Whether designs in this status are shown to everyone (and can be liked).
    pub fn is_public(self) -> bool {
        matches!(
            self,
            DesignStatus::Voting
                | DesignStatus::GoalReached
                | DesignStatus::InProduction
                | DesignStatus::InStore
        )
    }

    /// Whether a design in this status has reached its like goal (it may have gone
    /// on to production and the store since).
    pub fn has_reached_goal(self) -> bool {
        matches!(
            self,
            DesignStatus::GoalReached | DesignStatus::InProduction | DesignStatus::InStore
        )
    }

    /// Whether a design may move from this status to `next`: approve (pending to
    /// voting), reach its goal (voting to goal reached: only likes make this move,
    /// see the server's domain), reject (pending or voting to rejected),
    /// produce (goal reached to in production), stock (in production to in
    /// store), or archive (from anything not yet archived).
    pub fn can_move_to(self, next: DesignStatus) -> bool {
        use DesignStatus::*;
        matches!(
            (self, next),
            (Pending, Voting)
                | (Voting, GoalReached)
                | (Pending | Voting, Rejected)
                | (GoalReached, InProduction)
                | (InProduction, InStore)
        ) || (next == Archived && self != Archived)
    }

    /// The English words shown on cards and pages.
    pub fn label(self) -> &'static str {
        match self {
            DesignStatus::Pending => "Awaiting review",
            DesignStatus::Voting => "Voting",
            DesignStatus::GoalReached => "Goal reached",
            DesignStatus::InProduction => "In production",
            DesignStatus::InStore => "In store",
            DesignStatus::Rejected => "Rejected",
            DesignStatus::Archived => "Archived",
        }
    }
}

/// The person who submitted a design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DesignerRef {
    /// The designer's id.
    pub id: i64,
    /// The name shown beside their designs.
    pub name: String,
}

/// A design's stored image: a bounded-size version and a thumbnail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImageRef {
    /// The full image (longest side at most [`crate::limits::MAX_IMAGE_SIDE`]).
    pub url: String,
    /// The thumbnail for cards (longest side [`crate::limits::THUMB_SIDE`]).
    pub thumb_url: String,
    /// Width of the full image in pixels.
    pub width: u32,
    /// Height of the full image in pixels.
    pub height: u32,
}

impl ImageRef {
    /// The thumbnail's width in pixels: the full image scaled (rounded) so its longest
    /// side is [`crate::limits::THUMB_SIDE`], as the server makes it; never wider than
    /// the full image.
    pub fn thumb_width(&self) -> u32 {
        let side = crate::limits::THUMB_SIDE;
        let longest = self.width.max(self.height);
        if longest <= side {
            return self.width;
        }
        let scaled =
            (u64::from(self.width) * u64::from(side) + u64::from(longest) / 2) / u64::from(longest);
        (scaled as u32).max(1)
    }

    /// An `<img srcset>` offering the thumbnail and the full image with their widths,
    /// so a phone downloads the thumbnail when it is enough for the shown size.
    pub fn srcset(&self) -> String {
        let thumb = self.thumb_width();
        if thumb >= self.width {
            return format!("{} {}w", self.url, self.width);
        }
        format!("{} {thumb}w, {} {}w", self.thumb_url, self.url, self.width)
    }
}

/// A design as every endpoint returns it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Design {
    /// The design's id.
    pub id: i64,
    /// Its title, 3 to 80 characters.
    pub title: String,
    /// Its description, up to 2000 characters.
    pub description: String,
    /// Its category.
    pub category: Category,
    /// Who submitted it.
    pub designer: DesignerRef,
    /// Its image.
    pub image: ImageRef,
    /// How many people like it.
    pub likes: i64,
    /// How many likes send it to production.
    pub goal: i64,
    /// Where it stands.
    pub status: DesignStatus,
    /// When it was submitted, RFC 3339 in UTC.
    pub created_at: String,
    /// Whether the viewer likes it (false for anonymous viewers).
    pub liked_by_me: bool,
    /// Likes made in the store asked about (`?store=`), when one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_likes: Option<i64>,
    /// Why the brand rejected it: shown to its designer and to admins only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<String>,
    /// Hidden by an admin: shown to admins only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

impl Design {
    /// How far the design is toward its goal, from 0.0 to 1.0.
    pub fn goal_fraction(&self) -> f64 {
        crate::ranking::goal_fraction(self.likes, self.goal)
    }
}

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// Always "ok" when the server answers.
    pub status: String,
    /// The server's version.
    pub version: String,
}

/// The answer to liking or unliking a design.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LikeState {
    /// The design's like count after the change.
    pub likes: i64,
    /// Whether the caller likes it now.
    pub liked: bool,
}

#[cfg(test)]
mod tests {
    use super::DesignStatus::*;

    #[test]
    fn the_production_lifecycle_moves_forward_only() {
        assert!(Pending.can_move_to(Voting));
        assert!(Pending.can_move_to(Rejected));
        assert!(Voting.can_move_to(GoalReached));
        assert!(GoalReached.can_move_to(InProduction));
        assert!(InProduction.can_move_to(InStore));
        assert!(InStore.can_move_to(Archived));
        assert!(!Voting.can_move_to(InProduction), "only after the goal");
        assert!(!InStore.can_move_to(InProduction));
        assert!(!Archived.can_move_to(Archived));
        assert!(!Rejected.can_move_to(Voting));
    }

    #[test]
    fn an_image_offers_its_thumbnail_and_full_size_with_their_widths() {
        let image = |width, height| super::ImageRef {
            url: "/f.jpg".to_owned(),
            thumb_url: "/t.jpg".to_owned(),
            width,
            height,
        };
        assert_eq!(image(1200, 1500).thumb_width(), 384);
        assert_eq!(image(1200, 1500).srcset(), "/t.jpg 384w, /f.jpg 1200w");
        assert_eq!(image(2048, 1000).thumb_width(), 480);
        assert_eq!(image(400, 300).srcset(), "/f.jpg 400w");
    }
}
