//! What a browser downloads on the first visit: every .wasm, .js and .css file of the
//! release build in dist/, compressed with brotli (quality 11) and gzip (level 9), the
//! sizes a pre-compressed static build would send.

use std::path::{Path, PathBuf};

use anyhow::{ensure, Context, Result};

use super::report;
use crate::compress::{brotli, gzip};
use crate::process::{note, root};

/// The most the app may weigh over the wire with brotli, in bytes (1 KB = 1000 bytes).
const BROTLI_BUDGET: u64 = 250 * 1000;
/// The kinds of file a browser fetches before the first page shows.
const EXTENSIONS: [&str; 3] = ["wasm", "js", "css"];

/// One file's sizes in bytes.
struct Sizes {
    file: String,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

/// Builds the release app, measures dist/, prints the table, writes it to docs/benchmarks.md and fails when
/// the brotli total is over budget.
pub fn run(_args: &[String]) -> Result<()> {
    crate::app::build_app()?;
    let dist = root().join("dist");
    let (shoppers, shoppers_brotli) = measure(&dist)?;
    let (staff, _) = measure(&dist.join("staff"))?;

    let mut body = String::new();
    body.push_str(&report::provenance("cargo xtask bench first-load"));
    body.push_str(&format!(
        " Files: every .wasm, .js and .css of a bundle after `cargo xtask build`; \
         gzip at level 9, brotli at quality 11; 1 KB = 1000 bytes. \
         Budget: the shoppers' bundle under {} KB with brotli.\n\n",
        kb(BROTLI_BUDGET)
    ));
    body.push_str("Shoppers' bundle (dist/: gallery, designs, sign-in and sign-up):\n\n");
    body.push_str(&shoppers);
    body.push_str(&other_languages(&dist.join("locales"), shoppers_brotli)?);
    body.push_str(
        "\nStaff bundle (dist/staff/: the same pages plus hanger tags, store screens and \
         administration, the designers' `/submit`, `/me` and `/designers/:id`, loaded only by those pages):\n\n",
    );
    body.push_str(&staff);

    println!("\nFirst load of the browser app\n\n{body}");
    report::write_section("First load of the browser app", &body)?;
    note(&format!("wrote {}", report::path().display()));
    ensure!(
        shoppers_brotli < BROTLI_BUDGET,
        "the app's first load is {} KB with brotli: the budget is under {} KB",
        kb(shoppers_brotli),
        kb(BROTLI_BUDGET)
    );
    note(&format!(
        "first load: {} KB brotli, under the {} KB budget",
        kb(shoppers_brotli),
        kb(BROTLI_BUDGET)
    ));
    Ok(())
}

/// One bundle's table (a row per file and a total) and its brotli total.
fn measure(dir: &Path) -> Result<(String, u64)> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    ensure!(
        !files.is_empty(),
        "no .wasm, .js or .css file in {}: build the app first",
        dir.display()
    );
    let mut rows = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let name = file.strip_prefix(dir).unwrap_or(file).display().to_string();
        rows.push(Sizes {
            file: name,
            raw: bytes.len() as u64,
            gzip: gzip(&bytes)?.len() as u64,
            brotli: brotli(&bytes)?.len() as u64,
        });
    }
    let total = Sizes {
        file: "**total**".to_owned(),
        raw: rows.iter().map(|row| row.raw).sum(),
        gzip: rows.iter().map(|row| row.gzip).sum(),
        brotli: rows.iter().map(|row| row.brotli).sum(),
    };
    let mut table =
        String::from("| file | raw KB | gzip KB | brotli KB |\n| --- | ---: | ---: | ---: |\n");
    for row in rows.iter().chain(std::iter::once(&total)) {
        table.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            row.file,
            kb(row.raw),
            kb(row.gzip),
            kb(row.brotli)
        ));
    }
    Ok((table, total.brotli))
}

/// The other languages' words for shoppers (dist/locales/LANG-HASH.txt): English is built into the app, and
/// a visitor in Spanish, Portuguese or Italian also loads her language's file before
/// the first page shows. Reported beside the budget (which counts wasm + js + css).
fn other_languages(dir: &Path, shoppers_brotli: u64) -> Result<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        // The administration's words (`LANG-staff-HASH.txt`) are the staff bundle's.
        .filter(|path| {
            !path
                .file_name()
                .is_some_and(|name| name.to_string_lossy().contains("-staff-"))
        })
        .collect();
    files.sort();
    let mut text = String::from(
        "\nA visitor in another language also loads that language's words \
         (dist/locales/, brotli):",
    );
    let mut largest = 0;
    for file in &files {
        let size = brotli(&std::fs::read(file)?)?.len() as u64;
        largest = largest.max(size);
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        text.push_str(&format!(" {name} {} KB;", kb(size)));
    }
    text.push_str(&format!(
        " so her first load is at most {} KB.\n",
        kb(shoppers_brotli + largest)
    ));
    Ok(text)
}

/// Every file under `dir` (recursively: wasm-bindgen puts snippets in subfolders) whose
/// extension is one of `EXTENSIONS`.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        // The staff bundle lives in dist/staff/ and is measured on its own.
        if path.is_dir() && path.file_name().is_some_and(|name| name != "staff") {
            collect(&path, files)?;
        } else if path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| EXTENSIONS.contains(&ext))
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Bytes as kilobytes with one decimal.
fn kb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_kilobytes() {
        assert_eq!(kb(102_400), "102.4");
        assert_eq!(kb(0), "0.0");
    }
}
