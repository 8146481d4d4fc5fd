//! File-safe names made from Vietnamese text.

use unicode_normalization::UnicodeNormalization;

/// "Chi bộ Thôn Ngọc An" → "chi-bo-thon-ngoc-an": lower-case ASCII letters,
/// digits and single dashes.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.truncate(60);
    out
}

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
    fn slugs() {
        assert_eq!(slug("Chi bộ Thôn Ngọc An"), "chi-bo-thon-ngoc-an");
        assert_eq!(
            slug("Tổ dân phố số 5 / Đông Hải"),
            "to-dan-pho-so-5-dong-hai"
        );
        assert_eq!(slug("  "), "");
        assert!(is_valid_id("thon-1"));
        assert!(!is_valid_id("Thon 1"));
        assert!(!is_valid_id(""));
    }
}
