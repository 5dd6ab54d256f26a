//! Where sign-in sends people next: the `?next=` and `?like=` of `/login` and `/signup`.
//!
//! `next` comes from the URL, so anyone can write it: only a path on this site is
//! followed, never another origin (an "open redirect").

use leptos_router::params::ParamsMap;

use crate::filters::encode_query_value;

/// Where to go after signing in, from `?next=`: a same-site path, else `/`.
///
/// A path must start with one `/`; `//host` and `/\host` would leave the site.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && !path.chars().any(char::is_control) =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// The design whose like waits for sign-in, from `?like=`.
pub fn pending_like(like: Option<&str>) -> Option<i64> {
    like.and_then(|id| id.trim().parse::<i64>().ok())
        .filter(|id| *id > 0)
}

/// Where sign-in leads to: `?next=` and `?like=`, as the sign-in and sign-up pages read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfterSignIn {
    /// The same-site path to go to.
    pub next: String,
    /// The design to like once signed in.
    pub like: Option<i64>,
}

impl AfterSignIn {
    /// Reads `?next=` and `?like=` from a URL query.
    pub fn from_query(query: &ParamsMap) -> Self {
        AfterSignIn {
            next: safe_next(query.get_str("next")),
            like: pending_like(query.get_str("like")),
        }
    }

    /// Sign-in that leads back to `next` and likes `like` there.
    pub fn new(next: &str, like: Option<i64>) -> Self {
        AfterSignIn {
            next: safe_next(Some(next)),
            like,
        }
    }

    /// The URL to open once signed in: `next`, with `like=ID` added to its query.
    pub fn destination(&self) -> String {
        match self.like {
            Some(id) => {
                let separator = if self.next.contains('?') { '&' } else { '?' };
                format!("{}{separator}like={id}", self.next)
            }
            None => self.next.clone(),
        }
    }

    /// `/login` (or `/signup` with `page = "/signup"`) carrying this `next` and `like`.
    pub fn href(&self, page: &str) -> String {
        let mut href = page.to_owned();
        if self.next != "/" || self.like.is_some() {
            href.push_str("?next=");
            href.push_str(&encode_query_value(&self.next));
        }
        if let Some(id) = self.like {
            href.push_str(&format!("&like={id}"));
        }
        href
    }
}

/// `/login?next=PATH`: where a signed-out visitor of `path` is sent.
pub fn login_href(path: &str) -> String {
    AfterSignIn::new(path, None).href("/login")
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn only_paths_on_this_site_are_followed() {
        assert_eq!(safe_next(Some("/designs/4")), "/designs/4");
        assert_eq!(safe_next(Some("/?sort=new")), "/?sort=new");
        for bad in [
            "https://evil.example/",
            "//evil.example/x",
            "/\\evil.example",
            "designs/4",
            "",
            "javascript:alert(1)",
            "/a\nb",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/");
    }

    #[wasm_bindgen_test]
    fn a_pending_like_rides_along_to_sign_in_and_back() {
        let after = AfterSignIn::new("/designs/12", Some(12));
        assert_eq!(after.href("/login"), "/login?next=%2Fdesigns%2F12&like=12");
        assert_eq!(
            after.href("/signup"),
            "/signup?next=%2Fdesigns%2F12&like=12"
        );
        assert_eq!(after.destination(), "/designs/12?like=12");

        let mut query = ParamsMap::new();
        query.insert("next", "/designs/12".into());
        query.insert("like", "12".into());
        assert_eq!(AfterSignIn::from_query(&query), after);
        assert_eq!(login_href("/me"), "/login?next=%2Fme");
        assert_eq!(AfterSignIn::new("/", None).href("/signup"), "/signup");
        assert_eq!(pending_like(Some("-3")), None);
        assert_eq!(pending_like(Some("x")), None);
    }
}
