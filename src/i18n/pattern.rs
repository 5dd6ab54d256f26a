//! Messages as build.rs writes them, and how a pattern becomes text.
//!
//! A message holds its English pattern and its position in the other languages'
//! tables (see [`super::tables`]). A pattern is in the compact form of
//! [`super::codec`], which build.rs writes with the same definitions.
//!
//! This part knows nothing of the browser: the language's plural rules and number
//! format come in through [`LanguageRules`], so tests can give their own.

use super::codec::{DEFAULT_KEY, KEY_END, SELECT, SELECT_END, VAR, VARIANT, VAR_END};
use super::Lang;

/// One message: each constant in [`super::msg`] is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    english: &'static str,
    index: u16,
}

impl Msg {
    /// The message whose English pattern is `english`, at `index` in every table.
    pub(crate) const fn new(english: &'static str, index: u16) -> Msg {
        Msg { english, index }
    }

    /// The message's pattern in `lang`; English while `lang`'s table is not loaded.
    pub fn pattern(self, lang: Lang) -> &'static str {
        if lang == Lang::En {
            return self.english;
        }
        super::tables::pattern(lang, usize::from(self.index)).unwrap_or(self.english)
    }
}

/// A variable's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// A count: formatted for the language, and chooses plural variants.
    Num(i64),
    /// Words, shown as they are (a name, a title, another sentence).
    Str(&'a str),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(words: &'a str) -> Self {
        Arg::Str(words)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(words: &'a String) -> Self {
        Arg::Str(words)
    }
}

/// What evaluating a pattern needs to know about a language.
pub trait LanguageRules {
    /// The plural category of `n`: "zero", "one", "two", "few", "many" or "other".
    fn plural_category(&self, n: i64) -> String;
    /// `n` as the language writes it ("1,234", "1.234").
    fn format_number(&self, n: i64) -> String;
}

/// The text of `pattern` with `args` put in; a missing variable shows as `{$name}`.
pub fn render(pattern: &str, args: &[(&str, Arg)], rules: &dyn LanguageRules) -> String {
    let mut out = String::new();
    render_into(&mut out, pattern, args, rules);
    out
}

fn render_into(out: &mut String, pattern: &str, args: &[(&str, Arg)], rules: &dyn LanguageRules) {
    let mut rest = pattern;
    while let Some(start) = rest.find([VAR, SELECT]) {
        out.push_str(&rest[..start]);
        let marked = &rest[start + 1..];
        if rest[start..].starts_with(VAR) {
            let (name, after) = marked.split_once(VAR_END).unwrap_or((marked, ""));
            match find(args, name) {
                Some(Arg::Num(n)) => out.push_str(&rules.format_number(n)),
                Some(Arg::Str(words)) => out.push_str(words),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            }
            rest = after;
        } else {
            let (body, after) = until_select_end(marked);
            let (name, variants) = body.split_once(VARIANT).unwrap_or((body, ""));
            let chosen = choose(variants, find(args, name), rules);
            render_into(out, chosen, args, rules);
            rest = after;
        }
    }
    out.push_str(rest);
}

/// The select expression's body (up to its own end, past any nested one) and what follows.
fn until_select_end(text: &str) -> (&str, &str) {
    let mut depth = 0usize;
    for (index, c) in text.char_indices() {
        match c {
            SELECT => depth += 1,
            SELECT_END if depth == 0 => return (&text[..index], &text[index + 1..]),
            SELECT_END => depth -= 1,
            _ => {}
        }
    }
    (text, "")
}

/// The variants of a select body, `(key, value, is_default)`, nested selects kept whole.
fn variants(body: &str) -> impl Iterator<Item = (&str, &str, bool)> {
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, c) in body.char_indices() {
        match c {
            SELECT => depth += 1,
            SELECT_END => depth = depth.saturating_sub(1),
            VARIANT if depth == 0 => {
                pieces.push(&body[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    pieces.push(&body[start..]);
    pieces.into_iter().map(|variant| {
        let (key, value) = variant.split_once(KEY_END).unwrap_or((variant, ""));
        match key.strip_prefix(DEFAULT_KEY) {
            Some(key) => (key, value, true),
            None => (key, value, false),
        }
    })
}

/// The variant a value chooses: an exact number first, then the plural category (for
/// numbers) or the same word (for text), else the default.
pub fn choose<'p>(body: &'p str, value: Option<Arg>, rules: &dyn LanguageRules) -> &'p str {
    let wanted = |key: &str| {
        variants(body)
            .find(|(k, _, _)| *k == key)
            .map(|(_, v, _)| v)
    };
    let found = match value {
        Some(Arg::Num(n)) => wanted(&n.to_string()).or_else(|| wanted(&rules.plural_category(n))),
        Some(Arg::Str(words)) => wanted(words),
        None => None,
    };
    found
        .or_else(|| {
            variants(body)
                .find(|(_, _, default)| *default)
                .map(|(_, v, _)| v)
        })
        .unwrap_or_default()
}

fn find<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| *value)
}
