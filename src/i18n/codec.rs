//! The compact form of translations, written by build.rs and read by the app: the
//! one definition of it. build.rs includes this file (`#[path]`), so both sides agree
//! by construction; it uses nothing but `core` and `alloc`'s `String`.
//!
//! A pattern is its text with variables and select expressions marked by control
//! characters (no translation contains any: build.rs refuses them):
//!
//! - `\u{1}name\u{2}`: the variable `$name`;
//! - `\u{3}name` then `\u{4}key\u{5}value` for each variant (`*key` for the default),
//!   then `\u{6}`: `{ $name -> [key] value *[key] value }`; values may hold more of both.
//!
//! A table is one language's patterns in `en.ftl`'s order, [`MESSAGE_SEPARATOR`] between
//! them.

// Each side uses its half: build.rs the writing, the app the reading.
#![allow(dead_code)]

/// Between the messages of a language's table.
pub const MESSAGE_SEPARATOR: char = '\u{1e}';
/// Opens a variable's name.
pub const VAR: char = '\u{1}';
/// Closes a variable's name.
pub const VAR_END: char = '\u{2}';
/// Opens a select expression, followed by the selector variable's name.
pub const SELECT: char = '\u{3}';
/// Opens a variant: its key, [`KEY_END`], its value.
pub const VARIANT: char = '\u{4}';
/// Ends a variant's key.
pub const KEY_END: char = '\u{5}';
/// Closes a select expression.
pub const SELECT_END: char = '\u{6}';
/// Before the key of the default variant.
pub const DEFAULT_KEY: char = '*';

/// Writes the variable `$name`.
pub fn push_var(out: &mut String, name: &str) {
    out.push(VAR);
    out.push_str(name);
    out.push(VAR_END);
}

/// Opens a select expression on `$var`; its variants follow, then [`push_select_end`].
pub fn push_select(out: &mut String, var: &str) {
    out.push(SELECT);
    out.push_str(var);
}

/// Opens the variant `key` (the default when `is_default`); its value follows.
pub fn push_variant(out: &mut String, key: &str, is_default: bool) {
    out.push(VARIANT);
    if is_default {
        out.push(DEFAULT_KEY);
    }
    out.push_str(key);
    out.push(KEY_END);
}

/// Closes the select expression opened last.
pub fn push_select_end(out: &mut String) {
    out.push(SELECT_END);
}
