//! Choosing the design's image: a file input inside a drop zone, with a preview.

use std::sync::{Arc, Mutex};

use cocrea_api::limits::{ACCEPTED_IMAGE_TYPES, MIN_IMAGE_SHORT_SIDE};
use cocrea_api::validation::{validate_image_file, validate_image_pixels};
use cocrea_api::ApiError;
use leptos::html::Input;
use leptos::prelude::*;
use web_sys::{File, FileList, Url};

use crate::components::shared::field_error::error_id;
use crate::components::FieldError;
use crate::i18n::{around, format_number, lang, live_text, msg, t, text_with};

/// The image the person chose, as the form shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PickedImage {
    /// The file's name on their device.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its declared MIME type (may be empty).
    pub mime: String,
    /// A `blob:` URL for the preview, revoked when replaced or when the picker goes away.
    pub preview_url: String,
}

/// A file size in the words people use, in the current language: "820 KB", "2.4 MB"
/// ("2,4 MB" in Spanish).
pub fn format_size(bytes: u64) -> String {
    // Integer arithmetic only: float formatting would add kilobytes to the wasm.
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    if bytes < KB {
        text_with(msg::FILE_SIZE_BYTES, &[("count", count(bytes).into())])
    } else if bytes < MB {
        format!("{} KB", format_number(count((bytes + KB / 2) / KB)))
    } else {
        let tenths = (bytes * 10 + MB / 2) / MB;
        format!(
            "{}{}{} MB",
            format_number(count(tenths / 10)),
            lang().decimal_separator(),
            tenths % 10
        )
    }
}

/// The file input and drop zone; shows a preview, the file's name and size, and "Change image".
#[component]
pub fn ImagePicker(
    /// The chosen image, written by the picker and read by the form.
    picked: RwSignal<Option<PickedImage>>,
    /// The `<input type=file>`, so the form can read the file itself when sending.
    input_ref: NodeRef<Input>,
    /// The error to show beside the picker, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Runs after each pick with that file's problem, or `None` when it is fine.
    on_pick: Callback<Option<ApiError>>,
    /// Set once the preview has loaded when the image is under
    /// `MIN_IMAGE_SHORT_SIDE` pixels on its short side (the form then refuses to send it).
    too_small: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    // The live preview URL, shared with the cleanup so it is always revoked.
    let live_url: Arc<Mutex<Option<String>>> = Arc::default();

    let take_files = {
        let live_url = live_url.clone();
        move |files: Option<FileList>| {
            let Some(file) = files.and_then(|files| files.get(0)) else {
                return;
            };
            let preview_url = Url::create_object_url_with_blob(&file).unwrap_or_default();
            if let Some(old) = live_url
                .lock()
                .ok()
                .and_then(|mut u| u.replace(preview_url.clone()))
            {
                let _ = Url::revoke_object_url(&old);
            }
            let image = describe(&file, preview_url);
            too_small.set(None);
            on_pick.run(validate_image_file(image.size, &image.mime).err());
            picked.set(Some(image));
        }
    };
    on_cleanup(move || {
        if let Some(url) = live_url.lock().ok().and_then(|mut u| u.take()) {
            let _ = Url::revoke_object_url(&url);
        }
    });

    let on_change = {
        let take_files = take_files.clone();
        move |_| take_files(input_ref.get_untracked().and_then(|input| input.files()))
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = ev.data_transfer().and_then(|dt| dt.files());
        if let (Some(input), Some(files)) = (input_ref.get_untracked(), files.as_ref()) {
            // Keep the input the one source of the file, whichever way it came.
            input.set_files(Some(files));
        }
        take_files(files);
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let (or_before, or_after) = around(msg::IMAGE_DROP_OR, "choose");
    let described_by = move || {
        let mut ids = "image-help".to_owned();
        if error.get().is_some() {
            ids.push(' ');
            ids.push_str(&error_id("image"));
        }
        ids
    };

    view! {
        <div class="field field-image" class:has-error=move || error.get().is_some()>
            <span class="label" id="image-label">
                {t(msg::IMAGE_LABEL)}
            </span>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                class:has-image=move || picked.get().is_some()
                on:dragover=on_drag_over
                on:dragenter=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <input
                    type="file"
                    id="image"
                    name="image"
                    class="file-input"
                    accept=ACCEPTED_IMAGE_TYPES.join(",")
                    aria-labelledby="image-label"
                    aria-describedby=described_by
                    aria-invalid=move || error.get().is_some().then_some("true")
                    node_ref=input_ref
                    on:change=on_change
                />
                {move || match picked.get() {
                    None => {
                        view! {
                            <label for="image" class="drop-prompt">
                                <svg
                                    class="drop-icon"
                                    viewBox="0 0 24 24"
                                    width="40"
                                    height="40"
                                    aria-hidden="true"
                                >
                                    <path d="M12 16V4m0 0L7 9m5-5 5 5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
                                </svg>
                                <span class="drop-title">{t(msg::IMAGE_DROP_TITLE)}</span>
                                <span class="drop-or">
                                    {or_before}
                                    <span class="link-like">{t(msg::IMAGE_CHOOSE_FILE)}</span>
                                    {or_after}
                                </span>
                            </label>
                        }
                            .into_any()
                    }
                    Some(image) => {
                        view! {
                            <div class="preview">
                                <img
                                    class="preview-image"
                                    src=image.preview_url
                                    alt=t(msg::IMAGE_PREVIEW_ALT)
                                    on:load=move |ev| {
                                        // The browser knows the pixels before any upload.
                                        let img: web_sys::HtmlImageElement = event_target(&ev);
                                        let problem = validate_image_pixels(
                                                img.natural_width(),
                                                img.natural_height(),
                                                MIN_IMAGE_SHORT_SIDE,
                                            )
                                            .err();
                                        if problem.is_some() {
                                            too_small.set(problem.clone());
                                            on_pick.run(problem);
                                        }
                                    }
                                />
                                <div class="preview-info">
                                    <p class="file-name">{image.name}</p>
                                    <p class="file-size">{live_text(move || format_size(image.size))}</p>
                                    <label for="image" class="button button-secondary change-image">
                                        {t(msg::IMAGE_CHANGE)}
                                    </label>
                                </div>
                            </div>
                        }
                            .into_any()
                    }
                }}
            </div>
            <p class="hint" id="image-help">
                {t(msg::IMAGE_HELP)}
            </p>
            <FieldError field="image" message=error />
        </div>
    }
}

/// What the form shows about a file, with its preview URL.
fn describe(file: &File, preview_url: String) -> PickedImage {
    PickedImage {
        name: file.name(),
        size: file.size() as u64,
        mime: file.type_(),
        preview_url,
    }
}

/// The file currently in the input, if any.
pub fn chosen_file(input_ref: &NodeRef<Input>) -> Option<File> {
    input_ref
        .get_untracked()
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
}
