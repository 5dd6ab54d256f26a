//! `/designers/:id`: a designer's page, where their name leads from cards, the design
//! page and comments.

use cocrea_api::DesignerPage as Designer;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::{DesignCard, ErrorNotice, NotFound, Spinner};
use crate::contexts::use_auth;
use crate::i18n::{format_number, live_text, msg, page_title, t, text_with};
use crate::set_page_title;

/// What the page knows of the designer.
#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    /// `GET /api/designers/{id}` has not answered yet.
    Waiting,
    /// No such designer (or no valid id in the address).
    NotFound,
    /// It failed: the sentence to show.
    Failed(String),
    /// The designer's page.
    Page(Box<Designer>),
}

/// A designer's name, their designs (public ones; their own in review too, for
/// themselves), total likes and goals reached; a clear page for an unknown designer
/// and an empty state for one without public designs.
///
/// It loads into a signal rather than through `<Transition>`: the page costs the
/// shoppers' first download less that way.
#[component]
pub fn DesignerPage() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let loaded = RwSignal::new(Loaded::Waiting);
    let load = move || {
        let id = params.with_untracked(|p| {
            p.get_str("id")
                .and_then(|id| id.parse::<i64>().ok())
                .filter(|id| *id > 0)
        });
        loaded.set(Loaded::Waiting);
        spawn_local(async move {
            let Some(id) = id else {
                loaded.try_set(Loaded::NotFound);
                return;
            };
            loaded.try_set(match api::designer_page(id).await {
                Ok(page) => Loaded::Page(Box::new(page)),
                Err(error) if error.is_not_found() => Loaded::NotFound,
                Err(error) => Loaded::Failed(error.user_message()),
            });
        });
    };
    // Again when the address or who is looking changes (the designer sees their own
    // designs in review).
    Effect::new(move |_| {
        params.track();
        auth.changes();
        load();
    });
    move || match loaded.get() {
        Loaded::Waiting => view! { <Spinner label=t(msg::DESIGNER_LOADING) /> }.into_any(),
        Loaded::NotFound => designer_not_found().into_any(),
        Loaded::Failed(message) => {
            view! { <ErrorNotice message=message on_retry=Callback::new(move |_| load()) /> }
                .into_any()
        }
        Loaded::Page(designer) => {
            set_page_title(&designer.designer.name);
            view! { <DesignerView designer=*designer /> }.into_any()
        }
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
