//! The smallest image a design may have (`--min-image-side`): read from the file's
//! header, so a photo's short side counts as taken, before any downscaling.

use std::io::Cursor;

use cocrea_api::validation::validate_image_pixels;
use cocrea_api::ApiError;

/// Refuses an image under `min_short_side` pixels on its short side (0: any size).
/// Only called on bytes that `images::process_upload` accepted.
pub fn check_min_side(bytes: &[u8], min_short_side: u32) -> Result<(), ApiError> {
    if min_short_side == 0 {
        return Ok(());
    }
    let dimensions = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()
        .and_then(|reader| reader.into_dimensions().ok());
    match dimensions {
        Some((width, height)) => validate_image_pixels(width, height, min_short_side),
        // process_upload decoded it: this does not happen; let the upload through.
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::check_min_side;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = Vec::new();
        image::RgbImage::new(width, height)
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .unwrap();
        bytes
    }

    #[test]
    fn an_image_needs_600_pixels_on_its_short_side() {
        assert!(check_min_side(&png(600, 900), 600).is_ok());
        let refused = check_min_side(&png(900, 599), 600).unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("image"));
        assert_eq!(refused.error, cocrea_api::ErrorCode::ImageTooSmall);
        assert!(check_min_side(&png(40, 40), 0).is_ok());
    }
}
