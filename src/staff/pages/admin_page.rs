//! `/admin`: the brand's administration (staff bundle only).

use cocrea_api::admin::ReportedDesign;
use cocrea_api::{Design, DesignStatus};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::{msg, page_title, t};
use crate::staff::api_admin;
use crate::staff::components::admin::{
    AdminList, AdminNav, AdminSection, PeopleList, ProductionBoard, ReportsQueue, RequireAdmin,
    ReviewQueue, WebhooksPanel,
};

/// Review of new designs, reports, production, people and webhooks, one section
/// at a time (`?section=`), for admins only: anonymous visitors sign in first,
/// shoppers read that the page is for brand staff.
#[component]
pub fn AdminPage() -> impl IntoView {
    page_title(msg::ADMIN_TITLE);
    view! {
        <RequireAdmin>
            <AdminHome />
        </RequireAdmin>
    }
}

/// The page's content, built once an admin is signed in.
#[component]
fn AdminHome() -> impl IntoView {
    let query = use_query_map();
    let section =
        Memo::new(move |_| query.with(|q| AdminSection::from_query(q.get_str("section"))));

    // The two queues are loaded here, whatever the section: the navigation counts them.
    let pending = AdminList::<Design>::new();
    let reported = AdminList::<ReportedDesign>::new();
    let load_pending = move || pending.load(api_admin::designs(Some(DesignStatus::Pending)));
    let load_reported = move || reported.load(api_admin::reported_designs());
    load_pending();
    load_reported();
    let refresh_pending = Callback::new(move |()| load_pending());
    let refresh_reported = Callback::new(move |()| load_reported());

    let body = move || match section.get() {
        AdminSection::Review => {
            view! { <ReviewQueue list=pending on_refresh=refresh_pending /> }.into_any()
        }
        AdminSection::Reports => {
            view! { <ReportsQueue list=reported on_refresh=refresh_reported /> }.into_any()
        }
        AdminSection::Production => view! { <ProductionBoard /> }.into_any(),
        AdminSection::People => view! { <PeopleList /> }.into_any(),
        AdminSection::Webhooks => view! { <WebhooksPanel /> }.into_any(),
    };

    view! {
        <div class="admin-page">
            <header class="page-intro admin-intro">
                <h1>{t(msg::ADMIN_TITLE)}</h1>
                <p>{t(msg::ADMIN_INTRO)}</p>
            </header>
            <AdminNav
                current=section
                pending=Signal::derive(move || pending.loaded_count())
                reported=Signal::derive(move || reported.loaded_count())
            />
            {body}
        </div>
    }
}
