//! Demo data: designs drawn by the project itself, their designers, and
//! shoppers whose likes they have, seeded into an empty database.

use std::collections::BTreeMap;

use cocrea_api::DesignStatus;

use crate::demo_art::{demo_designs, demo_image};
use crate::images::{process_upload, ImageStore};
use crate::storage::{now_millis, NewDesign, Store};

/// Seeds the demo designs unless the database already holds designs.
pub async fn seed_if_empty(
    store: &Store,
    images: &ImageStore,
    like_goal: i64,
) -> anyhow::Result<()> {
    if store.count_designs().await? > 0 {
        tracing::info!("database has designs; demo data not seeded");
        return Ok(());
    }
    let now = now_millis();
    let designs = demo_designs();
    let designer_names: Vec<String> = designs
        .iter()
        .map(|design| design.designer.to_owned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let designer_ids: BTreeMap<String, i64> = designer_names
        .iter()
        .cloned()
        .zip(store.create_name_only_users(designer_names.clone()).await?)
        .collect();
    let most_likes = designs.iter().map(|design| design.likes).max().unwrap_or(0);
    let shoppers = store
        .create_name_only_users(
            (1..=most_likes)
                .map(|n| format!("Demo shopper {n}"))
                .collect(),
        )
        .await?;
    // Drawing and encoding is CPU work: two at a time on the blocking pool
    // keeps both cores busy without holding every picture in memory at once.
    for (chunk_index, chunk) in designs.chunks(2).enumerate() {
        let drawings: Vec<_> = chunk
            .iter()
            .enumerate()
            .map(|(offset, design)| {
                let design = design.clone();
                let index = chunk_index * 2 + offset;
                tokio::task::spawn_blocking(move || process_upload(&demo_image(index, &design)))
            })
            .collect();
        for (design, drawing) in chunk.iter().zip(drawings) {
            let image = drawing.await??;
            images.save(&image)?;
            let status = if design.likes >= like_goal {
                DesignStatus::GoalReached
            } else {
                DesignStatus::Voting
            };
            let stored = store
                .insert_design(NewDesign {
                    title: design.title.into(),
                    description: design.description.into(),
                    category: design.category,
                    designer_id: designer_ids[design.designer],
                    image_hash: image.hash,
                    image_width: image.width,
                    image_height: image.height,
                    goal: like_goal,
                    status,
                    created_at: now - (design.age_hours * 3_600_000.0) as i64,
                })
                .await?;
            let likers = shoppers[..design.likes as usize].to_vec();
            store.add_likes(stored.id, likers).await?;
        }
    }
    tracing::info!(count = store.count_designs().await?, "demo designs seeded");
    Ok(())
}
