//! The reports section of `/admin`: reported designs, and the hidden ones.

use cocrea_api::admin::ReportedDesign;
use cocrea_api::Design;
use leptos::prelude::*;

use crate::i18n::{msg, t, text_with};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_list::{admin_list_view, AdminList};
use crate::staff::components::admin::{
    ActionNotice, HiddenDesignCard, RefreshButton, ReportedDesignCard,
};

/// Designs with open reports, most reported first, each to hide or keep; then the
/// hidden designs, each to show again.
#[component]
pub fn ReportsQueue(
    /// The reported designs (the page loads them: the navigation counts them).
    list: AdminList<ReportedDesign>,
    /// Loads the reported designs again.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let notice = RwSignal::new(None::<String>);
    let hidden = AdminList::<Design>::new();
    let load_hidden = move || {
        hidden.load(async {
            let designs = api_admin::designs(None).await?;
            Ok(designs.into_iter().filter(|design| design.hidden).collect())
        });
    };
    load_hidden();
    let refresh_all = Callback::new(move |()| {
        on_refresh.run(());
        load_hidden();
    });
    let retry_hidden = Callback::new(move |()| load_hidden());

    let on_hidden = Callback::new(move |design: Design| {
        let id = design.id;
        let message = text_with(msg::ADMIN_HID, &[("title", (&design.title).into())]);
        list.remove(|reported| reported.design.id == id);
        hidden.update(|designs| {
            designs.retain(|d| d.id != id);
            designs.insert(0, design);
        });
        notice.set(Some(message));
    });
    let on_kept = Callback::new(move |id: i64| {
        let title = list
            .filtered(|reported| reported.design.id == id)
            .first()
            .map(|reported| reported.design.title.clone())
            .unwrap_or_default();
        list.remove(|reported| reported.design.id == id);
        notice.set(Some(text_with(
            msg::ADMIN_KEPT,
            &[("title", (&title).into())],
        )));
    });
    let on_shown = Callback::new(move |id: i64| {
        let title = hidden
            .filtered(|design| design.id == id)
            .first()
            .map(|design| design.title.clone())
            .unwrap_or_default();
        hidden.remove(|design| design.id == id);
        notice.set(Some(text_with(
            msg::ADMIN_SHOWN_AGAIN,
            &[("title", (&title).into())],
        )));
    });

    let loading = Signal::derive(move || list.is_loading() || hidden.is_loading());
    let reports_empty = || {
        view! {
            <div class="empty-state admin-empty">
                <h3>{t(msg::ADMIN_REPORTS_EMPTY_HEADING)}</h3>
                <p>{t(msg::ADMIN_REPORTS_EMPTY_TEXT)}</p>
            </div>
        }
        .into_any()
    };
    let reports_ready = move || {
        view! {
            <ul class="admin-list" aria-label=t(msg::ADMIN_REPORTS_HEADING)>
                <For each=move || list.items() key=|reported| reported.design.id let:reported>
                    <li>
                        <ReportedDesignCard reported=reported on_hidden=on_hidden on_kept=on_kept />
                    </li>
                </For>
            </ul>
        }
    };
    let hidden_empty =
        || view! { <p class="admin-empty-line">{t(msg::ADMIN_HIDDEN_EMPTY)}</p> }.into_any();
    let hidden_ready = move || {
        view! {
            <ul class="admin-list" aria-label=t(msg::ADMIN_HIDDEN_HEADING)>
                <For each=move || hidden.items() key=|design| design.id let:design>
                    <li>
                        <HiddenDesignCard design=design on_shown=on_shown />
                    </li>
                </For>
            </ul>
        }
    };

    view! {
        <section class="admin-section" aria-labelledby="reports-heading">
            <div class="admin-section-head">
                <h2 id="reports-heading">{t(msg::ADMIN_REPORTS_HEADING)}</h2>
                <RefreshButton
                    loading=loading
                    on_refresh=refresh_all
                    label=t(msg::ADMIN_REPORTS_REFRESH_LABEL)
                />
            </div>
            <p class="admin-section-intro">{t(msg::ADMIN_REPORTS_INTRO)}</p>
            <ActionNotice message=notice />
            {admin_list_view(list, msg::ADMIN_REPORTS_LOADING, on_refresh, reports_empty, reports_ready)}
            <h2 class="admin-subheading" id="hidden-heading">{t(msg::ADMIN_HIDDEN_HEADING)}</h2>
            {admin_list_view(hidden, msg::ADMIN_HIDDEN_LOADING, retry_hidden, hidden_empty, hidden_ready)}
        </section>
    }
}
