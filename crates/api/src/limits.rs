//! Sizes the server enforces and the browser checks before sending.

/// The largest image file accepted, in bytes (10 MB).
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;
/// The longest side of the stored full image, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 2048;
/// The shortest short side an uploaded image may have, in pixels: smaller ones look
/// blurred on store screens and in the gallery.
pub const MIN_IMAGE_SHORT_SIDE: u32 = 600;
/// The longest side of the stored thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 480;
/// The largest width or height the server will decode, in pixels.
pub const MAX_DECODE_SIDE: u32 = 10_000;
/// The most memory the decoder may allocate for one image, in bytes.
pub const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;
/// The image types accepted for upload, as MIME types.
pub const ACCEPTED_IMAGE_TYPES: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];
/// The page size of `GET /api/designs` when `limit` is absent.
pub const DEFAULT_PAGE_SIZE: u32 = 24;
/// The smallest `limit` accepted by list endpoints.
pub const MIN_PAGE_SIZE: u32 = 1;
/// The largest `limit` accepted by `GET /api/designs`.
pub const MAX_PAGE_SIZE: u32 = 100;
/// The longest gallery search (`q`), in characters.
pub const MAX_SEARCH_CHARS: usize = 200;
/// How many designs `GET /api/leaderboard` lists when `limit` is absent.
pub const DEFAULT_LEADERBOARD_SIZE: u32 = 10;
/// The largest `limit` accepted by `GET /api/leaderboard`.
pub const MAX_LEADERBOARD_SIZE: u32 = 50;
/// The like goal a design gets unless the server is told otherwise.
pub const DEFAULT_LIKE_GOAL: i64 = 100;
