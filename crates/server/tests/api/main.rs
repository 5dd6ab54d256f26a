//! The whole API, over HTTP, against the real server on a loopback port
//! with a fresh data directory per test.

mod helpers;

mod accounts;
mod admin;
mod admin_insights;
mod app_shell;
mod designs_create;
mod designs_list;
mod designs_show;
mod displays;
mod images;
mod likes;
mod live;
mod meta;
mod restart;
mod webhooks;
