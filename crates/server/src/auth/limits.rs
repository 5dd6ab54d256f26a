//! The rates that limit sign-ups, sign-ins and likes, and the limit a handler checks
//! itself for keys only a request's body tells (an email).
//!
//! Limits are kept per server, in memory: behind a load balancer with N servers a
//! client gets at most N times a quota. They exist to slow scripts and password
//! guessing down, not to count exactly, so that is acceptable (README, "Several
//! servers").

use std::hash::Hash;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota as GovernorQuota, RateLimiter};

use crate::error::AppError;

/// A rate: one request per `period` on average, with bursts of `burst`.
#[derive(Debug, Clone, Copy)]
pub struct Quota {
    /// The time one request's allowance takes to come back.
    pub period: Duration,
    /// How many requests may come at once.
    pub burst: u32,
}

/// Sign-ups per IP: a few at once, then one every 10 seconds.
pub const SIGNUPS_PER_IP: Quota = Quota {
    period: Duration::from_secs(10),
    burst: 5,
};
/// Sign-ins per IP: ten at once, then one every 2 seconds.
pub const LOGINS_PER_IP: Quota = Quota {
    period: Duration::from_secs(2),
    burst: 10,
};
/// Sign-ins per account (email): five at once, then one every 10 seconds.
pub const LOGINS_PER_ACCOUNT: Quota = Quota {
    period: Duration::from_secs(10),
    burst: 5,
};
/// Likes per IP: generous, as a store's shoppers may share one address.
pub const LIKES_PER_IP: Quota = Quota {
    period: Duration::from_millis(20),
    burst: 200,
};
/// Likes per account: faster than any person taps, slower than a script.
pub const LIKES_PER_ACCOUNT: Quota = Quota {
    period: Duration::from_millis(200),
    burst: 20,
};

/// A limit checked inside a handler, for keys only the body tells (an email).
#[derive(Clone)]
pub struct KeyedLimit {
    limiter: Option<Arc<DefaultKeyedRateLimiter<String>>>,
}

impl KeyedLimit {
    /// A limit at `quota`, or none when limits are off.
    pub fn new(enabled: bool, quota: Quota) -> KeyedLimit {
        let limiter = enabled.then(|| {
            let burst = NonZeroU32::new(quota.burst).unwrap_or(NonZeroU32::MIN);
            let rate = GovernorQuota::with_period(quota.period)
                .expect("the period is a non-zero constant")
                .allow_burst(burst);
            let limiter = Arc::new(RateLimiter::keyed(rate));
            forget_idle_keys(limiter.clone());
            limiter
        });
        KeyedLimit { limiter }
    }

    /// Counts one request for `key`; 429 when it is over the limit.
    pub fn check(&self, key: &str) -> Result<(), AppError> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        limiter.check_key(&key.to_owned()).map_err(|not_until| {
            let wait = not_until.wait_time_from(governor::clock::Clock::now(
                &governor::clock::DefaultClock::default(),
            ));
            AppError::rate_limited(wait.as_secs())
        })
    }
}

/// Drops the state of keys not seen for a while, so memory stays bounded over days.
pub(super) fn forget_idle_keys<K, C, M>(
    limiter: Arc<RateLimiter<K, governor::state::keyed::DefaultKeyedStateStore<K>, C, M>>,
) where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    C: governor::clock::Clock + Send + Sync + 'static,
    M: governor::middleware::RateLimitingMiddleware<C::Instant> + Send + Sync + 'static,
{
    tokio::spawn(async move {
        let mut every_minute = tokio::time::interval(Duration::from_secs(60));
        loop {
            every_minute.tick().await;
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    });
}
