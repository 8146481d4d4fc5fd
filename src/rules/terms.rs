//! Terms of office (DOMAIN.md "Terms and timing"): the outgoing term a
//! congress reviews, and whether a congress date fits the term it opens.

use crate::model::{Congress, Date};

/// The term before one starting in `start`, where the usual pattern tells it:
/// branch terms run 2020–2022, 2022–2025, 2025–2027, 2027–2030 (two in five
/// years), and the pilot five-year term 2025–2030 follows 2022–2025.
/// `None` for a start year outside that pattern (the documents then leave
/// the outgoing term to be written by hand).
pub fn previous_term(start: i32) -> Option<(i32, i32)> {
    match start.rem_euclid(5) {
        0 => Some((start - 3, start)),
        2 => Some((start - 2, start)),
        _ => None,
    }
}

/// Whether a congress date fits the term it opens: a term is named from the
/// year of its congress (a congress convened a few months early is still
/// held in that year, e.g. in January for a term that starts that year).
pub fn congress_date_fits(c: &Congress, d: Date) -> bool {
    d.year() == c.term_start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ymd;

    #[test]
    fn previous_terms_follow_the_two_in_five_years_pattern() {
        assert_eq!(previous_term(2025), Some((2022, 2025)));
        assert_eq!(previous_term(2027), Some((2025, 2027)));
        assert_eq!(previous_term(2030), Some((2027, 2030)));
        assert_eq!(previous_term(2026), None);
    }

    #[test]
    fn a_congress_opens_its_term_in_its_year() {
        let c = Congress {
            term_start: 2027,
            term_end: 2030,
            ..Congress::default()
        };
        let fit = |y, m, d| congress_date_fits(&c, ymd(y, m, d).unwrap());
        assert!(fit(2027, 1, 8));
        assert!(!fit(2026, 11, 14));
        assert!(!fit(2028, 1, 2));
    }
}
