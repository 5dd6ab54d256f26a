//! The message beside a form field that is not right yet.

use cocrea_api::ApiError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::friendly_message;

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

/// The errors a form shows beside its fields, at most one per field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldErrors(pub Vec<ApiError>);

impl FieldErrors {
    /// The message for `field`, if it has one, in the app's words.
    pub fn get(&self, field: &str) -> Option<String> {
        self.0
            .iter()
            .find(|e| e.field.as_deref() == Some(field))
            .map(friendly_message)
    }

    /// Replaces the error of `field` (or clears it with `None`).
    pub fn set(&mut self, field: &str, error: Option<ApiError>) {
        self.0.retain(|e| e.field.as_deref() != Some(field));
        self.0.extend(error);
    }

    /// The first of `fields` (in form order) that has an error.
    pub fn first(&self, fields: &[&'static str]) -> Option<&'static str> {
        fields.iter().copied().find(|f| self.get(f).is_some())
    }
}

/// Moves keyboard focus to the form control with this id (the first field at fault).
pub fn focus(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
