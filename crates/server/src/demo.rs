//! Demo data: designs drawn by the project itself, seeded into an empty database.

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
    let designs = demo_designs();
    // Draw and encode on the blocking pool, all at once: it is CPU work.
    let drawings: Vec<_> = designs
        .iter()
        .enumerate()
        .map(|(index, design)| {
            let design = design.clone();
            tokio::task::spawn_blocking(move || process_upload(&demo_image(index, &design)))
        })
        .collect();
    let now = now_millis();
    for (design, drawing) in designs.into_iter().zip(drawings) {
        let image = drawing.await??;
        images.save(&image)?;
        let status = if design.likes >= like_goal {
            DesignStatus::GoalReached
        } else {
            DesignStatus::Voting
        };
        store
            .insert_design(NewDesign {
                title: design.title.into(),
                description: design.description.into(),
                category: design.category,
                designer_name: design.designer.into(),
                image_hash: image.hash,
                image_width: image.width,
                image_height: image.height,
                goal: like_goal,
                status,
                likes: design.likes,
                created_at: now - (design.age_hours * 3_600_000.0) as i64,
            })
            .await?;
    }
    tracing::info!(count = store.count_designs().await?, "demo designs seeded");
    Ok(())
}
