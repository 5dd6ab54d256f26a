//! `/me`: the signed-in person's designs and the designs they like.

use cocrea_api::{Design, MyDesigns};
use leptos::prelude::*;

use crate::api;
use crate::components::{DesignCard, ErrorNotice, RequireSignIn, Spinner};
use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, page_title, t, text_with};
use crate::staff::components::ReviewNote;

/// "My designs" (any status, with likes and goal, and under each one that is not in
/// the gallery what the brand's review means for it) and "Designs I like"; signed-out
/// visitors are sent to sign in first.
#[component]
pub fn MyPage() -> impl IntoView {
    page_title(msg::ME_TITLE);
    view! {
        <RequireSignIn>
            <MyDesignsView />
        </RequireSignIn>
    }
}

/// The page's content, loaded once someone is signed in.
#[component]
fn MyDesignsView() -> impl IntoView {
    let auth = use_auth();
    let mine = LocalResource::new(move || {
        auth.changes();
        api::my_designs()
    });
    let name = move || auth.account().map(|a| a.name).unwrap_or_default();
    view! {
        <div class="my-page">
            <header class="page-intro">
                <h1>
                    {live_text(move || {
                        let name = name();
                        text_with(msg::ME_GREETING, &[("name", name.as_str().into())])
                    })}
                </h1>
                <p>{t(msg::ME_INTRO)}</p>
            </header>
            <Transition fallback=|| view! { <Spinner label=t(msg::ME_LOADING) /> }>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(MyDesigns { submitted, liked }) => {
                            view! {
                                <section class="my-section" aria-labelledby="my-designs-heading">
                                    <h2 id="my-designs-heading">
                                        {t(msg::ME_DESIGNS_HEADING)} <span class="section-count">{submitted.len()}</span>
                                    </h2>
                                    {submitted_grid(
                                        submitted,
                                        view! {
                                            <div class="empty-state">
                                                <h3>{t(msg::ME_DESIGNS_EMPTY_HEADING)}</h3>
                                                <p>{t(msg::ME_DESIGNS_EMPTY_TEXT)}</p>
                                                <a class="button button-primary" href="/submit">
                                                    {t(msg::NAV_SUBMIT)}
                                                </a>
                                            </div>
                                        },
                                    )}
                                </section>
                                <section class="my-section" aria-labelledby="my-likes-heading">
                                    <h2 id="my-likes-heading">
                                        {t(msg::ME_LIKES_HEADING)} <span class="section-count">{liked.len()}</span>
                                    </h2>
                                    {design_grid(
                                        liked,
                                        view! {
                                            <div class="empty-state">
                                                <h3>{t(msg::ME_LIKES_EMPTY_HEADING)}</h3>
                                                <p>{t(msg::ME_LIKES_EMPTY_TEXT)}</p>
                                                <a class="button" href="/">
                                                    {t(msg::ME_BROWSE_GALLERY)}
                                                </a>
                                            </div>
                                        },
                                    )}
                                </section>
                            }
                                .into_any()
                        }
                        Err(error) => {
                            view! {
                                <ErrorNotice
                                    message=error.user_message()
                                    on_retry=Callback::new(move |_| mine.refetch())
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Transition>
        </div>
    }
}

/// My own designs as cards with their goal progress and, under each, a [`ReviewNote`]
/// (waiting for review, or why it was not accepted); `empty` when there are none.
fn submitted_grid(designs: Vec<Design>, empty: impl IntoView + 'static) -> AnyView {
    if designs.is_empty() {
        return empty.into_any();
    }
    view! {
        <div class="design-grid">
            {designs
                .into_iter()
                .map(|design| {
                    let status = design.status;
                    let rejection_reason = design.rejection_reason.clone();
                    view! {
                        <div class="my-design">
                            <DesignCard design=design />
                            <ReviewNote status=status rejection_reason=rejection_reason />
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
    .into_any()
}

/// The designs as cards with their goal progress, or `empty` when there are none.
fn design_grid(designs: Vec<Design>, empty: impl IntoView + 'static) -> AnyView {
    if designs.is_empty() {
        return empty.into_any();
    }
    view! {
        <div class="design-grid">
            {designs
                .into_iter()
                .map(|design| view! { <DesignCard design=design /> })
                .collect_view()}
        </div>
    }
    .into_any()
}
