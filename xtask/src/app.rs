//! Building the browser app and the server, and `cargo xtask run`.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::process::{command, note, root, run as run_command, target_dir};
use crate::tools::{ensure_tools, Needs};

/// Builds the browser app with Trunk (release: wasm-opt and the wasm-release
/// profile), with wasm-opt from node_modules/.bin on PATH: the shoppers' bundle
/// into dist/, then the staff bundle (feature `staff`: the whole app, with store
/// screens, hanger tags, administration and the designers' submit and my-designs pages)
/// into dist/staff/; last, a `.br` and a `.gz` beside each text file.
pub fn build_app() -> Result<()> {
    // The first build replaces all of dist/, so the staff build comes second.
    run_command(command("trunk").args(["build", "--release"]))?;
    run_command(command("trunk").args([
        "build",
        "staff.html",
        "--release",
        "--dist",
        "dist/staff",
        "--public-url",
        "/staff/",
    ]))?;
    for index in [
        root().join("dist").join("index.html"),
        root().join("dist").join("staff").join("index.html"),
    ] {
        anyhow::ensure!(
            index.is_file(),
            "trunk finished but {} is missing",
            index.display()
        );
    }
    let count = crate::compress::precompress(&root().join("dist"))?;
    note(&format!(
        "precompressed {count} files in dist/ (brotli 11 and gzip 9, served as they are)"
    ));
    Ok(())
}

/// Builds the release server binary.
pub fn build_server() -> Result<()> {
    run_command(command("cargo").args(["build", "--release", "-p", "cocrea-server"]))
}

/// Where `build_server` puts the server binary.
pub fn server_binary() -> PathBuf {
    target_dir()
        .join("release")
        .join(format!("cocrea-server{}", std::env::consts::EXE_SUFFIX))
}

/// `cargo xtask run`: tools, app, server, then the server itself with the demo data and
/// any extra arguments. It prints the address it listens on.
pub fn run(server_args: &[String]) -> Result<()> {
    ensure_tools(Needs { browser: false })?;
    build_app()?;
    build_server()?;
    let mut server = command(server_binary());
    server
        .args(["--demo", "--data-dir", "data", "--dist-dir", "dist"])
        .args(server_args);
    note(&format!(
        "$ {} (it prints the address it listens on; Ctrl-C stops it)",
        crate::process::display(&server)
    ));
    exec(server)
}

/// Replaces this process with the server, so Ctrl-C and its output go straight to it.
#[cfg(unix)]
fn exec(mut server: std::process::Command) -> Result<()> {
    use std::os::unix::process::CommandExt;
    let error = server.exec();
    Err(error).context("could not start the server")
}

/// Runs the server to its end (Ctrl-C reaches it too: it shares the console).
#[cfg(not(unix))]
fn exec(mut server: std::process::Command) -> Result<()> {
    let status = server.status().context("could not start the server")?;
    anyhow::ensure!(status.success(), "the server stopped: {status}");
    Ok(())
}
