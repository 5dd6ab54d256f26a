//! `/admin/insights`: what the community likes, where and when (staff bundle only).

use cocrea_api::admin::Insights;
use leptos::prelude::*;

use crate::components::{ErrorNotice, Spinner};
use crate::i18n::{category_name, lang, live_text, msg, page_title, t, text, text_with};
use crate::staff::api_admin::{self, EXPORT_CSV_URL};
use crate::staff::components::admin::admin_error::admin_error_message;
use crate::staff::components::admin::chart_scale::axis_day;
use crate::staff::components::admin::IntentsTable;
use crate::staff::components::admin::{BarChart, BigNumber, ChartRow, ColumnChart, RequireAdmin};

/// The server's store code for likes made outside any store (`?store=` absent).
const ONLINE_STORE: &str = "online";

/// Charts of likes per day, submissions per week, likes by category and by store,
/// the top designs and how many reached their goal; and every design as CSV.
/// For admins only, as `/admin` is.
#[component]
pub fn AdminInsightsPage() -> impl IntoView {
    page_title(msg::INSIGHTS_TITLE);
    view! {
        <RequireAdmin>
            <InsightsView />
        </RequireAdmin>
    }
}

/// The page's content, loaded once an admin is signed in.
#[component]
fn InsightsView() -> impl IntoView {
    let insights = LocalResource::new(api_admin::insights);
    view! {
        <div class="admin-page insights-page">
            <header class="page-intro admin-intro">
                <a class="back-link" href="/admin">
                    <span aria-hidden="true">"← "</span>
                    {t(msg::ADMIN_TITLE)}
                </a>
                <h1>{t(msg::INSIGHTS_TITLE)}</h1>
                <p>{t(msg::INSIGHTS_INTRO)}</p>
                <a class="button button-secondary csv-download" href=EXPORT_CSV_URL download="cocrea-designs.csv" rel="external">
                    {t(msg::INSIGHTS_DOWNLOAD_CSV)}
                </a>
            </header>
            <Transition fallback=|| view! { <Spinner label=t(msg::INSIGHTS_LOADING) /> }>
                {move || Suspend::new(async move {
                    match insights.await {
                        // Built again on a switch of language: the days, categories and
                        // store names drawn in the charts are words of the language.
                        Ok(insights) => {
                            (move || {
                                lang();
                                charts(insights.clone())
                            })
                                .into_any()
                        }
                        Err(error) => {
                            view! {
                                <ErrorNotice
                                    message=admin_error_message(&error)
                                    on_retry=Callback::new(move |_| insights.refetch())
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

/// Every chart of the insights, in a grid, in the current language.
fn charts(insights: Insights) -> impl IntoView {
    let language = lang();
    let intents = insights.intents;
    let (goals, designs) = (insights.goals_reached, insights.designs);
    let share = live_text(move || {
        if designs > 0 {
            let percent = (goals * 100 + designs / 2) / designs;
            text_with(
                msg::INSIGHTS_GOALS_SHARE,
                &[("designs", designs.into()), ("percent", percent.into())],
            )
        } else {
            text(msg::INSIGHTS_NO_DESIGNS)
        }
    });
    let likes_per_day = insights
        .likes_per_day
        .into_iter()
        .map(|day| ChartRow::new(axis_day(language, &day.date), day.count))
        .collect();
    let submissions = insights
        .submissions_per_week
        .into_iter()
        .map(|week| ChartRow::new(axis_day(language, &week.date), week.count))
        .collect();
    let by_category = most_first(
        insights
            .likes_by_category
            .into_iter()
            .map(|row| ChartRow::new(category_name(row.category), row.count))
            .collect(),
    );
    let by_store = most_first(
        insights
            .likes_by_store
            .into_iter()
            .map(|row| {
                let store = if row.store == ONLINE_STORE {
                    text(msg::INSIGHTS_STORE_ONLINE)
                } else {
                    row.store
                };
                ChartRow::new(store, row.count)
            })
            .collect(),
    );
    let top = insights
        .top_designs
        .into_iter()
        .map(|design| ChartRow {
            label: design.title,
            value: design.likes,
            href: Some(format!("/designs/{}", design.id)),
        })
        .collect();
    view! {
        <div class="insights-grid">
            <BigNumber
                value=goals
                label=live_text(move || text_with(msg::INSIGHTS_GOALS_LABEL, &[("count", goals.into())]))
                detail=share
            />
            <ColumnChart
                title=t(msg::INSIGHTS_LIKES_PER_DAY)
                points=likes_per_day
                x_name=t(msg::INSIGHTS_AXIS_DAY)
                y_name=t(msg::INSIGHTS_AXIS_LIKES)
                unit=msg::LIKES_COUNT
                empty=t(msg::INSIGHTS_LIKES_PER_DAY_EMPTY)
            />
            <ColumnChart
                title=t(msg::INSIGHTS_SUBMISSIONS_PER_WEEK)
                points=submissions
                x_name=t(msg::INSIGHTS_AXIS_WEEK)
                y_name=t(msg::INSIGHTS_AXIS_DESIGNS)
                unit=msg::INSIGHTS_DESIGNS_COUNT
                empty=t(msg::INSIGHTS_SUBMISSIONS_EMPTY)
            />
            <BarChart
                title=t(msg::INSIGHTS_LIKES_BY_CATEGORY)
                rows=by_category
                label_name=t(msg::INSIGHTS_AXIS_CATEGORY)
                value_name=t(msg::INSIGHTS_AXIS_LIKES)
                unit=msg::LIKES_COUNT
                empty=t(msg::INSIGHTS_NO_LIKES)
            />
            <BarChart
                title=t(msg::INSIGHTS_LIKES_BY_STORE)
                rows=by_store
                label_name=t(msg::INSIGHTS_AXIS_STORE)
                value_name=t(msg::INSIGHTS_AXIS_LIKES)
                unit=msg::LIKES_COUNT
                empty=t(msg::INSIGHTS_NO_LIKES)
            />
            <BarChart
                title=t(msg::INSIGHTS_TOP_DESIGNS)
                rows=top
                label_name=t(msg::INSIGHTS_AXIS_DESIGN)
                value_name=t(msg::INSIGHTS_AXIS_LIKES)
                unit=msg::LIKES_COUNT
                empty=t(msg::INSIGHTS_TOP_EMPTY)
            />
            <IntentsTable intents=intents />
        </div>
    }
}

/// The rows with the largest count first (equal counts keep their order).
fn most_first(mut rows: Vec<ChartRow>) -> Vec<ChartRow> {
    rows.sort_by_key(|row| std::cmp::Reverse(row.value));
    rows
}
