//! The Vietnamese text of the demo drafts, kept apart from the code that
//! builds the branches so it can be read and reviewed as text.
//!
//! Paragraphs are separated by a line break.

pub mod dong_xuan;
pub mod mam_non;
pub mod partial;
pub mod trung_hoa;

use crate::rules::structure::Structure;

/// One row of a targets table: indicator, unit, planned, achieved, next term.
pub type TargetRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The written sections of one branch's drafts; empty text = not written yet.
pub struct Texts {
    pub context: &'static str,
    pub results_economy: &'static str,
    pub results_defence: &'static str,
    pub results_party_building: &'static str,
    pub results_mass_mobilisation: &'static str,
    pub limitations: &'static str,
    pub causes_objective: &'static str,
    pub causes_subjective: &'static str,
    pub lessons: &'static str,
    pub direction: &'static str,
    pub tasks: &'static str,
    pub targets: &'static [TargetRow],
    pub secretary_self_review: &'static str,
    pub sc_strengths: &'static str,
    pub sc_shortcomings: &'static str,
    pub sc_causes: &'static str,
    pub sc_remedy_previous: &'static str,
    pub sc_responsibility: &'static str,
    pub sc_direction: &'static str,
    pub resolution_assessment: &'static str,
    pub resolution_extra_tasks: &'static str,
}

pub const EMPTY: Texts = Texts {
    context: "",
    results_economy: "",
    results_defence: "",
    results_party_building: "",
    results_mass_mobilisation: "",
    limitations: "",
    causes_objective: "",
    causes_subjective: "",
    lessons: "",
    direction: "",
    tasks: "",
    targets: &[],
    secretary_self_review: "",
    sc_strengths: "",
    sc_shortcomings: "",
    sc_causes: "",
    sc_remedy_previous: "",
    sc_responsibility: "",
    sc_direction: "",
    resolution_assessment: "",
    resolution_extra_tasks: "",
};

/// The ward committee's agreement to a personnel plan.
pub fn approval_ref(number: u32, date: crate::model::Date) -> String {
    format!(
        "Công văn số {number}-CV/ĐU ngày {} của Ban Thường vụ Đảng ủy phường về nhân sự đại hội chi bộ",
        crate::rules::format::short_date(date)
    )
}

/// "4 đồng chí nữ", or nothing when there are none (counts without a
/// leading zero, templates/HUONG-DAN.md).
fn some(n: u32, what: &str) -> Option<String> {
    (n > 0).then(|| format!("{n} đồng chí {what}"))
}

/// The intended structure of the new committee (or of the secretary and
/// deputy), in words, from the figures of the candidates actually proposed.
/// The number of seats and the surplus are the template's to state.
pub fn structure(head_title: Option<&str>, s: &Structure) -> String {
    let continuity: Vec<String> = [
        some(s.reelected.count, "tái cử"),
        some(s.new_members.count, "đã từng tham gia cấp ủy"),
        some(s.first_time.count, "lần đầu tham gia cấp ủy"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut out = format!(
        "Bảo đảm tính kế thừa và phát triển: {}. Về giới và độ tuổi: {}; {}.",
        continuity.join(", "),
        some(s.women.count, "nữ").unwrap_or_else(|| "chưa có cán bộ nữ".to_string()),
        some(s.young.count, &format!("dưới {} tuổi", s.young_age))
            .unwrap_or_else(|| format!("chưa có đồng chí dưới {} tuổi", s.young_age)),
    );
    if let Some(age) = s.average_age() {
        out.push_str(&format!(" Tuổi bình quân {age}."));
    }
    if let (Some(title), Some(true)) = (head_title, s.secretary_village_head) {
        out.push_str(&format!(
            " Đồng chí dự kiến Bí thư chi bộ đồng thời là {}.",
            title.to_lowercase()
        ));
    }
    out
}
