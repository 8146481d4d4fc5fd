//! Where the user is: one variant per screen.

use crate::model::DocKind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    /// The branch's documents with their status.
    #[default]
    Checklist,
    /// Names, term, dates, place: entered once.
    Facts,
    /// The member table.
    Members,
    /// The guided form of one document.
    Document(DocKind),
    /// Election and vote counting.
    Election,
    /// The roll call at the congress (điểm danh).
    RollCall,
    /// The ward overview: every branch at a glance (not tied to a branch).
    Overview,
    /// The ward's settings (`ward.ron`; not tied to a branch).
    WardSettings,
}

impl Screen {
    /// A screen of the whole ward, shown without a selected branch.
    pub fn is_ward_level(self) -> bool {
        matches!(self, Screen::Overview | Screen::WardSettings)
    }
}

impl Screen {
    /// The screen that holds a validation field path such as
    /// `drafts.political_report.context` or `members[id=12].birth`.
    pub fn for_field(field: &str, doc: Option<DocKind>) -> Screen {
        if field.starts_with("members") {
            return Screen::Members;
        }
        if field == "name" || field == "kind" || field.starts_with("congress.") {
            return Screen::Facts;
        }
        if field.starts_with("results") {
            return Screen::Election;
        }
        let by_path = [
            ("drafts.political_report", DocKind::PoliticalReport),
            ("drafts.self_criticism", DocKind::SelfCriticism),
            ("drafts.resolution", DocKind::Resolution),
            ("drafts.personnel", DocKind::PersonnelPlan),
        ];
        for (prefix, kind) in by_path {
            if field.starts_with(prefix) {
                return Screen::Document(kind);
            }
        }
        match doc {
            Some(kind) => Screen::Document(kind),
            None => Screen::Facts,
        }
    }
}

/// The member id in a path like `members[id=12].birth`.
pub fn member_in_field(field: &str) -> Option<crate::model::MemberId> {
    let rest = field.strip_prefix("members[id=")?;
    let end = rest.find(']')?;
    rest[..end].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_map_to_screens() {
        assert_eq!(Screen::for_field("congress.date", None), Screen::Facts);
        assert_eq!(
            Screen::for_field("members[id=12].birth", None),
            Screen::Members
        );
        assert_eq!(
            Screen::for_field("drafts.political_report.targets[2].next", None),
            Screen::Document(DocKind::PoliticalReport)
        );
        assert_eq!(
            Screen::for_field("drafts.personnel.secretary_candidate", None),
            Screen::Document(DocKind::PersonnelPlan)
        );
        assert_eq!(member_in_field("members[id=12].birth"), Some(12));
        assert_eq!(member_in_field("members"), None);
        assert_eq!(member_in_field("members[id=x].birth"), None);
    }
}
