//! `cocrea-server seed-gallery N`: fills an empty database with N made-up designs
//! for `cargo xtask bench gallery`, through the storage layer (no image upload: every
//! design shows one demo picture).
//!
//! The designs look like a real catalogue grown over a year: titles and descriptions
//! in the app's four languages (with their accents), the eight categories, most
//! designs voting and a few pending, rejected or archived, likes spread thinly with a
//! few popular designs past their goal, and one rare word ("lentejuelas") in one
//! design of every [`RARE_WORD_EVERY`] for the search benchmark.

use anyhow::{bail, Context};
use cocrea_api::{Category, DesignStatus};
use futures::stream::{self, StreamExt, TryStreamExt};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::images::process_upload;
use crate::storage::{now_millis, NewDesign, Store};
use cocrea_demo_art::{demo_designs, demo_image};

/// The word the search benchmark looks for, in one design of every [`RARE_WORD_EVERY`].
pub const RARE_WORD: &str = "lentejuelas";
/// How rare [`RARE_WORD`] is.
pub const RARE_WORD_EVERY: usize = 5000;
/// The most likes a made-up design gets (so as many made-up shoppers exist).
const MOST_LIKES: usize = 150;
/// How many designs are stored at once.
const IN_FLIGHT: usize = 32;
/// How far back the designs were submitted.
const SPAN_MILLIS: i64 = 365 * 24 * 3_600_000;

const GARMENTS: &[&str] = &[
    "Camiseta",
    "Saia",
    "Maglietta",
    "Vestido",
    "Falda",
    "Gonna",
    "Blusa",
    "Chaqueta",
    "Jaqueta",
    "Giacca",
    "Pantalón",
    "Calça",
    "Pantaloni",
    "Jersey",
    "Suéter",
    "Maglione",
    "Dress",
    "Shirt",
    "Jacket",
    "Sweater",
    "Skirt",
    "Trousers",
    "Scarf",
    "Sneakers",
];
const COLOURS: &[&str] = &[
    "azul", "rojo", "verde", "negra", "blanca", "amarillo", "azzurra", "rossa", "nera", "bianca",
    "vermelha", "preta", "branca", "navy", "ochre", "teal", "coral", "lilás",
];
const DETAILS: &[&str] = &[
    "de algodón",
    "de algodão",
    "di cotone",
    "in linen",
    "de lino",
    "plissada",
    "plisada",
    "a righe",
    "de rayas",
    "listrada",
    "with pockets",
    "con bolsillos",
    "com botões",
    "oversize",
    "cropped",
    "de punto",
    "di lana",
    "de crochê",
    "bordada",
    "ricamata",
];
const SENTENCES: &[&str] = &[
    "Ligera y cómoda para el verano.",
    "Leve e confortável para o dia a dia.",
    "Leggera e comoda per la città.",
    "Light enough for warm evenings, warm enough for the office.",
    "Corte recto, costuras francesas y botones de nácar.",
    "Tecido reciclado, caimento solto e bolsos profundos.",
    "Tessuto riciclato, vestibilità morbida, tasche profonde.",
    "A relaxed fit with deep pockets and a hidden zip.",
];

/// Stores `count` made-up designs (and their designers, shoppers and likes) in an
/// empty database; returns how many designs it holds then.
pub async fn seed(store: &Store, count: usize, like_goal: i64) -> anyhow::Result<i64> {
    if store.count_designs().await? > 0 {
        bail!("the database already has designs; seed an empty one");
    }
    let picture = demo_designs()
        .into_iter()
        .next()
        .context("the demo designs are there")?;
    let image =
        tokio::task::spawn_blocking(move || process_upload(&demo_image(0, &picture))).await??;
    let (image_hash, image_width, image_height) = (image.hash.clone(), image.width, image.height);
    store.save_image(image).await?;
    let designers = store
        .create_name_only_users(
            (0..(count / 20).max(10))
                .map(|n| format!("Designer {n}"))
                .collect(),
        )
        .await?;
    let shoppers = store
        .create_name_only_users((0..MOST_LIKES).map(|n| format!("Shopper {n}")).collect())
        .await?;
    let now = now_millis();
    let mut random = StdRng::seed_from_u64(12);
    let designs: Vec<(NewDesign, usize)> = (0..count)
        .map(|index| {
            let (mut design, likes) = made_up_design(index, &mut random, now, like_goal);
            design.designer_id = designers[random.gen_range(0..designers.len())];
            design.image_hash = image_hash.clone();
            design.image_width = image_width;
            design.image_height = image_height;
            (design, likes)
        })
        .collect();
    stream::iter(designs)
        .map(|(design, likes)| {
            let shoppers = &shoppers;
            async move {
                let created_at = design.created_at;
                let stored = store.insert_design(design).await?;
                if likes > 0 {
                    let span = (now - created_at).max(1);
                    let likes = shoppers[..likes]
                        .iter()
                        .enumerate()
                        .map(|(n, &shopper)| {
                            (
                                shopper,
                                created_at + span * (n as i64 + 1) / (likes as i64 + 1),
                            )
                        })
                        .collect();
                    store.add_likes(stored.id, likes).await?;
                }
                Ok::<_, anyhow::Error>(())
            }
        })
        .buffer_unordered(IN_FLIGHT)
        .try_collect::<()>()
        .await?;
    // Measured right after seeding, the gallery must be planned for what it holds.
    store.refresh_statistics().await?;
    Ok(store.count_designs().await?)
}

/// The `index`th made-up design (its designer and image left for the caller) and
/// how many likes it gets.
fn made_up_design(
    index: usize,
    random: &mut StdRng,
    now: i64,
    like_goal: i64,
) -> (NewDesign, usize) {
    let pick =
        |random: &mut StdRng, words: &[&'static str]| words[random.gen_range(0..words.len())];
    let mut title = format!(
        "{} {} {}",
        pick(random, GARMENTS),
        pick(random, COLOURS),
        pick(random, DETAILS)
    );
    if index % RARE_WORD_EVERY == 1 {
        title.push_str(" con ");
        title.push_str(RARE_WORD);
    }
    let description = format!("{} {}", pick(random, SENTENCES), pick(random, SENTENCES));
    // Thin likes, a few popular designs: about 1 in 60 reaches a goal of 100.
    let likes = (MOST_LIKES as f64 * random.gen::<f64>().powi(12)) as usize;
    let status = match random.gen_range(0..100) {
        0..=3 => DesignStatus::Pending,
        4..=5 => DesignStatus::Rejected,
        6 => DesignStatus::Archived,
        _ if likes as i64 >= like_goal => match random.gen_range(0..3) {
            0 => DesignStatus::GoalReached,
            1 => DesignStatus::InProduction,
            _ => DesignStatus::InStore,
        },
        _ => DesignStatus::Voting,
    };
    let design = NewDesign {
        title,
        description,
        category: Category::ALL[random.gen_range(0..Category::ALL.len())],
        designer_id: 0,
        image_hash: String::new(),
        image_width: 0,
        image_height: 0,
        goal: like_goal,
        status,
        created_at: now - random.gen_range(0..SPAN_MILLIS),
    };
    let likes = if status.is_public() { likes } else { 0 };
    (design, likes)
}
