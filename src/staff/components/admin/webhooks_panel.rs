//! The webhooks section of `/admin`: where events go, and how deliveries went.

use cocrea_api::admin::{Webhook, WebhookDelivery};
use leptos::prelude::*;

use crate::i18n::{msg, t, text_with};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_list::{admin_list_view, AdminList};
use crate::staff::components::admin::{
    ActionNotice, AdminSection, DeliveryTable, RefreshButton, WebhookForm, WebhookRow,
};

/// The form that adds a webhook, the registered ones (each to delete), and the
/// latest deliveries with their state, attempts and errors.
#[component]
pub fn WebhooksPanel() -> impl IntoView {
    let hooks = AdminList::<Webhook>::new();
    let deliveries = AdminList::<WebhookDelivery>::new();
    let load_hooks = move || hooks.load(api_admin::webhooks());
    let load_deliveries = move || deliveries.load(api_admin::webhook_deliveries());
    load_hooks();
    load_deliveries();
    let retry_hooks = Callback::new(move |()| load_hooks());
    let refresh_deliveries = Callback::new(move |()| load_deliveries());
    let notice = RwSignal::new(None::<String>);

    let on_created = Callback::new(move |webhook: Webhook| {
        notice.set(Some(text_with(
            msg::ADMIN_WEBHOOK_CREATED,
            &[("url", (&webhook.url).into())],
        )));
        hooks.update(|list| list.push(webhook));
    });
    let on_deleted = Callback::new(move |id: i64| {
        let url = hooks
            .filtered(|hook| hook.id == id)
            .first()
            .map(|hook| hook.url.clone())
            .unwrap_or_default();
        hooks.remove(|hook| hook.id == id);
        notice.set(Some(text_with(
            msg::ADMIN_WEBHOOK_DELETED,
            &[("url", (&url).into())],
        )));
    });

    let hooks_empty = || {
        view! {
            <p class="admin-empty-line">{t(msg::ADMIN_WEBHOOKS_EMPTY)}</p>
        }
        .into_any()
    };
    let hooks_ready = move || {
        view! {
            <ul class="admin-list webhooks" aria-label=t(msg::ADMIN_WEBHOOKS_LIST_LABEL)>
                <For each=move || hooks.items() key=|hook| hook.id let:webhook>
                    <li>
                        <WebhookRow webhook=webhook on_deleted=on_deleted />
                    </li>
                </For>
            </ul>
        }
    };
    let deliveries_empty = || {
        view! {
            <p class="admin-empty-line">{t(msg::ADMIN_DELIVERIES_EMPTY)}</p>
        }
        .into_any()
    };
    let deliveries_ready = move || {
        view! {
            <DeliveryTable
                deliveries=Signal::derive(move || deliveries.items())
                webhooks=Signal::derive(move || hooks.items())
            />
        }
    };
    let deliveries_loading = Signal::derive(move || deliveries.is_loading());

    view! {
        <section class="admin-section" aria-labelledby="webhooks-heading">
            <div class="admin-section-head">
                <h2 id="webhooks-heading">{t(AdminSection::Webhooks.label())}</h2>
            </div>
            <p class="admin-section-intro">{t(msg::ADMIN_WEBHOOKS_INTRO)}</p>
            <WebhookForm on_created=on_created />
            <ActionNotice message=notice />
            {admin_list_view(hooks, msg::ADMIN_WEBHOOKS_LOADING, retry_hooks, hooks_empty, hooks_ready)}
            <div class="admin-section-head admin-subhead">
                <h2 class="admin-subheading" id="deliveries-heading">
                    {t(msg::ADMIN_DELIVERIES_HEADING)}
                </h2>
                <RefreshButton
                    loading=deliveries_loading
                    on_refresh=refresh_deliveries
                    label=t(msg::ADMIN_DELIVERIES_REFRESH_LABEL)
                />
            </div>
            {admin_list_view(
                deliveries,
                msg::ADMIN_DELIVERIES_LOADING,
                refresh_deliveries,
                deliveries_empty,
                deliveries_ready,
            )}
        </section>
    }
}
