//! A column chart of counts over time (days or weeks), drawn as inline SVG.

use leptos::prelude::*;

use crate::i18n::{format_number, live_text, msg, text_with, Msg};
use crate::staff::components::admin::chart_scale::{
    column_band, column_centre, label_indices, labels_that_fit, nice_scale, percent,
};
use crate::staff::components::admin::{ChartRow, ChartTable};

/// The chart's height in pixels; its width follows the page.
const HEIGHT: f64 = 240.0;
/// Where the plot starts (room for the axis name and the top value above it).
const PLOT_TOP: f64 = 36.0;
/// Where the plot ends (room for the time labels and the axis name under it).
const PLOT_BOTTOM: f64 = 196.0;
/// At most this many gridline steps.
const MAX_STEPS: u32 = 4;
/// At most this many time labels on a chart wider than 460 px (style/admin.css
/// switches with a container query) ...
const MAX_LABELS_WIDE: usize = 7;
/// ... and this many on a narrower one (a phone), so that they never overlap.
const MAX_LABELS_NARROW: usize = 4;
/// About how many characters of 12 px labels the time axis of a chart wider than
/// 460 px holds at its narrowest ...
const ROOM_CHARS_WIDE: usize = 63;
/// ... and of a narrower one, down to a 360 px phone: fewer labels when a language
/// writes days longer ("23 de nov." against "23 Nov").
const ROOM_CHARS_NARROW: usize = 40;

/// One column per period, oldest on the left, on a value axis with round
/// gridlines; the axes are named, every gridline and some periods labelled, each
/// column titled with its count. Screen readers get a one-sentence summary, and
/// anyone can unfold the numbers as a table. With no count above 0 it says `empty`.
/// Words come in as `t(msg::...)` and follow the language; the periods' labels are
/// the caller's (the insights page builds its charts again on a switch of language).
#[component]
pub fn ColumnChart(
    /// The chart's title, also its table's caption.
    #[prop(into)]
    title: Signal<String>,
    /// The periods and their counts, oldest first; labels are short ("3 Nov").
    points: Vec<ChartRow>,
    /// The name of the time axis ("Day", "Week starting").
    #[prop(into)]
    x_name: Signal<String>,
    /// The name of the value axis ("Likes").
    #[prop(into)]
    y_name: Signal<String>,
    /// A count in words for screen readers ("40 likes"): a message with `$count`.
    unit: Msg,
    /// What the chart says when there is nothing to draw.
    #[prop(into)]
    empty: Signal<String>,
) -> impl IntoView {
    let total: i64 = points.iter().map(|point| point.value).sum();
    let highest = points.iter().map(|point| point.value).max().unwrap_or(0);
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
        let points = points.clone();
        live_text(move || column_summary(&title.get(), &points, unit))
    };
    let scale = nice_scale(highest, MAX_STEPS);
    let plot_height = PLOT_BOTTOM - PLOT_TOP;
    let y_of = move |value: i64| PLOT_BOTTOM - scale.fraction(value) * plot_height;
    let count = points.len();

    let gridlines = scale
        .ticks()
        .into_iter()
        .map(|tick| {
            let y = y_of(tick);
            view! {
                <line class="chart-grid" x1="0" x2="100%" y1=y y2=y />
                <text class="chart-tick" x="0" y=y - 4.0>
                    {live_text(move || format_number(tick))}
                </text>
            }
        })
        .collect_view();
    let columns = points
        .iter()
        .enumerate()
        .filter(|(_, point)| point.value > 0)
        .map(|(index, point)| {
            let (start, width) = column_band(index, count, 0.7);
            let y = y_of(point.value);
            let (label, value) = (point.label.clone(), point.value);
            let tip = live_text(move || format!("{label}: {}", format_number(value)));
            view! {
                <rect
                    class="chart-column"
                    x=percent(start)
                    width=percent(width)
                    y=y
                    height=PLOT_BOTTOM - y
                    rx="2"
                >
                    <title>{tip}</title>
                </rect>
            }
        })
        .collect_view();
    let longest = points
        .iter()
        .map(|point| point.label.chars().count())
        .max()
        .unwrap_or(0);
    let labels_wide = time_labels(
        &points,
        labels_that_fit(ROOM_CHARS_WIDE, longest, MAX_LABELS_WIDE),
    );
    let labels_narrow = time_labels(
        &points,
        labels_that_fit(ROOM_CHARS_NARROW, longest, MAX_LABELS_NARROW),
    );

    view! {
        <figure class="chart column-chart">
            <figcaption class="chart-title">
                {title}
                <span class="chart-total">
                    {live_text(move || text_with(msg::INSIGHTS_TOTAL, &[("count", total.into())]))}
                </span>
            </figcaption>
            <svg class="chart-svg" width="100%" height=HEIGHT role="img" aria-label=summary>
                <text class="chart-axis-name" x="0" y="12">
                    {y_name}
                </text>
                {gridlines}
                {columns}
                <line class="chart-baseline" x1="0" x2="100%" y1=PLOT_BOTTOM y2=PLOT_BOTTOM />
                <g class="chart-labels-wide">{labels_wide}</g>
                <g class="chart-labels-narrow">{labels_narrow}</g>
                <text class="chart-axis-name" x="50%" y=HEIGHT - 4.0 text-anchor="middle">
                    {x_name}
                </text>
            </svg>
            <ChartTable caption=title label_header=x_name value_header=y_name rows=points />
        </figure>
    }
    .into_any()
}

/// The labels under the columns: at most `max_labels` of them (see
/// [`label_indices`]), the first flush left, the last flush right.
fn time_labels(points: &[ChartRow], max_labels: usize) -> impl IntoView {
    let count = points.len();
    let last = count.saturating_sub(1);
    label_indices(count, max_labels)
        .into_iter()
        .map(|index| {
            let (x, anchor) = match index {
                0 => ("0".to_owned(), "start"),
                i if i == last => ("100%".to_owned(), "end"),
                i => (percent(column_centre(i, count)), "middle"),
            };
            view! {
                <text class="chart-label" x=x y=PLOT_BOTTOM + 18.0 text-anchor=anchor>
                    {points[index].label.clone()}
                </text>
            }
        })
        .collect_view()
}

/// One sentence for screen readers: what the chart shows, over which periods,
/// the total (in words by `unit`, a message with `$count`), and the busiest period.
pub fn column_summary(title: &str, points: &[ChartRow], unit: Msg) -> String {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return text_with(msg::INSIGHTS_NO_DATA, &[("title", title.into())]);
    };
    let total: i64 = points.iter().map(|point| point.value).sum();
    let best = points
        .iter()
        .max_by_key(|point| point.value)
        .unwrap_or(first);
    let total = text_with(unit, &[("count", total.into())]);
    text_with(
        msg::INSIGHTS_COLUMN_SUMMARY,
        &[
            ("title", title.into()),
            ("first", (&first.label).into()),
            ("last", (&last.label).into()),
            ("total", (&total).into()),
            ("busiest", (&best.label).into()),
            ("most", best.value.into()),
        ],
    )
}
