//! `/admin/insights`: what the community likes, where and when (staff bundle only).

use cocrea_api::admin::Insights;
use leptos::prelude::*;

use crate::api_admin::{self, EXPORT_CSV_URL};
use crate::components::admin::admin_error::admin_error_message;
use crate::components::admin::chart_scale::day_month;
use crate::components::admin::{BarChart, BigNumber, ChartRow, ColumnChart, RequireAdmin};
use crate::components::{ErrorNotice, Spinner};
use crate::set_page_title;

/// Charts of likes per day, submissions per week, likes by category and by store,
/// the top designs and how many reached their goal; and every design as CSV.
/// For admins only, as `/admin` is.
#[component]
pub fn AdminInsightsPage() -> impl IntoView {
    set_page_title("Insights");
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
                    "Administration"
                </a>
                <h1>"Insights"</h1>
                <p>"What the community likes, where and when. Days and weeks are in UTC."</p>
                <a class="button button-secondary csv-download" href=EXPORT_CSV_URL download="cocrea-designs.csv" rel="external">
                    "Download CSV of all designs"
                </a>
            </header>
            <Transition fallback=|| view! { <Spinner label="Loading the insights" /> }>
                {move || Suspend::new(async move {
                    match insights.await {
                        Ok(insights) => charts(insights).into_any(),
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

/// Every chart of the insights, in a grid.
fn charts(insights: Insights) -> impl IntoView {
    let share = if insights.designs > 0 {
        format!(
            "of {} designs: {}%",
            insights.designs,
            (insights.goals_reached * 100 + insights.designs / 2) / insights.designs
        )
    } else {
        "No designs yet.".to_owned()
    };
    let likes_per_day = insights
        .likes_per_day
        .into_iter()
        .map(|day| ChartRow::new(day_month(&day.date), day.count))
        .collect();
    let submissions = insights
        .submissions_per_week
        .into_iter()
        .map(|week| ChartRow::new(day_month(&week.date), week.count))
        .collect();
    let by_category = most_first(
        insights
            .likes_by_category
            .into_iter()
            .map(|row| ChartRow::new(row.category.label(), row.count))
            .collect(),
    );
    let by_store = most_first(
        insights
            .likes_by_store
            .into_iter()
            .map(|row| {
                // The server's name for likes made outside any store.
                let store = if row.store == "online" {
                    "Online (no store)".to_owned()
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
                value=insights.goals_reached
                label="designs reached their goal"
                detail=share
            />
            <ColumnChart
                title="Likes per day, last 30 days"
                points=likes_per_day
                x_name="Day"
                y_name="Likes"
                empty="No likes in the last 30 days."
            />
            <ColumnChart
                title="Submissions per week, last 12 weeks"
                points=submissions
                x_name="Week starting"
                y_name="Designs"
                empty="No designs were submitted in the last 12 weeks."
            />
            <BarChart
                title="Likes by category"
                rows=by_category
                label_name="Category"
                value_name="Likes"
                empty="No likes yet."
            />
            <BarChart
                title="Likes by store"
                rows=by_store
                label_name="Store"
                value_name="Likes"
                empty="No likes yet."
            />
            <BarChart
                title="Top designs"
                rows=top
                label_name="Design"
                value_name="Likes"
                empty="No design has likes yet."
            />
        </div>
    }
}

/// The rows with the largest count first (equal counts keep their order).
fn most_first(mut rows: Vec<ChartRow>) -> Vec<ChartRow> {
    rows.sort_by_key(|row| std::cmp::Reverse(row.value));
    rows
}
