//! The in-store pieces: hanger tags, the store screen's leaderboard and live numbers.

pub mod leaderboard_list;
pub mod leaderboard_row;
pub mod live_number;
pub mod qr_code;
pub mod reconnecting_mark;
pub mod retry_image;
pub mod tag_card;
pub mod tags_picker;

pub use leaderboard_list::LeaderboardList;
pub use leaderboard_row::LeaderboardRow;
pub use live_number::LiveNumber;
pub use qr_code::QrCode;
pub use reconnecting_mark::ReconnectingMark;
pub use retry_image::RetryImage;
pub use tag_card::TagCard;
pub use tags_picker::TagsPicker;
