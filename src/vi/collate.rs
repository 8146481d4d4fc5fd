//! Vietnamese alphabetical order (ICU collation, locale "vi"): letters follow
//! the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …) and tones come
//! after base letters. Name-order rules (given name first) live in
//! `rules::collate`.

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use std::cmp::Ordering;
use std::sync::OnceLock;

/// The Vietnamese collator, built once from the baked ICU data.
fn collator() -> Option<&'static CollatorBorrowed<'static>> {
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR
        .get_or_init(|| {
            Collator::try_new(icu_locale::locale!("vi").into(), CollatorOptions::default()).ok()
        })
        .as_ref()
}

/// Compare two strings in Vietnamese order. Should the ICU data ever be
/// missing, falls back to code-point order rather than failing.
pub fn compare_text(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// The parts of a Vietnamese name: (family, middle, given).
/// "Nguyễn Thị Minh Khai" → ("Nguyễn", "Thị Minh", "Khai"); a single word is
/// the given name.
pub fn name_parts(full_name: &str) -> (&str, &str, &str) {
    let name = full_name.trim();
    let Some((rest, given)) = name.rsplit_once(char::is_whitespace) else {
        return ("", "", name);
    };
    let rest = rest.trim_end();
    match rest.split_once(char::is_whitespace) {
        Some((family, middle)) => (family, middle.trim_start(), given),
        None => (rest, "", given),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_a_name() {
        assert_eq!(
            name_parts("Nguyễn Thị Minh Khai"),
            ("Nguyễn", "Thị Minh", "Khai")
        );
        assert_eq!(name_parts("  Lê   Lợi "), ("Lê", "", "Lợi"));
        assert_eq!(name_parts("Hùng"), ("", "", "Hùng"));
        assert_eq!(name_parts(""), ("", "", ""));
    }
}
