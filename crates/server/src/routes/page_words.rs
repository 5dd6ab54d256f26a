//! The app's words that the server's first paints show before the app runs (the
//! gallery's heading and controls), in the visitor's language: read from the app's own
//! `locales/*.ftl` at build time, so they are never typed twice.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::HeaderMap;
use cocrea_api::lang::{from_accept_language, Lang};

/// Each language's messages file, in [`Lang::ALL`]'s order.
const LOCALES: [&str; 4] = [
    include_str!("../../../../locales/en.ftl"),
    include_str!("../../../../locales/es.ftl"),
    include_str!("../../../../locales/pt-BR.ftl"),
    include_str!("../../../../locales/it.ftl"),
];

/// Every language's one-line messages by id, in [`Lang::index`] order.
static MESSAGES: LazyLock<Vec<HashMap<&'static str, &'static str>>> =
    LazyLock::new(|| LOCALES.iter().map(|file| one_line_messages(file)).collect());

/// The messages of an `.ftl` file written on one line each (`id = text`); comments,
/// attributes and the lines that continue a longer message are skipped.
fn one_line_messages(file: &'static str) -> HashMap<&'static str, &'static str> {
    file.lines()
        .filter(|line| !line.starts_with([' ', '\t', '#', '.']))
        .filter_map(|line| {
            let (id, text) = line.split_once(" = ")?;
            Some((id.trim(), text.trim()))
        })
        .collect()
}

/// The language a request's visitor reads: her browser's `Accept-Language` (the app
/// goes by the same list when she has chosen none).
pub fn visitor_language(headers: &HeaderMap) -> Lang {
    headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map_or(Lang::En, from_accept_language)
}

/// The message `id` in `lang`, else in English (the app's fallback too); empty for an
/// id no file has on one line.
pub fn word(lang: Lang, id: &str) -> &'static str {
    MESSAGES[lang.index()]
        .get(id)
        .or_else(|| MESSAGES[Lang::En.index()].get(id))
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_come_from_the_apps_files_with_english_as_the_fallback() {
        assert_eq!(word(Lang::En, "sort-label"), "Sort by");
        assert_eq!(word(Lang::Es, "sort-label"), "Ordenar por");
        assert_eq!(word(Lang::It, "no-such-message"), "");
        for lang in Lang::ALL {
            assert!(!word(lang, "gallery-heading").is_empty(), "{lang:?}");
        }
        let mut headers = HeaderMap::new();
        assert_eq!(visitor_language(&headers), Lang::En);
        headers.insert(ACCEPT_LANGUAGE, "pt-BR,pt;q=0.9".parse().unwrap());
        assert_eq!(visitor_language(&headers), Lang::PtBr);
    }
}
