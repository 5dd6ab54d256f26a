//! What people say about a design: comments, replies and reports.

pub mod comment_form;
pub mod comment_item;
pub mod comment_list;
pub mod report_form;

pub use comment_form::CommentForm;
pub use comment_item::CommentItem;
pub use comment_list::CommentList;
pub use report_form::ReportForm;
