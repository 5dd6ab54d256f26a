//! The form that sends a new design: checked in the browser, uploaded with progress.

use cocrea_api::validation::{
    validate_image_file, NewDesignText, DESCRIPTION_MAX, TITLE_MAX, TITLE_MIN,
};
use cocrea_api::{ApiError, Category, Design};
use leptos::html::Input;
use leptos::prelude::*;
use web_sys::FormData;

use crate::api::ClientError;
use crate::components::shared::form_checks::use_form_checks;
use crate::components::FieldError;
use crate::i18n::{self, category_name, live_text, msg, network_message, t, text_with};
use crate::staff::components::designer::image_picker::chosen_file;
use crate::staff::components::ImagePicker;
use crate::staff::upload::upload_design;

/// The form's fields in the order they appear, which is the order errors are focused in.
const FIELDS: [&str; 4] = ["image", "title", "description", "category"];

/// The submit form: image, title, description and category; calls `on_created` on 201.
#[component]
pub fn SubmitForm(
    /// Runs with the stored design once the server has accepted it.
    on_created: Callback<Design>,
) -> impl IntoView {
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let picked = RwSignal::new(None);
    let input_ref = NodeRef::<Input>::new();
    let too_small = RwSignal::new(None::<ApiError>);
    let banner = RwSignal::new(None::<String>);
    let progress = RwSignal::new(None::<f64>);

    let text = move || NewDesignText {
        title: title.get_untracked(),
        description: description.get_untracked(),
        category: category.get_untracked(),
    };
    let image_error = move || match chosen_file(&input_ref) {
        Some(file) => validate_image_file(file.size() as u64, &file.type_())
            .err()
            .or_else(|| too_small.get_untracked()),
        None => validate_image_file(0, "").err(),
    };
    let checks = use_form_checks(&FIELDS, move || {
        let mut found = text().validate().err().unwrap_or_default();
        found.extend(image_error());
        found
    });
    let recheck_text = move || checks.recheck();

    let upload = Action::new_local(move |form: &FormData| {
        let form = form.clone();
        async move {
            progress.set(Some(0.0));
            let result = upload_design(form, move |done| progress.set(Some(done))).await;
            progress.set(None);
            match result {
                Ok(design) => on_created.run(design),
                Err(ClientError::Api(error)) => {
                    if let Err(error) = checks.show_field_error(error) {
                        banner.set(Some(ClientError::Api(error).user_message()));
                    }
                }
                Err(ClientError::Network(_)) => banner.set(Some(network_message())),
            }
        }
    });
    let sending = upload.pending();
    let abort = StoredValue::new(None::<ActionAbortHandle>);
    on_cleanup(move || {
        if let Some(handle) = abort.try_update_value(std::option::Option::take).flatten() {
            handle.abort();
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        banner.set(None);
        if !checks.attempt() {
            return;
        }
        let (Ok(valid), Some(file)) = (text().validate(), chosen_file(&input_ref)) else {
            return;
        };
        let Ok(form) = FormData::new() else {
            banner.set(Some(i18n::text(msg::UPLOAD_UNPREPARED)));
            return;
        };
        let _ = form.append_with_str("title", &valid.title);
        let _ = form.append_with_str("description", &valid.description);
        let _ = form.append_with_str("category", valid.category.slug());
        let _ = form.append_with_blob_and_filename("image", &file, &file.name());
        abort.set_value(Some(upload.dispatch_local(form)));
    };

    let error_of = move |field: &'static str| checks.error(field);
    let described_by =
        move |field: &'static str, hint: Option<&'static str>| checks.described_by(field, hint);
    let invalid = move |field: &'static str| checks.invalid(field);
    let description_length = move || description.with(|d| d.trim().chars().count());
    let percent = move || (progress.get().unwrap_or(0.0) * 100.0).round() as u32;

    view! {
        <form id="submit-form" class="submit-form" novalidate=true on:submit=on_submit>
            <ImagePicker
                picked=picked
                input_ref=input_ref
                error=error_of("image")
                too_small=too_small
                on_pick=Callback::new(move |error: Option<ApiError>| {
                    checks.set_error("image", error);
                })
            />
            <div class="field" class:has-error=move || error_of("title").get().is_some()>
                <label for="title">{t(msg::TITLE_LABEL)}</label>
                <input
                    type="text"
                    id="title"
                    name="title"
                    autocomplete="off"
                    aria-describedby=described_by("title", Some("title-hint"))
                    aria-invalid=invalid("title")
                    prop:value=move || title.get()
                    on:input=move |ev| {
                        title.set(event_target_value(&ev));
                        recheck_text();
                    }
                />
                <p class="hint" id="title-hint">
                    {live_text(move || {
                        text_with(msg::TITLE_HINT, &[("min", TITLE_MIN.into()), ("max", TITLE_MAX.into())])
                    })}
                </p>
                <FieldError field="title" message=error_of("title") />
            </div>
            <div class="field" class:has-error=move || error_of("description").get().is_some()>
                <label for="description">
                    {t(msg::DESCRIPTION_LABEL)} " " <span class="optional">{t(msg::OPTIONAL)}</span>
                </label>
                <textarea
                    id="description"
                    name="description"
                    rows="5"
                    aria-describedby=described_by("description", Some("description-count"))
                    aria-invalid=invalid("description")
                    prop:value=move || description.get()
                    on:input=move |ev| {
                        description.set(event_target_value(&ev));
                        recheck_text();
                    }
                ></textarea>
                <p
                    id="description-count"
                    class=move || {
                        if description_length() > DESCRIPTION_MAX { "char-count over" } else { "char-count" }
                    }
                >
                    {live_text(move || {
                        text_with(
                            msg::DESCRIPTION_COUNT,
                            &[("count", description_length().into()), ("max", DESCRIPTION_MAX.into())],
                        )
                    })}
                </p>
                <FieldError field="description" message=error_of("description") />
            </div>
            <div class="field" class:has-error=move || error_of("category").get().is_some()>
                <label for="category">{t(msg::CATEGORY_LABEL)}</label>
                <select
                    id="category"
                    name="category"
                    aria-describedby=described_by("category", None)
                    aria-invalid=invalid("category")
                    on:change=move |ev| {
                        category.set(event_target_value(&ev));
                        recheck_text();
                    }
                >
                    <option value="" selected=true disabled=true>
                        {t(msg::CATEGORY_CHOOSE)}
                    </option>
                    {Category::ALL
                        .into_iter()
                        .map(|c| view! { <option value=c.slug()>{live_text(move || category_name(c))}</option> })
                        .collect_view()}
                </select>
                <FieldError field="category" message=error_of("category") />
            </div>
            <Show when=move || progress.get().is_some()>
                <div class="upload-progress">
                    <div
                        class="upload-bar"
                        role="progressbar"
                        aria-label=t(msg::UPLOAD_PROGRESS_LABEL)
                        aria-valuemin="0"
                        aria-valuemax="100"
                        aria-valuenow=percent
                    >
                        <div class="upload-fill" style:width=move || format!("{}%", percent())></div>
                    </div>
                    <p class="upload-status" aria-live="polite">
                        {move || {
                            if percent() >= 100 {
                                i18n::text(msg::UPLOAD_PROCESSING)
                            } else {
                                text_with(msg::UPLOAD_PERCENT, &[("percent", percent().into())])
                            }
                        }}
                    </p>
                </div>
            </Show>
            // Next to the button, where the person is looking when it fails.
            {move || {
                banner
                    .get()
                    .map(|message| {
                        view! {
                            <div class="form-banner" role="alert">
                                <p>{message}</p>
                            </div>
                        }
                    })
            }}
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || sending.get()>
                    {live_text(move || {
                        i18n::text(if sending.get() { msg::SUBMIT_SENDING } else { msg::SUBMIT_BUTTON })
                    })}
                </button>
                <p class="form-note">{t(msg::SUBMIT_NOTE)}</p>
            </div>
        </form>
    }
}
