//! Tests of the translations: pattern evaluation, language negotiation, the browser's
//! number and plural rules per language, and components switching language live.
//! Run in headless Chromium with the other component tests.

use cocrea_api::{ApiError, DesignStatus, ErrorCode};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::components::StatusBadge;
use crate::i18n::intl::IntlRules;
use crate::i18n::lang::{choose_language, lang_in_query, negotiate, query_with_lang};
use crate::i18n::msg::{self, LOCALE_FILES, TABLE_FILES};
use crate::i18n::pattern::{render, LanguageRules};
use crate::i18n::tables;
use crate::i18n::{error_message, format_number, lang_untracked, set_lang, text_with, Arg, Lang};
use crate::tests::{host, settle, text};

/// English-like rules that need no browser: "one" for 1, numbers as they are.
struct PlainRules;

impl LanguageRules for PlainRules {
    fn plural_category(&self, n: i64) -> String {
        if n == 1 { "one" } else { "other" }.to_owned()
    }

    fn format_number(&self, n: i64) -> String {
        format!("<{n}>")
    }
}

/// Rules with a "few" category (as Slavic languages have), to see categories chosen.
struct FewRules;

impl LanguageRules for FewRules {
    fn plural_category(&self, n: i64) -> String {
        if (2..=4).contains(&n) { "few" } else { "other" }.to_owned()
    }

    fn format_number(&self, n: i64) -> String {
        n.to_string()
    }
}

/// `{ $count -> [0] no likes [one] one like [few] a few likes *[other] { $count } likes }`
/// in the compact form build.rs writes (see src/i18n/pattern.rs).
const LIKES: &str = "\u{3}count\u{4}0\u{5}no likes\u{4}one\u{5}one like\u{4}few\u{5}a few likes\
                     \u{4}*other\u{5}\u{1}count\u{2} likes\u{6}";

/// Installs the other languages' tables as the app would load them from the server
/// (the test runner has no server): the very files build.rs wrote.
fn install_tables() {
    for (lang, table) in [
        (Lang::Es, include_str!(concat!(env!("OUT_DIR"), "/es.txt"))),
        (
            Lang::PtBr,
            include_str!(concat!(env!("OUT_DIR"), "/pt-BR.txt")),
        ),
        (Lang::It, include_str!(concat!(env!("OUT_DIR"), "/it.txt"))),
    ] {
        tables::install(lang, table.to_owned()).expect("build.rs's table fits the app");
    }
}

/// Puts the app back in English when a test ends, even a failing one.
struct BackToEnglish;

impl Drop for BackToEnglish {
    fn drop(&mut self) {
        set_lang(Lang::En);
    }
}

#[wasm_bindgen_test]
fn a_pattern_puts_in_text_and_formatted_numbers() {
    let pattern = "Hi \u{1}name\u{2}, you have \u{1}count\u{2}";
    let args = [("name", Arg::Str("Ana")), ("count", Arg::Num(1234))];
    assert_eq!(
        render(pattern, &args, &PlainRules),
        "Hi Ana, you have <1234>"
    );
    // A variable nobody gave shows itself rather than vanishing.
    assert_eq!(
        render(pattern, &[], &PlainRules),
        "Hi {$name}, you have {$count}"
    );
}

#[wasm_bindgen_test]
fn a_select_takes_the_exact_number_then_the_plural_category_then_the_default() {
    let likes = |n: i64, rules: &dyn LanguageRules| render(LIKES, &[("count", n.into())], rules);
    assert_eq!(likes(0, &PlainRules), "no likes");
    assert_eq!(likes(1, &PlainRules), "one like");
    assert_eq!(likes(3, &PlainRules), "<3> likes");
    assert_eq!(likes(3, &FewRules), "a few likes");
    assert_eq!(
        likes(1, &FewRules),
        "1 likes",
        "FewRules has no `one`: the default"
    );
    assert_eq!(render(LIKES, &[], &PlainRules), "{$count} likes");
}

#[wasm_bindgen_test]
fn a_select_on_words_matches_the_same_word_and_selects_nest() {
    let who = "\u{3}who\u{4}store\u{5}this store\u{4}*other\u{5}everyone\u{6}";
    assert_eq!(
        render(who, &[("who", "store".into())], &PlainRules),
        "this store"
    );
    assert_eq!(
        render(who, &[("who", "web".into())], &PlainRules),
        "everyone"
    );
    // { $tags -> [one] one tag on { $sheets -> [one] one sheet *[other] sheets } *[other] tags }!
    let nested = "\u{3}tags\u{4}one\u{5}one tag on \u{3}sheets\u{4}one\u{5}one sheet\
                  \u{4}*other\u{5}sheets\u{6}\u{4}*other\u{5}tags\u{6}!";
    let render_with = |tags: i64, sheets: i64| {
        render(
            nested,
            &[("tags", tags.into()), ("sheets", sheets.into())],
            &PlainRules,
        )
    };
    assert_eq!(render_with(1, 1), "one tag on one sheet!");
    assert_eq!(render_with(1, 2), "one tag on sheets!");
    assert_eq!(render_with(2, 1), "tags!");
}

#[wasm_bindgen_test]
fn the_first_browser_language_the_app_speaks_wins() {
    assert_eq!(negotiate(&["fr-FR", "es-MX", "en"]), Lang::Es);
    assert_eq!(negotiate(&["en-US", "es"]), Lang::En);
    assert_eq!(negotiate(&["pt-PT"]), Lang::PtBr);
    assert_eq!(negotiate(&["pt_br"]), Lang::PtBr);
    assert_eq!(negotiate(&["IT-ch"]), Lang::It);
    assert_eq!(negotiate(&["de", "fr"]), Lang::En);
    assert_eq!(negotiate::<&str>(&[]), Lang::En);
}

#[wasm_bindgen_test]
fn the_address_beats_the_remembered_choice_which_beats_the_browser() {
    assert_eq!(
        choose_language(Some("it"), Some("es"), &["pt-BR"]),
        Lang::It
    );
    assert_eq!(choose_language(None, Some("es"), &["pt-BR"]), Lang::Es);
    assert_eq!(choose_language(None, None, &["pt-BR"]), Lang::PtBr);
    // Something the app does not speak is passed over, not obeyed.
    assert_eq!(
        choose_language(Some("klingon"), Some("nope"), &["it"]),
        Lang::It
    );
}

#[wasm_bindgen_test]
fn lang_is_read_from_and_rewritten_in_the_query() {
    assert_eq!(lang_in_query("?sort=new&lang=pt-BR"), Some("pt-BR"));
    assert_eq!(lang_in_query("?sort=new"), None);
    assert_eq!(
        query_with_lang("?sort=new&lang=es&q=x", "it").as_deref(),
        Some("?sort=new&lang=it&q=x")
    );
    assert_eq!(query_with_lang("?sort=new", "it"), None);
}

#[wasm_bindgen_test]
fn the_generated_tables_follow_the_languages_in_order() {
    let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
    assert_eq!(tags, LOCALE_FILES);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        assert_eq!(Lang::ALL[lang.index()], lang);
    }
}

#[wasm_bindgen_test]
fn a_table_from_another_version_of_the_app_is_refused() {
    assert!(tables::install(Lang::It, "just\u{1e}three\u{1e}messages".to_owned()).is_err());
    assert_eq!(TABLE_FILES[Lang::En.index()], "", "English is built in");
    for lang in [Lang::Es, Lang::PtBr, Lang::It] {
        let file = TABLE_FILES[lang.index()];
        assert!(
            file.starts_with(&format!("/locales/{}-", lang.tag())) && file.ends_with(".txt"),
            "{file}"
        );
    }
}

#[wasm_bindgen_test]
fn counts_are_grouped_as_each_language_writes_them() {
    let cases = [
        (Lang::En, "1,234"),
        (Lang::Es, "1.234"),
        (Lang::PtBr, "1.234"),
        (Lang::It, "1.234"),
    ];
    for (lang, expected) in cases {
        assert_eq!(IntlRules(lang).format_number(1234), expected, "{lang:?}");
    }
    assert_eq!(IntlRules(Lang::En).format_number(1_234_567), "1,234,567");
    assert_eq!(IntlRules(Lang::Es).format_number(999), "999");
}

#[wasm_bindgen_test]
fn counts_below_a_thousand_read_as_intl_writes_them() {
    // They skip Intl (its first formatter is slow to make): the text must not change.
    for lang in [Lang::En, Lang::Es, Lang::PtBr, Lang::It] {
        let locales = js_sys::Array::of1(&lang.tag().into());
        let intl = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
        for n in [-999, -1, 0, 1, 7, 12, 100, 999] {
            let written = intl
                .call1(&wasm_bindgen::JsValue::UNDEFINED, &(n as f64).into())
                .unwrap()
                .as_string();
            assert_eq!(
                Some(IntlRules(lang).format_number(n)),
                written,
                "{lang:?} {n}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn likes_are_counted_with_each_language_s_plurals() {
    install_tables();
    let likes = |lang: Lang, n: i64| {
        render(
            msg::LIKES_COUNT.pattern(lang),
            &[("count", n.into())],
            &IntlRules(lang),
        )
    };
    assert_eq!(likes(Lang::En, 1), "1 like");
    assert_eq!(likes(Lang::En, 2), "2 likes");
    assert_eq!(likes(Lang::En, 1234), "1,234 likes");
    assert_eq!(likes(Lang::Es, 1234), "1.234 me gusta");
    assert_eq!(likes(Lang::PtBr, 1), "1 curtida");
    assert_eq!(likes(Lang::PtBr, 2), "2 curtidas");
    assert_eq!(likes(Lang::It, 1), "1 mi piace");
}

#[wasm_bindgen_test]
fn errors_are_told_by_code_and_field_in_the_language_shown() {
    install_tables();
    let _reset = BackToEnglish;
    let too_short = ApiError::field(ErrorCode::TooShort, "title", "Title needs 3 characters.");
    let rate_limited = ApiError::new(ErrorCode::RateLimited, "Too many likes.");
    assert_eq!(
        error_message(&too_short),
        "Title needs at least 3 characters."
    );
    set_lang(Lang::Es);
    assert_eq!(
        error_message(&too_short),
        "El título necesita al menos 3 caracteres."
    );
    assert_eq!(
        error_message(&rate_limited),
        "Demasiadas acciones seguidas. Espera un minuto y vuelve a intentarlo."
    );
    set_lang(Lang::It);
    assert_eq!(format_number(1234), "1.234");
    assert_eq!(
        text_with(msg::TAG_GOAL_LINE, &[("goal", 1000i64.into())]),
        "Con 1.000 mi piace diventa realtà"
    );
}

#[wasm_bindgen_test]
async fn switching_language_re_renders_what_is_shown_and_sets_html_lang() {
    install_tables();
    let _reset = BackToEnglish;
    let host = host();
    let _mounted = mount_to(host.clone(), || {
        view! { <StatusBadge status=Signal::stored(DesignStatus::Voting) /> }
    });
    assert_eq!(text(&host, ".status-badge"), "Voting");
    set_lang(Lang::PtBr);
    settle().await;
    assert_eq!(text(&host, ".status-badge"), "Em votação");
    assert_eq!(lang_untracked(), Lang::PtBr);
    let html_lang = document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    assert_eq!(html_lang.as_deref(), Some("pt-BR"));
    set_lang(Lang::En);
    settle().await;
    assert_eq!(text(&host, ".status-badge"), "Voting");
}
