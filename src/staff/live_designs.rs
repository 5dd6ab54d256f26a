//! The live wiring of the in-store pages (a hanger tag, the store screen): what they
//! show loads in the background until it works, and the live stream keeps its counts
//! and statuses current between loads.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

use cocrea_api::Design;
use leptos::prelude::*;

use crate::api::ClientError;
use crate::staff::live::{
    apply_likes, use_live_events, use_reloader, ConnectionState, LiveCounts, LiveEvent, Reloader,
    Ticket,
};

/// What a live page shows (one design, or whole rankings), as the stream updates it.
pub trait LiveShown: Default + Send + Sync + 'static {
    /// Every design shown, for the counts and statuses the stream brings.
    fn designs(&mut self) -> Vec<&mut Design>;

    /// Runs after the designs' counts changed (a ranking puts itself in order again).
    fn after_counts_changed(&mut self) {}
}

impl LiveShown for Option<Design> {
    fn designs(&mut self) -> Vec<&mut Design> {
        self.iter_mut().collect()
    }
}

/// One load of what a live page shows.
pub type Fetch<T> = Pin<Box<dyn Future<Output = Result<T, ClientError>>>>;

/// What [`use_live_designs`] gives a page.
pub struct LiveDesigns<T: LiveShown> {
    /// What the page shows: `T::default()` until the first load answers.
    pub shown: RwSignal<T>,
    /// Why the last load failed, until one works (the last good view stays meanwhile).
    pub problem: RwSignal<Option<ClientError>>,
    /// How the stream's connection is doing, for a `ReconnectingMark`.
    pub connection: ReadSignal<ConnectionState>,
    /// Loads what the page shows again (now, or soon).
    pub reloader: Reloader,
}

/// Shows what `fetch` loads (for `store`'s likes), loading it again whenever the stream
/// asks (each reconnection) and, with `reload_after_news`, that long after likes or a
/// status change; in between, likes and statuses from the stream update what is shown.
/// Likes heard while a load was under way are counted in when it answers.
pub fn use_live_designs<T: LiveShown>(
    store: Option<String>,
    reload_after_news: Option<Duration>,
    fetch: impl Fn() -> Fetch<T> + 'static,
) -> LiveDesigns<T> {
    let shown = RwSignal::new(T::default());
    let problem = RwSignal::new(None::<ClientError>);
    let counts = Rc::new(RefCell::new(LiveCounts::default()));

    let reloader = use_reloader({
        let counts = Rc::clone(&counts);
        move |ticket: Ticket| {
            let counts = Rc::clone(&counts);
            let answer = fetch();
            Box::pin(async move {
                let mark = counts.borrow().mark();
                let answer = answer.await;
                if !ticket.is_current() {
                    return true;
                }
                match answer {
                    Ok(mut fresh) => {
                        let mut counts = counts.borrow_mut();
                        for design in fresh.designs() {
                            counts.refresh(mark, design);
                        }
                        fresh.after_counts_changed();
                        counts.forget_until(mark);
                        shown.try_set(fresh);
                        problem.try_set(None);
                        true
                    }
                    // What is shown stays; the reloader tries again.
                    Err(error) => {
                        problem.try_set(Some(error));
                        false
                    }
                }
            })
        }
    });
    reloader.reload();

    let connection = use_live_events({
        let reloader = reloader.clone();
        move |event| {
            match event {
                event if event.asks_for_reload() => return reloader.reload(),
                LiveEvent::Likes(event) => {
                    counts.borrow_mut().hear(&event, store.as_deref());
                    shown.try_maybe_update(|shown| {
                        let mut changed = false;
                        for design in shown.designs() {
                            changed |= apply_likes(design, &event, store.as_deref());
                        }
                        if changed {
                            shown.after_counts_changed();
                        }
                        (changed, ())
                    });
                }
                LiveEvent::Status(event) => {
                    shown.try_maybe_update(|shown| {
                        let mut changed = false;
                        for design in shown.designs() {
                            if design.id == event.design_id {
                                design.status = event.status;
                                changed = true;
                            }
                        }
                        (changed, ())
                    });
                }
                _ => return,
            }
            // Designs may climb into a ranking from below it, or leave it.
            if let Some(delay) = reload_after_news {
                reloader.reload_soon(delay);
            }
        }
    });

    LiveDesigns {
        shown,
        problem,
        connection,
        reloader,
    }
}
