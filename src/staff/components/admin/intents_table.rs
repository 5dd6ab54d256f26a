//! The insights' table of intents after the goal: how many people would buy each
//! design, by size (and how many only asked to hear when it is in store).

use cocrea_api::IntentCount;
use leptos::prelude::*;

use crate::i18n::{format_number, msg, t, text, text_with};

/// Intents by design and size, most first, as a table with links to the designs.
#[component]
pub fn IntentsTable(
    /// The counts, as the server sends them (most first).
    intents: Vec<IntentCount>,
) -> impl IntoView {
    let body = if intents.is_empty() {
        view! { <p class="admin-empty-line">{t(msg::INSIGHTS_INTENTS_EMPTY)}</p> }.into_any()
    } else {
        let rows = intents
            .into_iter()
            .map(|row| {
                let size = match row.size.as_deref() {
                    None => text(msg::INSIGHTS_INTENTS_NOTIFY_ONLY),
                    Some(size) if size == cocrea_api::intents::ONE_SIZE[0] => {
                        text(msg::AFTER_GOAL_ONE_SIZE)
                    }
                    Some(size) if size.bytes().all(|b| b.is_ascii_digit()) => {
                        text_with(msg::AFTER_GOAL_SHOE_SIZE, &[("size", size.into())])
                    }
                    Some(size) => size.to_owned(),
                };
                view! {
                    <tr class="intent-row" data-design-id=row.design_id>
                        <th scope="row">
                            <a href=format!("/designs/{}", row.design_id)>{row.title}</a>
                        </th>
                        <td class="intent-size">{size}</td>
                        <td class="number">{format_number(row.count)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="admin-table intents-table">
                <thead>
                    <tr>
                        <th scope="col">{t(msg::INSIGHTS_AXIS_DESIGN)}</th>
                        <th scope="col">{t(msg::INSIGHTS_INTENTS_SIZE)}</th>
                        <th scope="col" class="number">{t(msg::INSIGHTS_INTENTS_PEOPLE)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <figure class="chart intents-chart">
            <figcaption class="chart-title">{t(msg::INSIGHTS_INTENTS)}</figcaption>
            {body}
        </figure>
    }
}
