//! Who is signed in: loaded from `GET /api/me` at start, changed by signing in and out.
//!
//! The session itself is an HttpOnly cookie the app never sees; this only mirrors
//! what the server said about it, so the header and pages can show the right things.

use cocrea_api::Account;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::main_thread::yield_to_browser;

/// What the app knows about the session.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthStatus {
    /// `GET /api/me` has not answered yet.
    Loading,
    /// Nobody is signed in (or the server could not say who).
    SignedOut,
    /// This account is signed in.
    SignedIn(Account),
}

/// The app's sign-in state; `Copy`, so handlers and closures take it freely.
#[derive(Debug, Clone, Copy)]
pub struct Auth {
    status: RwSignal<AuthStatus>,
    /// Counts sign-ins and sign-outs after start-up, so data that depends on the
    /// viewer (`liked_by_me`) loads again, but not once more when `/api/me` answers.
    changes: RwSignal<u32>,
}

impl Auth {
    /// The session as known now (tracked).
    pub fn status(&self) -> AuthStatus {
        self.status.get()
    }

    /// The signed-in account, if any (tracked).
    pub fn account(&self) -> Option<Account> {
        self.status.with(|status| match status {
            AuthStatus::SignedIn(account) => Some(account.clone()),
            _ => None,
        })
    }

    /// Whether the server has said nobody is signed in (tracked).
    pub fn is_signed_out(&self) -> bool {
        self.status.with(|status| *status == AuthStatus::SignedOut)
    }

    /// Whether the server said nobody is signed in, without tracking (for handlers).
    pub fn is_signed_out_untracked(&self) -> bool {
        self.status
            .with_untracked(|status| *status == AuthStatus::SignedOut)
    }

    /// A number that changes whenever someone signs in or out (tracked): resources
    /// whose answers depend on the viewer read it to load again.
    pub fn changes(&self) -> u32 {
        self.changes.get()
    }

    /// Records a sign-up or sign-in the server accepted.
    pub fn signed_in(&self, account: Account) {
        self.change_to(AuthStatus::SignedIn(account));
    }

    /// Records a sign-out, or that the server no longer knows the session (a 401).
    pub fn signed_out(&self) {
        self.change_to(AuthStatus::SignedOut);
    }

    fn change_to(&self, next: AuthStatus) {
        if self.status.with_untracked(|status| *status != next) {
            self.status.set(next);
            self.changes.update(|n| *n += 1);
        }
    }
}

/// Provides the sign-in state to the app and asks the server who is signed in.
///
/// Until it answers the state is [`AuthStatus::Loading`]; an answer that comes after
/// a sign-in or sign-out on this page is ignored (it is older news).
pub fn provide_auth() -> Auth {
    let auth = Auth {
        status: RwSignal::new(AuthStatus::Loading),
        changes: RwSignal::new(0),
    };
    provide_context(auth);
    spawn_local(async move {
        // The page is drawn first; asking who is signed in is a task of its own.
        yield_to_browser().await;
        let known = match api::me().await {
            Ok(account) => AuthStatus::SignedIn(account),
            // Unauthorized, or the server can't say: act as signed out; a request
            // that needs a session will be refused and lead to sign-in.
            Err(_) => AuthStatus::SignedOut,
        };
        auth.status.try_update(|status| {
            if *status == AuthStatus::Loading {
                *status = known;
            }
        });
    });
    auth
}

/// The sign-in state that [`provide_auth`] provided.
pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
