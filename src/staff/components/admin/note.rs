//! The rule for the notes staff write: a rejection reason (required) or a
//! production step's public note (optional), at most [`NOTE_MAX`] characters.

use cocrea_api::admin::NOTE_MAX;

use crate::i18n::{msg, text, text_with};

/// The note as it will be sent (trimmed), or the words that say what to fix, in the
/// reader's language. The server checks the same rule; this only spares a round trip.
pub fn check_note(typed: &str, required: bool) -> Result<String, String> {
    let note = typed.trim();
    if required && note.is_empty() {
        return Err(text(msg::ADMIN_NOTE_REQUIRED));
    }
    let length = note.chars().count();
    if length > NOTE_MAX {
        return Err(text_with(
            msg::ADMIN_NOTE_TOO_LONG,
            &[("max", NOTE_MAX.into()), ("length", length.into())],
        ));
    }
    Ok(note.to_owned())
}

/// "12 / 500": how much of the allowed length a note uses.
pub fn note_count(note: &str) -> String {
    text_with(
        msg::ADMIN_NOTE_COUNT,
        &[
            ("count", note.chars().count().into()),
            ("max", NOTE_MAX.into()),
        ],
    )
}
