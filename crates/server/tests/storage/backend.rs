//! A fresh store on each backend, removed when the test ends (even when it panics), and
//! [`on_both_backends!`], which makes a case into a test per backend.

use std::sync::atomic::{AtomicU64, Ordering};

use cocrea_server::storage::Store;
use tempfile::TempDir;

/// The variables naming the PostgreSQL server, in the order they are read.
const POSTGRES_VARS: [&str; 2] = ["COCREA_TEST_POSTGRES", "COCREA_TEST_DATABASE"];
/// The machine's own server, when no variable names one.
const LOCAL_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/test";

/// Tells apart the databases of one test process.
static NEXT: AtomicU64 = AtomicU64::new(0);

/// A store on a database made for one test, removed when this is dropped. Fields drop
/// in order: the store closes before its database goes.
pub struct TestStore {
    /// The store under test.
    pub store: Store,
    /// SQLite: the directory with the file and the images.
    _dir: Option<TempDir>,
    /// PostgreSQL: the database of this test.
    _postgres: Option<PostgresDatabase>,
}

/// A store on a SQLite file in a fresh temporary directory.
pub async fn sqlite() -> TestStore {
    let dir = TempDir::new().expect("a temporary directory");
    let store = Store::open_sqlite(
        &dir.path().join("cocrea.sqlite3"),
        &dir.path().join("images"),
    )
    .expect("the SQLite store opens");
    TestStore {
        store,
        _dir: Some(dir),
        _postgres: None,
    }
}

/// A store on a fresh database of the test PostgreSQL server.
pub async fn postgres() -> TestStore {
    let database = PostgresDatabase::create().await;
    let store = Store::connect_postgres(&database.url)
        .await
        .unwrap_or_else(|error| panic!("the store connects to {}: {error}", database.url));
    TestStore {
        store,
        _dir: None,
        _postgres: Some(database),
    }
}

/// The URL of the PostgreSQL server to make test databases on.
fn admin_url() -> String {
    POSTGRES_VARS
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|url| !url.is_empty()))
        .unwrap_or_else(|| LOCAL_POSTGRES.to_owned())
}

/// A database of its own on the test PostgreSQL server, dropped when this is.
struct PostgresDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl PostgresDatabase {
    async fn create() -> PostgresDatabase {
        let admin_url = admin_url();
        let name = format!(
            "cocrea_storage_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let (client, connection) = tokio_postgres::connect(&admin_url, tokio_postgres::NoTls)
            .await
            .unwrap_or_else(|error| {
                panic!(
                    "cannot connect to PostgreSQL at {admin_url} ({error}): start it, or set \
                     COCREA_TEST_POSTGRES=postgres://USER@HOST:PORT/DB to a server where USER \
                     may create databases"
                )
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
fn with_database(url: &str, name: &str) -> String {
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

/// For each `async fn case(store: &Store)` named, a module of the same name with two
/// tests, `sqlite` and `postgres`, that run it on a fresh store of that backend.
macro_rules! on_both_backends {
    ($($case:ident),+ $(,)?) => {
        $(
            mod $case {
                #[tokio::test]
                async fn sqlite() {
                    let test = crate::backend::sqlite().await;
                    super::$case(&test.store).await;
                }

                #[tokio::test]
                async fn postgres() {
                    let test = crate::backend::postgres().await;
                    super::$case(&test.store).await;
                }
            }
        )+
    };
}
pub(crate) use on_both_backends;
