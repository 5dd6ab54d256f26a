//! Waiting for something to become true: one polling loop for every test, with a
//! message that says what it waited for and what it saw last.

use std::fmt::Debug;
use std::future::Future;
use std::time::{Duration, Instant};

use crate::WAIT;

/// How long to wait between two looks.
const POLL: Duration = Duration::from_millis(100);

/// Looks with `look` every 100 ms until it answers `Ok`, for up to [`WAIT`], and returns
/// what it found; panics with "waited ... for `what`" and the last `Err` it saw.
///
/// `look` answers `Err(what it saw)` while the awaited thing is not there yet:
/// ```ignore
/// eventually("the receiver to get 2 calls", || async move {
///     let calls = receiver.calls();
///     if calls.len() == 2 { Ok(()) } else { Err(calls) }
/// })
/// .await;
/// ```
pub async fn eventually<T, E, F, Fut>(what: &str, look: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
    E: Debug,
{
    match eventually_within(WAIT, look).await {
        Ok(found) => found,
        Err(last) => panic!("waited {WAIT:?} for {what}; the last look saw: {last:?}"),
    }
}

/// Looks with `look` every 100 ms until it answers `Ok`, for up to `timeout`; the
/// last `Err` when the time ran out. For waits that report rather than panic.
pub async fn eventually_within<T, E, F, Fut>(timeout: Duration, mut look: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        match look().await {
            Ok(found) => return Ok(found),
            Err(last) if Instant::now() >= deadline => return Err(last),
            Err(_) => tokio::time::sleep(POLL).await,
        }
    }
}
