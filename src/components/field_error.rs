//! The message beside a form field that is not right yet.

use leptos::prelude::*;

/// The id of a field's error message, for `aria-describedby`.
pub fn error_id(field: &str) -> String {
    format!("{field}-error")
}

/// `<p class="field-error" data-field="title">`, shown only while there is an error.
#[component]
pub fn FieldError(
    /// The form field's name (and id), e.g. "title".
    field: &'static str,
    /// The message, or `None` when the field is fine.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|message| {
            view! {
                <p class="field-error" id=error_id(field) data-field=field>
                    {message}
                </p>
            }
        })
    }
}
