//! The Vietnamese text of the demo drafts, kept apart from the code that
//! builds the branches so it can be read and reviewed as text.
//!
//! Paragraphs are separated by a line break.

pub mod dong_xuan;
pub mod mam_non;
pub mod partial;
pub mod trung_hoa;

use crate::rules::format::percent;
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

/// "04 đồng chí nữ", or nothing when there are none.
fn some(n: u32, what: &str) -> Option<String> {
    (n > 0).then(|| format!("{n:02} đồng chí {what}"))
}

/// The intended structure of the new committee, in words, from the figures
/// of the candidates actually proposed.
pub fn structure(
    seats: u32,
    elect_deputy: bool,
    head_title: Option<&str>,
    s: &Structure,
) -> String {
    let mut parts: Vec<String> = [
        some(s.women.count, "nữ").or_else(|| Some("chưa có cán bộ nữ".to_string())),
        some(s.young.count, &format!("dưới {} tuổi", s.young_age)),
        some(s.reelected.count, "tái cử"),
        some(
            s.new_members.count,
            "mới tham gia chi ủy (đã từng là cấp ủy viên)",
        ),
        some(s.first_time.count, "lần đầu tham gia cấp ủy"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let (Some(title), Some(true)) = (head_title, s.secretary_village_head) {
        parts.push(format!(
            "Bí thư chi bộ đồng thời là {}",
            title.to_lowercase()
        ));
    }
    let parts = parts.join("; ");
    let n = s.count;
    if seats == 0 {
        let elect = if elect_deputy {
            "Bí thư và 01 Phó Bí thư chi bộ"
        } else {
            "Bí thư chi bộ"
        };
        return format!(
            "Chi bộ chưa đủ 9 đảng viên chính thức nên không bầu chi ủy; đại hội bầu {elect}. \
             Nhân sự giới thiệu: {n:02} đồng chí. Cơ cấu: {parts}."
        );
    }
    let surplus = n.saturating_sub(seats);
    let list = if surplus > 0 {
        format!(
            "dư {surplus:02} đồng chí, {}",
            percent(u64::from(surplus), u64::from(seats), 1)
        )
    } else {
        "không có số dư".to_string()
    };
    format!(
        "Chi ủy nhiệm kỳ mới gồm {seats:02} đồng chí, trong đó có Bí thư và 01 Phó Bí thư. \
         Danh sách giới thiệu bầu cử gồm {n:02} đồng chí ({list}). Cơ cấu: {parts}."
    )
}
