//! The table of recent webhook deliveries.

use cocrea_api::admin::{Webhook, WebhookDelivery};
use leptos::prelude::*;

use crate::i18n::{format_number, lang, msg, t, text, text_with};
use crate::staff::components::admin::chart_scale::date_locale;

/// "12 Nov, 14:05" ("12 nov, 14:05") from an RFC 3339 time, in the current language
/// and the reader's time zone; the time as given when it cannot be read.
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
    date.to_locale_string(date_locale(lang()), &options).into()
}

/// The words for a delivery's event; an event this app does not know, as it is.
pub fn event_label(event: &str) -> String {
    let id = match event {
        "goal_reached" => msg::ADMIN_EVENT_GOAL_REACHED,
        "status_changed" => msg::ADMIN_EVENT_STATUS_CHANGED,
        other => return other.to_owned(),
    };
    text(id)
}

/// The words for a delivery's state; a state this app does not know, as it is.
pub fn state_label(state: &str) -> String {
    let id = match state {
        "pending" => msg::ADMIN_DELIVERY_RETRYING,
        "delivered" => msg::ADMIN_DELIVERY_DELIVERED,
        "failed" => msg::ADMIN_DELIVERY_FAILED,
        other => return other.to_owned(),
    };
    text(id)
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
            hooks.iter().find(|hook| hook.id == id).map_or_else(
                || {
                    // An id, not a count: no thousands separator.
                    let id = id.to_string();
                    text_with(msg::ADMIN_DELIVERY_DELETED_WEBHOOK, &[("id", (&id).into())])
                },
                |hook| hook.url.clone(),
            )
        })
    };
    // Rebuilt when the deliveries or the language change.
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
                        <td>{event_label(&delivery.event)}</td>
                        <td>
                            <span class=format!("delivery-state delivery-{}", delivery.state)>
                                {state_label(&delivery.state)}
                            </span>
                        </td>
                        <td class="number">{format_number(delivery.attempts)}</td>
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
                        <th scope="col">{t(msg::ADMIN_DELIVERY_WHEN)}</th>
                        <th scope="col">{t(msg::ADMIN_DELIVERY_WEBHOOK)}</th>
                        <th scope="col">{t(msg::ADMIN_DELIVERY_EVENT)}</th>
                        <th scope="col">{t(msg::ADMIN_DELIVERY_STATE)}</th>
                        <th scope="col" class="number">{t(msg::ADMIN_DELIVERY_ATTEMPTS)}</th>
                        <th scope="col">{t(msg::ADMIN_DELIVERY_LAST_ERROR)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
