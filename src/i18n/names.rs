//! The words for the wire contract's ids (categories, statuses, sort orders, report
//! reasons), so the English labels in `cocrea-api` never reach the screen.

use cocrea_api::admin::ReportReason;
use cocrea_api::{Category, DesignStatus, SortOrder};

use super::{msg, text, Msg};

/// A category's name in the current language.
pub fn category_name(category: Category) -> String {
    text(category_msg(category))
}

fn category_msg(category: Category) -> Msg {
    match category {
        Category::Dresses => msg::CATEGORY_DRESSES,
        Category::Tops => msg::CATEGORY_TOPS,
        Category::Knitwear => msg::CATEGORY_KNITWEAR,
        Category::Outerwear => msg::CATEGORY_OUTERWEAR,
        Category::Trousers => msg::CATEGORY_TROUSERS,
        Category::Skirts => msg::CATEGORY_SKIRTS,
        Category::Accessories => msg::CATEGORY_ACCESSORIES,
        Category::Shoes => msg::CATEGORY_SHOES,
    }
}

/// A design status in words ("Voting", "En votación") in the current language.
pub fn status_name(status: DesignStatus) -> String {
    text(match status {
        DesignStatus::Pending => msg::STATUS_PENDING,
        DesignStatus::Voting => msg::STATUS_VOTING,
        DesignStatus::GoalReached => msg::STATUS_GOAL_REACHED,
        DesignStatus::InProduction => msg::STATUS_IN_PRODUCTION,
        DesignStatus::InStore => msg::STATUS_IN_STORE,
        DesignStatus::Rejected => msg::STATUS_REJECTED,
        DesignStatus::Archived => msg::STATUS_ARCHIVED,
    })
}

/// A gallery order's name in the current language.
pub fn sort_name(sort: SortOrder) -> String {
    text(match sort {
        SortOrder::Trending => msg::SORT_TRENDING,
        SortOrder::New => msg::SORT_NEW,
        SortOrder::Top => msg::SORT_TOP,
        SortOrder::NearGoal => msg::SORT_NEAR_GOAL,
    })
}

/// Why someone reports a design ("Spam or advertising"), by the reason's id
/// ([`ReportReason::as_str`]), in the current language.
pub fn report_reason_name(reason: ReportReason) -> String {
    text(match reason {
        ReportReason::Offensive => msg::REPORT_REASON_OFFENSIVE,
        ReportReason::Copyright => msg::REPORT_REASON_COPYRIGHT,
        ReportReason::Spam => msg::REPORT_REASON_SPAM,
        ReportReason::OffTopic => msg::REPORT_REASON_OFF_TOPIC,
        ReportReason::Other => msg::REPORT_REASON_OTHER,
    })
}
