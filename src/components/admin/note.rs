//! The rule for the notes staff write: a rejection reason (required) or a
//! production step's public note (optional), at most [`NOTE_MAX`] characters.

use cocrea_api::admin::NOTE_MAX;

/// The note as it will be sent (trimmed), or the words that say what to fix.
/// The server checks the same rule; this only spares a round trip.
pub fn check_note(text: &str, required: bool) -> Result<String, String> {
    let text = text.trim();
    if required && text.is_empty() {
        return Err("Write a reason: the designer will read it.".to_owned());
    }
    let length = text.chars().count();
    if length > NOTE_MAX {
        return Err(format!(
            "Keep it to {NOTE_MAX} characters: this is {length}."
        ));
    }
    Ok(text.to_owned())
}

/// "12 / 500": how much of the allowed length a note uses.
pub fn note_count(text: &str) -> String {
    format!("{} / {NOTE_MAX}", text.chars().count())
}
