//! The other languages' words: English is built into the app; Spanish, Portuguese and
//! Italian are loaded from `/locales/LANG-HASH.txt` (written by build.rs) the first time
//! someone needs them, so a shopper's first download carries one language only. Each
//! language has two tables: the shoppers' messages, and the administration's
//! (`LANG-staff-HASH.txt`), which only the staff bundle loads.

use std::cell::RefCell;

use gloo_net::http::Request;

use super::codec::MESSAGE_SEPARATOR;
use super::msg::{MESSAGE_COUNT, SHOP_MESSAGE_COUNT, TABLE_FILES};
use super::Lang;

thread_local! {
    // Loaded once per page and kept: a few kilobytes per language.
    static TABLES: RefCell<[Option<&'static [&'static str]>; 4]> = const { RefCell::new([None; 4]) };
}

/// The pattern of message `index` in `lang`, once `lang`'s table is loaded.
pub fn pattern(lang: Lang, index: usize) -> Option<&'static str> {
    TABLES.with(|tables| tables.borrow()[lang.index()].and_then(|table| table.get(index).copied()))
}

/// Whether `lang`'s words are here (English always is).
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::En || TABLES.with(|tables| tables.borrow()[lang.index()].is_some())
}

/// Keeps `table` (what build.rs wrote: the shoppers' messages, or all of them) as
/// `lang`'s words; refuses a table of another length (a file from another version of
/// the app).
pub fn install(lang: Lang, table: String) -> Result<(), String> {
    let count = table.split(MESSAGE_SEPARATOR).count();
    if count != MESSAGE_COUNT && count != SHOP_MESSAGE_COUNT {
        return Err(format!(
            "the {} table has {count} messages, the app {MESSAGE_COUNT}",
            lang.tag()
        ));
    }
    // Kept for the page's life: leaking gives every pattern a 'static lifetime.
    let table: &'static str = Box::leak(table.into_boxed_str());
    let patterns: &'static [&'static str] = Box::leak(
        table
            .split(MESSAGE_SEPARATOR)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    TABLES.with(|tables| tables.borrow_mut()[lang.index()] = Some(patterns));
    Ok(())
}

/// Loads `lang`'s words from the server unless they are here already.
pub async fn load(lang: Lang) -> Result<(), String> {
    if is_loaded(lang) {
        return Ok(());
    }
    let mut table = fetch(TABLE_FILES[lang.index()]).await?;
    // The staff bundle also speaks the administration's words.
    if crate::bundle::IS_STAFF && SHOP_MESSAGE_COUNT < MESSAGE_COUNT {
        let staff = fetch(super::msg::STAFF_TABLE_FILES[lang.index()]).await?;
        table.push(MESSAGE_SEPARATOR);
        table.push_str(&staff);
    }
    install(lang, table)
}

/// One table file's text.
async fn fetch(url: &str) -> Result<String, String> {
    let response = Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url} answered {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}
