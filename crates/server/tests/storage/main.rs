//! Storage tests: each case runs twice, on a SQLite file in a fresh temporary directory
//! and on a fresh PostgreSQL database, through the same [`Store`] the server uses, so
//! both backends are held to one behaviour.
//!
//! The PostgreSQL server is `COCREA_TEST_POSTGRES` (which `cargo xtask test` sets), else
//! `COCREA_TEST_DATABASE`, else the machine's own on 127.0.0.1:5432 as `postgres`. When
//! none answers, the PostgreSQL cases fail and say so: they are never skipped.
//!
//! [`Store`]: cocrea_server::storage::Store

mod backend;
mod designs;
mod fixtures;
mod likes;
mod moderation;
