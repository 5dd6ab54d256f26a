//! The database a test runs on: SQLite in a fresh data directory, or, when
//! `COCREA_TEST_DATABASE` names a PostgreSQL server (`postgres://root@127.0.0.1:5432/test`),
//! a fresh database created there for this test alone and dropped after it.

use std::sync::atomic::{AtomicU64, Ordering};

use cocrea_server::Config;
use tempfile::TempDir;

/// The environment variable naming the PostgreSQL server the suite runs against.
pub const TEST_DATABASE_VAR: &str = "COCREA_TEST_DATABASE";

/// Tells apart the databases of one test process.
static NEXT: AtomicU64 = AtomicU64::new(0);

/// One test's database (and data directory), removed when dropped.
pub struct TestDatabase {
    /// The data directory (SQLite's file and images; empty on PostgreSQL).
    pub data_dir: TempDir,
    postgres: Option<PostgresDatabase>,
}

/// A database of its own on the test PostgreSQL server.
struct PostgresDatabase {
    /// Where to connect to create and drop it.
    admin_url: String,
    /// Its name.
    name: String,
    /// The URL the server under test uses.
    url: String,
}

impl TestDatabase {
    /// A fresh database on the backend this test run uses.
    pub async fn new() -> TestDatabase {
        let data_dir = TempDir::new().unwrap();
        let postgres = match std::env::var(TEST_DATABASE_VAR) {
            Ok(admin_url) if !admin_url.is_empty() => {
                Some(PostgresDatabase::create(admin_url).await)
            }
            _ => None,
        };
        TestDatabase { data_dir, postgres }
    }

    /// Whether this run is on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// Points a server's settings at this database.
    pub fn configure(&self, config: &mut Config) {
        config.data_dir = self.data_dir.path().to_owned();
        config.database = self.postgres.as_ref().map(|db| db.url.clone());
    }

    /// The server binary's flags for this database.
    pub fn server_args(&self) -> Vec<String> {
        let mut args = vec![
            "--data-dir".to_owned(),
            self.data_dir.path().display().to_string(),
        ];
        if let Some(db) = &self.postgres {
            args.extend(["--database".to_owned(), db.url.clone()]);
        }
        args
    }

    /// Runs `SELECT COUNT(*) ...` (plain SQL both backends understand) on the database itself.
    pub async fn count(&self, sql: &str) -> i64 {
        match &self.postgres {
            Some(db) => {
                let (client, connection) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
                    .await
                    .unwrap();
                tokio::spawn(connection);
                client.query_one(sql, &[]).await.unwrap().get::<_, i64>(0)
            }
            None => {
                let file = self.data_dir.path().join("cocrea.sqlite3");
                let sql = sql.to_owned();
                tokio::task::spawn_blocking(move || {
                    rusqlite::Connection::open(file)
                        .unwrap()
                        .query_row(&sql, [], |row| row.get(0))
                        .unwrap()
                })
                .await
                .unwrap()
            }
        }
    }
}

impl PostgresDatabase {
    async fn create(admin_url: String) -> PostgresDatabase {
        let name = format!(
            "cocrea_test_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let (client, connection) = tokio_postgres::connect(&admin_url, tokio_postgres::NoTls)
            .await
            .unwrap_or_else(|error| {
                panic!("{TEST_DATABASE_VAR}={admin_url}: cannot connect to PostgreSQL: {error}")
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
        // Drop runs inside the test's runtime: do the async work on a thread of its own.
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
