//! The ranking formulas, in one place for the server and the app.
//!
//! Trending follows the Hacker News / Lemmy "gravity" idea: a design's likes
//! are divided by a power of its age, so a new design collecting likes fast
//! passes an old one with more likes in total.
//!
//! `score = (likes + 1) / (age_hours + 2) ^ GRAVITY`
//!
//! The `+ 1` lets a design with no likes still order by age; the `+ 2` keeps
//! a brand-new design from dividing by (almost) zero.

/// How strongly age pulls a design down the trending list.
pub const GRAVITY: f64 = 1.8;

/// The trending score of a design with `likes` likes, `age_hours` old.
pub fn trending_score(likes: i64, age_hours: f64) -> f64 {
    let likes = likes.max(0) as f64;
    let age = age_hours.max(0.0);
    (likes + 1.0) / (age + 2.0).powf(GRAVITY)
}

/// How far `likes` are toward `goal`, from 0.0 to 1.0.
pub fn goal_fraction(likes: i64, goal: i64) -> f64 {
    if goal <= 0 {
        return 1.0;
    }
    (likes.max(0) as f64 / goal as f64).min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_design_with_fast_likes_passes_an_old_one_with_more() {
        let fresh = trending_score(20, 2.0);
        let old = trending_score(200, 24.0 * 7.0);
        assert!(fresh > old, "fresh {fresh} should beat old {old}");
    }

    #[test]
    fn at_equal_age_more_likes_rank_higher() {
        assert!(trending_score(10, 5.0) > trending_score(9, 5.0));
    }

    #[test]
    fn at_equal_likes_the_younger_design_ranks_higher() {
        assert!(trending_score(10, 1.0) > trending_score(10, 2.0));
    }

    #[test]
    fn goal_fraction_is_capped_and_safe() {
        assert_eq!(goal_fraction(50, 100), 0.5);
        assert_eq!(goal_fraction(250, 100), 1.0);
        assert_eq!(goal_fraction(-3, 100), 0.0);
        assert_eq!(goal_fraction(5, 0), 1.0);
    }
}
