//! The paths the staff bundle serves (dist/staff/): the brand's administration, the
//! in-store hanger tags and screen, and the designers' pages (submit, my designs, a
//! designer's page, which a shopper opens only from a name). The server sends that
//! bundle for them; the shoppers' bundle, which leaves their code out, loads them
//! from the server when an in-app link leads there.

/// The paths, in axum's route syntax: `{name}` stands for one segment, `{*rest}` for
/// one or more. The staff bundle's own routes (`src/staff/routes.rs`) give each a page.
pub const STAFF_BUNDLE_PATHS: [&str; 8] = [
    "/submit",
    "/me",
    "/designers/{id}",
    "/screen",
    "/tags",
    "/tag/{id}",
    "/admin",
    "/admin/{*rest}",
];

/// Whether the staff bundle serves `path` (an address's path, without its query).
pub fn serves(path: &str) -> bool {
    STAFF_BUNDLE_PATHS
        .iter()
        .any(|pattern| matches_pattern(pattern, path))
}

/// Whether `path` matches one of [`STAFF_BUNDLE_PATHS`]'s patterns.
fn matches_pattern(pattern: &str, path: &str) -> bool {
    let mut path_segments = path.trim_end_matches('/').split('/');
    for part in pattern.split('/') {
        if part.starts_with("{*") {
            return path_segments.any(|segment| !segment.is_empty());
        }
        match path_segments.next() {
            Some(segment) if part.starts_with('{') => {
                if segment.is_empty() {
                    return false;
                }
            }
            Some(segment) if segment == part => {}
            _ => return false,
        }
    }
    path_segments.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::serves;

    #[test]
    fn the_staff_pages_are_served_by_the_staff_bundle() {
        for path in [
            "/submit",
            "/me",
            "/designers/7",
            "/screen",
            "/tags",
            "/tag/12",
            "/tag/12/",
            "/admin",
            "/admin/insights",
        ] {
            assert!(serves(path), "{path}");
        }
    }

    #[test]
    fn the_shoppers_pages_and_unknown_paths_are_not() {
        for path in [
            "/",
            "/designs/3",
            "/login",
            "/signup",
            "/tag",
            "/tag/",
            "/tag/1/more",
            "/designers",
            "/admins",
            "/mine",
            "/nowhere",
        ] {
            assert!(!serves(path), "{path}");
        }
    }
}
