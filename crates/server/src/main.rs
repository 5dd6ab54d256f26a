//! The `cocrea-server` command: parse the flags, log, serve.

use cocrea_server::cli::{Cli, Command};
use cocrea_server::{Application, Parser};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Admin { action }) => {
            // Command output is for the person at the terminal.
            println!(
                "{}",
                cocrea_server::cli::run_admin(&cli.config, action).await?
            );
            return Ok(());
        }
        Some(Command::SeedGallery { designs }) => {
            let store = cli.config.open_store().await?;
            let held =
                cocrea_server::gallery_seed::seed(&store, designs, cli.config.like_goal).await?;
            println!("{held} designs");
            return Ok(());
        }
        None => {}
    }
    let application = Application::build(cli.config).await?;
    tracing::info!(address = %application.address(), "listening");
    // The one line on standard output: the address, for people and scripts.
    println!("cocrea is running at {}", application.url());
    application.run_until_stopped().await
}
