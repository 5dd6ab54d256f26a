//! The command line: serve (the default) or manage accounts.

use clap::{Parser, Subcommand};
use cocrea_api::admin::Role;

use crate::config::Config;

/// `cocrea-server [OPTIONS] [COMMAND]`.
#[derive(Debug, Parser)]
#[command(
    name = "cocrea-server",
    version,
    about = "cocrea: co-create a collection with your customers"
)]
pub struct Cli {
    /// The server's settings (also used by the commands: `--data-dir`).
    #[command(flatten)]
    pub config: Config,
    /// What to do; without one, serve.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands besides serving.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage the brand's staff.
    Admin {
        /// What to do.
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Fill an empty database with made-up designs, for `cargo xtask bench gallery`.
    #[command(hide = true)]
    SeedGallery {
        /// How many designs.
        designs: usize,
    },
}

/// `admin grant EMAIL` and `admin revoke EMAIL`.
#[derive(Debug, Subcommand)]
pub enum AdminAction {
    /// Makes the account with this email an admin.
    Grant {
        /// The account's email.
        email: String,
    },
    /// Makes an admin a plain user again.
    Revoke {
        /// The account's email.
        email: String,
    },
}

/// Runs an admin action against the configured database; returns what to print.
pub async fn run_admin(config: &Config, action: AdminAction) -> anyhow::Result<String> {
    let (email, role) = match action {
        AdminAction::Grant { email } => (email, Role::Admin),
        AdminAction::Revoke { email } => (email, Role::User),
    };
    let email = cocrea_api::validation::normalize_email(&email);
    let store = config.open_store().await?;
    if store.set_role_by_email(email.clone(), role).await? {
        Ok(format!("{email} is now {}", role.as_str()))
    } else {
        anyhow::bail!("no account has the email {email}: sign up first, then grant")
    }
}
