//! The `cocrea-server` command: parse the flags, log, serve.

use cocrea_server::{Application, Config, Parser};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = Config::parse();
    let application = Application::build(config).await?;
    tracing::info!(address = %application.address(), "listening");
    // The one line on standard output: the address, for people and scripts.
    println!("cocrea is running at {}", application.url());
    application.run_until_stopped().await
}
