//! Turns the translations in `locales/*.ftl` (Fluent) into Rust, so the browser app
//! ships no Fluent parser and no CLDR data: `src/i18n/msg.rs` includes the result.
//!
//! For each message (and each attribute, as `id.attr`) of `locales/en.ftl` it writes
//! one constant, named after the id (`gallery-heading` is `GALLERY_HEADING`), that
//! holds the English pattern (text, variables and select expressions, in a compact
//! form of `src/i18n/codec.rs`, which this script includes, so writer and reader share
//! one definition) and the message's place in the other languages' tables. Those tables
//! are written to `OUT_DIR/locales/LANG-HASH.txt`; Trunk's post-build hook
//! `tools/copy-locales.mjs` puts them in `dist/locales/`, which the app loads when
//! someone switches language, so the shoppers' first download carries English only.
//! Terms (`-brand`) and message references are put in place here, at build time.
//!
//! The build fails, naming the file and the message, when a file does not parse, when
//! a language lacks a message or attribute that `en.ftl` has or has one that `en.ftl`
//! lacks, when a translation uses a variable that the English message does not, or
//! when a message uses what the app does not evaluate (functions, term arguments).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;

/// The compact form of patterns and tables, shared with the app.
#[path = "src/i18n/codec.rs"]
mod codec;

/// The locale files, in the order of `Lang` in `src/i18n/lang.rs`; the first one is
/// the reference that the others must match.
const LANGUAGES: [&str; 4] = ["en", "es", "pt-BR", "it"];

/// A piece of a message's pattern, as the app evaluates it.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(Key, Vec<Piece>)>,
        default: usize,
    },
}

/// A select expression's variant key: a plural category or word, or an exact number.
#[derive(Debug, Clone)]
enum Key {
    Name(String),
    Number(i64),
}

/// One language's messages, in file order, ready to be written out.
struct Locale {
    /// `id` or `id.attribute`, with its lowered pattern.
    messages: Vec<(String, Vec<Piece>)>,
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = root.join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut problems = Vec::new();
    let mut locales = Vec::new();
    for language in LANGUAGES {
        let path = dir.join(format!("{language}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        match std::fs::read_to_string(&path) {
            Ok(source) => locales.push(read_locale(&path, &source, &mut problems)),
            Err(error) => {
                problems.push(format!("{}: cannot be read: {error}", path.display()));
                locales.push(Locale {
                    messages: Vec::new(),
                });
            }
        }
    }
    compare_with_english(&locales, &mut problems);
    assert!(
        problems.is_empty(),
        "\n\nThe translations in locales/ need fixing ({} problem{}):\n  {}\n\n",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        problems.join("\n  ")
    );
    let shop_count = shop_message_count(&dir.join("en.ftl"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let tables = tables(&locales);
    for (language, table) in LANGUAGES.iter().zip(&tables).skip(1) {
        // The component tests install these themselves (they have no server).
        std::fs::write(out.join(format!("{language}.txt")), table)
            .expect("the tables are written to OUT_DIR");
    }
    let files = write_tables(&out.join(TABLES_DIR), &tables, shop_count);
    std::fs::write(
        out.join("messages.rs"),
        generate(&locales, &files, shop_count),
    )
    .expect("the generated messages are written to OUT_DIR");
}

/// Where, under `OUT_DIR` and under `dist/`, the other languages' tables live.
const TABLES_DIR: &str = "locales";
/// The line of `en.ftl` after which only the brand's administration's messages come:
/// those go into a second table per language, which only the staff bundle loads, so a
/// shopper's download carries none of them.
const STAFF_MARKER: &str = "## ===== Brand administration";

/// How many of `en.ftl`'s messages (and attributes) come before [`STAFF_MARKER`]: the
/// shoppers' part of every table. All of them when there is no marker.
fn shop_message_count(english: &Path) -> usize {
    let source = std::fs::read_to_string(english).unwrap_or_default();
    let shop = source
        .find(STAFF_MARKER)
        .map_or(source.as_str(), |at| &source[..at]);
    read_locale(english, shop, &mut Vec::new()).messages.len()
}

/// Each language's messages in the compact form, in `en.ftl`'s order, one after the
/// other with [`codec::MESSAGE_SEPARATOR`] between them.
fn tables(locales: &[Locale]) -> Vec<String> {
    locales
        .iter()
        .map(|locale| {
            let messages: BTreeMap<&str, &Vec<Piece>> = locale
                .messages
                .iter()
                .map(|(id, pieces)| (id.as_str(), pieces))
                .collect();
            locales[0]
                .messages
                .iter()
                .map(|(id, _)| encode(messages[id.as_str()]))
                .collect::<Vec<_>>()
                .join(&codec::MESSAGE_SEPARATOR.to_string())
        })
        .collect()
}

/// Writes the non-English tables into `dir` (emptied first, so it holds exactly this
/// build's tables), each named by its content (`es-0123456789abcdef.txt`, so browsers
/// may cache it for good), and answers their addresses in `LANGUAGES` order (English
/// has none: it is built in). `tools/copy-locales.mjs` copies them into `dist/`.
fn write_tables(dir: &Path, tables: &[String], shop_count: usize) -> TableFiles {
    let mut files = TableFiles {
        shop: vec![String::new()],
        staff: vec![String::new()],
    };
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("OUT_DIR/locales/ can be made");
    for (language, table) in LANGUAGES.iter().zip(tables).skip(1) {
        let (shop, staff) = split_table(table, shop_count);
        for (part, list, text) in [
            ("", &mut files.shop, shop),
            ("staff-", &mut files.staff, staff),
        ] {
            let name = format!("{language}-{part}{:016x}.txt", fnv1a(text.as_bytes()));
            std::fs::write(dir.join(&name), text).expect("a table is written to OUT_DIR/locales/");
            list.push(format!("/{TABLES_DIR}/{name}"));
        }
    }
    files
}

/// The addresses of each language's two tables, in `LANGUAGES` order (English: none).
struct TableFiles {
    /// The shoppers' messages (everything before [`STAFF_MARKER`]).
    shop: Vec<String>,
    /// The administration's messages (after it), loaded by the staff bundle only.
    staff: Vec<String>,
}

/// A whole table split after its first `shop_count` messages.
fn split_table(table: &str, shop_count: usize) -> (&str, &str) {
    match table
        .match_indices(codec::MESSAGE_SEPARATOR)
        .nth(shop_count.wrapping_sub(1))
    {
        Some((at, _)) if shop_count > 0 => (
            &table[..at],
            &table[at + codec::MESSAGE_SEPARATOR.len_utf8()..],
        ),
        _ => (table, ""),
    }
}

/// FNV-1a, 64 bits: a content hash for the tables' file names (no dependency needed).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Parses one .ftl file and lowers every message and attribute, noting problems.
fn read_locale(path: &Path, source: &str, problems: &mut Vec<String>) -> Locale {
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| format!("locales/{}", name.to_string_lossy()),
    );
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(format!(
                    "{file}:{}: does not parse: {:?}",
                    line_of(source, error.pos.start),
                    error.kind
                ));
            }
            resource
        }
    };

    // Everything a pattern may refer to: messages (and attributes) and terms.
    let mut messages: Vec<(String, &ast::Pattern<&str>)> = Vec::new();
    let mut referable: BTreeMap<String, &ast::Pattern<&str>> = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    messages.push((id.clone(), value));
                    referable.insert(id.clone(), value);
                }
                for attribute in &message.attributes {
                    let key = format!("{id}.{}", attribute.id.name);
                    messages.push((key.clone(), &attribute.value));
                    referable.insert(key, &attribute.value);
                }
            }
            ast::Entry::Term(term) => {
                let id = format!("-{}", term.id.name);
                referable.insert(id.clone(), &term.value);
                for attribute in &term.attributes {
                    referable.insert(format!("{id}.{}", attribute.id.name), &attribute.value);
                }
            }
            ast::Entry::Junk { content } => problems.push(format!(
                "{file}: cannot read {:?}",
                content.lines().next().unwrap_or_default()
            )),
            _ => {}
        }
    }

    let mut seen = BTreeSet::new();
    let mut lowered = Vec::new();
    for (id, pattern) in messages {
        if !seen.insert(id.clone()) {
            problems.push(format!("{file}: `{id}` is defined twice"));
            continue;
        }
        let mut pieces = Vec::new();
        let mut stack = vec![id.clone()];
        match lower_pattern(pattern, &referable, &mut stack, &mut pieces) {
            Ok(()) => lowered.push((id, pieces)),
            Err(why) => problems.push(format!("{file}: `{id}`: {why}")),
        }
    }
    Locale { messages: lowered }
}

/// The 1-based line of a byte offset, for error messages.
fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// Appends the pieces of `pattern` to `out`, putting referenced messages and terms in place.
fn lower_pattern(
    pattern: &ast::Pattern<&str>,
    referable: &BTreeMap<String, &ast::Pattern<&str>>,
    stack: &mut Vec<String>,
    out: &mut Vec<Piece>,
) -> Result<(), String> {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                if value.chars().any(|c| c.is_control() && c != '\n') {
                    return Err("contains a control character".into());
                }
                push_text(out, value);
            }
            ast::PatternElement::Placeable { expression } => {
                lower_expression(expression, referable, stack, out)?;
            }
        }
    }
    Ok(())
}

fn lower_expression(
    expression: &ast::Expression<&str>,
    referable: &BTreeMap<String, &ast::Pattern<&str>>,
    stack: &mut Vec<String>,
    out: &mut Vec<Piece>,
) -> Result<(), String> {
    match expression {
        ast::Expression::Inline(inline) => lower_inline(inline, referable, stack, out),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a select expression must choose on a variable ($count)".into());
            };
            let mut lowered = Vec::new();
            let mut default = 0;
            for (index, variant) in variants.iter().enumerate() {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => Key::Name((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { value } => Key::Number(
                        value
                            .parse()
                            .map_err(|_| format!("variant key [{value}] must be a whole number"))?,
                    ),
                };
                if variant.default {
                    default = index;
                }
                let mut pieces = Vec::new();
                lower_pattern(&variant.value, referable, stack, &mut pieces)?;
                lowered.push((key, pieces));
            }
            out.push(Piece::Select {
                var: id.name.to_owned(),
                variants: lowered,
                default,
            });
            Ok(())
        }
    }
}

fn lower_inline(
    inline: &ast::InlineExpression<&str>,
    referable: &BTreeMap<String, &ast::Pattern<&str>>,
    stack: &mut Vec<String>,
    out: &mut Vec<Piece>,
) -> Result<(), String> {
    let reference = match inline {
        ast::InlineExpression::StringLiteral { value } => {
            push_text(out, &unescape(value)?);
            return Ok(());
        }
        ast::InlineExpression::NumberLiteral { value } => {
            push_text(out, value);
            return Ok(());
        }
        ast::InlineExpression::VariableReference { id } => {
            out.push(Piece::Var(id.name.to_owned()));
            return Ok(());
        }
        ast::InlineExpression::Placeable { expression } => {
            return lower_expression(expression, referable, stack, out);
        }
        ast::InlineExpression::FunctionReference { id, .. } => {
            return Err(format!(
                "{}() is not supported: the app formats numbers itself",
                id.name
            ));
        }
        ast::InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(attribute) => format!("{}.{}", id.name, attribute.name),
            None => id.name.to_owned(),
        },
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            if arguments.is_some() {
                return Err(format!(
                    "-{}(...): terms with arguments are not supported",
                    id.name
                ));
            }
            match attribute {
                Some(attribute) => format!("-{}.{}", id.name, attribute.name),
                None => format!("-{}", id.name),
            }
        }
    };
    if stack.contains(&reference) {
        return Err(format!("{reference} refers to itself"));
    }
    let pattern = referable
        .get(&reference)
        .ok_or_else(|| format!("refers to `{reference}`, which this file does not define"))?;
    stack.push(reference);
    lower_pattern(pattern, referable, stack, out)?;
    stack.pop();
    Ok(())
}

/// Appends text, joined to the text before it when there is some.
fn push_text(out: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Piece::Text(text.to_owned()));
    }
}

/// A Fluent string literal's text: `\"`, `\\`, `\uXXXX` and `\UXXXXXX` escapes.
fn unescape(literal: &str) -> Result<String, String> {
    let mut text = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => text.push('"'),
            Some('\\') => text.push('\\'),
            Some(kind @ ('u' | 'U')) => {
                let digits: String = chars
                    .by_ref()
                    .take(if kind == 'u' { 4 } else { 6 })
                    .collect();
                let code = u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("\\{kind}{digits} is not a character"))?;
                text.push(code);
            }
            other => return Err(format!("unknown escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(text)
}

/// The variables a pattern uses, selectors included.
fn variables(pieces: &[Piece], found: &mut BTreeSet<String>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(name) => {
                found.insert(name.clone());
            }
            Piece::Select { var, variants, .. } => {
                found.insert(var.clone());
                for (_, value) in variants {
                    variables(value, found);
                }
            }
        }
    }
}

/// Every language has exactly English's messages, and uses only English's variables.
fn compare_with_english(locales: &[Locale], problems: &mut Vec<String>) {
    let english: BTreeMap<&str, &Vec<Piece>> = locales[0]
        .messages
        .iter()
        .map(|(id, pieces)| (id.as_str(), pieces))
        .collect();
    for (language, locale) in LANGUAGES.iter().zip(locales).skip(1) {
        let file = format!("locales/{language}.ftl");
        let here: BTreeMap<&str, &Vec<Piece>> = locale
            .messages
            .iter()
            .map(|(id, pieces)| (id.as_str(), pieces))
            .collect();
        for id in english.keys().filter(|id| !here.contains_key(*id)) {
            problems.push(format!("{file}: `{id}` is missing (locales/en.ftl has it)"));
        }
        for id in here.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!(
                "{file}: `{id}` is not in locales/en.ftl: add it there first, or remove it"
            ));
        }
        for (id, pieces) in &here {
            let Some(reference) = english.get(id) else {
                continue;
            };
            let (mut theirs, mut ours) = (BTreeSet::new(), BTreeSet::new());
            variables(reference, &mut theirs);
            variables(pieces, &mut ours);
            for unknown in ours.difference(&theirs) {
                problems.push(format!(
                    "{file}: `{id}` uses ${unknown}, which the English message does not have"
                ));
            }
        }
    }
}

/// The Rust source of `src/i18n/msg.rs`'s constants: each message's English pattern
/// (built into the app) and its position in the other languages' tables, which the app
/// loads from `table_files` when someone switches to that language.
fn generate(locales: &[Locale], table_files: &TableFiles, shop_count: usize) -> String {
    let mut code = String::from(
        "// Generated by build.rs from locales/*.ftl: edit those files, not this one.\n\n",
    );
    let _ = writeln!(
        code,
        "/// The locale files, in the order of `Lang`.\n\
         pub const LOCALE_FILES: [&str; {}] = {:?};\n\n\
         /// Where each language's shoppers' table is served (English is built in: none).\n\
         pub const TABLE_FILES: [&str; {}] = {:?};\n\n\
         /// Where each language's administration table is served (the staff bundle's).\n\
         pub const STAFF_TABLE_FILES: [&str; {}] = {:?};\n\n\
         /// How many messages there are: the shoppers' table and the staff table together.\n\
         pub const MESSAGE_COUNT: usize = {};\n\n\
         /// How many of them the shoppers' table has (the staff table has the rest).\n\
         pub const SHOP_MESSAGE_COUNT: usize = {};\n",
        LANGUAGES.len(),
        LANGUAGES,
        table_files.shop.len(),
        table_files.shop,
        table_files.staff.len(),
        table_files.staff,
        locales[0].messages.len(),
        shop_count
    );
    let mut names = BTreeMap::new();
    for (index, (id, english)) in locales[0].messages.iter().enumerate() {
        let name = constant_name(id);
        if let Some(other) = names.insert(name.clone(), id.clone()) {
            panic!("locales/en.ftl: `{id}` and `{other}` would both be msg::{name}: rename one");
        }
        let _ = writeln!(
            code,
            "/// `{id}`: {}\npub const {name}: Msg = Msg::new({:?}, {index});\n",
            format!("\"{}\"", preview(english).trim()).replace('\n', " "),
            encode(english)
        );
    }
    code
}

/// A pattern in the compact form: text as it is, variables and selects marked by
/// control characters (which no translation contains: [`read_locale`] refuses them).
fn encode(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(name) => codec::push_var(&mut out, name),
            Piece::Select {
                var,
                variants,
                default,
            } => {
                codec::push_select(&mut out, var);
                for (index, (key, value)) in variants.iter().enumerate() {
                    let key = match key {
                        Key::Name(name) => name.clone(),
                        Key::Number(number) => number.to_string(),
                    };
                    codec::push_variant(&mut out, &key, index == *default);
                    out.push_str(&encode(value));
                }
                codec::push_select_end(&mut out);
            }
        }
    }
    out
}

/// `gallery-heading` -> `GALLERY_HEADING`; `nav.title` -> `NAV_TITLE`.
fn constant_name(id: &str) -> String {
    id.chars()
        .map(|c| match c {
            '-' | '.' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// The English pattern in a line, for the constant's documentation.
fn preview(pieces: &[Piece]) -> String {
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(words) => text.push_str(words),
            Piece::Var(name) => {
                let _ = write!(text, "{{ ${name} }}");
            }
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let shown = variants
                    .get(*default)
                    .map(|(_, value)| preview(value).trim().to_owned())
                    .unwrap_or_default();
                let _ = write!(text, "{{ ${var} -> … {shown} }}");
            }
        }
    }
    text
}
