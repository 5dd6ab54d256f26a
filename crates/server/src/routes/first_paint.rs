//! What the pages the server fills in share (`/designs/{id}` in design_page.rs, `/` in
//! gallery_page.rs): the app's `index.html` with data for the app to start from and a
//! first paint (`#first-paint`) that stands in for the app until its own view is on
//! screen, so a phone shows pictures before the app has downloaded.

use cocrea_api::lang::Lang;

use super::page_words::word;

/// The longest the app's files wait for the first paint's image, in milliseconds.
pub const APP_WAIT_MS: u32 = 2500;

/// Until the app's view replaces `#first-paint`, the app's own nodes stay hidden, so
/// the swap moves nothing on screen.
pub const FIRST_PAINT_STYLE: &str =
    "<style>body:has(>#first-paint)>:not(#first-paint,noscript,script){display:none}</style>";

/// Trunk's page loads the app at once (a static import, a wasm preload), which on a
/// phone's slow line shares the bandwidth with the first paint's image. Here the app's files
/// are asked for once the first paint's image has been painted (the browser reports it
/// as the largest paint, or it is decoded and two frames have passed; at most
/// [`APP_WAIT_MS`]), then both at once. `None` when the page is not as Trunk writes it.
pub fn app_after_first_paint(page: &str) -> Option<String> {
    const IMPORT: &str = "import init, * as bindings from '";
    const WASM: &str = "module_or_path: '";
    let js_start = page.find(IMPORT)? + IMPORT.len();
    let js = &page[js_start..js_start + page[js_start..].find('\'')?];
    let wasm_start = page.find(WASM)? + WASM.len();
    let wasm = &page[wasm_start..wasm_start + page[wasm_start..].find('\'')?];
    let statement = format!("{IMPORT}{js}';");
    let deferred = format!(
        "await new Promise((go) => {{\
         const image = document.querySelector('#first-paint img');\
         if (!image) return go();\
         const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go, 50)));\
         image.decode().then(frames, go);\
         try {{ new PerformanceObserver((list, observer) => {{\
         if (list.getEntries().some((entry) => entry.element === image)) {{ observer.disconnect(); go(); }}\
         }}).observe({{ type: 'largest-contentful-paint', buffered: true }}); }} catch (_) {{}}\
         setTimeout(go, {APP_WAIT_MS});\
         }});\
         for (const [rel, href, as] of [['modulepreload', '{js}'], ['preload', '{wasm}', 'fetch']]) {{\
         const link = document.createElement('link');\
         link.rel = rel; link.href = href; link.crossOrigin = ''; if (as) link.as = as;\
         document.head.append(link);\
         }}\
         const bindings = await import('{js}');\
         const init = bindings.default;"
    );
    if !page.contains(&statement) {
        return None;
    }
    let mut page = page.replacen(&statement, &deferred, 1);
    // Trunk's own preloads of the same files.
    for marker in ["rel=modulepreload", "type=application/wasm"] {
        if let Some(at) = page.find(marker) {
            let start = page[..at].rfind("<link")?;
            let end = at + page[at..].find('>')? + 1;
            page.replace_range(start..end, "");
        }
    }
    Some(page)
}

/// The site's header as the app shows it to a visitor not signed in, in `lang`
/// (components/shared/site_header.rs): the same links and language menu, so the first
/// paint is as tall as the app's and nothing below moves when the app takes over.
pub fn site_header(lang: Lang) -> String {
    let w = |id: &str| escape(word(lang, id));
    format!(
        "<header class=\"site-header\"><div class=\"site-header-inner\">\
         <a class=\"wordmark\" href=\"/\">cocrea</a><nav class=\"site-nav\">\
         <a class=\"nav-gallery\" href=\"/\">{gallery}</a>\
         <a class=\"nav-cta\" href=\"/submit\"><span class=\"nav-cta-long\">{submit}</span>\
         <span class=\"nav-cta-short\">{submit_short}</span></a>\
         <a class=\"nav-sign-in\" href=\"/login\">{sign_in}</a>\
         <a class=\"nav-sign-up\" href=\"/signup\">{sign_up}</a></nav>\
         <div class=\"language-select\"><svg class=\"language-icon\" viewBox=\"0 0 24 24\" \
         width=\"18\" height=\"18\" aria-hidden=\"true\"><circle cx=\"12\" cy=\"12\" r=\"9\"/>\
         <path d=\"M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z\"/>\
         </svg><select><option>{short}</option></select></div></div></header>",
        gallery = w("nav-gallery"),
        submit = w("nav-submit"),
        submit_short = w("nav-submit-short"),
        sign_in = w("nav-sign-in"),
        sign_up = w("nav-sign-up"),
        short = lang.short_name(),
    )
}

/// `text` safe inside HTML text and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `index` with the first paint put in: `title` (already escaped) in `<title>`, `head`
/// at the end of `<head>` after the style that hides the app while the first paint is
/// there, `body` first in `<body>`, and the app's files asked for after its image.
pub fn into_page(index: &str, title: Option<&str>, head: &str, body: &str) -> String {
    let page = match title {
        Some(title) => index.replacen(
            "<title>cocrea</title>",
            &format!("<title>{title} · cocrea</title>"),
            1,
        ),
        None => index.to_owned(),
    };
    let page = app_after_first_paint(&page).unwrap_or(page);
    let page = page.replacen("</head>", &format!("{FIRST_PAINT_STYLE}{head}</head>"), 1);
    match page.find("<body>") {
        Some(at) => {
            let at = at + "<body>".len();
            format!("{}{body}{}", &page[..at], &page[at..])
        }
        None => page,
    }
}

/// `value` as JSON that is safe inside a `<script type="application/json">`.
pub fn script_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        // Inside <script> only `</script` could end it; `<` appears only in strings.
        .replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_loads_after_the_first_paint_when_the_page_is_as_trunk_writes_it() {
        let trunk = "<head><script type=module>import init, * as bindings from '/c-1.js';\n\
                     const wasm = await init({ module_or_path: '/c-1_bg.wasm' });</script>\
                     <link crossorigin href=/c-1.js rel=modulepreload>\
                     <link as=fetch crossorigin href=/c-1_bg.wasm rel=preload type=application/wasm>\
                     </head>";
        let page = app_after_first_paint(trunk).unwrap();
        assert!(!page.contains("import init"));
        assert!(!page.contains("rel=modulepreload"));
        assert!(!page.contains("type=application/wasm"));
        assert!(page.contains("const bindings = await import('/c-1.js');"));
        assert!(page.contains("['preload', '/c-1_bg.wasm', 'fetch']"));
        assert!(page.contains("module_or_path: '/c-1_bg.wasm'"));
        assert_eq!(app_after_first_paint("<head></head>"), None);
    }
}
