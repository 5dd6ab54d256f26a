//! Messages as build.rs writes them, and how a pattern becomes text.
//!
//! This part knows nothing of the browser: the language's plural rules and number
//! format come in through [`LanguageRules`], so tests can give their own.

use super::Lang;

/// How many languages every message has a pattern for.
pub const LANGUAGE_COUNT: usize = 4;

/// A piece of a message's pattern.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Piece {
    /// Words as they are.
    Text(&'static str),
    /// `{ $name }`: a variable's value (numbers are formatted for the language).
    Var(&'static str),
    /// `{ $name -> [one] ... *[other] ... }`: one variant, chosen by a variable.
    Select {
        /// The variable that chooses.
        var: &'static str,
        /// The variants, in file order.
        variants: &'static [Variant],
        /// The index of the `*` (default) variant.
        default: usize,
    },
}

/// One variant of a select expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Variant {
    /// When it is chosen.
    pub key: Key,
    /// What it says.
    pub value: &'static [Piece],
}

/// A variant's key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    /// A plural category (`one`, `few`, `many`, `other`...) for numbers, or a word
    /// that a text variable must equal.
    Name(&'static str),
    /// `[0]`: exactly this number (tried before plural categories).
    Number(i64),
}

/// One message in every language: each constant in [`super::msg`] is one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Msg(pub(crate) &'static [&'static [Piece]; LANGUAGE_COUNT]);

impl Msg {
    /// The message's pattern in `lang`.
    pub fn pattern(self, lang: Lang) -> &'static [Piece] {
        self.0[lang.index()]
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
pub fn render(pattern: &[Piece], args: &[(&str, Arg)], rules: &dyn LanguageRules) -> String {
    let mut out = String::new();
    render_into(&mut out, pattern, args, rules);
    out
}

fn render_into(
    out: &mut String,
    pattern: &[Piece],
    args: &[(&str, Arg)],
    rules: &dyn LanguageRules,
) {
    for piece in pattern {
        match *piece {
            Piece::Text(words) => out.push_str(words),
            Piece::Var(name) => match find(args, name) {
                Some(Arg::Num(n)) => out.push_str(&rules.format_number(n)),
                Some(Arg::Str(words)) => out.push_str(words),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let chosen = choose(variants, default, find(args, var), rules);
                render_into(out, chosen, args, rules);
            }
        }
    }
}

/// The variant a value chooses: an exact number first, then the plural category (for
/// numbers) or the same word (for text), else the default.
pub fn choose(
    variants: &'static [Variant],
    default: usize,
    value: Option<Arg>,
    rules: &dyn LanguageRules,
) -> &'static [Piece] {
    let named = |word: &str| {
        variants
            .iter()
            .find(|v| matches!(v.key, Key::Name(name) if name == word))
    };
    let found = match value {
        Some(Arg::Num(n)) => variants
            .iter()
            .find(|v| v.key == Key::Number(n))
            .or_else(|| named(&rules.plural_category(n))),
        Some(Arg::Str(words)) => named(words),
        None => None,
    };
    found
        .or_else(|| variants.get(default))
        .map_or(&[], |variant| variant.value)
}

fn find<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| *value)
}
