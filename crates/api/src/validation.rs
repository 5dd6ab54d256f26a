//! The rules a new design (its words, category and image) and a new account (name,
//! email and password) must meet, checked by the browser before sending and by the
//! server before storing.

use crate::limits::{ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES};
use crate::{ApiError, Category, ErrorCode, SignupRequest};

/// Shortest title, in characters.
pub const TITLE_MIN: usize = 3;
/// Longest title, in characters.
pub const TITLE_MAX: usize = 80;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 2000;
/// Shortest display name, in characters.
pub const NAME_MIN: usize = 2;
/// Longest display name, in characters.
pub const NAME_MAX: usize = 40;
/// Shortest password, in characters.
pub const PASSWORD_MIN: usize = 8;
/// Longest password, in characters.
pub const PASSWORD_MAX: usize = 128;
/// Longest email address, in characters (RFC 5321's path limit).
pub const EMAIL_MAX: usize = 254;

/// Some of the most used passwords, one per line (only those of at least
/// [`PASSWORD_MIN`] characters matter: shorter ones fail the length rule).
const COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// The text fields of a new design, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewDesignText {
    /// The title field.
    pub title: String,
    /// The description field.
    pub description: String,
    /// The category field: a slug.
    pub category: String,
}

/// The text fields of a new design once they meet every rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidDesignText {
    /// The trimmed title.
    pub title: String,
    /// The trimmed description.
    pub description: String,
    /// The category.
    pub category: Category,
}

impl NewDesignText {
    /// Checks every rule; on failure, one error per field at fault, in form order.
    pub fn validate(&self) -> Result<ValidDesignText, Vec<ApiError>> {
        let mut errors = Vec::new();
        let title = check_length("title", "Title", &self.title, TITLE_MIN, TITLE_MAX);
        let description = check_length(
            "description",
            "Description",
            &self.description,
            0,
            DESCRIPTION_MAX,
        );
        let category = validate_category(&self.category);
        let title = title.map_err(|e| errors.push(e)).ok();
        let description = description.map_err(|e| errors.push(e)).ok();
        let category = category.map_err(|e| errors.push(e)).ok();
        match (title, description, category) {
            (Some(title), Some(description), Some(category)) => Ok(ValidDesignText {
                title,
                description,
                category,
            }),
            _ => Err(errors),
        }
    }
}

/// A sign-up once it meets every rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidSignup {
    /// The trimmed display name.
    pub name: String,
    /// The trimmed, lower-cased email.
    pub email: String,
    /// The password, exactly as typed.
    pub password: String,
}

impl SignupRequest {
    /// Checks every rule; on failure, one error per field at fault, in form order.
    pub fn validate(&self) -> Result<ValidSignup, Vec<ApiError>> {
        let name = check_length("name", "Your name", &self.name, NAME_MIN, NAME_MAX);
        let email = validate_email(&self.email);
        let password = validate_password(&self.password);
        match (name, email, password) {
            (Ok(name), Ok(email), Ok(())) => Ok(ValidSignup {
                name,
                email,
                password: self.password.clone(),
            }),
            (name, email, password) => Err([name.err(), email.err(), password.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }
}

/// An email as accounts store and look it up: trimmed, ASCII lower-cased.
///
/// ASCII folding: domains are ASCII (IDNs travel as punycode), and Unicode
/// case tables would weigh on the browser app.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_ascii_lowercase()
}

/// The email, normalized, if it looks like an address.
pub fn validate_email(email: &str) -> Result<String, ApiError> {
    let email = normalize_email(email);
    if email.is_empty() {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            "email",
            "Email is required.",
        ));
    }
    let looks_right = email.chars().count() <= EMAIL_MAX
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if looks_right {
        Ok(email)
    } else {
        Err(ApiError::field(
            ErrorCode::InvalidEmail,
            "email",
            "Enter an email address like name@example.com.",
        ))
    }
}

/// Checks a new password: 8 to 128 characters and not one of the most common.
pub fn validate_password(password: &str) -> Result<(), ApiError> {
    let length = password.chars().count();
    if length < PASSWORD_MIN {
        return Err(ApiError::field(
            ErrorCode::TooShort,
            "password",
            format!("Choose a password of at least {PASSWORD_MIN} characters."),
        ));
    }
    if length > PASSWORD_MAX {
        return Err(ApiError::field(
            ErrorCode::TooLong,
            "password",
            format!("Choose a password of at most {PASSWORD_MAX} characters."),
        ));
    }
    let lowered = password.to_ascii_lowercase();
    if COMMON_PASSWORDS.lines().any(|common| common == lowered) {
        return Err(ApiError::field(
            ErrorCode::CommonPassword,
            "password",
            "This password is too common and easy to guess. Choose another.",
        ));
    }
    Ok(())
}

/// The category with this slug, or the error to show beside the category field.
pub fn validate_category(slug: &str) -> Result<Category, ApiError> {
    let slug = slug.trim();
    if slug.is_empty() {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            "category",
            "Choose a category.",
        ));
    }
    Category::from_slug(slug).ok_or_else(|| {
        ApiError::field(
            ErrorCode::UnknownCategory,
            "category",
            "Choose one of the listed categories.",
        )
    })
}

/// Checks a file the browser is about to send: its size and declared type.
///
/// The server checks the bytes themselves; this only saves a doomed upload.
pub fn validate_image_file(size_bytes: u64, mime_type: &str) -> Result<(), ApiError> {
    if size_bytes == 0 {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            "image",
            "Choose an image of your design.",
        ));
    }
    if size_bytes > MAX_UPLOAD_BYTES as u64 {
        return Err(ApiError::field(
            ErrorCode::PayloadTooLarge,
            "image",
            "The image is larger than 10 MB. Choose a smaller one.",
        ));
    }
    if !mime_type.is_empty() && !ACCEPTED_IMAGE_TYPES.contains(&mime_type) {
        return Err(ApiError::field(
            ErrorCode::UnsupportedImageType,
            "image",
            "Choose a PNG, JPEG or WebP image.",
        ));
    }
    Ok(())
}

/// Checks an image's size in pixels: at least `min_short_side` on its short side
/// (`limits::MIN_IMAGE_SHORT_SIDE` in the app; the server's setting on the server).
pub fn validate_image_pixels(width: u32, height: u32, min_short_side: u32) -> Result<(), ApiError> {
    if width.min(height) < min_short_side {
        return Err(ApiError::field(
            ErrorCode::ImageTooSmall,
            "image",
            format!(
                "The image is {width} x {height} pixels; it needs at least {min_short_side} pixels on its short side."
            ),
        ));
    }
    Ok(())
}

/// Trims `value` and checks its length in characters against `min..=max`.
fn check_length(
    field: &str,
    label: &str,
    value: &str,
    min: usize,
    max: usize,
) -> Result<String, ApiError> {
    let trimmed = value.trim();
    let length = trimmed.chars().count();
    if length == 0 && min > 0 {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            field,
            format!("{label} is required."),
        ));
    }
    if length < min {
        return Err(ApiError::field(
            ErrorCode::TooShort,
            field,
            format!("{label} needs at least {min} characters."),
        ));
    }
    if length > max {
        return Err(ApiError::field(
            ErrorCode::TooLong,
            field,
            format!("{label} can have at most {max} characters ({length} now)."),
        ));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> NewDesignText {
        NewDesignText {
            title: "  Sunset wrap dress ".into(),
            description: "Linen, knee length.".into(),
            category: "dresses".into(),
        }
    }

    #[test]
    fn a_valid_design_is_accepted_and_trimmed() {
        let ok = valid().validate().unwrap();
        assert_eq!(ok.title, "Sunset wrap dress");
        assert_eq!(ok.category, Category::Dresses);
    }

    #[test]
    fn a_two_character_title_is_too_short() {
        let errors = NewDesignText {
            title: "ab".into(),
            ..valid()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].error, ErrorCode::TooShort);
        assert_eq!(errors[0].field.as_deref(), Some("title"));
    }

    #[test]
    fn titles_are_counted_in_characters_not_bytes() {
        let title = "é".repeat(TITLE_MAX);
        assert!(NewDesignText { title, ..valid() }.validate().is_ok());
        let title = "é".repeat(TITLE_MAX + 1);
        let errors = NewDesignText { title, ..valid() }.validate().unwrap_err();
        assert_eq!(errors[0].error, ErrorCode::TooLong);
    }

    #[test]
    fn a_blank_title_is_missing() {
        let errors = NewDesignText {
            title: "   ".into(),
            ..valid()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors[0].error, ErrorCode::MissingField);
    }

    #[test]
    fn an_overlong_description_is_refused() {
        let errors = NewDesignText {
            description: "x".repeat(DESCRIPTION_MAX + 1),
            ..valid()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors[0].field.as_deref(), Some("description"));
        assert_eq!(errors[0].error, ErrorCode::TooLong);
    }

    #[test]
    fn an_empty_description_is_fine() {
        assert!(NewDesignText {
            description: String::new(),
            ..valid()
        }
        .validate()
        .is_ok());
    }

    #[test]
    fn an_unknown_category_is_refused() {
        let errors = NewDesignText {
            category: "hats".into(),
            ..valid()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors[0].error, ErrorCode::UnknownCategory);
    }

    #[test]
    fn every_field_at_fault_is_reported_in_form_order() {
        let errors = NewDesignText::default().validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.clone().unwrap()).collect();
        assert_eq!(fields, ["title", "category"]);
    }

    #[test]
    fn image_files_are_checked_for_size_and_type() {
        assert!(validate_image_file(1000, "image/png").is_ok());
        assert!(validate_image_file(1000, "").is_ok());
        assert_eq!(
            validate_image_file(11 * 1024 * 1024, "image/png")
                .unwrap_err()
                .error,
            ErrorCode::PayloadTooLarge
        );
        assert_eq!(
            validate_image_file(1000, "text/plain").unwrap_err().error,
            ErrorCode::UnsupportedImageType
        );
        assert_eq!(
            validate_image_file(0, "image/png").unwrap_err().error,
            ErrorCode::MissingField
        );
    }

    fn signup() -> SignupRequest {
        SignupRequest {
            name: " Bea ".into(),
            email: " Bea@Example.COM ".into(),
            password: "linen-and-wool-2026".into(),
        }
    }

    #[test]
    fn a_valid_signup_is_trimmed_and_its_email_lower_cased() {
        let ok = signup().validate().unwrap();
        assert_eq!(ok.name, "Bea");
        assert_eq!(ok.email, "bea@example.com");
    }

    #[test]
    fn passwords_must_be_8_to_128_characters() {
        for (password, code) in [
            ("short", ErrorCode::TooShort),
            (&"x".repeat(129)[..], ErrorCode::TooLong),
        ] {
            let errors = SignupRequest {
                password: password.into(),
                ..signup()
            }
            .validate()
            .unwrap_err();
            assert_eq!(errors[0].error, code);
            assert_eq!(errors[0].field.as_deref(), Some("password"));
        }
    }

    #[test]
    fn a_common_password_is_refused_whatever_its_case() {
        for password in ["password123", "PassWord123", "qwertyuiop", "iloveyou"] {
            assert_eq!(
                validate_password(password).unwrap_err().error,
                ErrorCode::CommonPassword,
                "{password}"
            );
        }
    }

    #[test]
    fn emails_must_look_like_addresses() {
        for bad in [
            "",
            "bea",
            "bea@",
            "@example.com",
            "bea@example",
            "be a@example.com",
            "a@b@c.com",
        ] {
            assert!(validate_email(bad).is_err(), "{bad:?}");
        }
        assert_eq!(validate_email("x@y.es").unwrap(), "x@y.es");
    }

    #[test]
    fn every_signup_field_at_fault_is_reported() {
        let errors = SignupRequest::default().validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.clone().unwrap()).collect();
        assert_eq!(fields, ["name", "email", "password"]);
    }
}
