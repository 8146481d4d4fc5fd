//! The drafts of the core documents.

use super::MemberId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Drafts {
    pub political_report: PoliticalReport,
    pub self_criticism: SelfCriticism,
    pub resolution: Resolution,
    pub personnel: PersonnelPlan,
}

/// Báo cáo chính trị. Part I reviews the outgoing term, part II sets the next.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct PoliticalReport {
    // Part I
    /// Đặc điểm tình hình: advantages and difficulties.
    pub context: String,
    /// Nhiệm vụ chính trị, phát triển kinh tế - xã hội.
    pub results_economy: String,
    /// Quốc phòng - an ninh.
    pub results_defence: String,
    /// Xây dựng Đảng, hệ thống chính trị.
    pub results_party_building: String,
    /// Công tác dân vận, mặt trận, đoàn thể.
    pub results_mass_mobilisation: String,
    /// Hạn chế, yếu kém.
    pub limitations: String,
    /// Nguyên nhân khách quan.
    pub causes_objective: String,
    /// Nguyên nhân chủ quan.
    pub causes_subjective: String,
    /// Bài học kinh nghiệm.
    pub lessons: String,
    // Part II
    /// Phương hướng, mục tiêu.
    pub direction: String,
    /// Nhiệm vụ và giải pháp.
    pub tasks: String,
    /// Main targets: achieved in the outgoing term and set for the next.
    pub targets: Vec<Target>,
    /// Where the branch has no committee, the secretary's and deputy's self-review.
    pub secretary_self_review: String,
}

/// One row of the targets table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Target {
    /// Chỉ tiêu.
    pub indicator: String,
    /// Đơn vị tính.
    pub unit: String,
    /// Planned for the outgoing term.
    pub plan: String,
    /// Achieved in the outgoing term.
    pub achieved: String,
    /// Target for the new term.
    pub next: String,
}

/// Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct SelfCriticism {
    /// Ưu điểm.
    pub strengths: String,
    /// Hạn chế, khuyết điểm.
    pub shortcomings: String,
    /// Nguyên nhân.
    pub causes: String,
    /// Kết quả khắc phục hạn chế, khuyết điểm kỳ kiểm điểm trước.
    pub remedy_previous: String,
    /// Trách nhiệm của tập thể và cá nhân.
    pub responsibility: String,
    /// Phương hướng khắc phục.
    pub direction: String,
}

/// Dự thảo Nghị quyết. Its targets and tasks come from the political report;
/// only what is the resolution's own is kept here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Resolution {
    /// Short assessment approved by the congress (point 1).
    pub assessment: String,
    /// Extra tasks the congress adds (point 3), beyond the report's.
    pub extra_tasks: String,
}

/// Đề án / tờ trình nhân sự.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct PersonnelPlan {
    /// Number of committee members to elect (0 for secretary-only branches).
    pub committee_size: u32,
    /// Intended structure (women, young, village head, …) in words.
    pub structure: String,
    /// Candidates proposed for the committee, in list order.
    pub committee_candidates: Vec<MemberId>,
    pub secretary_candidate: Option<MemberId>,
    pub deputy_candidate: Option<MemberId>,
    /// Whether the branch elects a deputy at all (secretary-only branches).
    pub elect_deputy: bool,
    /// Approval by the ward committee (number and date of its decision).
    pub approval_ref: String,
}

impl PersonnelPlan {
    /// Everyone the plan proposes, in list order: the committee candidates,
    /// then the secretary and deputy candidates not already on that list.
    pub fn nominees(&self) -> Vec<MemberId> {
        let mut ids = self.committee_candidates.clone();
        for id in [self.secretary_candidate, self.deputy_candidate]
            .into_iter()
            .flatten()
        {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The proposed committee: the committee list, or for a branch electing
    /// only a secretary, its secretary and deputy candidates.
    pub fn proposed_committee(&self) -> Vec<MemberId> {
        if self.committee_candidates.is_empty() {
            self.secretary_candidate
                .into_iter()
                .chain(self.deputy_candidate)
                .collect()
        } else {
            self.committee_candidates.clone()
        }
    }
}
