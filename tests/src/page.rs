//! What a test does on a page, as a person would: wait for something to show, fill in
//! and send a form, sign up, read the words on the page.

use std::path::Path;

use fantoccini::elements::Element;
use fantoccini::Locator;

use crate::eventually::eventually;
use crate::{email_of, Browser, TestApp, PASSWORD, WAIT};

/// What [`Browser::wait_until_settled`] compares between two looks: whether anything is
/// still loading or moving, and every word of the page.
const SETTLED: &str = r#"
const loading = document.querySelector('.spinner, [aria-busy="true"]') !== null;
const moving = document.getAnimations().some((a) =>
    a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity);
return {
    busy: document.readyState !== 'complete' || loading || moving,
    words: document.title + '\n' + document.body.innerText,
};
"#;

impl Browser {
    /// Opens `url` as a person would and waits until the app has taken over: the
    /// server's first paint of `/` and `/designs/:id` (inert copies of the cards and
    /// the design, which the app replaces) is gone, so what a test finds and clicks is
    /// the app's own. Shadows `Client::goto`.
    pub async fn goto(&self, url: &str) -> Result<(), fantoccini::error::CmdError> {
        self.client.goto(url).await?;
        eventually(
            &format!("the app to replace the server's first paint of {url}"),
            || async move {
                let first_paint = self
                    .client
                    .execute(
                        "return document.getElementById('first-paint') !== null;",
                        vec![],
                    )
                    .await
                    .map_err(|error| error.to_string())?;
                if first_paint == false {
                    Ok(())
                } else {
                    Err("#first-paint still there".to_owned())
                }
            },
        )
        .await;
        Ok(())
    }

    /// The first element matching `css`, waiting up to [`WAIT`] for it to appear.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no `{css}` within {WAIT:?}: {error}"))
    }

    /// Waits up to [`WAIT`] until the element matching `css` has exactly `expected` as
    /// its visible text (pages fill in after their data loads).
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> Element {
        eventually(&format!("`{css}` to read {expected:?}"), || async move {
            let element = self
                .client
                .find(Locator::Css(css))
                .await
                .map_err(|_| format!("no `{css}`"))?;
            match element.text().await {
                Ok(text) if text.trim() == expected => Ok(element),
                Ok(text) => Err(format!("{text:?}")),
                Err(error) => Err(error.to_string()),
            }
        })
        .await
    }

    /// Creates an account named `name` through the sign-up page, which then opens `next`
    /// (a path such as `/submit`), as a newcomer who was sent to sign up would.
    pub async fn sign_up(&self, app: &TestApp, name: &str, next: &str) {
        self.goto(&app.at(&format!("/signup?next={next}")))
            .await
            .expect("the sign-up page opens");
        let form = self.wait_for("form#signup-form").await;
        let email = email_of(name);
        for (field, value) in [
            ("name", name),
            ("email", email.as_str()),
            ("password", PASSWORD),
        ] {
            form.find(Locator::Css(&format!("input[name={field}]")))
                .await
                .unwrap_or_else(|error| panic!("no `{field}` field on the sign-up form: {error}"))
                .send_keys(value)
                .await
                .expect("typing into the sign-up form");
        }
        form.find(Locator::Css("button[type=submit]"))
            .await
            .expect("the sign-up button")
            .click()
            .await
            .expect("clicking the sign-up button");
        eventually(&format!("signing up to lead to {next}"), || async move {
            let path = self.path().await;
            if path == next {
                Ok(())
            } else {
                Err(format!("the page is {path}"))
            }
        })
        .await;
    }

    /// Fills in the submit form (the browser is on `/submit`) and sends it: `image` is a
    /// file on disk, chosen by typing its path into the file input as the picker would.
    pub async fn send_design_form(
        &self,
        title: &str,
        description: &str,
        category: &str,
        image: &Path,
    ) {
        let form = self.wait_for("form#submit-form").await;
        let image = image.to_str().expect("a UTF-8 path");
        for (css, value) in [
            ("input[name=title]", title),
            ("textarea[name=description]", description),
            ("input[type=file][name=image]", image),
        ] {
            form.find(Locator::Css(css))
                .await
                .unwrap_or_else(|error| panic!("no {css} in the submit form: {error}"))
                .send_keys(value)
                .await
                .unwrap();
        }
        form.find(Locator::Css("select[name=category]"))
            .await
            .expect("the category menu")
            .select_by_value(category)
            .await
            .unwrap();
        form.find(Locator::Css("button[type=submit]"))
            .await
            .expect("the submit button")
            .click()
            .await
            .unwrap();
    }

    /// Every piece of text a person or a screen reader meets on the page: text nodes,
    /// the words in labels, titles, placeholders and alt texts, and the tab's title.
    pub async fn words_on_page(&self) -> Vec<String> {
        let found = self
            .execute(
                r#"
                const words = [document.title];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    const parent = walker.currentNode.parentElement;
                    if (parent && !parent.closest('script, style, noscript')) {
                        words.push(walker.currentNode.textContent);
                    }
                }
                for (const element of document.body.querySelectorAll('*')) {
                    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
                        const value = element.getAttribute(name);
                        if (value) words.push(value);
                    }
                }
                return words.map((w) => w.trim()).filter((w) => w.length > 0);
                "#,
                vec![],
            )
            .await
            .expect("the page's words are read");
        serde_json::from_value(found).expect("a list of strings")
    }

    /// Submits a dress titled `title` with `image` through the submit form (the
    /// browser is on `/submit`) and waits for the new design's page.
    pub async fn submit_design(&self, title: &str, image: &Path) {
        self.send_design_form(
            title,
            "A loose linen dress that wraps at the waist, with deep side pockets.",
            "dresses",
            image,
        )
        .await;
        self.wait_for_text("h1.design-title", title).await;
    }

    /// Waits up to [`WAIT`] until the element matching `css` has the attribute `name`
    /// equal to `expected` (as `aria-pressed` after a tap).
    pub async fn wait_for_attribute(&self, css: &str, name: &str, expected: &str) -> Element {
        eventually(
            &format!("`{css}` to get {name}={expected:?}"),
            || async move {
                let element = self
                    .client
                    .find(Locator::Css(css))
                    .await
                    .map_err(|_| format!("no `{css}`"))?;
                match element.attr(name).await {
                    Ok(value) if value.as_deref() == Some(expected) => Ok(element),
                    Ok(value) => Err(format!("{name}={value:?}")),
                    Err(error) => Err(error.to_string()),
                }
            },
        )
        .await
    }

    /// Waits up to [`WAIT`] until nothing matches `locator` (a reviewed design leaves
    /// the queue, a banner closes).
    pub async fn wait_until_gone(&self, locator: Locator<'_>) {
        eventually(&format!("{locator:?} to be gone"), || async move {
            match self.client.find(locator).await {
                Ok(_) => Err("it is still there"),
                Err(_) => Ok(()),
            }
        })
        .await;
    }

    /// Waits up to [`WAIT`] until the page has settled: nothing is loading (no spinner,
    /// nothing `aria-busy`), no transition or finite animation is running, and its
    /// words read the same in two looks a moment apart. The positive signal to wait
    /// for before checking that something is *not* on the page.
    pub async fn wait_until_settled(&self) {
        let last_look = std::cell::RefCell::new(None::<serde_json::Value>);
        let last_look = &last_look;
        eventually("the page to settle", || async move {
            let now = self
                .execute(SETTLED, vec![])
                .await
                .map_err(|error| error.to_string())?;
            let previous = last_look.replace(Some(now.clone()));
            if now["busy"] == false && previous.as_ref() == Some(&now) {
                Ok(())
            } else {
                Err(format!("busy: {}", now["busy"]))
            }
        })
        .await;
    }

    /// Types `value` into the input named `name` for each pair, inside the form matching
    /// `form_css`, then presses its submit button.
    pub async fn fill_in(&self, form_css: &str, fields: &[(&str, &str)]) {
        let form = self.wait_for(form_css).await;
        for (name, value) in fields {
            form.find(Locator::Css(&format!("[name={name}]")))
                .await
                .unwrap_or_else(|error| panic!("no field {name} in {form_css}: {error}"))
                .send_keys(value)
                .await
                .unwrap();
        }
        form.find(Locator::Css("button[type=submit]"))
            .await
            .unwrap_or_else(|error| panic!("no submit button in {form_css}: {error}"))
            .click()
            .await
            .unwrap();
    }

    /// The path of the page the browser shows now, as `/submit`.
    pub async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("the current URL")
            .path()
            .to_owned()
    }
}
