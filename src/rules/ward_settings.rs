//! Checks of the ward's settings (`ward.ron`, edited on the settings screen).
//! Field paths start with `ward.`, e.g. `ward.place`, `ward.rules.max_surplus_pct`.

use super::{Problem, Severity};
use crate::model::Ward;
use crate::rules::Field;
use crate::strings::settings as msg;

/// HD 36 ranges (mm, pt): out of range is a warning (a newer guide may
/// allow it), out of the printable range an error.
const MARGINS: [(&str, f32, f32); 4] = [
    (msg::MARGIN_TOP, 20.0, 25.0),
    (msg::MARGIN_BOTTOM, 20.0, 25.0),
    (msg::MARGIN_LEFT, 30.0, 35.0),
    (msg::MARGIN_RIGHT, 15.0, 20.0),
];
const MARGIN_PRINTABLE: (f32, f32) = (5.0, 60.0);
const BODY_GUIDE: (f32, f32) = (14.0, 15.0);
const BODY_PRINTABLE: (f32, f32) = (10.0, 20.0);

/// Every problem of the ward's settings, errors first in screen order.
pub fn validate_ward(w: &Ward) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut error = |field: &str, message: String| {
        out.push(Problem {
            severity: Severity::Error,
            doc: None,
            field: Field::Ward(field.to_string()),
            message,
        })
    };
    for (field, label, value) in [
        ("name", msg::WARD_NAME, &w.name),
        ("committee_name", msg::COMMITTEE_NAME, &w.committee_name),
        ("place", msg::PLACE, &w.place),
        (
            "signers.ward_on_behalf",
            msg::ON_BEHALF,
            &w.signers.ward_on_behalf,
        ),
        (
            "signers.ward_title",
            msg::SIGNER_TITLE,
            &w.signers.ward_title,
        ),
    ] {
        if value.trim().is_empty() {
            error(field, msg::required(short(label)));
        }
    }
    let a = &w.abbreviations;
    for (field, label, value) in [
        ("branch", msg::ABBR_BRANCH, &a.branch),
        (
            "branch_committee",
            msg::ABBR_BRANCH_COMMITTEE,
            &a.branch_committee,
        ),
        ("congress", msg::ABBR_CONGRESS, &a.congress),
        (
            "ward_committee",
            msg::ABBR_WARD_COMMITTEE,
            &a.ward_committee,
        ),
        ("report", msg::ABBR_REPORT, &a.report),
        ("resolution", msg::ABBR_RESOLUTION, &a.resolution),
        ("proposal", msg::ABBR_PROPOSAL, &a.proposal),
        ("list", msg::ABBR_LIST, &a.list),
        ("minutes", msg::ABBR_MINUTES, &a.minutes),
        ("programme", msg::ABBR_PROGRAMME, &a.programme),
        ("plan", msg::ABBR_PLAN, &a.plan),
    ] {
        if value.trim().is_empty() {
            error(&format!("abbreviations.{field}"), msg::required(label));
        } else if !value.chars().all(char::is_alphabetic) {
            error(
                &format!("abbreviations.{field}"),
                msg::bad_abbreviation(label, value),
            );
        }
    }
    let t = &w.term;
    for (field, year) in [
        ("term.start_year", t.start_year),
        ("term.end_year", t.end_year),
    ] {
        if !(2000..=2100).contains(&year) {
            error(field, msg::year_range(year));
        }
    }
    if t.end_year <= t.start_year {
        error("term.end_year", msg::term_order(t.start_year, t.end_year));
    }
    let r = &w.rules;
    for (field, label, value, min) in [
        (
            "rules.committee_min_full_members",
            msg::COMMITTEE_MIN,
            r.committee_min_full_members,
            1,
        ),
        (
            "rules.committee_max_size",
            msg::COMMITTEE_MAX,
            r.committee_max_size,
            1,
        ),
        (
            "rules.secretary_max_rounds",
            msg::SECRETARY_ROUNDS,
            r.secretary_max_rounds,
            1,
        ),
        ("rules.young_age", msg::YOUNG_AGE, r.young_age, 18),
    ] {
        if value < min {
            error(field, msg::at_least(label, min));
        }
    }
    for (field, label, value) in [
        ("rules.max_surplus_pct", msg::MAX_SURPLUS, r.max_surplus_pct),
        (
            "rules.nominee_approval_pct",
            msg::NOMINEE_APPROVAL,
            r.nominee_approval_pct,
        ),
    ] {
        if value > 100 {
            error(field, msg::at_most(label, 100));
        }
    }
    if r.proposal_surplus_min_pct > r.proposal_surplus_max_pct {
        error(
            "rules.proposal_surplus_max_pct",
            msg::surplus_order(r.proposal_surplus_min_pct, r.proposal_surplus_max_pct),
        );
    } else if r.proposal_surplus_max_pct > r.max_surplus_pct {
        error(
            "rules.proposal_surplus_max_pct",
            msg::surplus_above_max(r.proposal_surplus_max_pct, r.max_surplus_pct),
        );
    }
    let l = &w.layout;
    let margins = [
        ("layout.margin_top_mm", l.margin_top_mm),
        ("layout.margin_bottom_mm", l.margin_bottom_mm),
        ("layout.margin_left_mm", l.margin_left_mm),
        ("layout.margin_right_mm", l.margin_right_mm),
    ];
    let mut warnings = Vec::new();
    for ((field, value), (label, lo, hi)) in margins.into_iter().zip(MARGINS) {
        let (pmin, pmax) = MARGIN_PRINTABLE;
        if !(pmin..=pmax).contains(&value) {
            error(field, msg::impossible(label, value, pmin, pmax));
        } else if !(lo..=hi).contains(&value) {
            warnings.push((field, msg::outside_guide(label, value, lo, hi)));
        }
    }
    let (pmin, pmax) = BODY_PRINTABLE;
    if !(pmin..=pmax).contains(&l.body_pt) {
        error(
            "layout.body_pt",
            msg::impossible(msg::BODY_PT, l.body_pt, pmin, pmax),
        );
    } else if !(BODY_GUIDE.0..=BODY_GUIDE.1).contains(&l.body_pt) {
        warnings.push((
            "layout.body_pt",
            msg::outside_guide(msg::BODY_PT, l.body_pt, BODY_GUIDE.0, BODY_GUIDE.1),
        ));
    }
    if t.end_year > t.start_year && t.end_year - t.start_year > 5 {
        warnings.push(("term.end_year", msg::term_length(t.start_year, t.end_year)));
    }
    if w.signers.ward_name.trim().is_empty() {
        warnings.push(("signers.ward_name", msg::signer_name_missing()));
    }
    for (field, days) in [
        (
            "deadlines.documents_days_before",
            w.deadlines.documents_days_before,
        ),
        (
            "deadlines.results_days_after",
            w.deadlines.results_days_after,
        ),
    ] {
        if days > 90 {
            warnings.push((field, msg::long_deadline(days)));
        }
    }
    out.extend(warnings.into_iter().map(|(field, message)| Problem {
        severity: Severity::Warning,
        doc: None,
        field: Field::Ward(field.to_string()),
        message,
    }));
    out
}

/// A label without its example in brackets: "Địa danh ghi ở dòng ngày tháng".
fn short(label: &str) -> &str {
    label.split(" (").next().unwrap_or(label).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(w: &Ward, severity: Severity) -> Vec<String> {
        validate_ward(w)
            .into_iter()
            .filter(|p| p.severity == severity)
            .map(|p| p.field.to_string())
            .collect()
    }

    #[test]
    fn the_demo_ward_has_no_errors() {
        let (ward, _) = crate::demo::demo_ward();
        assert_eq!(fields(&ward, Severity::Error), Vec::<String>::new());
    }

    #[test]
    fn empty_names_and_broken_abbreviations_are_errors_on_their_field() {
        let (mut w, _) = crate::demo::demo_ward();
        w.place = "  ".into();
        w.abbreviations.report = "B C".into();
        w.abbreviations.branch = "C/B".into();
        w.abbreviations.plan.clear();
        let errors = fields(&w, Severity::Error);
        assert_eq!(
            errors,
            [
                "ward.place",
                "ward.abbreviations.branch",
                "ward.abbreviations.report",
                "ward.abbreviations.plan"
            ]
        );
        let place = validate_ward(&w).remove(0).message;
        assert!(
            place.starts_with("Địa danh ghi ở dòng ngày tháng: chưa nhập"),
            "{place}"
        );
        // Vietnamese letters are fine.
        w = crate::demo::demo_ward().0;
        w.abbreviations.congress = "ĐH".into();
        assert!(fields(&w, Severity::Error).is_empty());
    }

    #[test]
    fn term_and_surplus_must_be_in_order() {
        let (mut w, _) = crate::demo::demo_ward();
        w.term.start_year = 2027;
        w.term.end_year = 2025;
        w.rules.proposal_surplus_min_pct = 20;
        w.rules.proposal_surplus_max_pct = 15;
        assert_eq!(
            fields(&w, Severity::Error),
            ["ward.term.end_year", "ward.rules.proposal_surplus_max_pct"]
        );
        w = crate::demo::demo_ward().0;
        w.rules.proposal_surplus_max_pct = 40;
        let p = validate_ward(&w);
        assert_eq!(p[0].field, "ward.rules.proposal_surplus_max_pct");
        assert!(p[0].message.contains("40%") && p[0].message.contains("30%"));
    }

    #[test]
    fn margins_outside_the_guide_warn_and_unprintable_ones_are_errors() {
        let (mut w, _) = crate::demo::demo_ward();
        w.layout.margin_left_mm = 25.0;
        w.layout.margin_top_mm = 80.0;
        w.layout.body_pt = 13.5;
        assert_eq!(fields(&w, Severity::Error), ["ward.layout.margin_top_mm"]);
        let warnings = fields(&w, Severity::Warning);
        assert!(warnings.contains(&"ward.layout.margin_left_mm".to_string()));
        assert!(warnings.contains(&"ward.layout.body_pt".to_string()));
        let body = validate_ward(&w)
            .into_iter()
            .find(|p| p.field == "ward.layout.body_pt")
            .map(|p| p.message)
            .unwrap_or_default();
        assert!(body.contains("13,5") && body.contains("14 – 15"), "{body}");
    }
}
