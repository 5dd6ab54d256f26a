//! `/designers/:id`: a designer's page, where their name leads from cards, the design
//! page and comments.

use cocrea_api::DesignerPage as Designer;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::{DesignCard, ErrorNotice, NotFound, Spinner};
use crate::contexts::use_auth;
use crate::i18n::{format_number, live_text, msg, page_title, t, text_with};
use crate::set_page_title;

/// A designer's name, their designs (public ones; their own in review too, for
/// themselves), total likes and goals reached; a clear page for an unknown designer
/// and an empty state for one without public designs.
#[component]
pub fn DesignerPage() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|p| {
            p.get_str("id")
                .and_then(|id| id.parse::<i64>().ok())
                .filter(|id| *id > 0)
        })
    });
    let page = LocalResource::new(move || {
        let id = id.get();
        auth.changes(); // the designer sees their own designs in review
        async move {
            match id {
                Some(id) => api::designer_page(id).await.map(Some),
                None => Ok(None),
            }
        }
    });
    view! {
        <Transition fallback=|| view! { <Spinner label=t(msg::DESIGNER_LOADING) /> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(Some(designer)) => {
                        set_page_title(&designer.designer.name);
                        view! { <DesignerView designer=designer /> }.into_any()
                    }
                    Ok(None) => designer_not_found().into_any(),
                    Err(error) if error.is_not_found() => designer_not_found().into_any(),
                    Err(error) => {
                        view! {
                            <ErrorNotice
                                message=error.user_message()
                                on_retry=Callback::new(move |_| page.refetch())
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// The not-found view for a designer id that does not exist.
fn designer_not_found() -> impl IntoView {
    page_title(msg::DESIGNER_NOT_FOUND_TITLE);
    view! {
        <NotFound
            heading=t(msg::DESIGNER_NOT_FOUND_HEADING)
            message=t(msg::DESIGNER_NOT_FOUND_TEXT)
        />
    }
}

/// The loaded page: name and totals, then the designs as cards.
#[component]
fn DesignerView(
    /// The designer's page as the server sent it.
    designer: Designer,
) -> impl IntoView {
    let total_likes = designer.total_likes;
    let goals = designer.goals_reached;
    let count = designer.designs.len() as i64;
    let designs = if designer.designs.is_empty() {
        view! {
            <div class="empty-state">
                <h2>{t(msg::DESIGNER_EMPTY_HEADING)}</h2>
                <p>{t(msg::DESIGNER_EMPTY_TEXT)}</p>
                <a class="button" href="/">
                    {t(msg::ME_BROWSE_GALLERY)}
                </a>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="design-grid">
                {designer
                    .designs
                    .into_iter()
                    .map(|design| view! { <DesignCard design=design /> })
                    .collect_view()}
            </div>
        }
        .into_any()
    };
    view! {
        <div class="designer-page">
            <header class="page-intro">
                <h1>{designer.designer.name}</h1>
                <dl class="designer-totals">
                    <div>
                        <dt>{live_text(move || text_with(msg::DESIGNER_DESIGNS, &[("count", count.into())]))}</dt>
                        <dd>{live_text(move || format_number(count))}</dd>
                    </div>
                    <div>
                        <dt>{live_text(move || text_with(msg::DESIGNER_LIKES, &[("count", total_likes.into())]))}</dt>
                        <dd>{live_text(move || format_number(total_likes))}</dd>
                    </div>
                    <div>
                        <dt>{live_text(move || text_with(msg::DESIGNER_GOALS, &[("count", goals.into())]))}</dt>
                        <dd>{live_text(move || format_number(goals))}</dd>
                    </div>
                </dl>
            </header>
            <section aria-label=t(msg::DESIGNER_DESIGNS_LABEL)>{designs}</section>
        </div>
    }
}
