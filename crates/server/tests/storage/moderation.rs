//! Moderation: reports, hiding (which settles them), dismissing, status changes with
//! their timeline, and comments.

use cocrea_api::admin::ReportReason;
use cocrea_api::DesignStatus;
use cocrea_server::domain::lifecycle::brand_may_move_from;
use cocrea_server::storage::{ListDesigns, StatusChange, StatusWrite, Store};

use crate::backend::on_both_backends;
use crate::fixtures::{design, people};

on_both_backends!(
    reports_are_counted_once_per_person_and_hiding_settles_them,
    dismissing_reports_closes_them_and_keeps_the_design_shown,
    a_status_change_is_made_only_from_an_allowed_status_and_shows_on_the_timeline,
    comments_are_added_listed_and_deleted,
);

/// How many designs the gallery lists.
async fn listed(store: &Store) -> usize {
    store
        .list_designs(ListDesigns {
            limit: 50,
            ..ListDesigns::default()
        })
        .await
        .unwrap()
        .items
        .len()
}

async fn reports_are_counted_once_per_person_and_hiding_settles_them(store: &Store) {
    let id = design(store, "Linen wrap dress", DesignStatus::Voting, 100).await;
    let people = people(store, 3).await;
    assert!(store.reported_designs().await.unwrap().is_empty());

    store
        .report(id, people[0], ReportReason::Spam)
        .await
        .unwrap();
    store
        .report(id, people[1], ReportReason::Copyright)
        .await
        .unwrap();
    store
        .report(id, people[2], ReportReason::Copyright)
        .await
        .unwrap();
    // A second report by the same person replaces the first.
    store
        .report(id, people[0], ReportReason::Copyright)
        .await
        .unwrap();
    let reported = store.reported_designs().await.unwrap();
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0].design.id, id);
    assert_eq!(reported[0].reports, 3);
    assert_eq!(reported[0].reasons, [ReportReason::Copyright]);

    assert!(store.set_hidden(id, true).await.unwrap());
    assert!(
        store.reported_designs().await.unwrap().is_empty(),
        "hiding settles the design's reports"
    );
    assert!(store.design(id).await.unwrap().unwrap().hidden);
    assert_eq!(listed(store).await, 0, "a hidden design leaves the gallery");

    assert!(store.set_hidden(id, false).await.unwrap());
    assert_eq!(listed(store).await, 1, "shown again, it is back");
    assert!(
        !store.set_hidden(id + 1, true).await.unwrap(),
        "no such design"
    );
}

async fn dismissing_reports_closes_them_and_keeps_the_design_shown(store: &Store) {
    let id = design(store, "Linen wrap dress", DesignStatus::Voting, 100).await;
    let person = people(store, 1).await[0];
    assert!(!store.dismiss_reports(id).await.unwrap(), "no reports yet");

    store
        .report(id, person, ReportReason::Offensive)
        .await
        .unwrap();
    assert!(store.dismiss_reports(id).await.unwrap());
    assert!(store.reported_designs().await.unwrap().is_empty());
    assert!(!store.design(id).await.unwrap().unwrap().hidden);
    assert_eq!(listed(store).await, 1);

    // Reporting again opens a report again.
    store
        .report(id, person, ReportReason::Offensive)
        .await
        .unwrap();
    assert_eq!(store.reported_designs().await.unwrap().len(), 1);
}

async fn a_status_change_is_made_only_from_an_allowed_status_and_shows_on_the_timeline(
    store: &Store,
) {
    let id = design(store, "Linen wrap dress", DesignStatus::Pending, 100).await;
    let change = |next: DesignStatus, note: &str, reason: Option<&str>| StatusWrite {
        design_id: id,
        next,
        public_note: note.into(),
        rejection_reason: reason.map(Into::into),
        allowed_from: brand_may_move_from(next),
    };

    // Straight to production from review is not a move the lifecycle allows.
    assert_eq!(
        store
            .change_status(change(DesignStatus::InProduction, "", None))
            .await
            .unwrap(),
        Some(StatusChange::NotAllowed(DesignStatus::Pending))
    );
    assert_eq!(
        store
            .change_status(change(DesignStatus::Voting, "Approved", None))
            .await
            .unwrap(),
        Some(StatusChange::Made)
    );
    assert_eq!(
        store
            .change_status(change(DesignStatus::Archived, "Retired", None))
            .await
            .unwrap(),
        Some(StatusChange::Made)
    );
    let stored = store.design(id).await.unwrap().unwrap();
    assert_eq!(stored.status, DesignStatus::Archived);

    let steps: Vec<(DesignStatus, String)> = store
        .timeline(id)
        .await
        .unwrap()
        .into_iter()
        .map(|step| (step.status, step.note))
        .collect();
    assert_eq!(
        steps,
        [
            (DesignStatus::Pending, String::new()),
            (DesignStatus::Voting, "Approved".into()),
            (DesignStatus::Archived, "Retired".into()),
        ]
    );

    // A rejection keeps its reason for the designer.
    let rejected = design(store, "Second dress", DesignStatus::Pending, 100).await;
    let reject = StatusWrite {
        design_id: rejected,
        ..change(DesignStatus::Rejected, "", Some("The image is blurry."))
    };
    assert_eq!(
        store.change_status(reject).await.unwrap(),
        Some(StatusChange::Made)
    );
    assert_eq!(
        store
            .design(rejected)
            .await
            .unwrap()
            .unwrap()
            .rejection_reason
            .as_deref(),
        Some("The image is blurry.")
    );

    let missing = StatusWrite {
        design_id: rejected + 100,
        ..change(DesignStatus::Archived, "", None)
    };
    assert_eq!(store.change_status(missing).await.unwrap(), None);
}

async fn comments_are_added_listed_and_deleted(store: &Store) {
    let id = design(store, "Linen wrap dress", DesignStatus::Voting, 100).await;
    let people = people(store, 2).await;

    let first = store
        .add_comment(id, people[0], "Love the pockets.".into(), None)
        .await
        .unwrap();
    assert_eq!(
        (first.design_id, first.user_id, first.body.as_str()),
        (id, people[0], "Love the pockets.")
    );
    assert_eq!(first.user_name, "Shopper 1");
    let second = store
        .add_comment(id, people[1], "In blue, please.".into(), None)
        .await
        .unwrap();
    assert_eq!(
        store.comments(id).await.unwrap(),
        [first.clone(), second.clone()],
        "oldest first"
    );

    assert!(store.delete_comment(first.id).await.unwrap());
    assert!(
        !store.delete_comment(first.id).await.unwrap(),
        "deleted once"
    );
    assert_eq!(store.comments(id).await.unwrap(), [second]);
}
