//! Signing up and in: the forms, the password field and the sign-in gate.

pub mod login_form;
pub mod password_field;
pub mod require_sign_in;
pub mod signup_form;

pub use login_form::LoginForm;
pub use password_field::PasswordField;
pub use require_sign_in::RequireSignIn;
pub use signup_form::SignupForm;
