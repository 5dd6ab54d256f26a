//! Server settings: command-line flags, each with an environment fallback.

use std::net::SocketAddr;
use std::path::PathBuf;

use cocrea_api::limits::{DEFAULT_LIKE_GOAL, MIN_IMAGE_SHORT_SIDE};

/// Everything the server can be told; every setting has a working default.
#[derive(Debug, Clone, clap::Parser)]
#[command(
    name = "cocrea-server",
    version,
    about = "cocrea: co-create a collection with your customers"
)]
pub struct Config {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, env = "COCREA_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Directory for the SQLite database and the images (when no `--database` is given).
    #[arg(long, env = "COCREA_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// A PostgreSQL database to use instead of SQLite (`postgres://user@host/db`):
    /// several servers can then share it, images included.
    #[arg(long, env = "COCREA_DATABASE_URL")]
    pub database: Option<String>,

    /// Directory of the built browser app (Trunk's dist/).
    #[arg(long, env = "COCREA_DIST_DIR", default_value = "./dist")]
    pub dist_dir: PathBuf,

    /// Seed demo designs into an empty database.
    #[arg(long, env = "COCREA_DEMO")]
    pub demo: bool,

    /// Likes a design needs to reach its goal.
    #[arg(long, env = "COCREA_LIKE_GOAL", default_value_t = DEFAULT_LIKE_GOAL,
          value_parser = clap::value_parser!(i64).range(1..))]
    pub like_goal: i64,

    /// Whether new designs wait for an admin's approval ("on") or go straight to voting.
    #[arg(long, env = "COCREA_MODERATION", default_value = "off")]
    pub moderation: Switch,

    /// Rate limits on sign-up, sign-in and likes ("off" for benchmarks and tests).
    #[arg(long, env = "COCREA_RATE_LIMITS", default_value = "on")]
    pub rate_limits: Switch,

    /// Milliseconds before a failed webhook delivery is retried; each further
    /// failure doubles the wait (up to 10 minutes).
    #[arg(long, env = "COCREA_WEBHOOK_RETRY_BASE_MS", default_value_t = 2000,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub webhook_retry_base_ms: u64,

    /// Likes a design needs before store screens and hanger tags show it (a design an
    /// admin approved shows whatever its likes); trending on screens needs as many.
    #[arg(long, env = "COCREA_SCREEN_MIN_LIKES", default_value_t = 5,
          value_parser = clap::value_parser!(i64).range(0..))]
    pub screen_min_likes: i64,

    /// The site's public address (as https://shop.example.com), used by QR codes and
    /// share links; without it, the address each request came to.
    #[arg(long, env = "COCREA_PUBLIC_URL", value_parser = parse_public_url)]
    pub public_url: Option<String>,

    /// The fewest pixels an uploaded image may have on its short side (0: any size).
    #[arg(long, env = "COCREA_MIN_IMAGE_SIDE", default_value_t = MIN_IMAGE_SHORT_SIDE)]
    pub min_image_side: u32,
}

/// A setting that is on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Switch {
    /// Enabled.
    On,
    /// Disabled.
    Off,
}

impl Switch {
    /// Whether it is on.
    pub fn is_on(self) -> bool {
        self == Switch::On
    }
}

impl Config {
    /// Settings for a test: a free loopback port and the given directories.
    pub fn for_tests(data_dir: impl Into<PathBuf>, dist_dir: impl Into<PathBuf>) -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir: data_dir.into(),
            database: None,
            dist_dir: dist_dir.into(),
            demo: false,
            like_goal: DEFAULT_LIKE_GOAL,
            rate_limits: Switch::Off,
            webhook_retry_base_ms: 50,
            moderation: Switch::Off,
            // Tests put fresh designs on screens; the threshold's own tests set it.
            screen_min_likes: 0,
            public_url: None,
            // Tests upload small images; the size rule's own tests set it.
            min_image_side: 0,
        }
    }

    /// The SQLite database file.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("cocrea.sqlite3")
    }

    /// Opens the database the settings name: PostgreSQL with `--database`, else
    /// SQLite in the data directory (created if needed).
    pub async fn open_store(&self) -> anyhow::Result<crate::storage::Store> {
        use anyhow::Context;
        if let Some(url) = &self.database {
            crate::storage::Store::connect_postgres(url)
                .await
                .context("cannot open the PostgreSQL database")
        } else {
            std::fs::create_dir_all(&self.data_dir).with_context(|| {
                format!(
                    "cannot create the data directory {}",
                    self.data_dir.display()
                )
            })?;
            crate::storage::Store::open_sqlite(&self.database_path(), &self.images_dir())
                .context("cannot open the database")
        }
    }

    /// The directory of stored images.
    pub fn images_dir(&self) -> PathBuf {
        self.data_dir.join("images")
    }
}

/// Checks a `--public-url`: an `http` or `https` address with a host and nothing after
/// the host but an optional path; returned without its trailing `/`.
pub fn parse_public_url(value: &str) -> Result<String, String> {
    let value = value.trim().trim_end_matches('/');
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or("the public URL must start with https:// or http://")?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty()
        || value.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>')
        })
    {
        return Err("the public URL needs a host and no spaces, query or fragment".into());
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::parse_public_url;

    #[test]
    fn a_public_url_is_an_http_address_without_its_trailing_slash() {
        assert_eq!(
            parse_public_url("https://shop.example.com/").unwrap(),
            "https://shop.example.com"
        );
        assert_eq!(
            parse_public_url("http://10.0.0.5:8080").unwrap(),
            "http://10.0.0.5:8080"
        );
        for bad in [
            "shop.example.com",
            "ftp://x",
            "https://",
            "https://a b",
            "https://x?y",
        ] {
            assert!(parse_public_url(bad).is_err(), "{bad}");
        }
    }
}
