//! Serving connections: each accepted TCP connection is one task speaking
//! HTTP/1.1 through hyper, with the router as its service.
//!
//! `axum::serve` would do, but it also detects HTTP/2 on every connection (which
//! browsers only speak over TLS, i.e. behind a proxy here), and that costs
//! kilobytes per connection for as long as it stays open; store screens and
//! hanger tags keep an event stream open for days, thousands at a time
//! (`cargo xtask bench events`).

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::pin;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use axum::Router;
use futures::FutureExt;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::{TcpListener, TcpStream};
use tower::ServiceExt;

/// How long a client may take to send a request's head before it is hung up on.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves `router` on `listener` until `shutdown` resolves, then stops
/// accepting and waits for the requests in flight to finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let connections = GracefulShutdown::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    wait_after_accept_error(&error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let connection =
            http.serve_connection(TokioIo::new(stream_ready(stream)), service(&router, remote));
        // A combinator rather than an `async` block: the block would hold the
        // connection twice over (as a capture and as the awaited future), and
        // this task lives as long as the connection: days, for a store screen.
        tokio::spawn(connections.watch(connection).map(move |result| {
            if let Err(error) = result {
                tracing::debug!(%remote, %error, "connection ended with an error");
            }
        }));
    }
    drop(listener);
    connections.shutdown().await;
    Ok(())
}

/// The hyper service for one connection: the router, with the peer's address
/// as `ConnectInfo` (the rate limits key on it).
fn service(
    router: &Router,
    remote: SocketAddr,
) -> impl hyper::service::Service<
    Request<Incoming>,
    Response = axum::response::Response,
    Error = std::convert::Infallible,
    Future = impl Future<Output = Result<axum::response::Response, std::convert::Infallible>> + Send,
> + Clone {
    let router = router.clone();
    hyper::service::service_fn(move |request: Request<Incoming>| {
        let mut request = request.map(Body::new);
        request.extensions_mut().insert(ConnectInfo(remote));
        router.clone().oneshot(request)
    })
}

/// Small writes (event frames) go out at once.
fn stream_ready(stream: TcpStream) -> TcpStream {
    let _ = stream.set_nodelay(true);
    stream
}

/// Accept errors about one connection are that connection's problem; others
/// (out of file descriptors) pass with time, so wait a moment rather than spin.
async fn wait_after_accept_error(error: &io::Error) {
    let per_connection = matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    );
    if !per_connection {
        tracing::error!(%error, "cannot accept connections; retrying in a second");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
