//! Settings of the shop's public displays (store screens, hanger tags) and of the
//! addresses that QR codes and share links carry.

use crate::config::Config;

/// What the displays may show and where their QR codes lead.
#[derive(Debug, Clone)]
pub struct DisplaySettings {
    /// Likes a design needs before screens and tags show it, unless an admin approved it.
    pub min_likes: i64,
    /// The site's public address (`https://shop.example.com`, no trailing `/`), for QR
    /// codes and share links; `None`: the address each request came to.
    pub public_url: Option<String>,
}

impl DisplaySettings {
    /// The display settings of a server configuration.
    pub fn from_config(config: &Config) -> DisplaySettings {
        DisplaySettings {
            min_likes: config.screen_min_likes,
            public_url: config.public_url.clone(),
        }
    }
}
