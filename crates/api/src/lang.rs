//! The languages cocrea speaks (the app's words, and the server's first paint of
//! the gallery), and which one a visitor gets.

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

/// The language a request's `Accept-Language` header asks for: its tags by their
/// weight (`q`, 1 when absent; ties keep the header's order), then [`negotiate`].
/// Tags of weight 0 are refused and skipped.
pub fn from_accept_language(header: &str) -> Lang {
    let mut tags: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let weight = pieces
                .find_map(|piece| piece.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && weight > 0.0).then_some((weight, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0));
    let tags: Vec<&str> = tags.into_iter().map(|(_, tag)| tag).collect();
    negotiate(&tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_heaviest_language_spoken() {
        assert_eq!(from_accept_language("es-ES,es;q=0.9,en;q=0.8"), Lang::Es);
        assert_eq!(
            from_accept_language("de-DE,de;q=0.9,pt;q=0.8,en;q=0.7"),
            Lang::PtBr
        );
        assert_eq!(from_accept_language("en;q=0.5, it"), Lang::It);
        assert_eq!(from_accept_language("it;q=0, es;q=0.2"), Lang::Es);
        assert_eq!(from_accept_language(""), Lang::En);
        assert_eq!(from_accept_language("fr, de;q=bad"), Lang::En);
    }
}
