//! The arithmetic behind the insights charts, apart from drawing so that it can
//! be tested: value axes with round steps, column positions, which axis labels
//! fit, and short labels.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::i18n::Lang;

/// A value axis from 0 to `top` with a gridline every `step` (both at least 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// The value at the top of the axis: a multiple of `step`, at least the largest value.
    pub top: i64,
    /// The distance between gridlines: 1, 2 or 5 times a power of ten.
    pub step: i64,
}

impl Scale {
    /// The gridline values, from 0 to `top`.
    pub fn ticks(&self) -> Vec<i64> {
        (0..=self.top / self.step).map(|n| n * self.step).collect()
    }

    /// Where `value` sits on the axis, from 0.0 (bottom) to 1.0 (top), clamped.
    pub fn fraction(&self, value: i64) -> f64 {
        (value as f64 / self.top as f64).clamp(0.0, 1.0)
    }
}

/// The axis for counts up to `max` with at most `max_steps` gridline steps:
/// the smallest round step (1, 2, 5, 10, 20, 50 ...) that covers `max` in that
/// many steps, and the first multiple of it at or above `max`. Counts are whole,
/// so the step is at least 1; without any count above 0 the axis runs to 1.
pub fn nice_scale(max: i64, max_steps: u32) -> Scale {
    let max = max.max(1);
    let steps = i64::from(max_steps.max(1));
    let mut magnitude: i64 = 1;
    let step = loop {
        if let Some(step) = [1, 2, 5]
            .into_iter()
            .map(|m| m * magnitude)
            .find(|step| step.saturating_mul(steps) >= max)
        {
            break step;
        }
        magnitude = magnitude.saturating_mul(10);
    };
    let top = (max + step - 1) / step * step;
    Scale { top, step }
}

/// The horizontal place of column `index` of `count` equal columns, as fractions
/// of the chart's width: `(start, width)`, each column taking `fill` (0.0 to 1.0)
/// of its slot, centred in it.
pub fn column_band(index: usize, count: usize, fill: f64) -> (f64, f64) {
    let count = count.max(1) as f64;
    let slot = 1.0 / count;
    let width = slot * fill.clamp(0.0, 1.0);
    let start = index as f64 * slot + (slot - width) / 2.0;
    (start, width)
}

/// The centre of column `index` of `count`, as a fraction of the chart's width.
pub fn column_centre(index: usize, count: usize) -> f64 {
    let (start, width) = column_band(index, count, 1.0);
    start + width / 2.0
}

/// Which of `count` axis labels to show so that at most `max_labels` appear:
/// evenly spaced, always the first and the last, and the one before the last
/// left out when it is half a step from it or closer (they would overlap).
pub fn label_indices(count: usize, max_labels: usize) -> Vec<usize> {
    if count == 0 || max_labels == 0 {
        return Vec::new();
    }
    if count <= max_labels {
        return (0..count).collect();
    }
    if max_labels == 1 {
        return vec![count - 1];
    }
    let last = count - 1;
    let every = last.div_ceil(max_labels - 1);
    let mut indices: Vec<usize> = (0..last).step_by(every).collect();
    // A regular label too close to the last one would overlap it.
    if indices
        .last()
        .is_some_and(|&index| index != 0 && (last - index) * 2 <= every)
    {
        indices.pop();
    }
    indices.push(last);
    indices
}

/// How many time labels of up to `longest_chars` characters fit side by side on an
/// axis with room for about `room_chars`, with a gap between them: at most `most`,
/// and never fewer than two (the first and the last).
pub fn labels_that_fit(room_chars: usize, longest_chars: usize, most: usize) -> usize {
    /// Characters of space kept between two labels.
    const GAP_CHARS: usize = 3;
    (room_chars / (longest_chars + GAP_CHARS)).clamp(2, most.max(2))
}

/// A fraction (0.0 to 1.0) as an SVG length relative to the chart: "37.5%".
pub fn percent(fraction: f64) -> String {
    let value = (fraction * 1000.0).round() / 10.0;
    format!("{value}%")
}

/// `text` cut to at most `max_chars` characters, ending in "…" when cut.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let kept: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// The locale `Intl` writes `lang`'s dates in: the app's English is British
/// ("colour", "trousers"), and so are its dates, as everywhere in the app.
pub fn date_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        other => other.tag(),
    }
}

/// "3 Nov", "3 nov", "3 de nov.": a day of the API ("2025-11-03", a day in UTC) as
/// `lang` writes it under a chart's column, by the browser's `Intl`; as
/// [`day_month`] has it when the browser cannot read it.
pub fn axis_day(lang: Lang, date: &str) -> String {
    let midnight = Date::new(&JsValue::from_str(&format!("{date}T00:00:00Z")));
    if midnight.get_time().is_nan() {
        return day_month(date);
    }
    let options = Object::new();
    // UTC: the server counts days in UTC, and a reader west of it must not see the day before.
    for (key, value) in [("day", "numeric"), ("month", "short"), ("timeZone", "UTC")] {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    midnight
        .to_locale_date_string(date_locale(lang), &options)
        .into()
}

/// "3 Nov" from the API's "2025-11-03"; the text as given when it is not a date.
pub fn day_month(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut parts = date.split('-');
    let (Some(_year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return date.to_owned();
    };
    match (month.parse::<usize>(), day.parse::<u32>()) {
        (Ok(month @ 1..=12), Ok(day @ 1..=31)) => format!("{day} {}", MONTHS[month - 1]),
        _ => date.to_owned(),
    }
}
