//! Rate limits on sign-up, sign-in and likes, per client IP and per account,
//! answered with 429, the JSON error shape and `Retry-After`.

use std::net::{IpAddr, SocketAddr};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, Response};
use axum::response::IntoResponse;
use axum::Router;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};

use crate::error::AppError;
use crate::state::AppState;

use super::limits::forget_idle_keys;
pub use super::limits::{
    KeyedLimit, Quota, LIKES_PER_ACCOUNT, LIKES_PER_IP, LOGINS_PER_ACCOUNT, LOGINS_PER_IP,
    SIGNUPS_PER_IP,
};

use super::session::token_of;

/// The client's IP address (from the connection; 0.0.0.0 when unknown).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp;

impl KeyExtractor for ClientIp {
    type Key = IpAddr;

    fn extract<T>(&self, request: &Request<T>) -> Result<IpAddr, GovernorError> {
        Ok(client_ip(request))
    }
}

/// The session token when the request has one, else the client's IP.
#[derive(Debug, Clone, Copy)]
pub struct AccountOrIp;

impl KeyExtractor for AccountOrIp {
    type Key = String;

    fn extract<T>(&self, request: &Request<T>) -> Result<String, GovernorError> {
        Ok(match token_of(request.headers()) {
            Some(token) => format!("session:{token}"),
            None => format!("ip:{}", client_ip(request)),
        })
    }
}

fn client_ip<T>(request: &Request<T>) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| IpAddr::from([0, 0, 0, 0]), |info| info.0.ip())
}

/// Wraps `router` in a limit keyed by `key`; a no-op when limits are off.
pub fn limit<K>(router: Router<AppState>, enabled: bool, key: K, quota: Quota) -> Router<AppState>
where
    K: KeyExtractor + Send + Sync + 'static,
    K::Key: Send + Sync + 'static,
{
    if !enabled {
        return router;
    }
    let config = GovernorConfigBuilder::default()
        .key_extractor(key)
        .period(quota.period)
        .burst_size(quota.burst)
        .finish()
        .expect("the quotas are non-zero constants");
    forget_idle_keys(config.limiter().clone());
    router.layer(GovernorLayer::new(config).error_handler(too_many_requests))
}

fn too_many_requests(error: GovernorError) -> Response<Body> {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            AppError::rate_limited(wait_time).into_response()
        }
        other => AppError::internal(other).into_response(),
    }
}
