//! A bar chart of counts by kind (category, store, design), drawn as inline SVG.

use leptos::prelude::*;

use crate::i18n::{format_number, live_text, msg, text_with, Msg};
use crate::staff::components::admin::chart_scale::{nice_scale, percent, shorten};
use crate::staff::components::admin::{ChartRow, ChartTable};

/// The height of one bar's row in pixels: its name above, the bar under it.
const ROW_HEIGHT: f64 = 44.0;
/// Room above the first row for the axis names.
const TOP: f64 = 24.0;
/// Names longer than this are cut (in full in the tooltip and the table).
const MAX_LABEL_CHARS: usize = 30;

/// One horizontal bar per row, longest first as given, each named and valued at
/// its end, all on one scale from 0; screen readers hear every row in one
/// sentence, and anyone can unfold the numbers as a table. With no count above
/// 0 it says `empty`. Words come in as `t(msg::...)` and follow the language; the
/// rows' names are the caller's (the insights page builds its charts again on a
/// switch of language).
#[component]
pub fn BarChart(
    /// The chart's title, also its table's caption.
    #[prop(into)]
    title: Signal<String>,
    /// The rows, in the order to draw them.
    rows: Vec<ChartRow>,
    /// The name of what the bars stand for ("Category").
    #[prop(into)]
    label_name: Signal<String>,
    /// The name of the counts ("Likes").
    #[prop(into)]
    value_name: Signal<String>,
    /// A count in words for screen readers ("120 likes"): a message with `$count`.
    unit: Msg,
    /// What the chart says when there is nothing to draw.
    #[prop(into)]
    empty: Signal<String>,
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
    let summary = {
        let rows = rows.clone();
        live_text(move || bar_summary(&title.get(), &rows, unit))
    };
    let scale = nice_scale(highest, 4);
    let height = TOP + ROW_HEIGHT * rows.len() as f64;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let top = TOP + ROW_HEIGHT * index as f64;
            let fraction = scale.fraction(row.value);
            let value = row.value;
            let label = row.label.clone();
            let tip = live_text(move || format!("{label}: {}", format_number(value)));
            view! {
                <g class="chart-bar-row">
                    <text class="chart-label" x="0" y=top + 14.0>
                        {shorten(&row.label, MAX_LABEL_CHARS)}
                    </text>
                    <text class="chart-value" x="100%" y=top + 14.0 text-anchor="end">
                        {live_text(move || format_number(value))}
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
            <figcaption class="chart-title">{title}</figcaption>
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
/// 120 likes, Tops 80 likes.", each count in words by `unit` (a message with `$count`).
pub fn bar_summary(title: &str, rows: &[ChartRow], unit: Msg) -> String {
    let parts = rows
        .iter()
        .map(|row| {
            let count = text_with(unit, &[("count", row.value.into())]);
            text_with(
                msg::INSIGHTS_BAR_ROW,
                &[("label", (&row.label).into()), ("count", (&count).into())],
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    text_with(
        msg::INSIGHTS_BAR_SUMMARY,
        &[("title", title.into()), ("rows", (&parts).into())],
    )
}
