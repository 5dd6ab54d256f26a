//! The checks every form runs the same way: nothing is pointed out before the first
//! attempt; an attempt shows every error and focuses the first field at fault; after
//! it, errors follow the typing so they vanish once fixed; a field error from the
//! server shows beside its field.

use cocrea_api::ApiError;
use leptos::prelude::*;

use crate::components::shared::field_error::{error_id, focus, FieldErrors};

/// A form's errors beside its fields and whether it was sent once: made by
/// [`use_form_checks`], copied into the form's handlers.
#[derive(Clone, Copy)]
pub struct FormChecks {
    /// The errors shown, at most one per field.
    errors: RwSignal<FieldErrors>,
    /// Whether the form was sent once (from then on, typing checks again).
    attempted: RwSignal<bool>,
    /// The form's fields in the order they appear, which is the order errors are
    /// focused in.
    fields: &'static [&'static str],
    /// The errors of the fields as typed (none when all is well).
    check: Callback<(), Vec<ApiError>>,
}

/// The checks of a form with these `fields` (in the order they appear), where `check`
/// finds what is wrong with the fields as typed.
pub fn use_form_checks(
    fields: &'static [&'static str],
    check: impl Fn() -> Vec<ApiError> + Send + Sync + 'static,
) -> FormChecks {
    FormChecks {
        errors: RwSignal::new(FieldErrors::default()),
        attempted: RwSignal::new(false),
        fields,
        check: Callback::new(move |()| check()),
    }
}

impl FormChecks {
    /// On sending: shows every error and focuses the first field at fault. True when
    /// nothing is wrong and the form may go.
    pub fn attempt(self) -> bool {
        self.attempted.set(true);
        let found = FieldErrors(self.check.run(()));
        let first = found.first(self.fields);
        let clean = found.0.is_empty();
        self.errors.set(found);
        if let Some(first) = first {
            focus(first);
        }
        clean
    }

    /// On typing: after the first attempt, the errors follow what is typed now.
    pub fn recheck(self) {
        if self.attempted.get_untracked() {
            self.errors.set(FieldErrors(self.check.run(())));
        }
    }

    /// Shows `error` beside its field (and focuses it) when it is about one of the
    /// form's fields; gives it back otherwise, for the form's banner.
    pub fn show_field_error(self, error: ApiError) -> Result<(), ApiError> {
        let Some(field) = error
            .field
            .clone()
            .filter(|field| self.fields.contains(&field.as_str()))
        else {
            return Err(error);
        };
        self.errors.update(|errors| errors.set(&field, Some(error)));
        focus(&field);
        Ok(())
    }

    /// Replaces `field`'s error (or clears it), as a check of its own would (say, the
    /// image picker's on choosing a file).
    pub fn set_error(self, field: &str, error: Option<ApiError>) {
        self.errors.update(|errors| errors.set(field, error));
    }

    /// The message beside `field`, in the app's words, while it has an error.
    pub fn error(self, field: &'static str) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.get(field)))
    }

    /// `aria-invalid` for `field`: "true" while it has an error.
    pub fn invalid(self, field: &'static str) -> impl Fn() -> Option<&'static str> + Copy {
        let errors = self.errors;
        move || errors.with(|e| e.get(field).is_some()).then_some("true")
    }

    /// `aria-describedby` for `field`: its `hint`'s id, and its error's while it has one.
    pub fn described_by(
        self,
        field: &'static str,
        hint: Option<&'static str>,
    ) -> impl Fn() -> Option<String> + Copy {
        let errors = self.errors;
        move || {
            let mut ids: Vec<String> = hint.map(str::to_owned).into_iter().collect();
            if errors.with(|e| e.get(field).is_some()) {
                ids.push(error_id(field));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}
