//! A bar chart of counts by kind (category, store, design), drawn as inline SVG.

use leptos::prelude::*;

use crate::components::admin::chart_scale::{nice_scale, percent, shorten};
use crate::components::admin::{ChartRow, ChartTable};
use crate::live::format_count;

/// The height of one bar's row in pixels: its name above, the bar under it.
const ROW_HEIGHT: f64 = 44.0;
/// Room above the first row for the axis names.
const TOP: f64 = 24.0;
/// Names longer than this are cut (in full in the tooltip and the table).
const MAX_LABEL_CHARS: usize = 30;

/// One horizontal bar per row, longest first as given, each named and valued at
/// its end, all on one scale from 0; screen readers hear every row in one
/// sentence, and anyone can unfold the numbers as a table. With no count above
/// 0 it says `empty`.
#[component]
pub fn BarChart(
    /// The chart's title, also its table's caption.
    #[prop(into)]
    title: String,
    /// The rows, in the order to draw them.
    rows: Vec<ChartRow>,
    /// The name of what the bars stand for ("Category").
    label_name: &'static str,
    /// The name of the counts ("Likes").
    value_name: &'static str,
    /// What the chart says when there is nothing to draw.
    empty: &'static str,
) -> impl IntoView {
    let highest = rows.iter().map(|row| row.value).max().unwrap_or(0);
    if highest <= 0 {
        return view! {
            <figure class="chart chart-empty">
                <figcaption class="chart-title">{title}</figcaption>
                <p class="admin-empty-line">{empty}</p>
            </figure>
        }
        .into_any();
    }
    let summary = bar_summary(&title, &rows, value_name);
    let scale = nice_scale(highest, 4);
    let height = TOP + ROW_HEIGHT * rows.len() as f64;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let top = TOP + ROW_HEIGHT * index as f64;
            let fraction = scale.fraction(row.value);
            let tip = format!("{}: {}", row.label, format_count(row.value));
            view! {
                <g class="chart-bar-row">
                    <text class="chart-label" x="0" y=top + 14.0>
                        {shorten(&row.label, MAX_LABEL_CHARS)}
                    </text>
                    <text class="chart-value" x="100%" y=top + 14.0 text-anchor="end">
                        {format_count(row.value)}
                    </text>
                    <rect class="chart-track" x="0" y=top + 20.0 width="100%" height="12" rx="6" />
                    <rect
                        class="chart-bar"
                        x="0"
                        y=top + 20.0
                        width=percent(fraction)
                        height="12"
                        rx="6"
                    >
                        <title>{tip}</title>
                    </rect>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart bar-chart">
            <figcaption class="chart-title">{title.clone()}</figcaption>
            <svg class="chart-svg" width="100%" height=height role="img" aria-label=summary>
                <text class="chart-axis-name" x="0" y="12">
                    {label_name}
                </text>
                <text class="chart-axis-name" x="100%" y="12" text-anchor="end">
                    {value_name}
                </text>
                {bars}
            </svg>
            <ChartTable caption=title label_header=label_name value_header=value_name rows=rows />
        </figure>
    }
    .into_any()
}

/// One sentence for screen readers with every row: "Likes by category: Dresses
/// 120 likes, Tops 80 likes."
pub fn bar_summary(title: &str, rows: &[ChartRow], value_name: &str) -> String {
    let unit = value_name.to_lowercase();
    let parts = rows
        .iter()
        .map(|row| format!("{} {} {unit}", row.label, format_count(row.value)))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{title}: {parts}.")
}
