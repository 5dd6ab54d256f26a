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

/// Checks a `--public-url`: an `http` or `https` address with a host and nothing after
/// the host but an optional path; returned without its trailing `/`.
pub fn parse_public_url(value: &str) -> Result<String, String> {
    let value = value.trim().trim_end_matches('/');
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or("the public URL must start with https:// or http://")?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty()
        || value.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>')
        })
    {
        return Err("the public URL needs a host and no spaces, query or fragment".into());
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::parse_public_url;

    #[test]
    fn a_public_url_is_an_http_address_without_its_trailing_slash() {
        assert_eq!(
            parse_public_url("https://shop.example.com/").unwrap(),
            "https://shop.example.com"
        );
        assert_eq!(
            parse_public_url("http://10.0.0.5:8080").unwrap(),
            "http://10.0.0.5:8080"
        );
        for bad in [
            "shop.example.com",
            "ftp://x",
            "https://",
            "https://a b",
            "https://x?y",
        ] {
            assert!(parse_public_url(bad).is_err(), "{bad}");
        }
    }
}
