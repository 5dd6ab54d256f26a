//! Likes: counted once per person, taken back, moving a design to its goal, refused
//! where the domain does not allow them.

use cocrea_api::{DesignStatus, StoreCode};
use cocrea_server::storage::Store;

use crate::backend::on_both_backends;
use crate::fixtures::{design, like, like_in_store, people};

on_both_backends!(
    a_like_counts_once_and_an_unlike_takes_it_back,
    the_like_that_reaches_the_goal_moves_the_design_on_and_only_that_one,
    a_design_that_is_missing_hidden_or_not_public_takes_no_like,
    likes_from_a_store_are_counted_for_that_store,
);

async fn a_like_counts_once_and_an_unlike_takes_it_back(store: &Store) {
    let id = design(store, "Linen wrap dress", DesignStatus::Voting, 100).await;
    let people = people(store, 2).await;

    let first = store
        .set_like(like(id, people[0], true))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((first.likes, first.liked, first.changed), (1, true, true));
    let again = store
        .set_like(like(id, people[0], true))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (again.likes, again.liked, again.changed),
        (1, true, false),
        "a repeated like changes nothing"
    );
    let second = store
        .set_like(like(id, people[1], true))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(second.likes, 2);
    assert_eq!(
        store.liked_among(people[0], vec![id]).await.unwrap(),
        [id].into()
    );

    let unliked = store
        .set_like(like(id, people[0], false))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (unliked.likes, unliked.liked, unliked.changed),
        (1, false, true)
    );
    let unliked_again = store
        .set_like(like(id, people[0], false))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (unliked_again.likes, unliked_again.changed),
        (1, false),
        "a repeated unlike changes nothing"
    );
    assert!(store
        .liked_among(people[0], vec![id])
        .await
        .unwrap()
        .is_empty());
    assert_eq!(store.design(id).await.unwrap().unwrap().likes, 1);
}

async fn the_like_that_reaches_the_goal_moves_the_design_on_and_only_that_one(store: &Store) {
    let id = design(store, "Linen wrap dress", DesignStatus::Voting, 2).await;
    let people = people(store, 3).await;

    let first = store
        .set_like(like(id, people[0], true))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (first.status, first.reached_goal),
        (DesignStatus::Voting, false)
    );
    let second = store
        .set_like(like(id, people[1], true))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (second.likes, second.status, second.reached_goal),
        (2, DesignStatus::GoalReached, true)
    );
    let third = store
        .set_like(like(id, people[2], true))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (third.likes, third.status, third.reached_goal),
        (3, DesignStatus::GoalReached, false),
        "past the goal, a like moves nothing"
    );
    // Falling under the goal again does not move it back.
    store
        .set_like(like(id, people[2], false))
        .await
        .unwrap()
        .unwrap();
    let after = store
        .set_like(like(id, people[1], false))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((after.likes, after.status), (1, DesignStatus::GoalReached));
    let stored = store.design(id).await.unwrap().unwrap();
    assert_eq!(
        (stored.likes, stored.status),
        (1, DesignStatus::GoalReached)
    );
    let timeline: Vec<DesignStatus> = store
        .timeline(id)
        .await
        .unwrap()
        .into_iter()
        .map(|step| step.status)
        .collect();
    assert_eq!(timeline, [DesignStatus::Voting, DesignStatus::GoalReached]);
}

async fn a_design_that_is_missing_hidden_or_not_public_takes_no_like(store: &Store) {
    let person = people(store, 1).await[0];
    assert_eq!(
        store.set_like(like(9_999, person, true)).await.unwrap(),
        None
    );

    for status in [
        DesignStatus::Pending,
        DesignStatus::Rejected,
        DesignStatus::Archived,
    ] {
        let id = design(store, "Linen wrap dress", status, 100).await;
        assert_eq!(
            store.set_like(like(id, person, true)).await.unwrap(),
            None,
            "a {status:?} design took a like"
        );
        assert_eq!(store.design(id).await.unwrap().unwrap().likes, 0);
    }

    let hidden = design(store, "Linen wrap dress", DesignStatus::Voting, 100).await;
    assert!(store.set_hidden(hidden, true).await.unwrap());
    assert_eq!(
        store.set_like(like(hidden, person, true)).await.unwrap(),
        None
    );
    assert_eq!(store.design(hidden).await.unwrap().unwrap().likes, 0);
    assert!(store
        .liked_among(person, vec![hidden])
        .await
        .unwrap()
        .is_empty());
}

async fn likes_from_a_store_are_counted_for_that_store(store: &Store) {
    let id = design(store, "Linen wrap dress", DesignStatus::Voting, 100).await;
    let people = people(store, 3).await;
    let madrid = StoreCode::parse("madrid-01").unwrap();

    let first = store
        .set_like(like_in_store(id, people[0], "madrid-01"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((first.likes, first.store_likes), (1, Some(1)));
    store
        .set_like(like_in_store(id, people[1], "madrid-01"))
        .await
        .unwrap()
        .unwrap();
    store
        .set_like(like(id, people[2], true))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        store.store_likes(madrid.clone(), vec![id]).await.unwrap(),
        [(id, 2)].into()
    );

    // Taking back a store's like tells that store's count, though the unlike names none.
    let unliked = store
        .set_like(like(id, people[0], false))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unliked.store, Some(madrid.clone()));
    assert_eq!((unliked.likes, unliked.store_likes), (2, Some(1)));
    assert_eq!(
        store.store_likes(madrid, vec![id]).await.unwrap(),
        [(id, 1)].into()
    );
}
