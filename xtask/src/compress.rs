//! Compression of the built app: the server sends `dist/`'s files precompressed (brotli
//! at quality 11, gzip at level 9) instead of compressing them on every request.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

/// The kinds of file worth compressing (images are compressed already).
const COMPRESSIBLE: [&str; 8] = ["wasm", "js", "css", "html", "svg", "txt", "json", "ico"];

/// Writes `FILE.br` and `FILE.gz` beside every compressible file under `dir` (recursively),
/// for tower-http's `ServeDir::precompressed_br()` and `precompressed_gzip()`. Returns how
/// many files it compressed.
pub fn precompress(dir: &Path) -> Result<usize> {
    let mut count = 0;
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            count += precompress(&path)?;
            continue;
        }
        let compressible = path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| COMPRESSIBLE.contains(&ext));
        if !compressible {
            continue;
        }
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        for (suffix, compressed) in [("br", brotli(&bytes)?), ("gz", gzip(&bytes)?)] {
            let mut name = path.clone().into_os_string();
            name.push(".");
            name.push(suffix);
            std::fs::write(&name, compressed)
                .with_context(|| format!("writing {}", Path::new(&name).display()))?;
        }
        count += 1;
    }
    Ok(count)
}

/// `bytes` compressed with gzip at level 9.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

/// `bytes` compressed with brotli at quality 11 (the best), window 22 (brotli's default).
pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = brotli::CompressorWriter::new(Vec::new(), 4096, 11, 22);
    encoder.write_all(bytes)?;
    encoder.flush()?;
    Ok(encoder.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_output_is_smaller_for_repetitive_text_and_brotli_decodes() {
        let text = "body { color: black; } ".repeat(200).into_bytes();
        let br = brotli(&text).unwrap();
        assert!(br.len() < text.len() / 10);
        assert!(gzip(&text).unwrap().len() < text.len() / 10);
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut br.as_slice(), &mut decoded).unwrap();
        assert_eq!(decoded, text);
    }

    #[test]
    fn every_text_file_gets_a_brotli_and_a_gzip_twin() {
        let dir = std::env::temp_dir().join(format!("xtask-precompress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("app.js"), "let a = 1;".repeat(50)).unwrap();
        std::fs::write(dir.join("sub").join("x.css"), "a{}".repeat(50)).unwrap();
        std::fs::write(dir.join("photo.jpg"), [0u8; 10]).unwrap();
        assert_eq!(precompress(&dir).unwrap(), 2);
        for name in ["app.js.br", "app.js.gz", "sub/x.css.br", "sub/x.css.gz"] {
            assert!(dir.join(name).is_file(), "{name}");
        }
        assert!(!dir.join("photo.jpg.br").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
