//! The upload pipeline: every uploaded image is checked, decoded within limits,
//! turned upright, re-encoded (which drops EXIF and GPS data) and stored by the
//! SHA-256 of its bytes.
//!
//! Nothing an uploader sends is stored as sent: the type is read from the bytes,
//! the decoder refuses oversized images before allocating, and what is kept is
//! a fresh JPEG of bounded size plus a thumbnail.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use cocrea_api::limits::{
    MAX_DECODE_ALLOC, MAX_DECODE_SIDE, MAX_IMAGE_SIDE, MAX_UPLOAD_BYTES, THUMB_SIDE,
};
use cocrea_api::{ApiError, ErrorCode};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};
use sha2::{Digest, Sha256};

/// The longest side to suggest when an image is refused for its size: well
/// within the decode limits, and still twice what the store keeps.
const SUGGESTED_SIDE: u32 = 4000;

/// JPEG quality of the stored full image.
const FULL_QUALITY: u8 = 85;
/// JPEG quality of the stored thumbnail.
const THUMB_QUALITY: u8 = 80;

/// An upload after re-encoding: what the store keeps and the API describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessedImage {
    /// Lowercase hex SHA-256 of `full`; the image's address.
    pub hash: String,
    /// The full image as JPEG, longest side at most `MAX_IMAGE_SIDE`.
    pub full: Vec<u8>,
    /// The thumbnail as JPEG, longest side at most `THUMB_SIDE`.
    pub thumb: Vec<u8>,
    /// Width of the stored full image, in pixels.
    pub width: u32,
    /// Height of the stored full image, in pixels.
    pub height: u32,
}

/// Why an upload was refused.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// The file is larger than `MAX_UPLOAD_BYTES`.
    #[error("the image is larger than {MAX_UPLOAD_BYTES} bytes")]
    TooLarge,
    /// The bytes are not a PNG, JPEG or WebP image.
    #[error("the file is not a PNG, JPEG or WebP image")]
    UnsupportedType,
    /// The bytes start like an image but do not decode; the text says why.
    #[error("the image cannot be decoded: {0}")]
    Invalid(String),
    /// The image is wider, taller or bigger in memory than the decoder allows.
    #[error("the image is {width}x{height} pixels, more than the server decodes")]
    DimensionsTooLarge {
        /// The width the file claims, in pixels.
        width: u32,
        /// The height the file claims, in pixels.
        height: u32,
    },
}

impl From<ImageError> for ApiError {
    fn from(error: ImageError) -> Self {
        let (code, message) = match error {
            ImageError::TooLarge => (
                ErrorCode::PayloadTooLarge,
                "The image is larger than 10 MB. Choose a smaller one.".to_owned(),
            ),
            ImageError::UnsupportedType => (
                ErrorCode::UnsupportedImageType,
                "Choose a PNG, JPEG or WebP image.".to_owned(),
            ),
            ImageError::Invalid(_) => (
                ErrorCode::InvalidImage,
                "The image could not be read; it may be damaged. Choose another file.".to_owned(),
            ),
            ImageError::DimensionsTooLarge { width, height } => (
                ErrorCode::ImageDimensionsTooLarge,
                if width > 0 && height > 0 {
                    format!(
                        "The image is {width} x {height} pixels, which is too large to process. \
                         Resize it to at most {SUGGESTED_SIDE} pixels on its longest side and try again."
                    )
                } else {
                    format!(
                        "The image is too large to process. \
                         Resize it to at most {SUGGESTED_SIDE} pixels on its longest side and try again."
                    )
                },
            ),
        };
        ApiError::field(code, "image", message)
    }
}

/// Checks, decodes, turns upright and re-encodes one uploaded file.
///
/// The type comes from the bytes (magic numbers), never from a name or header.
/// Decoding runs under `MAX_DECODE_SIDE` and `MAX_DECODE_ALLOC`, so a
/// decompression bomb is refused from its header, before any pixel buffer exists.
pub fn process_upload(bytes: &[u8]) -> Result<ProcessedImage, ImageError> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(ImageError::TooLarge);
    }
    let Ok(format @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)) =
        image::guess_format(bytes)
    else {
        return Err(ImageError::UnsupportedType);
    };

    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(decode_limits());
    // The PNG decoder checks the side limits while reading the header, before
    // it has told anyone the dimensions; the other decoders check them here too.
    let mut decoder = reader.into_decoder().map_err(|error| match error {
        image::ImageError::Limits(_) => {
            let (width, height) = claimed_dimensions(bytes, format);
            ImageError::DimensionsTooLarge { width, height }
        }
        other => decode_error(other),
    })?;
    let (width, height) = decoder.dimensions();
    let too_large = ImageError::DimensionsTooLarge { width, height };
    if width > MAX_DECODE_SIDE || height > MAX_DECODE_SIDE {
        return Err(too_large);
    }
    // Side limits alone let through 10000 x 10000 x 16-bit RGBA: cap the buffer too.
    let mut limits = decode_limits();
    if limits.reserve(decoder.total_bytes()).is_err() {
        return Err(too_large);
    }
    decoder.set_limits(limits).map_err(|_| too_large)?;
    // A broken EXIF block is no reason to refuse a photo: it just stays as shot.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);

    let decoded = DynamicImage::from_decoder(decoder).map_err(|error| match error {
        image::ImageError::Limits(_) => ImageError::DimensionsTooLarge { width, height },
        other => decode_error(other),
    })?;
    if decoded.width() == 0 || decoded.height() == 0 {
        return Err(ImageError::Invalid("the image has no pixels".to_owned()));
    }

    // Scaling first and rotating the smaller result gives the same picture as
    // rotating first, for a fraction of the work: rotation keeps the longest side.
    let full = orient(
        shrink_to_fit(flatten_onto_white(decoded), MAX_IMAGE_SIDE),
        orientation,
    );
    let thumb = match fit_within(full.width(), full.height(), THUMB_SIDE) {
        (width, height) if (width, height) != full.dimensions() => {
            area_average(&full, width, height)
        }
        _ => full.clone(),
    };

    let full_jpeg = encode_jpeg(&full, FULL_QUALITY)?;
    let thumb_jpeg = encode_jpeg(&thumb, THUMB_QUALITY)?;
    let hash = hex_sha256(&full_jpeg);
    tracing::debug!(
        %hash,
        ?format,
        source_width = width,
        source_height = height,
        width = full.width(),
        height = full.height(),
        full_bytes = full_jpeg.len(),
        thumb_bytes = thumb_jpeg.len(),
        "processed an upload"
    );
    Ok(ProcessedImage {
        hash,
        full: full_jpeg,
        thumb: thumb_jpeg,
        width: full.width(),
        height: full.height(),
    })
}

/// The decoder limits every upload is held to.
fn decode_limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    limits
}

/// The dimensions a file claims, for the message about an image refused for its size.
fn claimed_dimensions(bytes: &[u8], format: ImageFormat) -> (u32, u32) {
    // A PNG's IHDR chunk sits at a fixed offset; its decoder has checked it.
    if format == ImageFormat::Png && bytes.get(12..16) == Some(b"IHDR".as_slice()) {
        let side = |at: usize| {
            u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        if bytes.len() >= 24 {
            return (side(16), side(20));
        }
    }
    // The other decoders read only the header before telling their size.
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    reader.into_dimensions().unwrap_or((0, 0))
}

/// A decoder failure other than a limit: the file is a PNG, JPEG or WebP by
/// its magic number but cannot be read (truncated, corrupt, or a variant the
/// decoder does not know), which the uploader fixes by choosing another file.
fn decode_error(error: image::ImageError) -> ImageError {
    ImageError::Invalid(error.to_string())
}

/// 8-bit RGB with any transparency composited onto white, as a JPEG must be.
fn flatten_onto_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let mut rgb = RgbImage::new(width, height);
    for (out, pixel) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = pixel.0;
        let a = u32::from(a);
        let over_white = |c: u8| ((u32::from(c) * a + 255 * (255 - a) + 127) / 255) as u8;
        out.0 = [over_white(r), over_white(g), over_white(b)];
    }
    rgb
}

/// The size that fits `width` x `height` within `max_side`, never larger than it is.
fn fit_within(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= max_side {
        return (width, height);
    }
    let scale = |side: u32| {
        let scaled =
            (u64::from(side) * u64::from(max_side) + u64::from(longest) / 2) / u64::from(longest);
        (scaled as u32).max(1)
    };
    (scale(width), scale(height))
}

/// The image scaled down so its longest side is at most `max_side`; never scaled up.
fn shrink_to_fit(image: RgbImage, max_side: u32) -> RgbImage {
    let (width, height) = fit_within(image.width(), image.height(), max_side);
    if (width, height) == image.dimensions() {
        return image;
    }
    area_average(&image, width, height)
}

/// Fixed-point scale of the resampling weights.
const WEIGHT_ONE: u32 = 1 << 14;

/// For each output pixel along one axis, the first source pixel it covers and
/// the share of each source pixel it covers, summing to `WEIGHT_ONE`.
fn area_weights(source: u32, target: u32) -> Vec<(usize, Vec<u32>)> {
    let scale = f64::from(source) / f64::from(target);
    (0..target)
        .map(|out| {
            let start = f64::from(out) * scale;
            let end = (start + scale).min(f64::from(source));
            let first = start.floor() as usize;
            let last = (end.ceil() as usize).clamp(first + 1, source as usize);
            let mut weights: Vec<u32> = (first..last)
                .map(|i| {
                    let covered = end.min(i as f64 + 1.0) - start.max(i as f64);
                    (covered.max(0.0) / scale * f64::from(WEIGHT_ONE)).round() as u32
                })
                .collect();
            // Rounding may leave the sum a little off one: settle it on the largest share.
            let sum: u32 = weights.iter().sum();
            if let Some(largest) = weights.iter_mut().max() {
                *largest = (*largest + WEIGHT_ONE).saturating_sub(sum);
            }
            (first, weights)
        })
        .collect()
}

/// Shrinks by area averaging (a box filter over exactly the source area each
/// output pixel covers): sharp and alias-free for downscaling, and several
/// times faster than `imageops::thumbnail` or `resize` on a 12-megapixel photo.
/// Rows are reduced first, whole rows at a time, then columns.
fn area_average(image: &RgbImage, width: u32, height: u32) -> RgbImage {
    let (source_width, source_height) = image.dimensions();
    let row_len = source_width as usize * 3;
    let source = image.as_raw();
    let round = WEIGHT_ONE / 2;

    let mut rows = vec![0u8; row_len * height as usize];
    let mut sums = vec![0u32; row_len];
    for (out_row, (first, weights)) in rows
        .chunks_exact_mut(row_len)
        .zip(area_weights(source_height, height))
    {
        sums.fill(round);
        for (k, &weight) in weights.iter().enumerate() {
            let start = (first + k) * row_len;
            for (sum, &value) in sums.iter_mut().zip(&source[start..start + row_len]) {
                *sum += weight * u32::from(value);
            }
        }
        for (out, &sum) in out_row.iter_mut().zip(&sums) {
            *out = (sum / WEIGHT_ONE).min(255) as u8;
        }
    }

    let columns = area_weights(source_width, width);
    let mut output = Vec::with_capacity(width as usize * height as usize * 3);
    for row in rows.chunks_exact(row_len) {
        for (first, weights) in &columns {
            let mut pixel = [round; 3];
            for (k, &weight) in weights.iter().enumerate() {
                let at = (first + k) * 3;
                for (channel, value) in pixel.iter_mut().zip(&row[at..at + 3]) {
                    *channel += weight * u32::from(*value);
                }
            }
            output.extend(pixel.map(|sum| (sum / WEIGHT_ONE).min(255) as u8));
        }
    }
    RgbImage::from_raw(width, height, output).expect("the buffer holds width x height pixels")
}

/// The image turned as its EXIF orientation says, so phone photos stand upright.
fn orient(image: RgbImage, orientation: Orientation) -> RgbImage {
    if orientation == Orientation::NoTransforms {
        return image;
    }
    let mut dynamic = DynamicImage::ImageRgb8(image);
    dynamic.apply_orientation(orientation);
    dynamic.into_rgb8()
}

/// Baseline JPEG bytes with no metadata at all.
fn encode_jpeg(image: &RgbImage, quality: u8) -> Result<Vec<u8>, ImageError> {
    let failed = |error: String| ImageError::Invalid(format!("re-encoding failed: {error}"));
    let side = |pixels: u32| u16::try_from(pixels).map_err(|error| failed(error.to_string()));
    let mut bytes = Vec::with_capacity(image.as_raw().len() / 8);
    let mut encoder = jpeg_encoder::Encoder::new(&mut bytes, quality);
    // Tables made for this image's own symbols: about a fifth fewer bytes than the
    // standard tables for the same pixels (what `jpegtran -optimize` does).
    encoder.set_optimized_huffman_tables(true);
    // Colour at full resolution, as before: drawn designs have sharp colour edges.
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_4_4);
    encoder
        .encode(
            image.as_raw(),
            side(image.width())?,
            side(image.height())?,
            jpeg_encoder::ColorType::Rgb,
        )
        .map_err(|error| failed(error.to_string()))?;
    Ok(bytes)
}

/// Lowercase hex SHA-256.
fn hex_sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The file name of the full image with this hash.
pub fn full_file_name(hash: &str) -> String {
    format!("{hash}.jpg")
}

/// The file name of the thumbnail of the image with this hash.
pub fn thumb_file_name(hash: &str) -> String {
    format!("{hash}-thumb.jpg")
}

/// Whether `hash` is 64 lowercase hex digits, as `process_upload` makes them.
fn is_hash(hash: &str) -> bool {
    hash.len() == 64
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whether `file_name` is one the store writes: `{hash}.jpg` or `{hash}-thumb.jpg`.
pub fn is_stored_file_name(file_name: &str) -> bool {
    let Some(stem) = file_name.strip_suffix(".jpg") else {
        return false;
    };
    is_hash(stem.strip_suffix("-thumb").unwrap_or(stem))
}

/// Tells apart the temporary files of concurrent saves in one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A directory of content-addressed JPEGs: `{hash}.jpg` and `{hash}-thumb.jpg`.
#[derive(Debug, Clone)]
pub struct ImageStore {
    /// Where the files live.
    dir: PathBuf,
}

impl ImageStore {
    /// A store in `dir`, which is created if it does not exist.
    pub fn open(dir: impl Into<PathBuf>) -> io::Result<Self> {
        let dir = dir.into();
        fs::create_dir_all(&dir)?;
        Ok(ImageStore { dir })
    }

    /// Writes both files of `image`, each atomically; files already there are kept.
    ///
    /// The thumbnail is written first, so a full image on disk always has its
    /// thumbnail; when this returns, both have reached the disk.
    pub fn save(&self, image: &ProcessedImage) -> io::Result<()> {
        if !is_hash(&image.hash) {
            return Err(invalid_hash(&image.hash));
        }
        let thumb = self.write_once(&thumb_file_name(&image.hash), &image.thumb)?;
        let full = self.write_once(&full_file_name(&image.hash), &image.full)?;
        if thumb || full {
            sync_dir(&self.dir)?;
        }
        Ok(())
    }

    /// The path of a stored file, only for a well-formed name that exists.
    ///
    /// Anything else (another extension, uppercase hex, `..`) is `None`, so a
    /// name from a URL can never reach outside the store.
    pub fn path_of(&self, file_name: &str) -> Option<PathBuf> {
        if !is_stored_file_name(file_name) {
            return None;
        }
        let path = self.dir.join(file_name);
        path.is_file().then_some(path)
    }

    /// How many stored files there are (a full image and its thumbnail are two).
    pub fn count_files(&self) -> io::Result<i64> {
        let mut count = 0;
        for entry in fs::read_dir(&self.dir)? {
            let name = entry?.file_name();
            if name.to_str().is_some_and(is_stored_file_name) {
                count += 1;
            }
        }
        Ok(count)
    }

    /// Deletes both files of the image with this hash; missing files are fine.
    pub fn remove(&self, hash: &str) -> io::Result<()> {
        if !is_hash(hash) {
            return Err(invalid_hash(hash));
        }
        // Full first: the reverse of `save`, so a full image never lacks its thumbnail.
        for name in [full_file_name(hash), thumb_file_name(hash)] {
            match fs::remove_file(self.dir.join(name)) {
                Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
                _ => {}
            }
        }
        Ok(())
    }

    /// Writes `bytes` to `name` through a synced temporary file and a rename,
    /// unless `name` exists. Returns whether it wrote.
    fn write_once(&self, name: &str, bytes: &[u8]) -> io::Result<bool> {
        let path = self.dir.join(name);
        if path.is_file() {
            return Ok(false);
        }
        let temp = self.dir.join(format!(
            ".{name}.{}-{}.tmp",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let written = write_synced(&temp, bytes).and_then(|()| fs::rename(&temp, &path));
        if let Err(error) = written {
            let _ = fs::remove_file(&temp);
            return Err(error);
        }
        Ok(true)
    }
}

/// Creates `path` (which must not exist), writes `bytes` and syncs them to disk.
fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes renames in `dir` durable (a no-op where directories cannot be synced).
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = (dir, File::open);
    Ok(())
}

/// The error for a hash that `process_upload` could not have made.
fn invalid_hash(hash: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{hash:?} is not a lowercase hex SHA-256"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::codecs::jpeg::JpegEncoder;
    use image::codecs::webp::WebPEncoder;
    use image::{ImageEncoder, Rgb, Rgba, RgbaImage};

    /// A picture with detail, so encoders have something to chew on.
    fn sample_rgb(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            Rgb([
                (x % 256) as u8,
                (y % 256) as u8,
                ((x / 7 + y / 5) % 256) as u8,
            ])
        })
    }

    fn png_bytes(image: &DynamicImage) -> Vec<u8> {
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .unwrap();
        bytes
    }

    fn jpeg_bytes(image: &RgbImage, exif: Option<Vec<u8>>) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut encoder = JpegEncoder::new_with_quality(&mut bytes, 90);
        if let Some(exif) = exif {
            encoder.set_exif_metadata(exif).unwrap();
        }
        encoder.encode_image(image).unwrap();
        bytes
    }

    /// A little-endian TIFF block with an orientation tag and a fake GPS tag.
    fn exif_with_orientation(orientation: u16) -> Vec<u8> {
        let mut exif = b"II*\0".to_vec();
        exif.extend_from_slice(&8u32.to_le_bytes()); // first IFD right after the header
        exif.extend_from_slice(&2u16.to_le_bytes()); // two entries
        for (tag, kind, value) in [(0x0112u16, 3u16, u32::from(orientation)), (0x8825, 4, 0)] {
            exif.extend_from_slice(&tag.to_le_bytes());
            exif.extend_from_slice(&kind.to_le_bytes());
            exif.extend_from_slice(&1u32.to_le_bytes());
            exif.extend_from_slice(&value.to_le_bytes());
        }
        exif.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
        exif
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn png_chunk(kind: [u8; 4], data: &[u8]) -> Vec<u8> {
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(&kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
        chunk
    }

    /// A PNG whose valid header claims `width` x `height` RGBA pixels.
    fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]); // 8-bit RGBA, no interlace
        let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
        bytes.extend(png_chunk(*b"IHDR", &ihdr));
        // A tiny zlib stream of zeros: what a real bomb would start with.
        bytes.extend(png_chunk(
            *b"IDAT",
            &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        bytes.extend(png_chunk(*b"IEND", &[]));
        bytes
    }

    /// A stored JPEG as a browser reads it.
    fn decode(jpeg: &[u8]) -> DynamicImage {
        assert_eq!(image::guess_format(jpeg).unwrap(), ImageFormat::Jpeg);
        let mut decoder = jpeg_decoder::Decoder::new(jpeg);
        let pixels = decoder.decode().unwrap();
        let info = decoder.info().unwrap();
        assert_eq!(info.pixel_format, jpeg_decoder::PixelFormat::RGB24);
        let rgb = RgbImage::from_raw(info.width.into(), info.height.into(), pixels).unwrap();
        DynamicImage::ImageRgb8(rgb)
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_png_is_accepted_and_stored_as_jpeg() {
        let bytes = png_bytes(&DynamicImage::ImageRgb8(sample_rgb(640, 480)));
        let processed = process_upload(&bytes).unwrap();
        assert_eq!((processed.width, processed.height), (640, 480));
        assert_eq!(decode(&processed.full).width(), 640);
        assert_eq!(decode(&processed.thumb).width(), 480);
    }

    #[test]
    fn a_jpeg_is_accepted() {
        let processed = process_upload(&jpeg_bytes(&sample_rgb(300, 500), None)).unwrap();
        assert_eq!((processed.width, processed.height), (300, 500));
        assert_eq!(decode(&processed.thumb).height(), 480);
    }

    #[test]
    fn stored_jpegs_are_smaller_than_with_the_standard_tables() {
        let demo = cocrea_demo_art::demo_designs().into_iter().next().unwrap();
        let pixels = image::load_from_memory(&cocrea_demo_art::demo_image(0, &demo))
            .unwrap()
            .to_rgb8();
        let stored = encode_jpeg(&pixels, FULL_QUALITY).unwrap();
        let mut standard = Vec::new();
        JpegEncoder::new_with_quality(&mut standard, FULL_QUALITY)
            .encode_image(&pixels)
            .unwrap();
        assert!(
            stored.len() * 10 < standard.len() * 9,
            "{} bytes with tables of its own, {} with the standard ones",
            stored.len(),
            standard.len()
        );
        // As close to the picture as the standard encoding: the tables change the
        // bytes, not the pixels.
        let error = |jpeg: &[u8]| {
            let read = decode(jpeg).to_rgb8();
            let total: u64 = read
                .as_raw()
                .iter()
                .zip(pixels.as_raw())
                .map(|(a, b)| u64::from(a.abs_diff(*b)))
                .sum();
            total as f64 / pixels.as_raw().len() as f64
        };
        let (stored_error, standard_error) = (error(&stored), error(&standard));
        assert!(
            stored_error <= standard_error * 1.1 + 0.2,
            "{stored_error} vs {standard_error}"
        );
    }

    #[test]
    fn a_lossless_webp_is_accepted() {
        let image = sample_rgb(200, 150);
        let mut bytes = Vec::new();
        WebPEncoder::new_lossless(&mut bytes)
            .write_image(image.as_raw(), 200, 150, image::ExtendedColorType::Rgb8)
            .unwrap();
        assert_eq!(image::guess_format(&bytes).unwrap(), ImageFormat::WebP);
        let processed = process_upload(&bytes).unwrap();
        assert_eq!((processed.width, processed.height), (200, 150));
    }

    #[test]
    fn the_hash_is_the_lowercase_hex_sha256_of_the_full_jpeg() {
        let processed = process_upload(&jpeg_bytes(&sample_rgb(64, 64), None)).unwrap();
        assert!(is_hash(&processed.hash));
        assert_eq!(processed.hash, hex_sha256(&processed.full));
        assert_eq!(
            hex_sha256(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_same_upload_gets_the_same_hash() {
        let bytes = jpeg_bytes(&sample_rgb(120, 80), None);
        assert_eq!(
            process_upload(&bytes).unwrap().hash,
            process_upload(&bytes).unwrap().hash
        );
    }

    #[test]
    fn a_text_file_named_png_is_an_unsupported_type() {
        let text = b"name,likes\nsunset dress,12\n";
        assert!(matches!(
            process_upload(text),
            Err(ImageError::UnsupportedType)
        ));
    }

    #[test]
    fn an_empty_file_is_an_unsupported_type() {
        assert!(matches!(
            process_upload(&[]),
            Err(ImageError::UnsupportedType)
        ));
    }

    #[test]
    fn a_gif_is_an_unsupported_type() {
        let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";
        assert!(matches!(
            process_upload(gif),
            Err(ImageError::UnsupportedType)
        ));
    }

    #[test]
    fn a_truncated_png_is_invalid() {
        let bytes = png_bytes(&DynamicImage::ImageRgb8(sample_rgb(200, 200)));
        let truncated = &bytes[..bytes.len() / 2];
        assert!(matches!(
            process_upload(truncated),
            Err(ImageError::Invalid(_))
        ));
    }

    #[test]
    fn a_truncated_jpeg_is_invalid() {
        let bytes = jpeg_bytes(&sample_rgb(200, 200), None);
        let result = process_upload(&bytes[..40]);
        assert!(matches!(result, Err(ImageError::Invalid(_))), "{result:?}");
    }

    #[test]
    fn a_png_claiming_100000_pixels_a_side_is_refused_from_its_header() {
        let bomb = png_claiming(100_000, 100_000);
        let started = std::time::Instant::now();
        let result = process_upload(&bomb);
        assert!(
            matches!(
                result,
                Err(ImageError::DimensionsTooLarge {
                    width: 100_000,
                    height: 100_000
                })
            ),
            "{result:?}"
        );
        // Generous: it reads about 60 bytes; a decode would take minutes and 40 GB.
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn a_jpeg_wider_than_the_decode_limit_is_refused_with_its_size() {
        let bytes = jpeg_bytes(&sample_rgb(MAX_DECODE_SIDE + 1, 8), None);
        let result = process_upload(&bytes);
        assert!(
            matches!(
                result,
                Err(ImageError::DimensionsTooLarge { width, height: 8 }) if width == MAX_DECODE_SIDE + 1
            ),
            "{result:?}"
        );
    }

    #[test]
    fn an_image_within_the_sides_but_over_the_memory_cap_is_refused() {
        // 9000 x 9000 RGBA is 324 MB decoded, above MAX_DECODE_ALLOC.
        let result = process_upload(&png_claiming(9_000, 9_000));
        assert!(
            matches!(
                result,
                Err(ImageError::DimensionsTooLarge {
                    width: 9_000,
                    height: 9_000
                })
            ),
            "{result:?}"
        );
    }

    #[test]
    fn an_upload_over_10_mb_is_too_large() {
        let mut bytes = png_bytes(&DynamicImage::ImageRgb8(sample_rgb(8, 8)));
        bytes.resize(11 * 1024 * 1024, 0);
        assert!(matches!(process_upload(&bytes), Err(ImageError::TooLarge)));
    }

    #[test]
    fn a_wide_image_is_scaled_to_2048_and_its_thumb_to_480() {
        let bytes = jpeg_bytes(&sample_rgb(3000, 1000), None);
        let processed = process_upload(&bytes).unwrap();
        assert_eq!((processed.width, processed.height), (2048, 683));
        assert_eq!(decode(&processed.full).width(), 2048);
        let thumb = decode(&processed.thumb);
        assert_eq!((thumb.width(), thumb.height()), (480, 160));
    }

    #[test]
    fn a_small_image_is_not_upscaled() {
        let processed = process_upload(&jpeg_bytes(&sample_rgb(100, 60), None)).unwrap();
        assert_eq!((processed.width, processed.height), (100, 60));
        let thumb = decode(&processed.thumb);
        assert_eq!((thumb.width(), thumb.height()), (100, 60));
    }

    #[test]
    fn exif_is_dropped_and_its_orientation_applied() {
        // A landscape sensor image that EXIF says to turn 90 degrees clockwise,
        // as phones store portrait photos. Its left edge is red.
        let mut image = sample_rgb(300, 200);
        for y in 0..200 {
            for x in 0..30 {
                image.put_pixel(x, y, Rgb([255, 0, 0]));
            }
        }
        let bytes = jpeg_bytes(&image, Some(exif_with_orientation(6)));
        assert!(contains(&bytes, b"Exif\0\0"), "the test input carries EXIF");

        let processed = process_upload(&bytes).unwrap();
        assert_eq!((processed.width, processed.height), (200, 300));
        assert!(!contains(&processed.full, b"Exif"));
        assert!(!contains(&processed.thumb, b"Exif"));
        // Turned clockwise, the left edge is now the top edge.
        let full = decode(&processed.full).into_rgb8();
        let top = full.get_pixel(100, 5);
        assert!(top[0] > 200 && top[1] < 60 && top[2] < 60, "{top:?}");
    }

    #[test]
    fn transparency_is_flattened_onto_white() {
        let image = RgbaImage::from_pixel(40, 40, Rgba([0, 0, 0, 0]));
        let bytes = png_bytes(&DynamicImage::ImageRgba8(image));
        let processed = process_upload(&bytes).unwrap();
        let pixel = *decode(&processed.full).into_rgb8().get_pixel(20, 20);
        assert!(pixel.0.iter().all(|&c| c > 245), "{pixel:?}");
    }

    #[test]
    fn shrinking_averages_exactly_the_area_each_pixel_covers() {
        let source = RgbImage::from_fn(4, 2, |x, _| Rgb([(x * 60) as u8, 200, 7]));
        let half = area_average(&source, 2, 1);
        assert_eq!(half.get_pixel(0, 0).0, [30, 200, 7]);
        assert_eq!(half.get_pixel(1, 0).0, [150, 200, 7]);
        // A non-integer ratio keeps a flat colour flat.
        let flat = RgbImage::from_pixel(1001, 777, Rgb([13, 128, 250]));
        let small = area_average(&flat, 480, 373);
        assert!(small.pixels().all(|p| p.0 == [13, 128, 250]));
    }

    #[test]
    fn area_weights_cover_every_source_pixel_once() {
        for (source, target) in [(3000, 2048), (1001, 480), (7, 3), (2048, 2047)] {
            let weights = area_weights(source, target);
            let mut coverage = vec![0u64; source as usize];
            for (first, shares) in &weights {
                assert_eq!(shares.iter().sum::<u32>(), WEIGHT_ONE);
                for (k, &share) in shares.iter().enumerate() {
                    coverage[first + k] += u64::from(share);
                }
            }
            let expected = u64::from(WEIGHT_ONE) * u64::from(target) / u64::from(source);
            for total in coverage {
                assert!(
                    total.abs_diff(expected) <= 2 + u64::from(target / source),
                    "{total}"
                );
            }
        }
    }

    #[test]
    fn a_store_saves_finds_and_removes_both_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = ImageStore::open(dir.path().join("images")).unwrap();
        let processed = process_upload(&jpeg_bytes(&sample_rgb(64, 48), None)).unwrap();
        store.save(&processed).unwrap();
        store.save(&processed).unwrap(); // a second save of the same image is fine

        let full = store.path_of(&full_file_name(&processed.hash)).unwrap();
        let thumb = store.path_of(&thumb_file_name(&processed.hash)).unwrap();
        assert_eq!(fs::read(full).unwrap(), processed.full);
        assert_eq!(fs::read(thumb).unwrap(), processed.thumb);
        // Only the two files: no temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path().join("images")).unwrap().count(), 2);

        store.remove(&processed.hash).unwrap();
        assert_eq!(store.path_of(&full_file_name(&processed.hash)), None);
        assert_eq!(store.path_of(&thumb_file_name(&processed.hash)), None);
        store.remove(&processed.hash).unwrap(); // removing again is fine
    }

    #[test]
    fn a_store_refuses_names_it_does_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let store = ImageStore::open(dir.path()).unwrap();
        let hash = "a".repeat(64);
        fs::write(dir.path().join(full_file_name(&hash)), b"x").unwrap();
        fs::write(dir.path().join("abc.jpg"), b"x").unwrap();
        fs::write(dir.path().join("x"), b"x").unwrap();
        assert!(store.path_of(&full_file_name(&hash)).is_some());
        assert_eq!(store.path_of(&thumb_file_name(&hash)), None, "missing");
        for name in [
            "../x",
            "abc.jpg",
            "x",
            "",
            &format!("{}.jpg", "A".repeat(64)),
            &format!("{hash}.png"),
            &format!("{hash}.jpg/"),
            &format!("../{hash}.jpg"),
            &format!("{}.jpg", "a".repeat(63)),
        ] {
            assert_eq!(store.path_of(name), None, "{name:?}");
        }
        assert!(store.remove("../x").is_err());
    }

    #[test]
    fn image_errors_become_api_errors_about_the_image_field() {
        let cases = [
            (ImageError::TooLarge, ErrorCode::PayloadTooLarge, 413),
            (
                ImageError::UnsupportedType,
                ErrorCode::UnsupportedImageType,
                415,
            ),
            (
                ImageError::Invalid("eof".into()),
                ErrorCode::InvalidImage,
                422,
            ),
            (
                ImageError::DimensionsTooLarge {
                    width: 100_000,
                    height: 100_000,
                },
                ErrorCode::ImageDimensionsTooLarge,
                422,
            ),
        ];
        for (error, code, status) in cases {
            let api = ApiError::from(error);
            assert_eq!(api.error, code);
            assert_eq!(api.error.status(), status);
            assert_eq!(api.field.as_deref(), Some("image"));
            assert!(api.message.ends_with('.'), "{}", api.message);
        }
        let unsupported = ApiError::from(ImageError::UnsupportedType);
        assert_eq!(unsupported.message, "Choose a PNG, JPEG or WebP image.");
    }
}
