//! Installs the tools the build and the tests need, each only when it is missing or at
//! the wrong version (why these versions: the comment on each).

use std::path::Path;
use std::process::Stdio;

use anyhow::{bail, Context, Result};

use crate::process::{self, capture, command, note, root, run};

/// Trunk builds the browser app; 0.22 needs a newer rustc than the machines have.
const TRUNK_VERSION: &str = "0.21.14";
/// The target the browser app compiles to.
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Which optional tools a command needs.
#[derive(Debug, Clone, Copy)]
pub struct Needs {
    /// Chromium and chromedriver, for the end-to-end and wasm tests.
    pub browser: bool,
}

/// Makes sure every tool is there at the right version, then fetches all crates so that
/// Trunk's offline cargo build finds them.
pub fn ensure_tools(needs: Needs) -> Result<()> {
    if needs.browser {
        ensure_browser()?;
    }
    ensure_wasm_target()?;
    ensure_npm_packages()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    run(command("cargo").args(["fetch", "--locked"]))
}

/// Debian's chromium and chromium-driver: one package source, so their versions match.
fn ensure_browser() -> Result<()> {
    let chromium = version_of("chromium");
    let driver = version_of("chromedriver");
    if let (Some(chromium), Some(driver)) = (&chromium, &driver) {
        if chromium == driver {
            note(&format!("chromium and chromedriver {chromium}: present"));
            return Ok(());
        }
        note(&format!(
            "chromium {chromium} and chromedriver {driver} differ"
        ));
    }
    if !is_root() {
        bail!(
            "the tests need Debian's chromium and chromium-driver at the same version: \
             run `sudo apt-get update && sudo apt-get install -y chromium chromium-driver`"
        );
    }
    note("installing chromium and chromium-driver with apt-get");
    run(command("apt-get").arg("update").stdin(Stdio::null()))?;
    run(command("apt-get")
        .args(["install", "-y", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdin(Stdio::null()))?;
    match (version_of("chromium"), version_of("chromedriver")) {
        (Some(chromium), Some(driver)) if chromium == driver => Ok(()),
        (chromium, driver) => bail!(
            "after apt-get install: chromium {chromium:?}, chromedriver {driver:?} (need both, same version)"
        ),
    }
}

/// The version word of `chromium --version` ("Chromium 156.0.8078.79 built on ...") or
/// `chromedriver --version` ("ChromeDriver 156.0.8078.79 (...)").
fn version_of(program: &str) -> Option<String> {
    let output = capture(command(program).arg("--version"))?;
    output.split_whitespace().nth(1).map(str::to_owned)
}

/// Whether this process runs as root (and so may call apt-get).
fn is_root() -> bool {
    capture(command("id").arg("-u")).as_deref() == Some("0")
}

fn ensure_wasm_target() -> Result<()> {
    let installed = capture(command("rustup").args(["target", "list", "--installed"]))
        .context("rustup is needed to add the wasm32 target: install Rust with rustup")?;
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        note(&format!("rust target {WASM_TARGET}: present"));
        return Ok(());
    }
    run(command("rustup").args(["target", "add", WASM_TARGET]))
}

/// The npm packages that package.json pins: binaryen's wasm-opt (Debian's is too old
/// and breaks the .wasm) and axe-core (the accessibility checks of the end-to-end
/// tests). `npm ci` installs them all from package-lock.json when any one is missing
/// from node_modules or at another version.
fn ensure_npm_packages() -> Result<()> {
    let package_json = root().join("package.json");
    let wanted = npm_dev_dependencies(&package_json)?;
    let node_modules = root().join("node_modules");
    let stale: Vec<String> = wanted
        .iter()
        .filter(|(name, version)| {
            installed_npm_version(&node_modules, name).as_deref() != Some(version.as_str())
        })
        .map(|(name, version)| format!("{name} {version}"))
        .collect();
    if stale.is_empty() {
        let present: Vec<String> = wanted
            .iter()
            .map(|(name, version)| format!("{name} {version}"))
            .collect();
        note(&format!("npm {}: present", present.join(", ")));
        return Ok(());
    }
    note(&format!(
        "npm {}: missing, running npm ci",
        stale.join(", ")
    ));
    run(command("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .stdin(Stdio::null()))
}

/// The devDependencies of package.json as (name, exact version) pairs ("=4.14.1" and
/// "4.14.1" both give "4.14.1"); package.json pins exact versions.
fn npm_dev_dependencies(package_json: &Path) -> Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(package_json).with_context(|| {
        format!(
            "reading {} (it pins the npm build and test tools)",
            package_json.display()
        )
    })?;
    let json: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("parsing {}", package_json.display()))?;
    let Some(dependencies) = json["devDependencies"].as_object() else {
        return Ok(Vec::new());
    };
    Ok(dependencies
        .iter()
        .map(|(name, version)| {
            let version = version.as_str().unwrap_or_default();
            (name.clone(), version.trim_start_matches('=').to_owned())
        })
        .collect())
}

/// The version in node_modules/NAME/package.json, if the package is installed.
fn installed_npm_version(node_modules: &Path, name: &str) -> Option<String> {
    let text = std::fs::read_to_string(node_modules.join(name).join("package.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["version"].as_str().map(str::to_owned)
}

fn ensure_trunk() -> Result<()> {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if capture(command("trunk").arg("--version")).as_deref() == Some(wanted.as_str()) {
        note(&format!("{wanted}: present"));
        return Ok(());
    }
    note(&format!("installing {wanted} (a few minutes)"));
    run(command("cargo")
        .args(["install", "--locked", "trunk", "--version", TRUNK_VERSION])
        // Trunk's release profile uses LTO; without it the install is ~2 minutes shorter.
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .stdin(Stdio::null()))
}

/// wasm-bindgen-cli (also the test runner) at exactly the version in Cargo.lock.
fn ensure_wasm_bindgen() -> Result<()> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let version =
        locked_version(&lock, "wasm-bindgen").context("Cargo.lock has no wasm-bindgen package")?;
    let cli = capture(command("wasm-bindgen").arg("--version"));
    let runner = capture(command("wasm-bindgen-test-runner").arg("--version"));
    let wanted = |output: &Option<String>, name: &str| {
        output.as_deref() == Some(format!("{name} {version}").as_str())
    };
    if wanted(&cli, "wasm-bindgen") && wanted(&runner, "wasm-bindgen-test-runner") {
        note(&format!("wasm-bindgen-cli {version}: present"));
        return Ok(());
    }
    note(&format!(
        "installing wasm-bindgen-cli {version} (a few minutes)"
    ));
    // No --locked: the CLI's own lockfile names a crate version the registry lacks.
    run(command("cargo")
        .args(["install", "wasm-bindgen-cli", "--version", &version])
        .stdin(Stdio::null()))
}

/// The version of package `name` in a Cargo.lock's text.
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines().map(str::trim);
    while let Some(line) = lines.next() {
        if line == wanted {
            let version = lines.next()?.strip_prefix("version = \"")?;
            return version.strip_suffix('"').map(str::to_owned);
        }
    }
    None
}

/// Chromedriver for the tests: the one on PATH, else Debian's usual place.
pub fn chromedriver() -> std::path::PathBuf {
    process::find_program("chromedriver").unwrap_or_else(|| "/usr/bin/chromedriver".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
[[package]]
name = "wasm-bindgen-futures"
version = "0.4.53"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;

    #[test]
    fn the_locked_version_is_read_for_the_exact_package_name() {
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen-futures").as_deref(),
            Some("0.4.53")
        );
        assert_eq!(locked_version(LOCK, "trunk"), None);
    }

    #[test]
    fn npm_packages_are_wanted_at_the_versions_package_json_pins() {
        let dir = std::env::temp_dir().join(format!("xtask-test-{}", std::process::id()));
        let node_modules = dir.join("node_modules");
        std::fs::create_dir_all(node_modules.join("binaryen")).unwrap();
        let file = dir.join("package.json");
        std::fs::write(
            &file,
            r#"{"devDependencies":{"axe-core":"4.14.1","binaryen":"=132.0.0"}}"#,
        )
        .unwrap();
        assert_eq!(
            npm_dev_dependencies(&file).unwrap(),
            [
                ("axe-core".to_owned(), "4.14.1".to_owned()),
                ("binaryen".to_owned(), "132.0.0".to_owned())
            ]
        );
        std::fs::write(
            node_modules.join("binaryen").join("package.json"),
            r#"{"name":"binaryen","version":"132.0.0"}"#,
        )
        .unwrap();
        assert_eq!(
            installed_npm_version(&node_modules, "binaryen").as_deref(),
            Some("132.0.0")
        );
        assert_eq!(installed_npm_version(&node_modules, "axe-core"), None);
        std::fs::write(&file, r#"{"private":true}"#).unwrap();
        assert!(npm_dev_dependencies(&file).unwrap().is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
