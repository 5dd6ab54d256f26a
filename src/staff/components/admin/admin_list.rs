//! A list that `/admin` loads from the API and then changes item by item, so that
//! approving one design does not reload the others (nor wipe a half-typed reason).

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::ClientError;
use crate::components::{ErrorNotice, Spinner};
use crate::contexts::use_auth;
use crate::i18n::{t, Msg};
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};

/// The items of one `/admin` list, as loaded and changed since; `Copy`.
#[derive(Debug)]
pub struct AdminList<T: Send + Sync + 'static> {
    /// `None` until the first load answers.
    items: RwSignal<Option<Vec<T>>>,
    /// Why the last load failed, if it did.
    error: RwSignal<Option<ClientError>>,
    /// Whether a load is on its way.
    loading: RwSignal<bool>,
    /// Counts loads, so that an older answer arriving late is ignored.
    generation: StoredValue<u32>,
}

impl<T: Send + Sync + 'static> Clone for AdminList<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for AdminList<T> {}

/// What a list shows as a whole; items change inside [`ListShape::Ready`] without
/// rebuilding it.
#[derive(Debug, Clone, PartialEq)]
enum ListShape {
    Loading,
    Failed(String),
    Empty,
    Ready,
}

impl<T: Clone + Send + Sync + 'static> AdminList<T> {
    /// An empty list, not loaded yet.
    pub fn new() -> Self {
        AdminList {
            items: RwSignal::new(None),
            error: RwSignal::new(None),
            loading: RwSignal::new(false),
            generation: StoredValue::new(0),
        }
    }

    /// Loads the list (again) from `fetch`; what is shown stays until it answers.
    pub fn load(self, fetch: impl Future<Output = Result<Vec<T>, ClientError>> + 'static) {
        let generation = self.generation.get_value().wrapping_add(1);
        self.generation.set_value(generation);
        self.loading.set(true);
        let auth = use_auth();
        spawn_local(async move {
            let result = fetch.await;
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            self.loading.try_set(false);
            match result {
                Ok(items) => {
                    self.error.try_set(None);
                    self.items.try_set(Some(items));
                }
                Err(error) => {
                    note_session_end(auth, &error);
                    self.error.try_set(Some(error));
                }
            }
        });
    }

    /// The items now, empty until loaded (tracked).
    pub fn items(&self) -> Vec<T> {
        self.items.get().unwrap_or_default()
    }

    /// The items that pass `keep` (tracked).
    pub fn filtered(&self, keep: impl Fn(&T) -> bool) -> Vec<T> {
        self.items.with(|items| {
            items
                .iter()
                .flatten()
                .filter(|item| keep(item))
                .cloned()
                .collect()
        })
    }

    /// How many items there are, once loaded (tracked).
    pub fn loaded_count(&self) -> Option<usize> {
        self.items.with(|items| items.as_ref().map(Vec::len))
    }

    /// Whether a load is on its way (tracked).
    pub fn is_loading(&self) -> bool {
        self.loading.get()
    }

    /// Changes the loaded items in place (nothing happens before the first load).
    pub fn update(&self, change: impl FnOnce(&mut Vec<T>)) {
        self.items.update(|items| {
            if let Some(items) = items {
                change(items);
            }
        });
    }

    /// Removes the items for which `gone` holds.
    pub fn remove(&self, gone: impl Fn(&T) -> bool) {
        self.update(|items| items.retain(|item| !gone(item)));
    }

    /// What the list shows as a whole (tracked).
    fn shape(&self) -> ListShape {
        let error = self
            .error
            .with(|error| error.as_ref().map(admin_error_message));
        match (self.loaded_count(), error) {
            (None, Some(message)) => ListShape::Failed(message),
            (None, None) => ListShape::Loading,
            (Some(0), _) => ListShape::Empty,
            (Some(_), _) => ListShape::Ready,
        }
    }

    /// Why the last reload failed while older items are still shown (tracked).
    fn stale_error(&self) -> Option<String> {
        self.loaded_count()?;
        self.error
            .with(|error| error.as_ref().map(admin_error_message))
    }
}

impl<T: Clone + Send + Sync + 'static> Default for AdminList<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The list's body: a spinner (saying `loading_label`) while it first loads, an
/// error with "Try again",
/// `empty` when there is nothing, else `ready` (built once, its items then
/// change inside it). A failed reload is said above the items still shown.
pub fn admin_list_view<T, V>(
    list: AdminList<T>,
    loading_label: Msg,
    on_retry: Callback<()>,
    empty: impl Fn() -> AnyView + Send + Sync + 'static,
    ready: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let shape = Memo::new(move |_| list.shape());
    let body = move || match shape.get() {
        ListShape::Loading => view! { <Spinner label=t(loading_label) /> }.into_any(),
        ListShape::Failed(message) => {
            view! { <ErrorNotice message=message on_retry=on_retry /> }.into_any()
        }
        ListShape::Empty => empty(),
        ListShape::Ready => ready().into_any(),
    };
    let stale = move || {
        list.stale_error().map(|message| {
            view! {
                <p class="admin-error" role="alert">
                    {message}
                </p>
            }
        })
    };
    view! {
        {stale}
        {body}
    }
}
