//! `GET /api/events`: Server-Sent Events with every like and status change.
//!
//! A new stream starts with a `ready` event carrying the current id. A client
//! that reconnects with `Last-Event-ID` gets what it missed, or a `snapshot`
//! event (reload what you show) when that is unknown; so does a client too
//! slow to keep up, instead of slowing anyone else down.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use axum::Router;
use cocrea_api::SnapshotEvent;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use crate::events::{Envelope, Events};
use crate::state::AppState;

/// How often an idle stream gets a comment, so proxies keep it open.
const HEARTBEAT: Duration = Duration::from_secs(15);

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/events", get(events_stream))
}

/// The live event stream.
#[utoipa::path(get, path = "/api/events", tag = "live",
    params(("Last-Event-ID" = Option<String>, Header, description = "The last event id seen, to resume")),
    responses((status = 200, description = "text/event-stream of `ready`, `likes`, `status` and `snapshot` events",
        content_type = "text/event-stream")))]
pub async fn events_stream(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let last_event_id = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok());
    let subscription = state.events.subscribe(last_event_id);
    let events = state.events.clone();
    let first: Vec<Event> = match subscription.missed {
        Some(missed) if last_event_id.is_some() => missed.iter().map(to_sse).collect(),
        Some(_) => vec![Event::default()
            .event("ready")
            .id(events.current_id())
            .data("{}")],
        None => vec![snapshot(&events, "reconnected")],
    };
    let live = BroadcastStream::new(subscription.live).map(move |item| match item {
        Ok(envelope) => to_sse(&envelope),
        Err(BroadcastStreamRecvError::Lagged(_)) => snapshot(&events, "lagged"),
    });
    // Streams end when the server shuts down, so a graceful shutdown never waits on them.
    let stream = futures::StreamExt::take_until(
        tokio_stream::iter(first).chain(live),
        state.events.closed(),
    )
    .map(Ok);
    Sse::new(stream).keep_alive(KeepAlive::new().interval(HEARTBEAT))
}

fn to_sse(envelope: &Arc<Envelope>) -> Event {
    Event::default()
        .event(envelope.kind)
        .id(envelope.id.clone())
        .data(envelope.data.clone())
}

fn snapshot(events: &Events, reason: &str) -> Event {
    let data = serde_json::to_string(&SnapshotEvent {
        reason: reason.into(),
    })
    .unwrap_or_else(|_| "{}".into());
    Event::default()
        .event("snapshot")
        .id(events.current_id())
        .data(data)
}
