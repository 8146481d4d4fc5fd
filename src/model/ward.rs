//! The ward party organisation (đảng bộ phường/xã) and its settings.

use serde::{Deserialize, Serialize};

pub use crate::vi::format::{PercentRule, Precision, Rounding};

/// `ward.ron`: the ward, its names and the locally configurable rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Ward {
    pub version: u32,
    /// Official name, e.g. "Đảng bộ phường Hoài Tân".
    pub name: String,
    /// The ward's own superior, e.g. "Đảng bộ thị xã Hoài Nhơn" (header of the ward's report).
    pub superior_name: String,
    /// The ward committee as issuer, e.g. "Đảng ủy phường Hoài Tân".
    pub committee_name: String,
    /// Place name in date lines: "Hoài Tân, ngày 05 tháng 8 năm 2025".
    pub place: String,
    pub abbreviations: Abbreviations,
    pub deadlines: Deadlines,
    pub signers: Signers,
    pub term: TermDefaults,
    pub rules: RuleSettings,
    pub layout: LayoutSettings,
    /// How every document writes percentages and averages (issue 11: one
    /// rule; round half up by default, "cut" for wards whose reports cut).
    pub percent: PercentRule,
    /// A workspace shown as of a fixed day: the demo ward is a ward in the
    /// middle of its congress round (autumn 2025), so the app and `report`
    /// take this day as "today" and say so. None (every real ward): the
    /// computer's clock.
    #[serde(
        with = "super::iso_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub as_of: Option<super::Date>,
}

impl Default for Ward {
    fn default() -> Self {
        Ward {
            version: super::WARD_VERSION,
            name: String::new(),
            superior_name: String::new(),
            committee_name: String::new(),
            place: String::new(),
            abbreviations: Abbreviations::default(),
            deadlines: Deadlines::default(),
            signers: Signers::default(),
            term: TermDefaults::default(),
            rules: RuleSettings::default(),
            layout: LayoutSettings::default(),
            percent: PercentRule::default(),
            as_of: None,
        }
    }
}

/// Issuer and kind abbreviations used in document numbers ("01-BC/CB").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Abbreviations {
    /// Chi bộ.
    pub branch: String,
    /// Chi ủy.
    pub branch_committee: String,
    /// Đại hội (congress documents).
    pub congress: String,
    /// Đảng ủy (the ward committee).
    pub ward_committee: String,
    pub report: String,
    pub resolution: String,
    pub proposal: String,
    pub list: String,
    pub minutes: String,
    pub programme: String,
    pub plan: String,
    /// Quyết định.
    pub decision: String,
}

impl Default for Abbreviations {
    fn default() -> Self {
        Abbreviations {
            branch: "CB".into(),
            branch_committee: "CU".into(),
            congress: "ĐH".into(),
            ward_committee: "ĐU".into(),
            report: "BC".into(),
            resolution: "NQ".into(),
            proposal: "TTr".into(),
            list: "DS".into(),
            minutes: "BB".into(),
            programme: "CTr".into(),
            plan: "KH".into(),
            decision: "QĐ".into(),
        }
    }
}

/// The ward committee's deadlines around each branch congress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Deadlines {
    /// Drafts and personnel plan are due this many days before the congress.
    pub documents_days_before: u32,
    /// Results are due this many days after the congress.
    pub results_days_after: u32,
    /// All branch congresses must be held by this date (optional).
    #[serde(with = "super::iso_date::option")]
    pub congresses_by: Option<time::Date>,
}

impl Default for Deadlines {
    fn default() -> Self {
        Deadlines {
            documents_days_before: 15,
            results_days_after: 5,
            congresses_by: None,
        }
    }
}

/// Who signs the ward's own documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Signers {
    /// "T/M ĐẢNG ỦY".
    pub ward_on_behalf: String,
    /// "BÍ THƯ" or "PHÓ BÍ THƯ".
    pub ward_title: String,
    pub ward_name: String,
}

impl Default for Signers {
    fn default() -> Self {
        Signers {
            ward_on_behalf: "T/M ĐẢNG ỦY".into(),
            ward_title: "BÍ THƯ".into(),
            ward_name: String::new(),
        }
    }
}

/// The term new congresses default to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct TermDefaults {
    pub start_year: i32,
    pub end_year: i32,
}

impl Default for TermDefaults {
    fn default() -> Self {
        TermDefaults {
            start_year: 2025,
            end_year: 2027,
        }
    }
}

/// Election and counting settings the ward committee's guidance may change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct RuleSettings {
    /// A branch with at least this many full members elects a committee (9).
    pub committee_min_full_members: u32,
    /// Largest committee (the Party rule says 7; a ward may set fewer).
    pub committee_max_size: u32,
    /// The convening committee's proposal: surplus between these percentages.
    pub proposal_surplus_min_pct: u32,
    pub proposal_surplus_max_pct: u32,
    /// The congress may accept a list with at most this surplus.
    pub max_surplus_pct: u32,
    /// A floor nominee needs more than this share of those present.
    pub nominee_approval_pct: u32,
    /// Age below which a member counts as young in structure figures.
    pub young_age: u32,
    /// Rounds after which an unelected secretary is appointed by the ward.
    pub secretary_max_rounds: u32,
    /// Order of names on lists and ballots.
    pub name_order: NameOrder,
}

impl Default for RuleSettings {
    fn default() -> Self {
        RuleSettings {
            committee_min_full_members: 9,
            committee_max_size: 7,
            proposal_surplus_min_pct: 10,
            proposal_surplus_max_pct: 15,
            max_surplus_pct: 30,
            nominee_approval_pct: 30,
            young_age: 40,
            secretary_max_rounds: 3,
            name_order: NameOrder::GivenNameFirst,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameOrder {
    /// Given name (tên), then middle names, then family name.
    GivenNameFirst,
    /// The full name as written.
    FullName,
}

/// Page layout within HD 36's ranges (millimetres, points).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct LayoutSettings {
    pub margin_top_mm: f32,
    pub margin_bottom_mm: f32,
    pub margin_left_mm: f32,
    pub margin_right_mm: f32,
    /// Body text size in points (14 or 15).
    pub body_pt: f32,
    /// How "Nơi nhận" is written.
    pub recipients: RecipientsStyle,
}

/// The style of the "Nơi nhận" block (DOMAIN.md "Layout").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum RecipientsStyle {
    /// Party documents (HD 36): the label 14 pt upright underlined, the
    /// entries 12 pt upright.
    #[default]
    Party,
    /// State documents (Nghị định 30): the label 12 pt bold italic, the
    /// entries 11 pt.
    State,
}

impl Default for LayoutSettings {
    fn default() -> Self {
        LayoutSettings {
            margin_top_mm: 20.0,
            margin_bottom_mm: 20.0,
            margin_left_mm: 30.0,
            margin_right_mm: 15.0,
            body_pt: 14.0,
            recipients: RecipientsStyle::Party,
        }
    }
}
