//! The heart a shopper taps to like a design, or to take the like back.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::HeartIcon;
use crate::contexts::use_auth;
use crate::i18n::{format_number, live_text, msg, t, text_with};
use crate::redirect::AfterSignIn;

/// How long a refused like's message stays beside the button.
const MESSAGE_FOR: Duration = Duration::from_secs(6);

/// "1 like", "38 likes", "38 me gusta": a count of likes in the current language.
pub fn likes_text(likes: i64) -> String {
    text_with(msg::LIKES_COUNT, &[("count", likes.into())])
}

/// A toggle button: a heart and the count. A tap changes both at once and then
/// tells the server; if the server refuses, both go back and a short message says why.
///
/// Taps while a request is on its way only change what is wanted; when the request
/// ends the button sends the final state (PUT to like, DELETE to unlike), so quick
/// double taps never count twice. Signed out, a tap leads to sign-in and back, where
/// the like is done.
#[component]
pub fn LikeButton(
    /// The design to like.
    design_id: i64,
    /// The design's title, so each button has its own name for screen readers.
    #[prop(into)]
    title: String,
    /// Whether the viewer likes the design; the button flips it on a tap.
    liked: RwSignal<bool>,
    /// How many people like the design; the button moves it with the viewer's like.
    likes: RwSignal<i64>,
    /// Bigger, with the word "Like" visible (the design page).
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    // What the server last said, to go back to when it refuses a change.
    let confirmed = StoredValue::new((liked.get_untracked(), likes.get_untracked()));
    let in_flight = StoredValue::new(false);
    let announcement = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let message_timer = StoredValue::new(None::<TimeoutHandle>);
    let clear_timer = move || {
        if let Some(handle) = message_timer
            .try_update_value(std::option::Option::take)
            .flatten()
        {
            handle.clear();
        }
    };
    on_cleanup(clear_timer);
    let show_message = move |text: String| {
        clear_timer();
        message.set(Some(text));
        let handle = set_timeout_with_handle(
            move || {
                message.try_set(None);
            },
            MESSAGE_FOR,
        )
        .ok();
        message_timer.set_value(handle);
    };

    let sign_in_first = move || {
        let after = AfterSignIn::new(&format!("/designs/{design_id}"), Some(design_id));
        navigate(&after.href("/login"), NavigateOptions::default());
    };

    // Sends the wanted state until the server agrees with it (usually one request).
    let sync = {
        let sign_in_first = sign_in_first.clone();
        move || {
            if in_flight.get_value() {
                return; // the running loop will send the final state
            }
            in_flight.set_value(true);
            let sign_in_first = sign_in_first.clone();
            spawn_local(async move {
                // Ends when the server agrees, on a refusal, or when the button goes away.
                while let Some(want) = liked.try_get_untracked() {
                    if want == confirmed.try_get_value().map_or(want, |c| c.0) {
                        break;
                    }
                    match api::set_like(design_id, want).await {
                        Ok(state) => {
                            confirmed.try_set_value((state.liked, state.likes));
                            // Taps made meanwhile stay on screen, one like above or below the server's count.
                            let wanted = liked.try_get_untracked().unwrap_or(state.liked);
                            let shown = state.likes + i64::from(wanted) - i64::from(state.liked);
                            likes.try_set(shown);
                        }
                        Err(error) => {
                            let (was_liked, was_likes) =
                                confirmed.try_get_value().unwrap_or((false, 0));
                            liked.try_set(was_liked);
                            likes.try_set(was_likes);
                            announcement.try_set(text_with(
                                msg::LIKE_ANNOUNCE_NOT_SAVED,
                                &[("count", was_likes.into())],
                            ));
                            if error.is_unauthorized() {
                                auth.signed_out();
                            }
                            if error.is_unauthorized() && want {
                                sign_in_first();
                            } else {
                                let id = if want {
                                    msg::LIKE_NOT_SAVED
                                } else {
                                    msg::LIKE_NOT_REMOVED
                                };
                                let reason = error.user_message();
                                show_message(text_with(id, &[("reason", reason.as_str().into())]));
                            }
                            break;
                        }
                    }
                }
                in_flight.try_set_value(false);
            });
        }
    };

    let on_click = {
        let sign_in_first = sign_in_first.clone();
        move |_| {
            if auth.is_signed_out_untracked() {
                sign_in_first();
                return;
            }
            clear_timer();
            message.set(None);
            let now_liked = !liked.get_untracked();
            liked.set(now_liked);
            likes.update(|n| *n += if now_liked { 1 } else { -1 });
            let id = if now_liked {
                msg::LIKE_ANNOUNCE_LIKED
            } else {
                msg::LIKE_ANNOUNCE_REMOVED
            };
            announcement.set(text_with(id, &[("count", likes.get_untracked().into())]));
            sync();
        }
    };

    view! {
        <span class="like" class:like-large=large>
            <button
                type="button"
                class="like-button"
                aria-pressed=move || liked.get().to_string()
                on:click=on_click
            >
                <HeartIcon class="heart" size=20 />
                <span class="like-word">{t(msg::LIKE_WORD)}</span>
                <span class="visually-hidden">{format!(" {title}, ")}</span>
                <span class="like-count">{live_text(move || format_number(likes.get()))}</span>
                <span class="visually-hidden">
                    {live_text(move || {
                        format!(" {}", text_with(msg::LIKE_UNIT, &[("count", likes.get().into())]))
                    })}
                </span>
            </button>
            <span class="visually-hidden" aria-live="polite">
                {move || announcement.get()}
            </span>
            <span class="like-message" role="status">
                {move || message.get()}
            </span>
        </span>
    }
}
