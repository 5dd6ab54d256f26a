//! Designs: stored, read back, and listed in the gallery when they are public.

use cocrea_api::{Category, DesignStatus, SortOrder};
use cocrea_server::storage::{ListDesigns, Store};

use crate::backend::on_both_backends;
use crate::fixtures::design;

on_both_backends!(
    a_stored_design_is_read_back_and_listed_in_the_gallery,
    only_public_designs_that_are_not_hidden_are_listed,
);

/// The first page of the gallery, newest first.
async fn gallery(store: &Store) -> Vec<i64> {
    store
        .list_designs(ListDesigns {
            sort: SortOrder::New,
            limit: 50,
            ..ListDesigns::default()
        })
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|design| design.id)
        .collect()
}

async fn a_stored_design_is_read_back_and_listed_in_the_gallery(store: &Store) {
    assert!(gallery(store).await.is_empty());
    let id = design(store, "Linen wrap dress", DesignStatus::Voting, 100).await;

    let stored = store
        .design(id)
        .await
        .unwrap()
        .expect("the design is stored");
    assert_eq!(stored.title, "Linen wrap dress");
    assert_eq!(stored.designer_name, "Mara Lind");
    assert_eq!(stored.category, Category::Dresses);
    assert_eq!((stored.image_width, stored.image_height), (900, 1200));
    assert_eq!((stored.likes, stored.goal), (0, 100));
    assert_eq!(
        (stored.status, stored.hidden),
        (DesignStatus::Voting, false)
    );
    assert_eq!(stored.rejection_reason, None);

    let listing = store
        .list_designs(ListDesigns {
            sort: SortOrder::New,
            limit: 50,
            ..ListDesigns::default()
        })
        .await
        .unwrap();
    assert_eq!(listing.items, std::slice::from_ref(&stored));
    assert!(listing.next.is_none(), "one design is one page");
    assert_eq!(store.count_designs().await.unwrap(), 1);
    assert_eq!(
        store.designs_by_designer(stored.designer_id).await.unwrap(),
        [stored]
    );
    assert!(store.image_in_use("a".repeat(64)).await.unwrap());
    assert_eq!(store.design(id + 1).await.unwrap(), None);
}

async fn only_public_designs_that_are_not_hidden_are_listed(store: &Store) {
    let mut public = Vec::new();
    for status in DesignStatus::ALL {
        let id = design(store, &format!("Dress {status:?}"), status, 100).await;
        if status.is_public() {
            public.push(id);
        }
    }
    let hidden = design(store, "Hidden dress", DesignStatus::Voting, 100).await;
    assert!(store.set_hidden(hidden, true).await.unwrap());

    let mut listed = gallery(store).await;
    listed.sort_unstable();
    assert_eq!(listed, public);
    assert_eq!(
        store.count_designs().await.unwrap(),
        DesignStatus::ALL.len() as i64 + 1,
        "the count holds every design, in any status"
    );
}
