//! Sending a new design with `XMLHttpRequest`, because `fetch` cannot report
//! how much of a request body has gone out.

use std::cell::RefCell;
use std::rc::Rc;

use cocrea_api::Design;
use futures_channel::oneshot;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{FormData, ProgressEvent, XmlHttpRequest};

use crate::api::{read_answer, ClientError};

/// How one request ended, as the XHR callbacks report it.
enum Outcome {
    /// The server answered (with any status).
    Loaded,
    /// The request failed before an answer: offline, refused, timed out or aborted.
    Failed(&'static str),
}

/// Aborts the request if the future is dropped before it ends (the page went away).
struct AbortOnDrop {
    xhr: XmlHttpRequest,
    done: bool,
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if !self.done {
            self.xhr.set_onabort(None);
            self.xhr.set_onerror(None);
            self.xhr.set_onload(None);
            self.xhr.set_ontimeout(None);
            if let Ok(upload) = self.xhr.upload() {
                upload.set_onprogress(None);
            }
            let _ = self.xhr.abort();
        }
    }
}

/// `POST /api/designs` with a multipart body, reporting progress from 0.0 to 1.0.
///
/// `form` holds the fields `title`, `description`, `category` and `image`; the
/// session cookie says who submits it. Answers the stored design (201) or what went wrong.
pub async fn upload_design(
    form: FormData,
    on_progress: impl Fn(f64) + 'static,
) -> Result<Design, ClientError> {
    let xhr = XmlHttpRequest::new().map_err(js_error)?;
    xhr.open("POST", "/api/designs").map_err(js_error)?;
    xhr.set_request_header("Accept", "application/json")
        .map_err(js_error)?;

    let (sender, receiver) = oneshot::channel::<Outcome>();
    let sender = Rc::new(RefCell::new(Some(sender)));
    let finish = move |outcome: Outcome| {
        if let Some(sender) = sender.borrow_mut().take() {
            let _ = sender.send(outcome);
        }
    };

    let progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |event: ProgressEvent| {
        if event.length_computable() && event.total() > 0.0 {
            on_progress((event.loaded() / event.total()).clamp(0.0, 1.0));
        }
    });
    let on_load = Closure::<dyn FnMut()>::new({
        let finish = finish.clone();
        move || finish(Outcome::Loaded)
    });
    let on_error = Closure::<dyn FnMut()>::new({
        let finish = finish.clone();
        move || finish(Outcome::Failed("the upload failed"))
    });
    let on_timeout = Closure::<dyn FnMut()>::new({
        let finish = finish.clone();
        move || finish(Outcome::Failed("the upload timed out"))
    });
    let on_abort = Closure::<dyn FnMut()>::new(move || finish(Outcome::Failed("aborted")));

    xhr.upload()
        .map_err(js_error)?
        .set_onprogress(Some(progress.as_ref().unchecked_ref()));
    xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
    xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    xhr.set_ontimeout(Some(on_timeout.as_ref().unchecked_ref()));
    xhr.set_onabort(Some(on_abort.as_ref().unchecked_ref()));

    let mut guard = AbortOnDrop {
        xhr: xhr.clone(),
        done: false,
    };
    xhr.send_with_opt_form_data(Some(&form)).map_err(js_error)?;
    let outcome = receiver.await;
    guard.done = true;
    // The closures must outlive every callback; none fires after load/error/abort.
    drop((progress, on_load, on_error, on_timeout, on_abort));

    match outcome {
        Ok(Outcome::Loaded) => read_upload_answer(&xhr),
        Ok(Outcome::Failed(why)) => Err(ClientError::Network(why.to_owned())),
        Err(_) => Err(ClientError::Network("the upload was cancelled".to_owned())),
    }
}

/// Reads the server's answer to the upload: the design on 2xx, the error otherwise.
fn read_upload_answer(xhr: &XmlHttpRequest) -> Result<Design, ClientError> {
    let status = xhr.status().map_err(js_error)?;
    let body = xhr.response_text().map_err(js_error)?.unwrap_or_default();
    if status == 0 {
        return Err(ClientError::Network("no answer".to_owned()));
    }
    crate::api::decode(&read_answer(status, body)?)
}

/// A JavaScript exception from the XHR API, as a network error.
fn js_error(value: JsValue) -> ClientError {
    ClientError::Network(
        value
            .as_string()
            .unwrap_or_else(|| "the browser refused the request".to_owned()),
    )
}
