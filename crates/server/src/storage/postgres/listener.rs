//! The listener: one dedicated connection per server that `LISTEN`s on
//! `cocrea_outbox` and wakes the dispatcher on every notification, from any server.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio_postgres::{AsyncMessage, NoTls};

/// The first pause before reconnecting; it doubles up to [`MAX_BACKOFF`].
const MIN_BACKOFF: Duration = Duration::from_millis(100);
/// The longest pause before reconnecting.
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// Stops the listener task when dropped (with the store that started it).
pub(super) struct ListenerGuard(JoinHandle<()>);

impl Drop for ListenerGuard {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Starts listening; reconnects with backoff whenever the connection fails.
pub(super) fn spawn(config: tokio_postgres::Config, signal: Arc<Notify>) -> ListenerGuard {
    ListenerGuard(tokio::spawn(async move {
        let mut backoff = MIN_BACKOFF;
        loop {
            match listen(&config, &signal, &mut backoff).await {
                Ok(()) => tracing::warn!("the outbox listener's connection closed"),
                Err(error) => tracing::warn!(%error, "the outbox listener failed"),
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }))
}

/// One connection's life: `LISTEN`, then a wake-up per notification until it ends.
async fn listen(
    config: &tokio_postgres::Config,
    signal: &Notify,
    backoff: &mut Duration,
) -> Result<(), tokio_postgres::Error> {
    // `client` lives to the end: dropping it would close the connection.
    let (client, mut connection) = config.connect(NoTls).await?;
    let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
    // The connection must be driven while LISTEN runs.
    let listen = client.batch_execute("LISTEN cocrea_outbox");
    tokio::pin!(listen);
    loop {
        tokio::select! {
            done = &mut listen => {
                done?;
                break;
            }
            message = messages.next() => match message {
                Some(message) => on_message(message?, signal),
                None => return Ok(()),
            },
        }
    }
    tracing::debug!("listening for outbox notifications");
    *backoff = MIN_BACKOFF;
    // Facts committed while no connection listened are read now.
    signal.notify_one();
    while let Some(message) = messages.next().await {
        on_message(message?, signal);
    }
    Ok(())
}

fn on_message(message: AsyncMessage, signal: &Notify) {
    match message {
        AsyncMessage::Notification(_) => signal.notify_one(),
        AsyncMessage::Notice(notice) => tracing::debug!(%notice, "PostgreSQL notice"),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use tokio::sync::Notify;
    use tokio::time::timeout;

    use super::super::{test_db, PgStore};
    use crate::storage::{ModerationStorage, OutboxStorage};

    #[tokio::test]
    async fn a_second_server_migrates_nothing_and_hears_the_first_ones_facts() {
        let db = test_db::fresh().await;
        let signal = Arc::new(Notify::new());
        let other = PgStore::connect_with(db.config.clone(), signal.clone())
            .await
            .unwrap();
        // The wake-up given once listening starts.
        timeout(Duration::from_secs(5), signal.notified())
            .await
            .unwrap();
        let designer =
            crate::storage::AccountStorage::create_name_only_users(&db.store, vec!["D".into()])
                .await
                .unwrap()[0];
        let design = crate::storage::DesignStorage::insert_design(
            &db.store,
            crate::storage::NewDesign {
                title: "T".into(),
                description: "D".into(),
                category: cocrea_api::Category::Tops,
                designer_id: designer,
                image_hash: "a".repeat(64),
                image_width: 1,
                image_height: 1,
                goal: 1,
                status: cocrea_api::DesignStatus::Voting,
                created_at: 0,
            },
        )
        .await
        .unwrap();
        db.store
            .add_comment(design.id, designer, "Hi".into(), None)
            .await
            .unwrap();
        timeout(Duration::from_secs(5), signal.notified())
            .await
            .unwrap();
        assert_eq!(other.outbox_head().await.unwrap(), 1);
        drop(other);
        db.drop_database().await;
    }
}
