//! After the goal, on the design page: "Notify me when it's in store" and "I'd buy it"
//! in a size (letter sizes for clothing, EU sizes for shoes). Signed-in shoppers only:
//! others get a sign-in link. One intent per person and design: choosing another size
//! changes it, and it can be withdrawn.

use cocrea_api::intents::takes_intents;
use cocrea_api::{DesignStatus, MyIntent};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::ClientError;
use crate::api_notify;
use crate::contexts::use_auth;
use crate::i18n::{msg, t, text, text_with};
use crate::redirect::login_href;

/// The panel, for a design in `status` (nothing unless it reached its goal and is not
/// in store yet).
#[component]
pub fn AfterGoalPanel(
    /// The design.
    design_id: i64,
    /// Its status: the panel shows at `goal_reached` and `in_production`.
    status: DesignStatus,
) -> impl IntoView {
    let auth = use_auth();
    takes_intents(status).then(|| {
        view! {
            <section class="after-goal" aria-labelledby="after-goal-heading">
                <h2 id="after-goal-heading">{t(msg::AFTER_GOAL_HEADING)}</h2>
                {move || if auth.account().is_some() { view! { <IntentForm design_id=design_id /> }.into_any() } else {
                    let here = format!("/designs/{design_id}");
                    view! {
                        <p>
                            <a href=login_href(&here)>{t(msg::AFTER_GOAL_SIGN_IN)}</a>
                        </p>
                    }
                        .into_any()
                }}
            </section>
        }
    })
}

/// The signed-in part: the buttons, the size menu and what I said so far.
#[component]
fn IntentForm(
    /// The design.
    design_id: i64,
) -> impl IntoView {
    let intent = RwSignal::new(None::<MyIntent>);
    let problem = RwSignal::new(None::<String>);
    let chosen = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    spawn_local(async move {
        match api_notify::my_intent(design_id).await {
            Ok(mine) => {
                chosen.try_set(
                    mine.size
                        .clone()
                        .or_else(|| mine.sizes.first().cloned())
                        .unwrap_or_default(),
                );
                intent.try_set(Some(mine));
            }
            Err(error) => {
                problem.try_set(Some(error.user_message()));
            }
        }
    });
    let save = move |size: Option<String>| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let answer = api_notify::put_intent(design_id, size).await;
            settle(answer.map(Some), intent, problem, busy);
        });
    };
    let withdraw = move |_| {
        busy.set(true);
        spawn_local(async move {
            let answer = api_notify::withdraw_intent(design_id).await.map(|()| {
                intent.get_untracked().map(|mine| MyIntent {
                    wanted: false,
                    size: None,
                    ..mine
                })
            });
            settle(answer, intent, problem, busy);
        });
    };
    // Built once the intent has loaded; later changes update the parts, not the form.
    let loaded = Memo::new(move |_| intent.with(Option::is_some));
    let wanted = move || intent.with(|mine| mine.as_ref().is_some_and(|mine| mine.wanted));
    let size_said = move || intent.with(|mine| mine.as_ref().and_then(|mine| mine.size.clone()));
    view! {
        {move || {
            loaded
                .get()
                .then(|| {
                    view! {
                        <div class="after-goal-actions">
                            {move || {
                                if wanted() {
                                    let said = match size_said() {
                                        Some(size) => text_with(
                                            msg::AFTER_GOAL_BOUGHT,
                                            &[("size", size_label(&size).as_str().into())],
                                        ),
                                        None => text(msg::AFTER_GOAL_NOTIFIED),
                                    };
                                    view! { <p class="after-goal-said" role="status">{said}</p> }.into_any()
                                } else {
                                    view! {
                                        <button
                                            type="button"
                                            class="notify-me"
                                            disabled=move || busy.get()
                                            on:click=move |_| save(None)
                                        >
                                            {t(msg::AFTER_GOAL_NOTIFY)}
                                        </button>
                                    }
                                        .into_any()
                                }
                            }}
                            <form
                                class="buy-form"
                                on:submit=move |event| {
                                    event.prevent_default();
                                    save(Some(chosen.get_untracked()));
                                }
                            >
                                <label for="intent-size">{t(msg::AFTER_GOAL_SIZE)}</label>
                                <select
                                    id="intent-size"
                                    prop:value=move || chosen.get()
                                    on:change=move |event| chosen.set(event_target_value(&event))
                                >
                                    {intent
                                        .get_untracked()
                                        .map(|mine| mine.sizes)
                                        .unwrap_or_default()
                                        .into_iter()
                                        .map(|size| {
                                            let label = size_label(&size);
                                            view! { <option value=size>{label}</option> }
                                        })
                                        .collect_view()}
                                </select>
                                <button type="submit" class="buy-it" disabled=move || busy.get()>
                                    {t(msg::AFTER_GOAL_BUY)}
                                </button>
                            </form>
                            {move || {
                                wanted()
                                    .then(|| {
                                        view! {
                                            <button
                                                type="button"
                                                class="withdraw-intent"
                                                disabled=move || busy.get()
                                                on:click=withdraw
                                            >
                                                {t(msg::AFTER_GOAL_WITHDRAW)}
                                            </button>
                                        }
                                    })
                            }}
                        </div>
                    }
                })
        }}
        {move || {
            problem
                .get()
                .map(|message| {
                    view! {
                        <p class="form-banner" role="alert">
                            {text_with(msg::AFTER_GOAL_NOT_SAVED, &[("reason", message.as_str().into())])}
                        </p>
                    }
                })
        }}
    }
}

/// Takes an answer in: the intent now, or the problem.
fn settle(
    answer: Result<Option<MyIntent>, ClientError>,
    intent: RwSignal<Option<MyIntent>>,
    problem: RwSignal<Option<String>>,
    busy: RwSignal<bool>,
) {
    busy.try_set(false);
    match answer {
        Ok(mine) => {
            problem.try_set(None);
            if mine.is_some() {
                intent.try_set(mine);
            }
        }
        Err(error) => {
            problem.try_set(Some(error.user_message()));
        }
    }
}

/// A size as people read it: "EU 38" for shoes, "One size", or the letters.
fn size_label(size: &str) -> String {
    if size == cocrea_api::intents::ONE_SIZE[0] {
        text(msg::AFTER_GOAL_ONE_SIZE)
    } else if size.bytes().all(|b| b.is_ascii_digit()) {
        text_with(msg::AFTER_GOAL_SHOE_SIZE, &[("size", size.into())])
    } else {
        size.to_owned()
    }
}
