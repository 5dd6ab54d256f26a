//! The navigation between the sections of `/admin` and its insights.

use leptos::prelude::*;

use crate::i18n::{format_number, live_text, msg, t, text_with, Msg};

/// A section of `/admin`, chosen by `?section=` (the review queue when absent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AdminSection {
    /// Designs waiting for approval.
    #[default]
    Review,
    /// Designs people reported, and hidden ones.
    Reports,
    /// Designs that reached their goal, on their way to the store.
    Production,
    /// Accounts and who is staff.
    People,
    /// Where events are sent, and how their deliveries went.
    Webhooks,
}

impl AdminSection {
    /// Every section, in the order the navigation lists them.
    pub const ALL: [AdminSection; 5] = [
        AdminSection::Review,
        AdminSection::Reports,
        AdminSection::Production,
        AdminSection::People,
        AdminSection::Webhooks,
    ];

    /// The value of `?section=`.
    pub fn slug(self) -> &'static str {
        match self {
            AdminSection::Review => "review",
            AdminSection::Reports => "reports",
            AdminSection::Production => "production",
            AdminSection::People => "people",
            AdminSection::Webhooks => "webhooks",
        }
    }

    /// The section named by `?section=`; the review queue for anything else.
    pub fn from_query(value: Option<&str>) -> AdminSection {
        AdminSection::ALL
            .into_iter()
            .find(|section| Some(section.slug()) == value)
            .unwrap_or_default()
    }

    /// The section's address.
    pub fn href(self) -> String {
        format!("/admin?section={}", self.slug())
    }

    /// The words in the navigation (also the section's heading where it has no other).
    pub fn label(self) -> Msg {
        match self {
            AdminSection::Review => msg::ADMIN_SECTION_REVIEW,
            AdminSection::Reports => msg::ADMIN_SECTION_REPORTS,
            AdminSection::Production => msg::ADMIN_SECTION_PRODUCTION,
            AdminSection::People => msg::ADMIN_SECTION_PEOPLE,
            AdminSection::Webhooks => msg::ADMIN_SECTION_WEBHOOKS,
        }
    }
}

/// The links to each section, the current one marked, with how many designs wait
/// in the review and reports queues; and the link to the insights.
#[component]
pub fn AdminNav(
    /// The section shown now.
    #[prop(into)]
    current: Signal<AdminSection>,
    /// Designs waiting for review, once known.
    #[prop(into)]
    pending: Signal<Option<usize>>,
    /// Designs with open reports, once known.
    #[prop(into)]
    reported: Signal<Option<usize>>,
) -> impl IntoView {
    let links = AdminSection::ALL
        .into_iter()
        .map(|section| {
            let count = move || {
                match section {
                    AdminSection::Review => pending.get(),
                    AdminSection::Reports => reported.get(),
                    _ => None,
                }
                .filter(|count| *count > 0)
            };
            view! {
                <a
                    class="admin-tab"
                    href=section.href()
                    data-section=section.slug()
                    aria-current=move || (current.get() == section).then_some("page")
                >
                    {t(section.label())}
                    {move || {
                        count()
                            .map(|count| {
                                // The badge shows the number; screen readers hear "3 waiting".
                                view! {
                                    <span class="admin-tab-count">
                                        <span aria-hidden="true">
                                            {live_text(move || format_number(count as i64))}
                                        </span>
                                        <span class="visually-hidden">
                                            ": "
                                            {live_text(move || {
                                                text_with(msg::ADMIN_TAB_WAITING, &[("count", count.into())])
                                            })}
                                        </span>
                                    </span>
                                }
                            })
                    }}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="admin-nav" aria-label=t(msg::ADMIN_TITLE)>
            <div class="admin-tabs">{links}</div>
            <a class="admin-nav-insights" href="/admin/insights">
                {t(msg::ADMIN_NAV_INSIGHTS)}
                <span aria-hidden="true">" →"</span>
            </a>
        </nav>
    }
}
