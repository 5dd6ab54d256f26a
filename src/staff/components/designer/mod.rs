//! The designers' pieces: the submit form, its image picker, the review note on their page.

pub mod image_picker;
pub mod review_note;
pub mod submit_form;

pub use image_picker::ImagePicker;
pub use review_note::ReviewNote;
pub use submit_form::SubmitForm;
