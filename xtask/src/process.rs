//! Running commands: the repository root, the PATH the tools are found on, and one
//! place that echoes a command, runs it and turns a failure into an error.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// The workspace root: the parent of xtask/.
pub fn root() -> PathBuf {
    // Cargo sets CARGO_MANIFEST_DIR when it runs the binary; the compile-time value is
    // the fallback for a binary started by hand.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or(manifest_dir)
}

/// Cargo's target directory, honouring CARGO_TARGET_DIR like cargo does.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root().join(dir),
        _ => root().join("target"),
    }
}

/// The directory `cargo install` puts binaries in.
fn cargo_bin_dir() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"))
}

/// PATH for every child: node_modules/.bin (wasm-opt) and cargo's bin directory (trunk,
/// wasm-bindgen) first, so a tool this task just installed is the one that runs.
pub fn tool_path() -> OsString {
    let mut dirs = vec![root().join("node_modules").join(".bin")];
    dirs.extend(cargo_bin_dir());
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).unwrap_or_else(|_| std::env::var_os("PATH").unwrap_or_default())
}

/// A command that runs in the repository root with the tools' PATH.
pub fn command(program: impl AsRef<OsStr>) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", tool_path());
    command
}

/// The full path of `program` on the tools' PATH, if it is there.
pub fn find_program(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&tool_path())
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// Prints one line of progress.
pub fn note(message: &str) {
    println!("xtask: {message}");
}

/// The command line as a person would type it, for messages.
pub fn display(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned()),
    );
    words.join(" ")
}

/// Runs `command` to completion with inherited output; an error unless it exits 0.
pub fn run(command: &mut Command) -> Result<()> {
    let line = display(command);
    note(&format!("$ {line}"));
    let started = Instant::now();
    let status = command
        .status()
        .with_context(|| format!("could not start `{line}`"))?;
    if !status.success() {
        bail!("`{line}` failed ({status})");
    }
    note(&format!(
        "done in {}: {line}",
        human_duration(started.elapsed())
    ));
    Ok(())
}

/// The trimmed standard output of `command`, or None when it cannot start or fails
/// (how a missing tool shows).
pub fn capture(command: &mut Command) -> Option<String> {
    let output = command
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// A duration as "1m42s" or "3.4s".
pub fn human_duration(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds >= 60.0 {
        let whole = duration.as_secs();
        format!("{}m{:02}s", whole / 60, whole % 60)
    } else {
        format!("{seconds:.1}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_minutes_and_seconds() {
        assert_eq!(human_duration(Duration::from_millis(3400)), "3.4s");
        assert_eq!(human_duration(Duration::from_secs(102)), "1m42s");
    }

    #[test]
    fn the_root_holds_the_workspace_manifest() {
        assert!(root().join("Cargo.toml").is_file());
        assert!(root().join("xtask").is_dir());
    }
}
