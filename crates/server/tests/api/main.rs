//! The whole API, over HTTP, against the real server on a loopback port
//! with a fresh database per test: SQLite, or PostgreSQL when
//! `COCREA_TEST_DATABASE` names a server (see `test_database`).

mod helpers;
mod test_database;

mod accounts;
mod admin;
mod admin_insights;
mod app_shell;
mod comment_replies;
mod designers;
mod designs_create;
mod designs_gallery;
mod designs_list;
mod designs_show;
mod displays;
mod images;
mod intents;
mod likes;
mod link_previews;
mod live;
mod meta;
mod multi_server;
mod notifications;
mod openapi_conformance;
mod restart;
mod webhooks;
