//! What the cases store first: people, designs, and likes as the domain writes them.

use cocrea_api::{Category, DesignStatus, StoreCode};
use cocrea_server::domain::lifecycle::goal_transition;
use cocrea_server::domain::visibility::PUBLIC_STATUSES;
use cocrea_server::storage::{now_millis, LikeWrite, NewDesign, Store};

/// `count` new people (name only, as demo shoppers), their ids in order.
pub async fn people(store: &Store, count: usize) -> Vec<i64> {
    store
        .create_name_only_users((1..=count).map(|n| format!("Shopper {n}")).collect())
        .await
        .unwrap()
}

/// A new design by a new designer, titled `title`, in `status` with a goal of `goal`.
pub async fn design(store: &Store, title: &str, status: DesignStatus, goal: i64) -> i64 {
    let designer = store
        .create_name_only_users(vec!["Mara Lind".into()])
        .await
        .unwrap()[0];
    store
        .insert_design(NewDesign {
            title: title.into(),
            description: "A loose linen dress that wraps at the waist.".into(),
            category: Category::Dresses,
            designer_id: designer,
            image_hash: "a".repeat(64),
            image_width: 900,
            image_height: 1200,
            goal,
            status,
            created_at: now_millis(),
        })
        .await
        .unwrap()
        .id
}

/// A like (`liked`) or an unlike by `user`, with the domain's rules: public designs take
/// likes, and the like reaching the goal moves the design on.
pub fn like(design_id: i64, user_id: i64, liked: bool) -> LikeWrite {
    LikeWrite {
        design_id,
        user_id,
        liked,
        store: None,
        likeable: PUBLIC_STATUSES.as_slice(),
        on_goal: goal_transition(),
    }
}

/// A like made through the hanger tag of `store`.
pub fn like_in_store(design_id: i64, user_id: i64, store: &str) -> LikeWrite {
    LikeWrite {
        store: Some(StoreCode::parse(store).expect("a store code")),
        ..like(design_id, user_id, true)
    }
}
