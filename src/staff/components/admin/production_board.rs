//! The production section of `/admin`: designs from their goal to the store.

use cocrea_api::{Design, DesignStatus};
use leptos::prelude::*;

use crate::i18n::{format_number, live_text, msg, status_name, t};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_list::{admin_list_view, AdminList};
use crate::staff::components::admin::production_design_card::moved_message;
use crate::staff::components::admin::{
    ActionNotice, AdminSection, ProductionDesignCard, RefreshButton,
};

/// The statuses the board shows, one group each, in lifecycle order.
pub const BOARD_STATUSES: [DesignStatus; 3] = [
    DesignStatus::GoalReached,
    DesignStatus::InProduction,
    DesignStatus::InStore,
];

/// Designs that reached their goal, are in production, or are in stores: three
/// groups, each design with the buttons for its next steps.
#[component]
pub fn ProductionBoard() -> impl IntoView {
    let list = AdminList::<Design>::new();
    let load = move || {
        list.load(async {
            let mut designs = Vec::new();
            for status in BOARD_STATUSES {
                designs.extend(api_admin::designs(Some(status)).await?);
            }
            Ok(designs)
        });
    };
    load();
    let on_refresh = Callback::new(move |()| load());
    let notice = RwSignal::new(None::<String>);
    let on_moved = Callback::new(move |design: Design| {
        notice.set(Some(moved_message(&design.title, design.status)));
        list.update(|designs| {
            designs.retain(|d| d.id != design.id);
            if BOARD_STATUSES.contains(&design.status) {
                designs.insert(0, design);
            }
        });
    });
    let loading = Signal::derive(move || list.is_loading());
    let empty = || {
        view! {
            <div class="empty-state admin-empty">
                <h3>{t(msg::ADMIN_PRODUCTION_EMPTY_HEADING)}</h3>
                <p>{t(msg::ADMIN_PRODUCTION_EMPTY_TEXT)}</p>
            </div>
        }
        .into_any()
    };
    let ready = move || {
        BOARD_STATUSES
            .into_iter()
            .map(|status| {
                let heading_id = format!("production-{}", status.as_str());
                let count = move || list.filtered(|design| design.status == status).len();
                view! {
                    <div class="production-group" data-status=status.as_str()>
                        <h3 class="admin-subheading" id=heading_id.clone()>
                            {live_text(move || status_name(status))}
                            <span class="section-count">
                                {live_text(move || format_number(count() as i64))}
                            </span>
                        </h3>
                        {move || {
                            (count() == 0)
                                .then(|| {
                                    view! {
                                        <p class="admin-empty-line">
                                            {t(msg::ADMIN_PRODUCTION_GROUP_EMPTY)}
                                        </p>
                                    }
                                })
                        }}
                        <ul class="admin-list" aria-labelledby=heading_id>
                            <For
                                each=move || list.filtered(|design| design.status == status)
                                key=|design| design.id
                                let:design
                            >
                                <li>
                                    <ProductionDesignCard design=design on_moved=on_moved />
                                </li>
                            </For>
                        </ul>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <section class="admin-section" aria-labelledby="production-heading">
            <div class="admin-section-head">
                <h2 id="production-heading">{t(AdminSection::Production.label())}</h2>
                <RefreshButton
                    loading=loading
                    on_refresh=on_refresh
                    label=t(msg::ADMIN_PRODUCTION_REFRESH_LABEL)
                />
            </div>
            <p class="admin-section-intro">{t(msg::ADMIN_PRODUCTION_INTRO)}</p>
            <ActionNotice message=notice />
            {admin_list_view(list, msg::ADMIN_PRODUCTION_LOADING, on_refresh, empty, ready)}
        </section>
    }
}
