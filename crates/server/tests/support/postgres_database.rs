//! A PostgreSQL database made for one test and dropped when it ends, also when the
//! test panics. Shared by the API suite (`tests/api/test_database.rs`) and the storage
//! suite (`tests/storage/backend.rs`), each of which includes this file with
//! `#[path]` and decides which server to use from its own environment variable.

use std::sync::atomic::{AtomicU64, Ordering};

/// Tells apart the databases of one test process.
static NEXT: AtomicU64 = AtomicU64::new(0);

/// A database of its own on a test PostgreSQL server, dropped when this is.
pub struct PostgresDatabase {
    /// Where to connect to create and drop it.
    admin_url: String,
    /// Its name.
    name: String,
    /// The URL the code under test connects to.
    pub url: String,
}

impl PostgresDatabase {
    /// Makes a fresh database named `PREFIX_PID_N` on the server at `admin_url`;
    /// `cannot_connect` says what to do when the server does not answer.
    pub async fn create(admin_url: String, prefix: &str, cannot_connect: &str) -> PostgresDatabase {
        let name = format!(
            "{prefix}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let (client, connection) = tokio_postgres::connect(&admin_url, tokio_postgres::NoTls)
            .await
            .unwrap_or_else(|error| {
                panic!("cannot connect to PostgreSQL at {admin_url} ({error}): {cannot_connect}")
            });
        tokio::spawn(connection);
        // Two statements: DROP DATABASE refuses to run inside a multi-statement batch.
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await
            .unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let url = with_database(&admin_url, &name);
        PostgresDatabase {
            admin_url,
            name,
            url,
        }
    }
}

impl Drop for PostgresDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs inside the test's runtime (or while it unwinds): do the async work
        // on a thread and runtime of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let (client, connection) =
                    tokio_postgres::connect(&admin_url, tokio_postgres::NoTls).await?;
                tokio::spawn(connection);
                client
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop the test database {}", self.name);
        }
    }
}

/// `postgres://user@host:port/db?x` with `db` replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_end = base
        .find("://")
        .map(|scheme| scheme + 3)
        .and_then(|start| base[start..].find('/').map(|slash| start + slash))
        .unwrap_or(base.len());
    let mut out = format!("{}/{name}", &base[..authority_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

#[test]
fn the_database_name_is_replaced_in_a_url() {
    assert_eq!(
        with_database("postgres://root@127.0.0.1:5432/test", "x"),
        "postgres://root@127.0.0.1:5432/x"
    );
    assert_eq!(
        with_database("postgres://root@localhost?sslmode=disable", "x"),
        "postgres://root@localhost/x?sslmode=disable"
    );
}
