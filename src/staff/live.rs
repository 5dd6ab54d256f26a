//! Live counts for hanger tags and store screens, which run unattended for days.
//!
//! [`use_live_events`] keeps one `EventSource` on `GET /api/events` open and hands every
//! event to the page. When the stream fails it closes it and opens a new one after an
//! exponential backoff ([`backoff_delay`], with jitter so a store's screens do not all
//! knock at once). Every new stream starts with a `ready` event: the page's cue to load
//! what it shows again, which [`use_reloader`] does in the background, retrying until
//! the server answers, while the last good data stays on screen.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::time::Duration;

use cocrea_api::events::store_code;
use cocrea_api::{Design, LikesEvent, StatusEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventSource, MessageEvent};

/// Where the server streams its events.
pub const EVENTS_URL: &str = "/api/events";

/// The wait before the first reconnection; each failure doubles it.
pub const FIRST_RETRY: Duration = Duration::from_secs(1);

/// The longest wait between two reconnections (or two reloads that failed).
pub const MAX_RETRY: Duration = Duration::from_secs(30);

/// A stream silent this long is opened afresh. The server's heartbeats are SSE
/// comments, which `EventSource` never shows, so a connection that died without a
/// word (a NAT or proxy dropping it) is only noticed this way.
pub const QUIET_RECYCLE: Duration = Duration::from_secs(5 * 60);

/// The event names the stream carries, each listened to.
const EVENT_KINDS: [&str; 4] = ["ready", "likes", "status", "snapshot"];

/// One event from the stream, decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum LiveEvent {
    /// A new stream: events from now on; reload what is shown to start from the truth.
    Ready,
    /// A design's like count changed.
    Likes(LikesEvent),
    /// A design moved on in its life.
    Status(StatusEvent),
    /// The server could not replay what was missed: reload what is shown. (Its reason,
    /// "reconnected" or "lagged", changes nothing here.)
    Snapshot,
}

impl LiveEvent {
    /// Decodes an event from its name and JSON data; `None` for anything unknown.
    pub fn parse(kind: &str, data: &str) -> Option<LiveEvent> {
        match kind {
            "ready" => Some(LiveEvent::Ready),
            "likes" => serde_json::from_str(data).ok().map(LiveEvent::Likes),
            "status" => serde_json::from_str(data).ok().map(LiveEvent::Status),
            "snapshot" => Some(LiveEvent::Snapshot),
            _ => None,
        }
    }

    /// Whether the page should load everything it shows again.
    pub fn asks_for_reload(&self) -> bool {
        matches!(self, LiveEvent::Ready | LiveEvent::Snapshot)
    }
}

/// How the stream is doing, for the "reconnecting" mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionState {
    /// The first connection is being made.
    Connecting,
    /// Events arrive.
    Live,
    /// The stream failed; a new one is on its way.
    Reconnecting,
}

/// The wait before reconnection number `attempt` (0 first): 1 s, 2 s, 4 s, ... 30 s at most.
pub fn backoff_delay(attempt: u32) -> Duration {
    let first = FIRST_RETRY.as_millis() as u64;
    let millis = 1u64
        .checked_shl(attempt)
        .and_then(|factor| first.checked_mul(factor))
        .unwrap_or(u64::MAX);
    Duration::from_millis(millis).min(MAX_RETRY)
}

/// `delay` shortened by up to a quarter, by `random` (0.0 to 1.0): never longer, so
/// the 30 s ceiling holds, and screens that lost the server together come back apart.
pub fn with_jitter(delay: Duration, random: f64) -> Duration {
    let cut = delay.as_millis() as f64 * 0.25 * random.clamp(0.0, 1.0);
    delay.saturating_sub(Duration::from_millis(cut as u64))
}

/// The wait before retry number `attempt`, jittered by the browser's randomness.
fn retry_delay(attempt: u32) -> Duration {
    with_jitter(backoff_delay(attempt), js_sys::Math::random())
}

/// The store code of a `?store=` value, when it is a valid one.
pub fn store_from_query(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|code| store_code::is_valid(code))
        .map(str::to_owned)
}

/// Puts a `likes` event into `design` when it is about it, with the store's own count
/// when the like was made in `store`. Answers whether the design changed.
pub fn apply_likes(design: &mut Design, event: &LikesEvent, store: Option<&str>) -> bool {
    if design.id != event.design_id {
        return false;
    }
    let before = (design.likes, design.store_likes);
    design.likes = event.likes;
    if store.is_some() && event.store.as_deref() == store {
        if let Some(count) = event.store_likes {
            design.store_likes = Some(count);
        }
    }
    before != (design.likes, design.store_likes)
}

/// Counts heard on the stream, so that a reload answered after a newer event does not
/// put an older count back on screen.
///
/// Take [`LiveCounts::mark`] when a reload starts and [`LiveCounts::refresh`] each
/// design it brings: counts heard since the mark win over the reload's.
#[derive(Debug, Default)]
pub struct LiveCounts {
    heard: u64,
    latest: HashMap<i64, Heard>,
}

/// The last counts heard for one design, each with when it was heard.
#[derive(Debug, Clone, Copy)]
struct Heard {
    likes: (u64, i64),
    store_likes: Option<(u64, i64)>,
}

impl LiveCounts {
    /// A mark to take when a reload starts.
    pub fn mark(&self) -> u64 {
        self.heard
    }

    /// Notes a `likes` event (with the store's count when it was made in `store`).
    pub fn hear(&mut self, event: &LikesEvent, store: Option<&str>) {
        self.heard += 1;
        let at = self.heard;
        let store_likes = event
            .store_likes
            .filter(|_| store.is_some() && event.store.as_deref() == store)
            .map(|count| (at, count));
        let entry = self.latest.entry(event.design_id).or_insert(Heard {
            likes: (at, event.likes),
            store_likes,
        });
        entry.likes = (at, event.likes);
        if store_likes.is_some() {
            entry.store_likes = store_likes;
        }
    }

    /// Gives `design` (from a reload started at `mark`) the counts heard since then.
    pub fn refresh(&self, mark: u64, design: &mut Design) {
        let Some(heard) = self.latest.get(&design.id) else {
            return;
        };
        if heard.likes.0 > mark {
            design.likes = heard.likes.1;
        }
        if let Some((at, count)) = heard.store_likes {
            if at > mark {
                design.store_likes = Some(count);
            }
        }
    }

    /// Forgets what a reload started at `mark` has brought up to date, so a page that
    /// runs for days does not keep every count it ever heard.
    pub fn forget_until(&mut self, mark: u64) {
        self.latest.retain(|_, heard| {
            heard.likes.0 > mark || heard.store_likes.is_some_and(|(at, _)| at > mark)
        });
    }
}

/// A JavaScript listener kept alive while its `EventSource` may call it.
type Listener<E> = RefCell<Option<Closure<dyn Fn(E)>>>;

/// The open stream and what it needs to start again.
struct Stream {
    on_event: Box<dyn Fn(LiveEvent)>,
    state: WriteSignal<ConnectionState>,
    source: RefCell<Option<EventSource>>,
    /// Listens to every named event; made once and given to each new `EventSource`.
    on_message: Listener<MessageEvent>,
    on_error: Listener<Event>,
    attempt: Cell<u32>,
    retry: Cell<Option<TimeoutHandle>>,
    quiet: Cell<Option<TimeoutHandle>>,
    stopped: Cell<bool>,
}

impl Stream {
    /// Opens a new `EventSource`, or plans another try when the browser refuses.
    fn open(self: &Rc<Self>) {
        self.close();
        clear(&self.retry);
        if self.stopped.get() {
            return;
        }
        let Ok(source) = EventSource::new(EVENTS_URL) else {
            self.fail();
            return;
        };
        crate::page_cache::track(&source);
        if let Some(listener) = self.on_message.borrow().as_ref() {
            for kind in EVENT_KINDS {
                let _ = source
                    .add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
            }
        }
        if let Some(listener) = self.on_error.borrow().as_ref() {
            source.set_onerror(Some(listener.as_ref().unchecked_ref()));
        }
        *self.source.borrow_mut() = Some(source);
        self.watch_quiet();
    }

    /// Closes the current `EventSource`, if any.
    fn close(&self) {
        if let Some(source) = self.source.borrow_mut().take() {
            source.set_onerror(None);
            source.close();
        }
    }

    fn message(self: &Rc<Self>, event: MessageEvent) {
        let Some(data) = event.data().as_string() else {
            return;
        };
        let Some(live) = LiveEvent::parse(&event.type_(), &data) else {
            return;
        };
        self.attempt.set(0);
        self.set_state(ConnectionState::Live);
        self.watch_quiet();
        (self.on_event)(live);
    }

    /// The stream failed: close it (the browser's own retries would not back off, and
    /// stop for good on an HTTP error) and open a new one after the backoff.
    fn fail(self: &Rc<Self>) {
        self.close();
        clear(&self.quiet);
        if self.stopped.get() {
            return;
        }
        self.set_state(ConnectionState::Reconnecting);
        let attempt = self.attempt.get();
        self.attempt.set(attempt.saturating_add(1));
        let stream = Rc::downgrade(self);
        let handle = set_timeout_with_handle(move || reopen(&stream), retry_delay(attempt)).ok();
        if let Some(old) = self.retry.replace(handle) {
            old.clear();
        }
    }

    /// (Re)starts the countdown after which a silent stream is opened afresh.
    fn watch_quiet(self: &Rc<Self>) {
        let stream = Rc::downgrade(self);
        let handle = set_timeout_with_handle(move || reopen(&stream), QUIET_RECYCLE).ok();
        if let Some(old) = self.quiet.replace(handle) {
            old.clear();
        }
    }

    fn set_state(&self, state: ConnectionState) {
        self.state.try_maybe_update(|current| {
            let changed = *current != state;
            *current = state;
            (changed, ())
        });
    }

    /// Ends it all: the page went away.
    fn stop(&self) {
        self.stopped.set(true);
        self.close();
        clear(&self.retry);
        clear(&self.quiet);
        self.on_message.borrow_mut().take();
        self.on_error.borrow_mut().take();
    }
}

/// Cancels the timer in `timer`, if one is set.
fn clear(timer: &Cell<Option<TimeoutHandle>>) {
    if let Some(handle) = timer.take() {
        handle.clear();
    }
}

fn reopen(stream: &Weak<Stream>) {
    if let Some(stream) = stream.upgrade() {
        stream.open();
    }
}

/// Listens to the server's live events for as long as the calling component lives.
///
/// `on_event` gets each event; on [`LiveEvent::Ready`] and [`LiveEvent::Snapshot`] it
/// should load what the page shows again (every reconnection starts with `ready`).
/// The answer says how the connection is doing, for a [`ReconnectingMark`].
///
/// [`ReconnectingMark`]: crate::components::ReconnectingMark
pub fn use_live_events(on_event: impl Fn(LiveEvent) + 'static) -> ReadSignal<ConnectionState> {
    let (state, set_state) = signal(ConnectionState::Connecting);
    let stream = Rc::new(Stream {
        on_event: Box::new(on_event),
        state: set_state,
        source: RefCell::new(None),
        on_message: RefCell::new(None),
        on_error: RefCell::new(None),
        attempt: Cell::new(0),
        retry: Cell::new(None),
        quiet: Cell::new(None),
        stopped: Cell::new(false),
    });
    let weak = Rc::downgrade(&stream);
    *stream.on_message.borrow_mut() = Some(Closure::new(move |event: MessageEvent| {
        if let Some(stream) = weak.upgrade() {
            stream.message(event);
        }
    }));
    let weak = Rc::downgrade(&stream);
    *stream.on_error.borrow_mut() = Some(Closure::new(move |_: Event| {
        if let Some(stream) = weak.upgrade() {
            stream.fail();
        }
    }));
    stream.open();
    // The stream lives exactly as long as the component that asked for it.
    let owned = SendWrapper::new(stream);
    on_cleanup(move || owned.stop());
    state
}

/// Loads what a page shows, in the background, until it works.
///
/// Cheap to clone. A new [`Reloader::reload`] supersedes one still trying; everything
/// stops when the component that made it goes away.
#[derive(Clone)]
pub struct Reloader(Rc<ReloaderInner>);

/// One load, as a page writes it: it fetches, shows what it got if `ticket` is still
/// current, and answers whether it got it (`false`: try again later).
pub type Load = Pin<Box<dyn Future<Output = bool>>>;

/// Tells a load whether it is still the current one, so a slow answer never replaces
/// a newer one.
#[derive(Clone)]
pub struct Ticket {
    mine: u64,
    generation: Rc<Cell<u64>>,
    stopped: Rc<Cell<bool>>,
}

impl Ticket {
    /// Whether this load is still wanted: no newer reload began, the page is still up.
    pub fn is_current(&self) -> bool {
        self.generation.get() == self.mine && !self.stopped.get()
    }
}

struct ReloaderInner {
    load: Box<dyn Fn(Ticket) -> Load>,
    /// Which reload is the current one; older ones stop at their next turn.
    generation: Rc<Cell<u64>>,
    stopped: Rc<Cell<bool>>,
    soon: Cell<Option<TimeoutHandle>>,
}

impl Reloader {
    /// Loads again now.
    pub fn reload(&self) {
        self.cancel_soon();
        let inner = &self.0;
        if inner.stopped.get() {
            return;
        }
        inner.generation.set(inner.generation.get().wrapping_add(1));
        let ticket = Ticket {
            mine: inner.generation.get(),
            generation: Rc::clone(&inner.generation),
            stopped: Rc::clone(&inner.stopped),
        };
        let load = Rc::downgrade(&self.0);
        spawn_local(async move {
            let mut attempt = 0;
            while ticket.is_current() {
                let Some(next) = load.upgrade().map(|inner| (inner.load)(ticket.clone())) else {
                    return;
                };
                if next.await {
                    return;
                }
                sleep(retry_delay(attempt)).await;
                attempt = attempt.saturating_add(1);
            }
        });
    }

    /// Loads again after `delay`, unless a reload is already planned: a burst of
    /// events makes one request, not one each.
    pub fn reload_soon(&self, delay: Duration) {
        let planned = self.0.soon.take();
        let already = planned.is_some();
        self.0.soon.set(planned);
        if already || self.0.stopped.get() {
            return;
        }
        let inner = Rc::downgrade(&self.0);
        let handle = set_timeout_with_handle(
            move || {
                if let Some(inner) = inner.upgrade() {
                    inner.soon.set(None);
                    Reloader(inner).reload();
                }
            },
            delay,
        )
        .ok();
        self.0.soon.set(handle);
    }

    fn cancel_soon(&self) {
        if let Some(handle) = self.0.soon.take() {
            handle.clear();
        }
    }
}

/// Makes a [`Reloader`] around `load`, which is tried again after 1 s, 2 s, 4 s ...
/// 30 s for as long as it answers `false` (the page keeps what it shows meanwhile).
///
/// `load` is boxed so that one copy of the retry loop serves every page.
pub fn use_reloader(load: impl Fn(Ticket) -> Load + 'static) -> Reloader {
    let reloader = Reloader(Rc::new(ReloaderInner {
        load: Box::new(load),
        generation: Rc::new(Cell::new(0)),
        stopped: Rc::new(Cell::new(false)),
        soon: Cell::new(None),
    }));
    let owned = SendWrapper::new(reloader.clone());
    on_cleanup(move || {
        owned.0.stopped.set(true);
        owned.cancel_soon();
    });
    reloader
}

/// Resolves after `delay`.
pub async fn sleep(delay: Duration) {
    let (done, wait) = futures_channel::oneshot::channel::<()>();
    set_timeout(
        move || {
            let _ = done.send(());
        },
        delay,
    );
    let _ = wait.await;
}
