//! The numbers behind a chart, as a table folded under it.

use leptos::prelude::*;

use crate::i18n::{format_number, msg, t};

/// One row of a chart's numbers: what, how many, and where to read more.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    /// What the count is of ("Dresses", "3 Nov").
    pub label: String,
    /// The count.
    pub value: i64,
    /// A page about it (a design's), if any.
    pub href: Option<String>,
}

impl ChartRow {
    /// A row without a link.
    pub fn new(label: impl Into<String>, value: i64) -> Self {
        ChartRow {
            label: label.into(),
            value,
            href: None,
        }
    }
}

/// "Show the numbers": a `<details>` with the chart's rows as a table, for anyone
/// who prefers numbers to shapes (and for screen readers).
#[component]
pub fn ChartTable(
    /// The table's caption: the chart's title.
    #[prop(into)]
    caption: Signal<String>,
    /// The heading of the first column ("Day", "Category").
    #[prop(into)]
    label_header: Signal<String>,
    /// The heading of the second column ("Likes").
    #[prop(into)]
    value_header: Signal<String>,
    /// The rows.
    rows: Vec<ChartRow>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let label = match row.href {
                Some(href) => view! { <a href=href>{row.label}</a> }.into_any(),
                None => row.label.into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="number">{format_number(row.value)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="chart-data">
            <summary>{t(msg::INSIGHTS_SHOW_NUMBERS)}</summary>
            <table class="admin-table">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{label_header}</th>
                        <th scope="col" class="number">{value_header}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
