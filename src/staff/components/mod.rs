//! The staff bundle's own pieces, grouped by area: the brand's administration, the
//! in-store hanger tags and screen, and the designers' submit form.

pub mod admin;
pub mod designer;
pub mod in_store;

pub use designer::{ImagePicker, ReviewNote, SubmitForm};
pub use in_store::{
    LeaderboardList, LeaderboardRow, LiveNumber, QrCode, ReconnectingMark, RetryImage, TagCard,
    TagsPicker,
};
