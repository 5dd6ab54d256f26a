//! Demo data: designs drawn by the project itself, their designers, and
//! shoppers whose likes they have, seeded into an empty database.

use std::collections::BTreeMap;

use crate::domain::lifecycle::goal_transition;
use crate::images::process_upload;
use crate::storage::{now_millis, NewDesign, Store};
use cocrea_demo_art::{demo_designs, demo_image};

/// Seeds the demo designs unless the database already holds designs.
pub async fn seed_if_empty(store: &Store, like_goal: i64) -> anyhow::Result<()> {
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
            let (image_hash, image_width, image_height) =
                (image.hash.clone(), image.width, image.height);
            store.save_image(image).await?;
            // As if its likes had come one by one: the domain's goal move.
            let goal = goal_transition();
            let status = if design.likes >= like_goal {
                goal.to
            } else {
                goal.from
            };
            let created_at = now - (design.age_hours * 3_600_000.0) as i64;
            let stored = store
                .insert_design(NewDesign {
                    title: design.title.into(),
                    description: design.description.into(),
                    category: design.category,
                    designer_id: designer_ids[design.designer],
                    image_hash,
                    image_width,
                    image_height,
                    goal: like_goal,
                    status,
                    created_at,
                })
                .await?;
            let likes = spread_over(&shoppers[..design.likes as usize], created_at, now);
            store.add_likes(stored.id, likes).await?;
        }
    }
    tracing::info!(count = store.count_designs().await?, "demo designs seeded");
    Ok(())
}

/// The likers of a design, each with a moment between the design's submission and
/// `now`, evenly spread (more of them recent, as a design gathers pace), so the
/// insights' likes per day show a history rather than one day.
fn spread_over(likers: &[i64], created_at: i64, now: i64) -> Vec<(i64, i64)> {
    let span = (now - created_at).max(0) as f64;
    let count = likers.len().max(1) as f64;
    likers
        .iter()
        .enumerate()
        .map(|(n, &liker)| {
            let share = ((n as f64 + 1.0) / count).sqrt();
            (liker, created_at + (span * share) as i64)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use cocrea_demo_art::{demo_designs, demo_image, HEIGHT, WIDTH};

    use super::spread_over;
    use crate::images::process_upload;

    #[test]
    fn a_demo_image_passes_the_upload_pipeline_at_its_size() {
        // The shoes: two garments, the most drawing of any picture.
        let designs = demo_designs();
        let index = designs
            .iter()
            .position(|design| design.title.contains("Cloud Runner"))
            .unwrap();
        let processed = process_upload(&demo_image(index, &designs[index])).unwrap();
        assert_eq!((processed.width, processed.height), (WIDTH, HEIGHT));
    }

    #[test]
    fn demo_likes_fall_between_submission_and_now_the_last_one_now() {
        let likes = spread_over(&[1, 2, 3, 4], 1_000, 9_000);
        assert_eq!(
            likes.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
        assert!(likes.windows(2).all(|pair| pair[0].1 <= pair[1].1));
        assert!(likes.iter().all(|(_, at)| (1_000..=9_000).contains(at)));
        assert_eq!(likes.last().map(|(_, at)| *at), Some(9_000));
        assert!(spread_over(&[], 1_000, 9_000).is_empty());
    }
}
