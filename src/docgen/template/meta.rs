//! The `@kind`, `@issuer` and `@date` settings, as enums parsed once.

/// What a template names with `@kind`: the kind part of the document number
/// ("01-BC/CB" for a report), taken from the ward's abbreviations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberKind {
    #[default]
    Report,
    Resolution,
    Proposal,
    List,
    Minutes,
    Programme,
    Plan,
    /// Quyết định (the ward's decisions, e.g. ratifying a branch's election).
    Decision,
}

impl NumberKind {
    pub const ALL: [NumberKind; 8] = [
        NumberKind::Report,
        NumberKind::Resolution,
        NumberKind::Proposal,
        NumberKind::List,
        NumberKind::Minutes,
        NumberKind::Programme,
        NumberKind::Plan,
        NumberKind::Decision,
    ];

    /// The word written after `@kind`.
    pub fn key(self) -> &'static str {
        match self {
            NumberKind::Report => "report",
            NumberKind::Resolution => "resolution",
            NumberKind::Proposal => "proposal",
            NumberKind::List => "list",
            NumberKind::Minutes => "minutes",
            NumberKind::Programme => "programme",
            NumberKind::Plan => "plan",
            NumberKind::Decision => "decision",
        }
    }

    pub fn from_key(s: &str) -> Option<NumberKind> {
        NumberKind::ALL.into_iter().find(|k| k.key() == s)
    }

    /// Every key, for messages.
    pub fn keys() -> Vec<&'static str> {
        NumberKind::ALL.iter().map(|k| k.key()).collect()
    }
}

/// Which body issues the document (the left column of the header and the
/// issuer part of the number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Issuer {
    /// "CHI BỘ …", number "…/CB".
    #[default]
    Branch,
    /// "ĐẠI HỘI CHI BỘ …" / "NHIỆM KỲ …", number "…/ĐH".
    Congress,
    /// The ward committee: "ĐẢNG ỦY PHƯỜNG …", number "…/ĐU".
    Ward,
}

impl Issuer {
    pub fn key(self) -> &'static str {
        match self {
            Issuer::Branch => "branch",
            Issuer::Congress => "congress",
            Issuer::Ward => "ward",
        }
    }

    pub fn from_key(s: &str) -> Option<Issuer> {
        [Issuer::Branch, Issuer::Congress, Issuer::Ward]
            .into_iter()
            .find(|i| i.key() == s)
    }
}

/// Which date the place-and-date line carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateRule {
    /// The congress date.
    #[default]
    Congress,
    /// The day the documents are due at the ward (congress date minus the
    /// ward's `documents_days_before`).
    Submission,
    /// Left blank, to be written by hand.
    Blank,
}

impl DateRule {
    pub fn key(self) -> &'static str {
        match self {
            DateRule::Congress => "congress",
            DateRule::Submission => "submission",
            DateRule::Blank => "blank",
        }
    }

    pub fn from_key(s: &str) -> Option<DateRule> {
        [DateRule::Congress, DateRule::Submission, DateRule::Blank]
            .into_iter()
            .find(|d| d.key() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for k in NumberKind::ALL {
            assert_eq!(NumberKind::from_key(k.key()), Some(k));
        }
        assert_eq!(NumberKind::from_key("repot"), None);
        assert_eq!(Issuer::from_key("ward"), Some(Issuer::Ward));
        assert_eq!(DateRule::from_key("blank"), Some(DateRule::Blank));
        assert_eq!(DateRule::from_key("today"), None);
    }
}
