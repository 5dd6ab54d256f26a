//! The table of recent webhook deliveries.

use cocrea_api::admin::{Webhook, WebhookDelivery};
use leptos::prelude::*;

/// "12 Nov, 14:05" from an RFC 3339 time, in the reader's time zone; the time as
/// given when it cannot be read.
pub fn format_moment(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_string("en-GB", &options).into()
}

/// The words for a delivery's event.
pub fn event_label(event: &str) -> &str {
    match event {
        "goal_reached" => "Goal reached",
        "status_changed" => "Status changed",
        other => other,
    }
}

/// The words for a delivery's state.
pub fn state_label(state: &str) -> &str {
    match state {
        "pending" => "Retrying",
        "delivered" => "Delivered",
        "failed" => "Failed: gave up",
        other => other,
    }
}

/// When, to which webhook, what, how it went, after how many attempts and the
/// last error; scrolls sideways on a phone.
#[component]
pub fn DeliveryTable(
    /// The deliveries, newest first.
    #[prop(into)]
    deliveries: Signal<Vec<WebhookDelivery>>,
    /// The webhooks, to show each delivery's URL.
    #[prop(into)]
    webhooks: Signal<Vec<Webhook>>,
) -> impl IntoView {
    let url_of = move |id: i64| {
        webhooks.with(|hooks| {
            hooks
                .iter()
                .find(|hook| hook.id == id)
                .map(|hook| hook.url.clone())
                .unwrap_or_else(|| format!("Webhook {id} (deleted)"))
        })
    };
    let rows = move || {
        deliveries
            .get()
            .into_iter()
            .map(|delivery| {
                let error = delivery.last_error.clone().unwrap_or_default();
                view! {
                    <tr data-delivery-id=delivery.id data-state=delivery.state.clone()>
                        <td>
                            <time datetime=delivery.created_at.clone()>
                                {format_moment(&delivery.created_at)}
                            </time>
                        </td>
                        <td class="delivery-url">{url_of(delivery.webhook_id)}</td>
                        <td>{event_label(&delivery.event).to_owned()}</td>
                        <td>
                            <span class=format!("delivery-state delivery-{}", delivery.state)>
                                {state_label(&delivery.state).to_owned()}
                            </span>
                        </td>
                        <td class="number">{delivery.attempts}</td>
                        <td class="delivery-error">{error}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="deliveries-heading">
            <table class="admin-table deliveries">
                <thead>
                    <tr>
                        <th scope="col">"When"</th>
                        <th scope="col">"Webhook"</th>
                        <th scope="col">"Event"</th>
                        <th scope="col">"State"</th>
                        <th scope="col" class="number">"Attempts"</th>
                        <th scope="col">"Last error"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
