//! Sharing a design's link: the phone's share sheet where the browser has one (the Web
//! Share API), else the link copied to the clipboard, and as a last resort the link
//! shown to copy by hand.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{live_text, msg, t, text};

/// What became of a press of the button.
#[derive(Debug, Clone, PartialEq)]
enum Shared {
    /// Nothing yet (or the share sheet was closed).
    Not,
    /// Handed to the share sheet.
    Sheet,
    /// Copied to the clipboard.
    Copied,
    /// Neither worked: the link, to copy by hand.
    ByHand(String),
}

/// A "Share" button for `/designs/{design_id}` on this site; says what happened in a
/// status line that screen readers announce ("Link copied").
#[component]
pub fn ShareButton(
    /// The design whose link to share.
    design_id: i64,
    /// Its title, for the share sheet.
    title: String,
) -> impl IntoView {
    let outcome = RwSignal::new(Shared::Not);
    let on_click = move |_| {
        let url = format!(
            "{}/designs/{design_id}",
            window().location().origin().unwrap_or_default()
        );
        let title = title.clone();
        outcome.set(Shared::Not);
        spawn_local(async move {
            outcome.try_set(share_or_copy(&url, &title).await);
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button button-secondary share-button" on:click=on_click>
                <span aria-hidden="true">"↗ "</span>
                {t(msg::SHARE_BUTTON)}
            </button>
            <p class="share-status" role="status">
                {live_text(move || {
                    outcome
                        .with(|outcome| match outcome {
                            Shared::Not => None,
                            Shared::Sheet => Some(msg::SHARE_SHARED),
                            Shared::Copied => Some(msg::SHARE_COPIED),
                            Shared::ByHand(_) => Some(msg::SHARE_COPY_BY_HAND),
                        })
                        .map(text)
                        .unwrap_or_default()
                })}
            </p>
            {move || match outcome.get() {
                Shared::ByHand(url) => Some(view! {
                    <input class="share-by-hand" type="url" readonly=true value=url aria-label=t(msg::SHARE_COPY_BY_HAND) />
                }),
                _ => None,
            }}
        </div>
    }
}

/// Opens the share sheet (`navigator.share`) when there is one, else copies `url`
/// (`navigator.clipboard`, then the older `execCommand('copy')`).
async fn share_or_copy(url: &str, title: &str) -> Shared {
    let navigator: JsValue = window().navigator().into();
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        match settle(share.call1(&navigator, &data)).await {
            Ok(()) => return Shared::Sheet,
            // Closing the sheet is a choice, not a failure.
            Err(error) if error_name(&error) == "AbortError" => return Shared::Not,
            Err(_) => {}
        }
    }
    if let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) {
        if let Some(write) = method(&clipboard, "writeText") {
            if settle(write.call1(&clipboard, &url.into())).await.is_ok() {
                return Shared::Copied;
            }
        }
    }
    if copy_with_selection(url) {
        Shared::Copied
    } else {
        Shared::ByHand(url.to_owned())
    }
}

/// `object[name]` when it is a function.
fn method(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &name.into()).ok()?.dyn_into().ok()
}

/// Awaits what a call returned (a promise, or anything else as done).
async fn settle(called: Result<JsValue, JsValue>) -> Result<(), JsValue> {
    match called?.dyn_into::<Promise>() {
        Ok(promise) => JsFuture::from(promise).await.map(drop),
        Err(_) => Ok(()),
    }
}

/// A DOMException's name (`AbortError`, `NotAllowedError`...).
fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default()
}

/// Copies `text` the older way: select it in a hidden text box, `execCommand('copy')`.
fn copy_with_selection(text: &str) -> bool {
    let document = document();
    let (Ok(field), Some(body)) = (document.create_element("textarea"), document.body()) else {
        return false;
    };
    let _ = field.set_attribute("readonly", "");
    let _ = field.set_attribute("style", "position:fixed;top:0;left:0;opacity:0");
    let _ = Reflect::set(&field, &"value".into(), &text.into());
    if body.append_child(&field).is_err() {
        return false;
    }
    for name in ["focus", "select"] {
        if let Some(call) = method(&field, name) {
            let _ = call.call0(&field);
        }
    }
    let document: JsValue = document.into();
    let copied = method(&document, "execCommand")
        .and_then(|exec| exec.call1(&document, &"copy".into()).ok())
        .is_some_and(|done| done.is_truthy());
    field.remove();
    copied
}
