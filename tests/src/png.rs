//! Images for upload tests.

use std::path::{Path, PathBuf};

/// Writes a PNG that looks like a garment sketch (a dress shape on a tinted background)
/// to `dir/name` and returns its absolute path, for upload through a file input.
pub fn write_test_png(dir: &Path, name: &str) -> PathBuf {
    // 600 px on the short side: the smallest image the submit form accepts.
    let (width, height) = (600u32, 800u32);
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        // The sketch is drawn at 480 x 640 and scaled up by 5/4.
        let (cx, x, y) = (480 / 2, x as i64 * 4 / 5, y as i64 * 4 / 5);
        // A bodice from y 120 to 300, then a skirt widening to the hem at y 580.
        let half_width = match y {
            120..=300 => 60,
            301..=580 => 60 + (y - 300) * 140 / 280,
            _ => -1,
        };
        if (x - cx).abs() <= half_width {
            image::Rgb([180, 40, 90])
        } else {
            image::Rgb([240, 230, (200 + y % 40) as u8])
        }
    });
    let path = dir.join(name);
    image.save(&path).expect("the test PNG is written");
    std::fs::canonicalize(&path).expect("the test PNG has an absolute path")
}
