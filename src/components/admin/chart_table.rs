//! The numbers behind a chart, as a table folded under it.

use leptos::prelude::*;

use crate::live::format_count;

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
    caption: String,
    /// The heading of the first column ("Day", "Category").
    label_header: &'static str,
    /// The heading of the second column ("Likes").
    value_header: &'static str,
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
                    <td class="number">{format_count(row.value)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="chart-data">
            <summary>"Show the numbers"</summary>
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
