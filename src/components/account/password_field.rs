//! A password input with a "Show" toggle, its hint and its error.

use leptos::prelude::*;

use crate::components::shared::field_error::error_id;
use crate::components::FieldError;
use crate::i18n::{live_text, msg, t, text};

/// `<input type=password name=password>` with a button that shows what was typed.
///
/// Phones make typos easy and hidden passwords hard to check; the toggle lets
/// people see what they typed without making it the default.
#[component]
pub fn PasswordField(
    /// The `autocomplete` value: "new-password" on sign-up, "current-password" on sign-in.
    autocomplete: &'static str,
    /// What is typed, written by the field.
    value: RwSignal<String>,
    /// The error to show under the field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A rule to show under the field ("At least 8 characters."), if any.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Runs after each keystroke (forms re-check their fields with it).
    #[prop(optional)]
    on_input: Option<Callback<()>>,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    let has_hint = hint.is_some();
    let described_by = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push("password-hint".to_owned());
        }
        if error.with(Option::is_some) {
            ids.push(error_id("password"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for="password">{t(msg::PASSWORD_LABEL)}</label>
            <div class="password-row">
                <input
                    type=move || if shown.get() { "text" } else { "password" }
                    id="password"
                    name="password"
                    autocomplete=autocomplete
                    autocapitalize="none"
                    spellcheck="false"
                    aria-describedby=described_by
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        value.set(event_target_value(&ev));
                        if let Some(on_input) = on_input {
                            on_input.run(());
                        }
                    }
                />
                <button
                    type="button"
                    class="password-toggle"
                    aria-controls="password"
                    aria-label=live_text(move || {
                        text(if shown.get() { msg::PASSWORD_HIDE_LABEL } else { msg::PASSWORD_SHOW_LABEL })
                    })
                    on:click=move |_| shown.update(|s| *s = !*s)
                >
                    {live_text(move || text(if shown.get() { msg::PASSWORD_HIDE } else { msg::PASSWORD_SHOW }))}
                </button>
            </div>
            {hint.map(|hint| view! { <p class="hint" id="password-hint">{hint}</p> })}
            <FieldError field="password" message=error />
        </div>
    }
}
