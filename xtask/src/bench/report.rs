//! docs/benchmarks.md: each benchmark owns one `## ` section and replaces it on each run.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::process::root;

const HEADER: &str = "# Benchmarks\n\n\
Written by `cargo xtask bench`: each section is replaced when its benchmark runs again.\n";

/// The file the results go to.
pub fn path() -> PathBuf {
    root().join("docs").join("benchmarks.md")
}

/// "Measured on 2026-05-01 (UTC) on a machine with 2 cores, by `COMMAND`."
pub fn provenance(command: &str) -> String {
    let date = time::OffsetDateTime::now_utc().date();
    let cores = std::thread::available_parallelism().map_or(0, std::num::NonZero::get);
    format!("Measured on {date} (UTC) on a machine with {cores} cores, by `{command}`.")
}

/// Replaces (or appends) the section `## {title}` of docs/benchmarks.md with `body`.
pub fn write_section(title: &str, body: &str) -> Result<()> {
    let path = path();
    let old = std::fs::read_to_string(&path).unwrap_or_else(|_| HEADER.to_owned());
    let new = replace_section(&old, title, body);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&path, new).with_context(|| format!("writing {}", path.display()))
}

/// `document` with the section headed `## {title}` (up to the next `## ` heading) set to
/// `body`, or with the section added at the end.
fn replace_section(document: &str, title: &str, body: &str) -> String {
    let heading = format!("## {title}");
    let section = format!("{heading}\n\n{}\n", body.trim_end());
    let lines: Vec<&str> = document.lines().collect();
    let Some(start) = lines.iter().position(|line| line.trim_end() == heading) else {
        return format!("{}\n\n{section}", document.trim_end());
    };
    let end = lines[start + 1..]
        .iter()
        .position(|line| line.starts_with("## "))
        .map_or(lines.len(), |offset| start + 1 + offset);
    let before = lines[..start].join("\n");
    let after = lines[end..].join("\n");
    let mut out = format!("{}\n\n{section}", before.trim_end());
    if !after.is_empty() {
        out.push('\n');
        out.push_str(&after);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::replace_section;

    #[test]
    fn a_new_section_is_appended() {
        let out = replace_section("# Benchmarks\n", "First load", "table");
        assert_eq!(out, "# Benchmarks\n\n## First load\n\ntable\n");
    }

    #[test]
    fn an_existing_section_is_replaced_and_the_others_kept() {
        let doc = "# Benchmarks\n\n## First load\n\nold\n\n## HTTP\n\nkept\n";
        let out = replace_section(doc, "First load", "new");
        assert_eq!(
            out,
            "# Benchmarks\n\n## First load\n\nnew\n\n## HTTP\n\nkept\n"
        );
        let out = replace_section(&out, "HTTP", "newer");
        assert_eq!(
            out,
            "# Benchmarks\n\n## First load\n\nnew\n\n## HTTP\n\nnewer\n"
        );
    }
}
