//! The languages the app speaks, and which one a visitor gets.

/// A language the app is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English: the reference language, and the fallback.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Portuguese as spoken in Brazil.
    PtBr,
    /// Italian.
    It,
}

impl Lang {
    /// Every language, in the order of the locale files (and of the header's menu).
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::PtBr, Lang::It];

    /// The BCP 47 tag: `<html lang>`, `?lang=`, the remembered choice and Intl's locale.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::It => "it",
        }
    }

    /// The language's name in itself, as the language menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::It => "Italiano",
        }
    }

    /// Two letters for the closed language menu, where a phone has little room.
    pub fn short_name(self) -> &'static str {
        match self {
            Lang::En => "EN",
            Lang::Es => "ES",
            Lang::PtBr => "PT",
            Lang::It => "IT",
        }
    }

    /// The character between whole and decimal digits ("2.4 MB", "2,4 MB").
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Es | Lang::PtBr | Lang::It => ',',
        }
    }

    /// The position of this language's pattern in every message.
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
            Lang::PtBr => 2,
            Lang::It => 3,
        }
    }

    /// The language a tag asks for, by its primary subtag: `es-MX` and `es` are Spanish,
    /// `pt-PT` and `pt` are served Brazilian Portuguese; `None` for languages the app
    /// does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::PtBr),
            "it" => Some(Lang::It),
            _ => None,
        }
    }
}

/// The first of the browser's languages (most wanted first) that the app speaks,
/// else English.
pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
    preferred
        .iter()
        .find_map(|tag| Lang::from_tag(tag.as_ref()))
        .unwrap_or_default()
}

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
