//! Password hashing with argon2id at OWASP's recommended minimum parameters.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Memory cost in KiB: 19 MiB, OWASP's minimum for argon2id.
const MEMORY_KIB: u32 = 19 * 1024;
/// Iterations.
const ITERATIONS: u32 = 2;
/// Lanes.
const PARALLELISM: u32 = 1;

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .expect("the argon2 parameters are valid constants");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string (algorithm, parameters, salt, hash).
/// CPU-heavy: call it on the blocking pool.
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(argon2()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches a stored PHC string. CPU-heavy, like [`hash`].
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Spends as long as a real check, so an unknown email answers no faster
/// than a wrong password (nothing to learn from the timing).
pub fn verify_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("not a real password").unwrap_or_default());
    let _ = verify(password, dummy);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_is_argon2id_with_owasp_parameters_and_verifies() {
        let stored = hash("linen-and-wool").unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("linen-and-wool", &stored));
        assert!(!verify("linen-and-woof", &stored));
        assert!(!verify("anything", "not a phc string"));
    }

    #[test]
    fn the_same_password_hashes_differently_each_time() {
        assert_ne!(hash("same").unwrap(), hash("same").unwrap());
    }
}
