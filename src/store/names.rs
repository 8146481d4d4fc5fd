//! Branch ids (file stems of `branches/<id>.ron`).

/// A branch id: non-empty, ASCII lower-case letters, digits and dashes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("thon-1"));
        assert!(!is_valid_id("Thon 1"));
        assert!(!is_valid_id(""));
    }
}
