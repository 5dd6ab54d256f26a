//! One constant per message of `locales/en.ftl`, named after its id
//! (`gallery-heading` is [`GALLERY_HEADING`]): a misspelt id does not compile.
//!
//! build.rs writes them from every `locales/*.ftl`; each holds the message's pattern in
//! every language. Messages the app never uses are left out of the `.wasm` by the linker.

use super::pattern::Msg;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
