//! `cargo xtask test`: every test, native and in the browser, counted.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::app::build_app;
use crate::postgres::{ensure_postgres, TEST_DATABASE_VAR};
use crate::process::{command, display, human_duration, note, root, run as run_command};
use crate::tools::{chromedriver, ensure_tools, Needs};

/// How many tests passed, failed and were skipped, summed over libtest's result lines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Tests that passed.
    pub passed: u64,
    /// Tests that failed.
    pub failed: u64,
    /// Tests marked `#[ignore]`.
    pub ignored: u64,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.ignored += other.ignored;
    }
}

/// Installs what is missing, builds the app, then runs the native tests (unit, API and
/// end-to-end, which need dist/ and chromedriver), the API suite again on PostgreSQL,
/// and the wasm component tests.
pub fn run() -> Result<()> {
    ensure_tools(Needs { browser: true })?;
    lint()?;
    build_app()?;
    let chromedriver = chromedriver();
    let dist = root().join("dist");
    let mut total = Counts::default();

    let postgres = ensure_postgres()?;
    let mut native = command("cargo");
    native
        .args(["test", "--workspace", "--exclude", "cocrea"])
        .env("CHROMEDRIVER", &chromedriver)
        .env("COCREA_DIST", &dist)
        // This run is the SQLite one; the PostgreSQL backend's own unit tests find the
        // server through COCREA_TEST_POSTGRES.
        .env_remove(TEST_DATABASE_VAR)
        .env("COCREA_TEST_POSTGRES", &postgres);
    total.add(run_counted(&mut native)?);

    // The whole API suite again on PostgreSQL, with the tests that need several
    // servers on one database (ignored in the SQLite run).
    let mut on_postgres = command("cargo");
    on_postgres
        .args([
            "test",
            "-p",
            "cocrea-server",
            "--test",
            "api",
            "--",
            "--include-ignored",
        ])
        .env(TEST_DATABASE_VAR, &postgres);
    total.add(run_counted(&mut on_postgres)?);

    if root().join("src").join("lib.rs").is_file() {
        let mut wasm = command("cargo");
        wasm.args([
            "test",
            "-p",
            "cocrea",
            "--lib",
            // The staff build holds every component: the in-store and admin ones too.
            "--features",
            "staff",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env("CHROMEDRIVER", &chromedriver);
        total.add(run_counted(&mut wasm)?);
    } else {
        note("no src/lib.rs: the app has no wasm component tests to run");
    }

    let skipped = if total.ignored > 0 {
        format!(", {} skipped", total.ignored)
    } else {
        String::new()
    };
    println!(
        "xtask: {} passed, {} failed{skipped}",
        total.passed, total.failed
    );
    Ok(())
}

/// The code's own checks, before anything is built: formatting (`cargo fmt --check`)
/// and clippy with every warning an error, on the native crates and on the app as
/// wasm32 (both bundles: the staff build holds every component).
fn lint() -> Result<()> {
    run_command(command("cargo").args(["fmt", "--all", "--check"]))
        .context("the code is not formatted: run `cargo fmt --all`")?;
    run_command(command("cargo").args([
        "clippy",
        "--workspace",
        "--exclude",
        "cocrea",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    for features in [None, Some("staff")] {
        let mut clippy = command("cargo");
        clippy.args([
            "clippy",
            "-p",
            "cocrea",
            "--all-targets",
            "--target",
            "wasm32-unknown-unknown",
        ]);
        if let Some(features) = features {
            clippy.args(["--features", features]);
        }
        run_command(clippy.args(["--", "-D", "warnings"]))?;
    }
    Ok(())
}

/// Runs a `cargo test` command, echoing its output while counting libtest's
/// `test result:` lines; an error if it exits non-zero.
fn run_counted(command: &mut Command) -> Result<Counts> {
    let line = display(command);
    note(&format!("$ {line}"));
    let started = Instant::now();
    let mut child = command
        .stdout(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .with_context(|| format!("could not start `{line}`"))?;
    let stdout = child.stdout.take().context("no stdout pipe")?;
    let mut counts = Counts::default();
    let mut out = std::io::stdout();
    for text in BufReader::new(stdout).split(b'\n') {
        let text = String::from_utf8_lossy(&text.context("reading test output")?).into_owned();
        writeln!(out, "{text}")?;
        out.flush()?;
        if let Some(result) = parse_result_line(&text) {
            counts.add(result);
        }
    }
    let status = child.wait().context("waiting for cargo test")?;
    if !status.success() {
        bail!(
            "`{line}` failed ({status}); so far {} passed, {} failed",
            counts.passed,
            counts.failed
        );
    }
    note(&format!(
        "done in {}: {line} ({} passed)",
        human_duration(started.elapsed()),
        counts.passed
    ));
    Ok(counts)
}

/// Reads "test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; ..." (libtest
/// and wasm-bindgen-test-runner both print it).
fn parse_result_line(line: &str) -> Option<Counts> {
    let rest = line.trim().strip_prefix("test result:")?;
    let mut counts = Counts::default();
    let mut found = false;
    for part in rest.split([';', '.']) {
        let mut words = part.split_whitespace();
        let (Some(number), Some(label)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(number) = number.parse::<u64>() else {
            continue;
        };
        match label {
            "passed" => {
                counts.passed = number;
                found = true;
            }
            "failed" => counts.failed = number,
            "ignored" => counts.ignored = number,
            _ => {}
        }
    }
    found.then_some(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_libtest_result_line_is_counted() {
        let line = "test result: ok. 12 passed; 0 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.31s";
        assert_eq!(
            parse_result_line(line),
            Some(Counts {
                passed: 12,
                failed: 0,
                ignored: 2
            })
        );
        let failed =
            "test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(
            parse_result_line(failed),
            Some(Counts {
                passed: 3,
                failed: 1,
                ignored: 0
            })
        );
    }

    #[test]
    fn other_lines_are_not_counted() {
        assert_eq!(parse_result_line("running 3 tests"), None);
        assert_eq!(parse_result_line("test it_works ... ok"), None);
    }
}
