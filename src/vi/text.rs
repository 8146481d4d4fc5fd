//! Normalisation, folding for search, slugs.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Normalise text to NFC (Vietnamese typed with combining marks composes).
pub fn nfc(s: &str) -> String {
    if unicode_normalization::is_nfc(s) {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// The one fold every search in the app uses: lower case without
/// diacritics (đ → d), so "ngoc an" finds "Ngọc An" however it was typed.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// [`fold`], with punctuation turned into single spaces, for matching
/// words such as spreadsheet headers:
/// "Ngày, tháng, năm sinh" → "ngay thang nam sinh".
pub fn fold_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if is_combining_mark(c) => continue,
            c => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_string()
}

/// "Chi bộ Thôn Ngọc An" → "chi-bo-thon-ngoc-an": lower-case ASCII letters,
/// digits and single dashes.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if is_combining_mark(c) => continue,
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
    }

    #[test]
    fn search_fold() {
        assert_eq!(fold("Chi bộ Thôn Ngọc An"), "chi bo thon ngoc an");
        assert_eq!(fold("Đồng Đế"), "dong de");
        // Decomposed and composed input fold alike.
        assert_eq!(fold("Ngo\u{0323}c"), fold("Ngọc"));
        assert_eq!(fold_words("Ngày, tháng, năm sinh"), "ngay thang nam sinh");
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc("Chi bo\u{0302}\u{0323}"), "Chi bộ");
    }
}
