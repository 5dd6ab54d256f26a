//! `GET /api/events`: Server-Sent Events with every like, status change, comment and deleted comment.
//!
//! A new stream starts with a `ready` event carrying the current position. A client
//! that reconnects with `Last-Event-ID` gets what it missed, read from the outbox
//! (whichever server it reconnects to, before or after a restart), or a `snapshot`
//! event (reload what you show) when that is too much or unknown; so does a client
//! too slow to keep up, instead of slowing anyone else down.
//!
//! `notification` events (an account's unread count) go only to streams opened with
//! that account's session.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use axum::Router;
use cocrea_api::{NotificationEvent, SnapshotEvent};
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use crate::auth::MaybeUser;
use crate::events::{Envelope, Events};
use crate::state::AppState;
use crate::storage::{outbox, OutboxRow};

/// How often an idle stream gets a comment, so proxies keep it open.
const HEARTBEAT: Duration = Duration::from_secs(15);
/// The most missed events replayed to a reconnecting client; more means a snapshot.
const MAX_REPLAY: u32 = 4096;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/events", get(events_stream))
}

/// The live event stream.
#[utoipa::path(get, path = "/api/events", tag = "live",
    params(("Last-Event-ID" = Option<String>, Header, description = "The last event id seen, to resume")),
    responses((status = 200, description = "text/event-stream of `ready`, `likes`, `status`, `comment`, `comment_deleted`, `snapshot` and (to the account it is for) `notification` events",
        content_type = "text/event-stream")))]
pub async fn events_stream(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    headers: HeaderMap,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let viewer = viewer.map(|user| user.id);
    let last_event_id = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok());
    // Subscribe before reading what was missed, so nothing falls in between.
    let live = state.events.subscribe();
    let events = state.events.clone();
    let (first, replayed_up_to) = match last_event_id {
        None => (
            vec![Event::default()
                .event("ready")
                .id(events.position().to_string())
                .data("{}")],
            events.position(),
        ),
        Some(id) => match missed_since(&state, id).await {
            Some((missed, up_to)) => (
                missed
                    .iter()
                    .filter(|row| is_for(viewer, &row.kind, &row.payload))
                    .map(row_to_sse)
                    .collect(),
                up_to,
            ),
            None => (vec![snapshot(&events, "reconnected")], events.position()),
        },
    };
    let live = BroadcastStream::new(live).filter_map(move |item| match item {
        // Already sent from the outbox.
        Ok(envelope) if envelope.seq <= replayed_up_to => None,
        Ok(envelope) if !is_for(viewer, &envelope.kind, &envelope.data) => None,
        Ok(envelope) => Some(to_sse(&envelope)),
        Err(BroadcastStreamRecvError::Lagged(_)) => Some(snapshot(&events, "lagged")),
    });
    // Streams end when the server shuts down, so a graceful shutdown never waits on them.
    let stream = futures::StreamExt::take_until(
        tokio_stream::iter(first).chain(live),
        state.events.closed(),
    )
    .map(Ok);
    Sse::new(stream).keep_alive(KeepAlive::new().interval(HEARTBEAT))
}

/// The facts after `last_event_id` that this server has published, and the number
/// the client is then up to; `None` when the id is no outbox number or too much was missed.
async fn missed_since(state: &AppState, last_event_id: &str) -> Option<(Vec<OutboxRow>, i64)> {
    let seen: i64 = last_event_id.trim().parse().ok()?;
    let position = state.events.position();
    if seen < 0 {
        return None;
    }
    if seen >= position {
        // Seen on a server that is a moment ahead of this one: fine, if the outbox has it.
        let head = state.store.outbox_head().await.ok()?;
        return (seen <= head).then(|| (Vec::new(), seen));
    }
    match state.store.outbox_after(seen, MAX_REPLAY + 1).await {
        Ok(rows) if rows.len() <= MAX_REPLAY as usize => {
            let missed: Vec<OutboxRow> = rows
                .into_iter()
                .take_while(|row| row.seq <= position)
                .collect();
            Some((missed, position))
        }
        Ok(_) => None,
        Err(error) => {
            tracing::warn!(%error, "cannot read missed events");
            None
        }
    }
}

/// Whether a stream opened by `viewer` (an account id, or none) is told of this
/// event: every event but another account's notifications.
fn is_for(viewer: Option<i64>, kind: &str, data: &str) -> bool {
    if kind != outbox::NOTIFICATION {
        return true;
    }
    let Some(viewer) = viewer else {
        return false;
    };
    serde_json::from_str::<NotificationEvent>(data).is_ok_and(|event| event.account_id == viewer)
}

fn row_to_sse(row: &OutboxRow) -> Event {
    Event::default()
        .event(row.kind.clone())
        .id(row.seq.to_string())
        .data(row.payload.clone())
}

fn to_sse(envelope: &Arc<Envelope>) -> Event {
    Event::default()
        .event(envelope.kind.clone())
        .id(envelope.seq.to_string())
        .data(envelope.data.clone())
}

fn snapshot(events: &Events, reason: &str) -> Event {
    let data = serde_json::to_string(&SnapshotEvent {
        reason: reason.into(),
    })
    .unwrap_or_else(|_| "{}".into());
    Event::default()
        .event("snapshot")
        .id(events.position().to_string())
        .data(data)
}
