//! A fresh store on each backend, removed when the test ends (even when it panics), and
//! [`on_both_backends!`], which makes a case into a test per backend.

use cocrea_server::storage::Store;
use tempfile::TempDir;

#[path = "../support/postgres_database.rs"]
mod postgres_database;

use postgres_database::PostgresDatabase;

/// The variables naming the PostgreSQL server, in the order they are read.
const POSTGRES_VARS: [&str; 2] = ["COCREA_TEST_POSTGRES", "COCREA_TEST_DATABASE"];
/// The machine's own server, when no variable names one.
const LOCAL_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/test";

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
    let database = PostgresDatabase::create(
        admin_url(),
        "cocrea_storage",
        "start it, or set COCREA_TEST_POSTGRES=postgres://USER@HOST:PORT/DB to a server where \
         USER may create databases",
    )
    .await;
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
