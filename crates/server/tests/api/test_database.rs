//! The database a test runs on: SQLite in a fresh data directory, or, when
//! `COCREA_TEST_DATABASE` names a PostgreSQL server (`postgres://root@127.0.0.1:5432/test`),
//! a fresh database created there for this test alone and dropped after it.

use cocrea_server::Config;
use tempfile::TempDir;

#[path = "../support/postgres_database.rs"]
mod postgres_database;

use postgres_database::PostgresDatabase;

/// The environment variable naming the PostgreSQL server the suite runs against.
pub const TEST_DATABASE_VAR: &str = "COCREA_TEST_DATABASE";

/// One test's database (and data directory), removed when dropped.
pub struct TestDatabase {
    /// The data directory (SQLite's file and images; empty on PostgreSQL).
    pub data_dir: TempDir,
    postgres: Option<PostgresDatabase>,
}

impl TestDatabase {
    /// A fresh database on the backend this test run uses.
    pub async fn new() -> TestDatabase {
        let data_dir = TempDir::new().unwrap();
        let postgres = match std::env::var(TEST_DATABASE_VAR) {
            Ok(admin_url) if !admin_url.is_empty() => {
                let cannot_connect = format!("check {TEST_DATABASE_VAR}");
                Some(PostgresDatabase::create(admin_url, "cocrea_test", &cannot_connect).await)
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
        if let Some(db) = &self.postgres {
            let (client, connection) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(connection);
            client.query_one(sql, &[]).await.unwrap().get::<_, i64>(0)
        } else {
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
