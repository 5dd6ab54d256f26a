//! Which language a visitor gets in the app: the address, the remembered choice, the
//! browser's languages. The languages themselves are `cocrea_api::lang`, shared with the
//! server's first paint.

pub use cocrea_api::lang::{negotiate, Lang};

/// The language to show: `?lang=` in the address wins, then the remembered choice,
/// then the browser's languages.
pub fn choose_language<S: AsRef<str>>(
    from_url: Option<&str>,
    remembered: Option<&str>,
    browser: &[S],
) -> Lang {
    from_url
        .and_then(Lang::from_tag)
        .or_else(|| remembered.and_then(Lang::from_tag))
        .unwrap_or_else(|| negotiate(browser))
}

/// The value of `lang` in a query string (`?sort=new&lang=es`), if there is one.
pub fn lang_in_query(search: &str) -> Option<&str> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// The query string with `lang` set to `tag` where it is already present, for
/// rewriting the address when someone switches language (`?lang=` would win again on
/// reload otherwise); `None` when the address has no `lang`.
pub fn query_with_lang(search: &str, tag: &str) -> Option<String> {
    lang_in_query(search)?;
    let pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .map(|pair| {
            if pair.starts_with("lang=") {
                format!("lang={tag}")
            } else {
                pair.to_owned()
            }
        })
        .collect();
    Some(format!("?{}", pairs.join("&")))
}
