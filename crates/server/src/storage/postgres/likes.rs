//! Likes on PostgreSQL: one per person and design, with the design's count kept
//! equal to them and each change's facts in the outbox.
//!
//! Likes are written by the `cocrea_set_likes` function (migration 0008), with the
//! domain's rules passed in; the like writer (like_writer.rs) hands it the likes that
//! arrive together as one batch, in one transaction, one commit for all of them
//! (`cocrea_set_like`, one like, is its batch of one).

use std::collections::{HashMap, HashSet};

use async_trait::async_trait;
use cocrea_api::StoreCode;

use super::PgStore;
use crate::storage::{LikeChange, LikeStorage, LikeWrite, StorageError};

#[async_trait]
impl LikeStorage for PgStore {
    #[tracing::instrument(skip(self), level = "debug")]
    async fn set_like(&self, like: LikeWrite) -> Result<Option<LikeChange>, StorageError> {
        // Committed with the likes that come at the same time (like_writer.rs).
        self.likes.set_like(like).await
    }

    async fn store_likes(
        &self,
        store: StoreCode,
        design_ids: Vec<i64>,
    ) -> Result<HashMap<i64, i64>, StorageError> {
        let mut counts: HashMap<i64, i64> = design_ids.iter().map(|&id| (id, 0)).collect();
        if design_ids.is_empty() {
            return Ok(counts);
        }
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT design_id, COUNT(*) FROM likes \
                 WHERE store = $1 AND design_id = ANY($2::bigint[]) GROUP BY design_id",
            )
            .await?;
        for row in client
            .query(&statement, &[&store.as_str(), &design_ids])
            .await?
        {
            counts.insert(row.try_get(0)?, row.try_get(1)?);
        }
        Ok(counts)
    }

    async fn liked_among(
        &self,
        user_id: i64,
        design_ids: Vec<i64>,
    ) -> Result<HashSet<i64>, StorageError> {
        if design_ids.is_empty() {
            return Ok(HashSet::new());
        }
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT design_id FROM likes WHERE user_id = $1 AND design_id = ANY($2::bigint[])",
            )
            .await?;
        client
            .query(&statement, &[&user_id, &design_ids])
            .await?
            .iter()
            .map(|row| Ok(row.try_get(0)?))
            .collect()
    }

    async fn add_likes(&self, design_id: i64, likes: Vec<(i64, i64)>) -> Result<(), StorageError> {
        let (users, times): (Vec<i64>, Vec<i64>) = likes.into_iter().unzip();
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        transaction
            .execute(
                "INSERT INTO likes (design_id, user_id, created_at) \
                 SELECT $1, liked.user_id, liked.created_at \
                 FROM unnest($2::bigint[], $3::bigint[]) AS liked (user_id, created_at) \
                 ON CONFLICT DO NOTHING",
                &[&design_id, &users, &times],
            )
            .await?;
        transaction
            .execute(
                "UPDATE designs SET likes = (SELECT COUNT(*) FROM likes WHERE design_id = $1) \
                 WHERE id = $1",
                &[&design_id],
            )
            .await?;
        transaction.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use cocrea_api::{Category, DesignStatus, LikesEvent, StatusEvent, StoreCode};
    use tokio_postgres::NoTls;

    use super::super::test_db;
    use crate::storage::outbox::{LIKES, STATUS};
    use crate::storage::{now_millis, Fact, LikeWrite, NewDesign, Transition};
    use crate::storage::{
        AccountStorage, DesignStorage, LikeStorage, ModerationStorage, OutboxStorage,
        WebhookStorage,
    };

    const LIKEABLE: &[DesignStatus] = &[DesignStatus::Voting, DesignStatus::GoalReached];
    const ON_GOAL: Transition = Transition {
        from: DesignStatus::Voting,
        to: DesignStatus::GoalReached,
    };

    async fn design(store: &super::PgStore, goal: i64) -> i64 {
        let designer = store
            .create_name_only_users(vec!["Designer".into()])
            .await
            .unwrap()[0];
        store
            .insert_design(NewDesign {
                title: "Linen shirt".into(),
                description: "Light".into(),
                category: Category::Tops,
                designer_id: designer,
                image_hash: "a".repeat(64),
                image_width: 10,
                image_height: 20,
                goal,
                status: DesignStatus::Voting,
                created_at: now_millis(),
            })
            .await
            .unwrap()
            .id
    }

    fn like(design_id: i64, user_id: i64, liked: bool, store: Option<&str>) -> LikeWrite {
        LikeWrite {
            design_id,
            user_id,
            liked,
            store: store.and_then(StoreCode::parse),
            likeable: LIKEABLE,
            on_goal: ON_GOAL,
        }
    }

    /// A like as a batch holds it: design, person, liked, store.
    type BatchLike<'a> = (i64, i64, bool, Option<&'a str>);

    /// Calls `function` (`cocrea_set_likes` or `cocrea_set_likes_in_turn`) with `batch`
    /// as the like writer sends it (the rule once, every like at `at`); its rows.
    async fn call_batch(
        client: &tokio_postgres::Client,
        function: &str,
        batch: &[BatchLike<'_>],
        at: i64,
    ) -> Vec<tokio_postgres::Row> {
        let designs: Vec<i64> = batch.iter().map(|like| like.0).collect();
        let people: Vec<i64> = batch.iter().map(|like| like.1).collect();
        let liked: Vec<bool> = batch.iter().map(|like| like.2).collect();
        let stores: Vec<Option<&str>> = batch.iter().map(|like| like.3).collect();
        let times = vec![at; batch.len()];
        client
            .query(
                &format!("SELECT * FROM {function}($1, $2, $3, $4, $5, $6, $7, $8)"),
                &[
                    &designs,
                    &people,
                    &liked,
                    &stores,
                    &times,
                    &vec!["voting", "goal_reached"],
                    &"voting",
                    &"goal_reached",
                ],
            )
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn likes_count_once_reach_the_goal_and_write_the_facts_serde_would() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let id = design(store, 2).await;
        let users = store
            .create_name_only_users(vec!["A".into(), "B".into()])
            .await
            .unwrap();
        let head = store.outbox_head().await.unwrap();

        // A listener on another connection hears the sequence numbers.
        let (client, mut connection) = db.config.connect(NoTls).await.unwrap();
        let (sender, mut heard) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
            while let Some(Ok(message)) = futures::StreamExt::next(&mut messages).await {
                if let tokio_postgres::AsyncMessage::Notification(note) = message {
                    let _ = sender.send(note.payload().to_owned());
                }
            }
        });
        client.batch_execute("LISTEN cocrea_outbox").await.unwrap();

        let first = store
            .set_like(like(id, users[0], true, Some("berlin-mitte")))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (first.likes, first.changed, first.reached_goal),
            (1, true, false)
        );
        assert_eq!(first.store_likes, Some(1));
        let again = store
            .set_like(like(id, users[0], true, None))
            .await
            .unwrap()
            .unwrap();
        assert_eq!((again.likes, again.changed, again.store), (1, false, None));
        let second = store
            .set_like(like(id, users[1], true, None))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (second.likes, second.status),
            (2, DesignStatus::GoalReached)
        );
        assert!(second.reached_goal);
        let unliked = store
            .set_like(like(id, users[0], false, None))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(unliked.likes, 1);
        assert_eq!(
            unliked.store.as_ref().map(StoreCode::as_str),
            Some("berlin-mitte")
        );
        assert_eq!(unliked.store_likes, Some(0));
        assert_eq!(store.design(id).await.unwrap().unwrap().likes, 1);

        let facts = store.outbox_after(head, 100).await.unwrap();
        let expected = [
            Fact::Likes(LikesEvent {
                design_id: id,
                likes: 1,
                store: Some("berlin-mitte".into()),
                store_likes: Some(1),
            }),
            Fact::Likes(LikesEvent {
                design_id: id,
                likes: 2,
                store: None,
                store_likes: None,
            }),
            Fact::Status(StatusEvent {
                design_id: id,
                status: DesignStatus::GoalReached,
            }),
            Fact::Likes(LikesEvent {
                design_id: id,
                likes: 1,
                store: Some("berlin-mitte".into()),
                store_likes: Some(0),
            }),
        ];
        assert_eq!(facts.len(), expected.len());
        for (row, fact) in facts.iter().zip(&expected) {
            assert_eq!(
                (row.kind.as_str(), row.payload.clone()),
                (fact.kind(), fact.payload())
            );
        }
        assert_eq!(
            (LIKES, STATUS),
            ("likes", "status"),
            "the names in cocrea_set_like"
        );
        // Only the status fact waits for webhooks.
        let claimed = store
            .claim_webhook_facts(now_millis(), now_millis() + 1000, 10)
            .await
            .unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].kind, STATUS);
        let timeline = store.timeline(id).await.unwrap();
        assert_eq!(timeline.len(), 2);
        assert_eq!(timeline[1].status, DesignStatus::GoalReached);

        // One notification per like transaction, carrying its last sequence number.
        let mut seqs = Vec::new();
        while seqs.len() < 3 {
            let seq = tokio::time::timeout(Duration::from_secs(5), heard.recv())
                .await
                .unwrap()
                .unwrap();
            seqs.push(seq.parse::<i64>().unwrap());
        }
        assert_eq!(seqs, [facts[0].seq, facts[2].seq, facts[3].seq]);

        drop(client);
        db.drop_database().await;
    }

    #[tokio::test]
    async fn hidden_missing_or_closed_designs_take_no_likes() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let id = design(store, 10).await;
        let user = store
            .create_name_only_users(vec!["A".into()])
            .await
            .unwrap()[0];
        assert_eq!(
            store
                .set_like(like(id + 1, user, true, None))
                .await
                .unwrap(),
            None
        );
        store.set_hidden(id, true).await.unwrap();
        assert_eq!(
            store.set_like(like(id, user, true, None)).await.unwrap(),
            None
        );
        store.set_hidden(id, false).await.unwrap();
        let closed = LikeWrite {
            likeable: &[DesignStatus::InStore],
            ..like(id, user, true, None)
        };
        assert_eq!(store.set_like(closed).await.unwrap(), None);
        assert_eq!(store.outbox_head().await.unwrap(), 0);
        db.drop_database().await;
    }

    #[tokio::test]
    async fn one_batch_reaches_a_goal_midway_skips_a_hidden_design_and_tells_each_like() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let (goal, hidden, plain) = (
            design(store, 2).await,
            design(store, 10).await,
            design(store, 10).await,
        );
        store.set_hidden(hidden, true).await.unwrap();
        let names = ["A", "B", "C"].map(String::from).to_vec();
        let users = store.create_name_only_users(names).await.unwrap();
        let (a, b, c) = (users[0], users[1], users[2]);
        let (client, connection) = db.config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);

        // As the like writer sends a batch: sorted by design, the rule once.
        let likes: [BatchLike; 7] = [
            (goal, a, true, None),
            (goal, b, true, Some("berlin-mitte")), // the goal
            (goal, c, true, None),                 // still likeable after it
            (hidden, a, true, None),
            (plain, a, true, None),
            (plain, a, false, None),
            (plain, a, false, None), // nothing left to unlike
        ];
        let rows = call_batch(&client, "cocrea_set_likes", &likes, now_millis()).await;
        let answers: Vec<(bool, i64, String, bool, bool, Option<i64>)> = rows
            .iter()
            .map(|row| {
                (
                    row.get("o_found"),
                    row.get("o_likes"),
                    row.get("o_status"),
                    row.get("o_changed"),
                    row.get("o_reached_goal"),
                    row.get("o_store_likes"),
                )
            })
            .collect();
        let answer = |found, likes, status: &str, changed, reached, store_likes| {
            (
                found,
                likes,
                status.to_owned(),
                changed,
                reached,
                store_likes,
            )
        };
        assert_eq!(
            answers,
            [
                answer(true, 1, "voting", true, false, None),
                answer(true, 2, "goal_reached", true, true, Some(1)),
                answer(true, 3, "goal_reached", true, false, None),
                answer(false, 0, "", false, false, None),
                answer(true, 1, "voting", true, false, None),
                answer(true, 0, "voting", true, false, None),
                answer(true, 0, "voting", false, false, None),
            ]
        );

        // The rows hold the batch's end, with one step for the goal.
        let reached = store.design(goal).await.unwrap().unwrap();
        assert_eq!(
            (reached.likes, reached.status),
            (3, DesignStatus::GoalReached)
        );
        assert_eq!(store.design(plain).await.unwrap().unwrap().likes, 0);
        assert_eq!(store.timeline(goal).await.unwrap().len(), 2);
        // A fact for every change, in the batch's order, the status right after the like
        // that reached the goal.
        let facts = store.outbox_after(0, 100).await.unwrap();
        let kinds: Vec<&str> = facts.iter().map(|row| row.kind.as_str()).collect();
        assert_eq!(kinds, [LIKES, LIKES, STATUS, LIKES, LIKES, LIKES]);
        drop(client);
        db.drop_database().await;
    }

    /// The designs and people of the comparison below, made alike in `store`.
    async fn comparison_setup(store: &super::PgStore) -> (Vec<i64>, Vec<i64>) {
        let mut designs = Vec::new();
        for goal in [3, 5, 1_000] {
            designs.push(design(store, goal).await);
        }
        let hidden = design(store, 5).await;
        store.set_hidden(hidden, true).await.unwrap();
        designs.push(hidden);
        designs.push(designs.iter().max().unwrap() + 100); // no such design
        let names = (0..8).map(|n| format!("P{n}")).collect();
        (designs, store.create_name_only_users(names).await.unwrap())
    }

    #[tokio::test]
    async fn a_batch_written_as_a_set_answers_and_records_as_like_by_like() {
        use rand::rngs::StdRng;
        use rand::{Rng, SeedableRng};
        let (sets, in_turn) = (test_db::fresh().await, test_db::fresh().await);
        let (designs, people) = comparison_setup(&sets.store).await;
        assert_eq!(
            comparison_setup(&in_turn.store).await,
            (designs.clone(), people.clone())
        );
        let (set_client, connection) = sets.config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);
        let (turn_client, connection) = in_turn.config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);
        let stores = [None, Some("berlin-mitte"), Some("lisboa")];
        let mut random = StdRng::seed_from_u64(7);
        for _ in 0..60 {
            // A batch as the like writer sends it: sorted by design, each person at
            // most once per design.
            let mut batch: Vec<BatchLike> = Vec::new();
            for _ in 0..random.gen_range(1..24) {
                let design = designs[random.gen_range(0..designs.len())];
                let person = people[random.gen_range(0..people.len())];
                if batch
                    .iter()
                    .all(|like| (like.0, like.1) != (design, person))
                {
                    let store = stores[random.gen_range(0..stores.len())];
                    batch.push((design, person, random.gen_bool(0.6), store));
                }
            }
            batch.sort_by_key(|like| like.0);
            let answers = |rows: Vec<tokio_postgres::Row>| {
                rows.iter()
                    .map(|row| {
                        let answer: (bool, i64, String, bool, bool, Option<String>, Option<i64>) = (
                            row.get(0),
                            row.get(1),
                            row.get(2),
                            row.get(3),
                            row.get(4),
                            row.get(5),
                            row.get(6),
                        );
                        answer
                    })
                    .collect::<Vec<_>>()
            };
            let as_set = call_batch(&set_client, "cocrea_set_likes", &batch, 1_000).await;
            let one_by_one =
                call_batch(&turn_client, "cocrea_set_likes_in_turn", &batch, 1_000).await;
            assert_eq!(answers(as_set), answers(one_by_one), "{batch:?}");
        }
        // The same rows and the same facts in the same order.
        for id in &designs[..4] {
            let (a, b) = (
                sets.store.design(*id).await.unwrap().unwrap(),
                in_turn.store.design(*id).await.unwrap().unwrap(),
            );
            assert_eq!((a.likes, a.status), (b.likes, b.status));
            assert_eq!(
                sets.store.timeline(*id).await.unwrap().len(),
                in_turn.store.timeline(*id).await.unwrap().len()
            );
        }
        let facts = |rows: Vec<crate::storage::OutboxRow>| {
            rows.into_iter()
                .map(|row| (row.seq, row.kind, row.payload))
                .collect::<Vec<_>>()
        };
        let (a, b) = (
            facts(sets.store.outbox_after(0, 10_000).await.unwrap()),
            facts(in_turn.store.outbox_after(0, 10_000).await.unwrap()),
        );
        assert!(a.len() > 100, "{}", a.len());
        assert_eq!(a, b);
        drop((set_client, turn_client));
        sets.drop_database().await;
        in_turn.drop_database().await;
    }

    #[tokio::test]
    async fn a_failing_like_fails_alone_and_leaves_the_connections_clean() {
        let test_db::TestDb {
            store,
            name,
            guard: _guard,
            ..
        } = test_db::fresh().await;
        let store = std::sync::Arc::new(store);
        let id = design(&store, 100).await;
        let names = (0..20).map(|n| format!("U{n}")).collect();
        let users = store.create_name_only_users(names).await.unwrap();
        // No such person: the like breaks its batch's foreign key, so that batch is
        // rolled back and its likes are written one by one.
        let nobody = users.iter().max().unwrap() + 1_000;
        let mut tasks = Vec::new();
        for user in users.iter().copied().chain([nobody]) {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                store.set_like(like(id, user, true, None)).await
            }));
        }
        let mut failed = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(change) => assert!(change.unwrap().changed),
                Err(_) => failed += 1,
            }
        }
        assert_eq!(failed, 1, "only the like of nobody fails");
        assert_eq!(store.design(id).await.unwrap().unwrap().likes, 20);
        // Every pooled connection is usable again (none is left inside a transaction).
        for &user in &users {
            let change = store.set_like(like(id, user, false, None)).await.unwrap();
            assert!(change.unwrap().changed);
        }
        assert_eq!(store.design(id).await.unwrap().unwrap().likes, 0);
        let facts = store.outbox_after(0, 1_000).await.unwrap();
        assert_eq!(
            facts.len(),
            40,
            "a fact for each like and unlike that counted"
        );
        drop(store);
        test_db::drop_named(&name).await;
    }

    #[tokio::test]
    async fn store_counts_liked_sets_and_demo_likes_agree() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let first = design(store, 100).await;
        let second = design(store, 100).await;
        let users = store
            .create_name_only_users(vec!["A".into(), "B".into(), "C".into()])
            .await
            .unwrap();
        assert!(users.windows(2).all(|pair| pair[0] < pair[1]));
        store
            .add_likes(first, vec![(users[0], 1), (users[1], 2), (users[1], 3)])
            .await
            .unwrap();
        assert_eq!(store.design(first).await.unwrap().unwrap().likes, 2);
        store
            .set_like(like(second, users[2], true, Some("berlin-mitte")))
            .await
            .unwrap();
        let code = StoreCode::parse("berlin-mitte").unwrap();
        let counts = store.store_likes(code, vec![first, second]).await.unwrap();
        assert_eq!(counts.get(&first), Some(&0));
        assert_eq!(counts.get(&second), Some(&1));
        let liked = store
            .liked_among(users[1], vec![first, second])
            .await
            .unwrap();
        assert_eq!(liked.into_iter().collect::<Vec<_>>(), vec![first]);
        db.drop_database().await;
    }

    #[tokio::test]
    async fn concurrent_likes_of_one_design_all_count() {
        let test_db::TestDb {
            store,
            name,
            guard: _guard,
            ..
        } = test_db::fresh().await;
        let store = std::sync::Arc::new(store);
        let id = design(&store, 1_000).await;
        let names = (0..200).map(|n| format!("U{n}")).collect();
        let users = store.create_name_only_users(names).await.unwrap();
        let tasks: Vec<_> = users
            .iter()
            .map(|&user| {
                let store = store.clone();
                tokio::spawn(async move { store.set_like(like(id, user, true, None)).await })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap().unwrap();
        }
        assert_eq!(store.design(id).await.unwrap().unwrap().likes, 200);
        let facts = store.outbox_after(0, 1000).await.unwrap();
        let counts: Vec<i64> = facts
            .iter()
            .map(|row| {
                serde_json::from_str::<LikesEvent>(&row.payload)
                    .unwrap()
                    .likes
            })
            .collect();
        assert_eq!(counts, (1..=200).collect::<Vec<_>>(), "in sequence order");
        drop(store);
        test_db::drop_named(&name).await;
    }
    #[tokio::test]
    async fn concurrent_likes_and_unlikes_committed_in_batches_keep_counts_and_facts() {
        let test_db::TestDb {
            store,
            config,
            name,
            guard: _guard,
        } = test_db::fresh().await;
        let store = std::sync::Arc::new(store);
        let mut designs = Vec::new();
        for _ in 0..3 {
            designs.push(design(&store, 1_000).await);
        }
        let names = (0..60).map(|n| format!("U{n}")).collect();
        let users = store.create_name_only_users(names).await.unwrap();
        let tasks: Vec<_> = users
            .iter()
            .enumerate()
            .map(|(n, &user)| {
                let (store, designs) = (store.clone(), designs.clone());
                tokio::spawn(async move {
                    let mut changes = Vec::new();
                    for round in 0..6 {
                        let id = designs[(n + round) % designs.len()];
                        // Likes, a repeated like (no change) and unlikes.
                        let liked = (n + round) % 4 != 3;
                        let change = store.set_like(like(id, user, liked, None)).await;
                        changes.push(change.unwrap().unwrap());
                    }
                    changes
                })
            })
            .collect();
        let mut changed = Vec::new();
        for task in tasks {
            changed.extend(task.await.unwrap().into_iter().filter(|c| c.changed));
        }

        let (client, connection) = config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);
        let facts = store.outbox_after(0, 10_000).await.unwrap();
        assert_eq!(facts.len(), changed.len(), "one fact per change");
        let events: Vec<LikesEvent> = facts
            .iter()
            .map(|row| serde_json::from_str(&row.payload).unwrap())
            .collect();
        for &id in &designs {
            let stored: i64 = client
                .query_one("SELECT COUNT(*) FROM likes WHERE design_id = $1", &[&id])
                .await
                .unwrap()
                .get(0);
            assert_eq!(store.design(id).await.unwrap().unwrap().likes, stored);
            // In sequence order each fact moves the count by one from the last:
            // the sequence follows the order the changes committed in.
            let counts: Vec<i64> = events
                .iter()
                .filter(|event| event.design_id == id)
                .map(|event| event.likes)
                .collect();
            let mut previous = 0;
            for &count in &counts {
                assert_eq!((count - previous).abs(), 1, "{counts:?}");
                previous = count;
            }
            assert_eq!(previous, stored);
            // Every change's result is told by exactly one fact.
            let mut told = counts.clone();
            let mut results: Vec<i64> = changed
                .iter()
                .filter(|change| change.design_id == id)
                .map(|change| change.likes)
                .collect();
            told.sort_unstable();
            results.sort_unstable();
            assert_eq!(told, results);
        }
        drop(client);
        drop(store);
        test_db::drop_named(&name).await;
    }
}
