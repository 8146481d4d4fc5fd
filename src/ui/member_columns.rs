//! The members table's columns and the groups they are shown in (the
//! choice is kept in each branch's form state).

use crate::strings::ui as msg;

/// The members table's column groups: the number and the name stay at the
/// left whichever group is shown; "Tất cả" is offered when every column fits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ColumnGroup {
    #[default]
    All,
    Personal,
    Party,
    Standing,
    Congress,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Col {
    Birth,
    Gender,
    Ethnicity,
    Joined,
    Official,
    Status,
    Exempted,
    Standing,
    Role,
    Present,
}

impl Col {
    pub(super) fn title(self) -> &'static str {
        match self {
            Col::Birth => msg::COL_BIRTH,
            Col::Gender => msg::COL_GENDER,
            Col::Ethnicity => msg::COL_ETHNICITY,
            Col::Joined => msg::COL_JOINED,
            Col::Official => msg::COL_OFFICIAL,
            Col::Status => msg::COL_STATUS,
            Col::Exempted => msg::COL_EXEMPTED,
            Col::Standing => msg::COL_STANDING,
            Col::Role => msg::COL_ROLE,
            Col::Present => msg::COL_PRESENT,
        }
    }

    /// Width in points (headers wrap onto two lines).
    pub(super) fn width(self) -> f32 {
        match self {
            Col::Birth | Col::Joined | Col::Official => 112.0,
            Col::Gender | Col::Ethnicity => 80.0,
            Col::Status => 128.0,
            Col::Exempted | Col::Present => 64.0,
            Col::Standing => 150.0,
            Col::Role => 130.0,
        }
    }
}

impl ColumnGroup {
    pub const ALL: [ColumnGroup; 5] = [
        ColumnGroup::All,
        ColumnGroup::Personal,
        ColumnGroup::Party,
        ColumnGroup::Standing,
        ColumnGroup::Congress,
    ];

    pub(super) fn label(self) -> &'static str {
        match self {
            ColumnGroup::All => msg::COLS_ALL,
            ColumnGroup::Personal => msg::COLS_PERSONAL,
            ColumnGroup::Party => msg::COLS_PARTY,
            ColumnGroup::Standing => msg::COLS_STANDING,
            ColumnGroup::Congress => msg::COLS_CONGRESS,
        }
    }

    pub(super) fn columns(self) -> &'static [Col] {
        use Col::*;
        match self {
            ColumnGroup::All => &[
                Birth, Gender, Ethnicity, Joined, Official, Status, Exempted, Standing, Role,
                Present,
            ],
            ColumnGroup::Personal => &[Birth, Gender, Ethnicity],
            ColumnGroup::Party => &[Joined, Official, Status],
            ColumnGroup::Standing => &[Exempted, Standing],
            ColumnGroup::Congress => &[Role, Present],
        }
    }
}
