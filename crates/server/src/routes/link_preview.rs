//! Link previews of a design page: the Open Graph and Twitter card tags that chat apps
//! and social sites read from `/designs/{id}` without running JavaScript, so a shared
//! link shows the design's picture, title and words.
//!
//! Only public designs get them (the domain's `visibility::is_public`): a link to a
//! design in review or hidden previews as the plain app.

use cocrea_api::Design;

use super::first_paint::escape;

/// The longest description a preview carries, in characters (chat apps cut near here).
const DESCRIPTION_MAX_CHARS: usize = 200;

/// `page` (the app's `index.html` with the design in it) with the preview tags of
/// `design` in its head, the page's own description replaced by the design's.
/// `origin` is the site's address (`https://shop.example.com`) for absolute URLs.
pub fn with_link_preview(page: &str, design: &Design, origin: &str) -> String {
    let page = without_description(page);
    match page.find("</head>") {
        Some(at) => format!(
            "{}{}{}",
            &page[..at],
            preview_tags(design, origin),
            &page[at..]
        ),
        None => page,
    }
}

/// The `<meta>` tags of the preview, their values HTML-escaped.
pub fn preview_tags(design: &Design, origin: &str) -> String {
    let title = escape(&design.title);
    let description = escape(&description(design));
    let image = escape(&absolute(origin, &design.image.url));
    let url = escape(&format!("{origin}/designs/{}", design.id));
    let alt = title.clone();
    let width = design.image.width;
    let height = design.image.height;
    format!(
        "<meta name=\"description\" content=\"{description}\">\
         <link rel=\"canonical\" href=\"{url}\">\
         <meta property=\"og:site_name\" content=\"cocrea\">\
         <meta property=\"og:type\" content=\"article\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:url\" content=\"{url}\">\
         <meta property=\"og:image\" content=\"{image}\">\
         <meta property=\"og:image:width\" content=\"{width}\">\
         <meta property=\"og:image:height\" content=\"{height}\">\
         <meta property=\"og:image:alt\" content=\"{alt}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">\
         <meta name=\"twitter:title\" content=\"{title}\">\
         <meta name=\"twitter:description\" content=\"{description}\">\
         <meta name=\"twitter:image\" content=\"{image}\">\
         <meta name=\"twitter:image:alt\" content=\"{alt}\">"
    )
}

/// The design's own words, shortened on a word boundary; without any, who made it.
fn description(design: &Design) -> String {
    let words = design
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if words.is_empty() {
        return format!(
            "{} by {} on cocrea: like it to get it made.",
            design.title, design.designer.name
        );
    }
    if words.chars().count() <= DESCRIPTION_MAX_CHARS {
        return words;
    }
    let cut: String = words.chars().take(DESCRIPTION_MAX_CHARS - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > DESCRIPTION_MAX_CHARS / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!(
        "{}\u{2026}",
        cut.trim_end_matches([',', ';', ':', '.', ' '])
    )
}

/// `url` made absolute on `origin` (image URLs are paths on this site).
fn absolute(origin: &str, url: &str) -> String {
    if url.starts_with("https://") || url.starts_with("http://") {
        url.to_owned()
    } else {
        format!("{origin}/{}", url.trim_start_matches('/'))
    }
}

/// `page` without its `<meta name="description">` (Trunk may write it unquoted).
fn without_description(page: &str) -> String {
    let mut from = 0;
    while let Some(start) = page[from..].find("<meta").map(|at| from + at) {
        let Some(end) = page[start..].find('>').map(|at| start + at + 1) else {
            break;
        };
        let tag = &page[start..end];
        if tag.contains("name=description") || tag.contains("name=\"description\"") {
            return format!("{}{}", &page[..start], &page[end..]);
        }
        from = end;
    }
    page.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use cocrea_api::{Category, DesignStatus, DesignerRef, ImageRef};

    fn design(description: &str) -> Design {
        Design {
            id: 7,
            title: "Red \"Dress\" <b>".to_owned(),
            description: description.to_owned(),
            category: Category::Dresses,
            designer: DesignerRef {
                id: 1,
                name: "Ana & Co".to_owned(),
            },
            image: ImageRef {
                url: "/api/images/a.jpg".to_owned(),
                thumb_url: "/api/images/a-thumb.jpg".to_owned(),
                width: 1200,
                height: 1500,
            },
            likes: 3,
            goal: 100,
            status: DesignStatus::Voting,
            created_at: "2026-01-01T00:00:00Z".to_owned(),
            liked_by_me: false,
            store_likes: None,
            rejection_reason: None,
            hidden: false,
        }
    }

    #[test]
    fn the_preview_carries_escaped_words_and_absolute_addresses() {
        let page = "<head><meta content=\"cocrea: like\" name=description><title>t</title></head><body></body>";
        let page = with_link_preview(
            page,
            &design("A <i>wrap</i> dress"),
            "https://shop.example.com",
        );
        assert!(
            !page.contains("cocrea: like"),
            "the app's description is replaced"
        );
        assert!(page
            .contains("<meta property=\"og:title\" content=\"Red &quot;Dress&quot; &lt;b&gt;\">"));
        assert!(page.contains(
            "<meta property=\"og:description\" content=\"A &lt;i&gt;wrap&lt;/i&gt; dress\">"
        ));
        assert!(page.contains(
            "<meta property=\"og:image\" content=\"https://shop.example.com/api/images/a.jpg\">"
        ));
        assert!(page
            .contains("<meta property=\"og:url\" content=\"https://shop.example.com/designs/7\">"));
        assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(page.find("og:title").unwrap() < page.find("</head>").unwrap());
    }

    #[test]
    fn long_descriptions_are_cut_on_a_word_and_empty_ones_name_the_designer() {
        let long = "linen ".repeat(100);
        let cut = description(&design(&long));
        assert!(cut.chars().count() <= DESCRIPTION_MAX_CHARS);
        assert!(cut.ends_with("linen\u{2026}"));
        assert!(description(&design("  ")).contains("by Ana & Co"));
    }
}
