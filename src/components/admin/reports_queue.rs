//! The reports section of `/admin`: reported designs, and the hidden ones.

use cocrea_api::admin::ReportedDesign;
use cocrea_api::Design;
use leptos::prelude::*;

use crate::api_admin;
use crate::components::admin::admin_list::{admin_list_view, AdminList};
use crate::components::admin::{ActionNotice, HiddenDesignCard, RefreshButton, ReportedDesignCard};

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
        })
    };
    load_hidden();
    let refresh_all = Callback::new(move |()| {
        on_refresh.run(());
        load_hidden();
    });
    let retry_hidden = Callback::new(move |()| load_hidden());

    let on_hidden = Callback::new(move |design: Design| {
        let id = design.id;
        let message = format!("Hid “{}”. Only staff can see it now.", design.title);
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
        notice.set(Some(format!(
            "Kept “{title}” shown and closed its reports."
        )));
    });
    let on_shown = Callback::new(move |id: i64| {
        let title = hidden
            .filtered(|design| design.id == id)
            .first()
            .map(|design| design.title.clone())
            .unwrap_or_default();
        hidden.remove(|design| design.id == id);
        notice.set(Some(format!("“{title}” is shown again.")));
    });

    let loading = Signal::derive(move || list.is_loading() || hidden.is_loading());
    let reports_empty = || {
        view! {
            <div class="empty-state admin-empty">
                <h3>"No open reports"</h3>
                <p>"When someone reports a design, it appears here with their reasons."</p>
            </div>
        }
        .into_any()
    };
    let reports_ready = move || {
        view! {
            <ul class="admin-list" aria-label="Reported designs">
                <For each=move || list.items() key=|reported| reported.design.id let:reported>
                    <li>
                        <ReportedDesignCard reported=reported on_hidden=on_hidden on_kept=on_kept />
                    </li>
                </For>
            </ul>
        }
    };
    let hidden_empty =
        || view! { <p class="admin-empty-line">"No design is hidden."</p> }.into_any();
    let hidden_ready = move || {
        view! {
            <ul class="admin-list" aria-label="Hidden designs">
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
                <h2 id="reports-heading">"Reported designs"</h2>
                <RefreshButton loading=loading on_refresh=refresh_all label="Refresh the reports" />
            </div>
            <p class="admin-section-intro">
                "Hide a design to take it out of the gallery, tags and screens, or keep it shown and close its reports."
            </p>
            <ActionNotice message=notice />
            {admin_list_view(list, "Loading reported designs", on_refresh, reports_empty, reports_ready)}
            <h2 class="admin-subheading" id="hidden-heading">"Hidden designs"</h2>
            {admin_list_view(hidden, "Loading hidden designs", retry_hidden, hidden_empty, hidden_ready)}
        </section>
    }
}
