//! Page loads as a shopper's phone sees them: Lighthouse (npm, pinned in package.json)
//! with its mobile preset (simulated slow 4G, 4x CPU slowdown) driving Debian's
//! Chromium against the release server with the demo designs, three runs per page.
//!
//! The pages: the gallery (`/`) and a design (`/designs/:id`, the page a hanger tag's
//! QR code opens). The table shows each figure's median of the runs and the targets of
//! the page-load issue.

use std::path::{Path, PathBuf};

use anyhow::{bail, ensure, Context, Result};

use super::report::{provenance, write_section};
use super::server::{design_ids, BenchServer};
use crate::process::{capture, command, find_program, note, root, run as run_command};

/// Runs per page; the table shows medians.
const RUNS: usize = 3;
/// The design the issue measured (the QR landing), when the demo data has it.
const DESIGN_ID: i64 = 3;
/// Chromium's flags: headless, and nothing that reaches for the network on its own.
const CHROME_FLAGS: &str = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
     --disable-background-networking --disable-component-update --disable-sync";

/// What one page must reach (the issue's targets); `None` where it sets none.
struct Target {
    performance: f64,
    lcp_ms: f64,
    cls: f64,
    interactive_ms: Option<f64>,
}

/// The figures of one Lighthouse run.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Run {
    /// Performance score, 0 to 100.
    performance: f64,
    /// Accessibility score, 0 to 100.
    accessibility: f64,
    /// Largest contentful paint, ms.
    lcp_ms: f64,
    /// Cumulative layout shift.
    cls: f64,
    /// Time to interactive, ms.
    interactive_ms: f64,
    /// Total blocking time, ms.
    tbt_ms: f64,
    /// First contentful paint, ms.
    fcp_ms: f64,
}

/// Builds the app and the server, runs Lighthouse on each page, writes the table.
pub fn run(_args: &[String]) -> Result<()> {
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find_map(find_program)
        .context("Lighthouse needs Debian's chromium (apt-get install chromium)")?;
    ensure!(
        find_program("lighthouse").is_some(),
        "lighthouse is missing from node_modules/.bin: run `npm ci`"
    );
    crate::app::build_app()?;
    let server = BenchServer::start()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let ids = runtime.block_on(design_ids(&server.url))?;
    let design = if ids.contains(&DESIGN_ID) {
        DESIGN_ID
    } else {
        *ids.first().context("the demo data has no public design")?
    };
    let pages = [
        (
            "/".to_owned(),
            Target {
                performance: 90.0,
                lcp_ms: 2500.0,
                cls: 0.05,
                interactive_ms: None,
            },
        ),
        (
            format!("/designs/{design}"),
            Target {
                performance: 95.0,
                lcp_ms: 2000.0,
                cls: 0.05,
                interactive_ms: Some(2500.0),
            },
        ),
    ];
    let out_dir = std::env::temp_dir().join(format!("cocrea-lighthouse-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir)?;

    let mut table = String::from(
        "| page | performance | LCP | CLS | time to interactive | TBT | FCP | accessibility | targets met |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n",
    );
    let mut missed = Vec::new();
    for (path, target) in &pages {
        let mut runs = Vec::new();
        for n in 1..=RUNS {
            let report = out_dir.join(format!("run-{}-{n}.json", slug(path)));
            lighthouse(&chromium, &format!("{}{path}", server.url), &report)?;
            let run = read_report(&report)?;
            note(&format!("{path} run {n}: {run:?}"));
            runs.push(run);
        }
        let median = median_run(&runs);
        let met = meets(&median, target);
        if !met {
            missed.push(path.clone());
        }
        table.push_str(&format!(
            "| `{path}` | {:.0} | {:.2} s | {:.3} | {:.2} s | {:.0} ms | {:.2} s | {:.0} | {} |\n",
            median.performance,
            median.lcp_ms / 1000.0,
            median.cls,
            median.interactive_ms / 1000.0,
            median.tbt_ms,
            median.fcp_ms / 1000.0,
            median.accessibility,
            if met { "yes" } else { "**no**" },
        ));
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    let like_ready = like_ready_ms(&chromium, &format!("{}/designs/{design}", server.url))?;
    note(&format!("like button on screen: {like_ready:?} ms"));

    let mut body = provenance("cargo xtask bench lighthouse");
    body.push_str(&format!(
        " Lighthouse {} (npm), mobile preset (simulated slow 4G, 4x CPU slowdown), \
         Debian's Chromium headless, against the release server with the demo designs on \
         loopback; the median of {RUNS} runs per page.\n\n",
        lighthouse_version()
    ));
    body.push_str(&table);
    body.push_str(
        "\nBefore the design page came with its design in its first HTML (issue 15's own \
         runs): `/` performance 83, LCP 4.0 s, CLS 0.118, interactive 4.1 s, TBT 120 ms; \
         `/designs/3` performance 72, LCP 3.4 s, CLS 0.415, interactive 3.4 s, TBT 90 ms.\n",
    );
    body.push_str(&format!(
        "\nTime to interactive is when the main thread goes quiet (its last task over 50 ms, \
         simulated); the app starts in short tasks, so a tap is answered between them. It \
         does not say when the app's view is on screen. When the app's Like button is there \
         to tap (`/designs/{design}`, \
         tools/like-ready.mjs: Chromium really slowed down, slow 4G and 4x CPU, as \
         devtools throttles them, which is slower than Lighthouse's simulation): {:.2} s, \
         the median of {RUNS} runs ({}).\n",
        median(&like_ready) / 1000.0,
        like_ready
            .iter()
            .map(|ms| format!("{:.2} s", ms / 1000.0))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    body.push_str(
        "\nTargets: `/designs/:id` performance >= 95, LCP < 2.0 s, CLS < 0.05, interactive \
         < 2.5 s; `/` performance >= 90, LCP < 2.5 s, CLS < 0.05; accessibility stays 100.\n",
    );
    println!("\nPage loads on a phone (Lighthouse)\n\n{body}");
    write_section("Page loads on a phone (Lighthouse)", &body)?;
    note(&format!("wrote {}", super::report::path().display()));
    if !missed.is_empty() {
        bail!("pages that miss their targets: {}", missed.join(", "));
    }
    Ok(())
}

/// One Lighthouse run of `url` (performance and accessibility), its JSON report to `report`.
fn lighthouse(chromium: &Path, url: &str, report: &Path) -> Result<()> {
    let profile = report.with_extension("profile");
    let flags = format!("{CHROME_FLAGS} --user-data-dir={}", profile.display());
    run_command(
        command("lighthouse")
            .arg(url)
            .args([
                "--only-categories=performance,accessibility",
                "--output=json",
                "--quiet",
            ])
            .arg(format!("--output-path={}", report.display()))
            .arg(format!("--chrome-flags={flags}"))
            .env("CHROME_PATH", chromium),
    )?;
    let _ = std::fs::remove_dir_all(profile);
    Ok(())
}

/// When the app's Like button is on `url` (tools/like-ready.mjs), ms, one per run.
fn like_ready_ms(chromium: &Path, url: &str) -> Result<Vec<f64>> {
    let script = root().join("tools").join("like-ready.mjs");
    let output = capture(
        command("node")
            .arg(&script)
            .arg(chromium)
            .arg(url)
            .arg(RUNS.to_string()),
    )
    .with_context(|| format!("{} did not run", script.display()))?;
    let times = output
        .split_whitespace()
        .map(str::parse::<f64>)
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("reading {}'s output: {output}", script.display()))?;
    ensure!(times.len() == RUNS, "like-ready.mjs gave {output:?}");
    Ok(times)
}

/// The median of `values` (the middle one; the upper middle of an even count).
fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The figures of a Lighthouse JSON report.
fn read_report(path: &PathBuf) -> Result<Run> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse_report(&text).with_context(|| format!("reading the figures of {}", path.display()))
}

/// The figures of a Lighthouse JSON report's text.
fn parse_report(text: &str) -> Result<Run> {
    let report: serde_json::Value = serde_json::from_str(text)?;
    if let Some(error) = report["runtimeError"]["message"].as_str() {
        bail!("Lighthouse could not load the page: {error}");
    }
    let score = |category: &str| {
        report["categories"][category]["score"]
            .as_f64()
            .map(|score| score * 100.0)
            .with_context(|| format!("the {category} score"))
    };
    let audit = |name: &str| {
        report["audits"][name]["numericValue"]
            .as_f64()
            .with_context(|| format!("the audit {name}"))
    };
    Ok(Run {
        performance: score("performance")?,
        accessibility: score("accessibility")?,
        lcp_ms: audit("largest-contentful-paint")?,
        cls: audit("cumulative-layout-shift")?,
        interactive_ms: audit("interactive")?,
        tbt_ms: audit("total-blocking-time")?,
        fcp_ms: audit("first-contentful-paint")?,
    })
}

/// Each figure's median over `runs` (taken figure by figure).
fn median_run(runs: &[Run]) -> Run {
    let median = |figure: fn(&Run) -> f64| median(&runs.iter().map(figure).collect::<Vec<_>>());
    Run {
        performance: median(|run| run.performance),
        accessibility: median(|run| run.accessibility),
        lcp_ms: median(|run| run.lcp_ms),
        cls: median(|run| run.cls),
        interactive_ms: median(|run| run.interactive_ms),
        tbt_ms: median(|run| run.tbt_ms),
        fcp_ms: median(|run| run.fcp_ms),
    }
}

/// Whether a page's medians reach its targets.
fn meets(run: &Run, target: &Target) -> bool {
    run.performance >= target.performance
        && run.lcp_ms < target.lcp_ms
        && run.cls < target.cls
        && target
            .interactive_ms
            .is_none_or(|limit| run.interactive_ms < limit)
}

/// A file-name-safe form of a page's path.
fn slug(path: &str) -> String {
    let slug: String = path
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("page{slug}")
}

/// The pinned Lighthouse version (node_modules/lighthouse/package.json).
fn lighthouse_version() -> String {
    std::fs::read_to_string(
        root()
            .join("node_modules")
            .join("lighthouse")
            .join("package.json"),
    )
    .ok()
    .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
    .and_then(|package| package["version"].as_str().map(str::to_owned))
    .unwrap_or_else(|| "(unknown version)".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(performance: f64, lcp_ms: f64) -> Run {
        Run {
            performance,
            accessibility: 100.0,
            lcp_ms,
            cls: 0.01,
            interactive_ms: 1800.0,
            tbt_ms: 20.0,
            fcp_ms: 900.0,
        }
    }

    #[test]
    fn medians_are_taken_figure_by_figure() {
        let median = median_run(&[run(90.0, 2100.0), run(99.0, 1500.0), run(95.0, 1900.0)]);
        assert_eq!(median.performance, 95.0);
        assert_eq!(median.lcp_ms, 1900.0);
    }

    #[test]
    fn a_report_gives_its_scores_in_percent_and_its_timings() {
        let text = r#"{"categories":{"performance":{"score":0.97},"accessibility":{"score":1}},
            "audits":{"largest-contentful-paint":{"numericValue":1500.5},
            "cumulative-layout-shift":{"numericValue":0.01},"interactive":{"numericValue":1800},
            "total-blocking-time":{"numericValue":30},"first-contentful-paint":{"numericValue":900}}}"#;
        let run = parse_report(text).unwrap();
        assert_eq!(run.performance.round(), 97.0);
        assert_eq!(run.accessibility, 100.0);
        assert_eq!(run.lcp_ms, 1500.5);
        let target = Target {
            performance: 95.0,
            lcp_ms: 2000.0,
            cls: 0.05,
            interactive_ms: Some(2500.0),
        };
        assert!(meets(&run, &target));
        assert!(!meets(
            &run,
            &Target {
                lcp_ms: 1000.0,
                ..target
            }
        ));
    }
}
