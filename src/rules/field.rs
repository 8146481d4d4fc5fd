//! Where a problem is: a typed path to one field of a branch.
//!
//! The UI jumps to the screen that holds it with an exhaustive match
//! (`ui::nav::Screen::for_field`), and its `Display` is the widget id the
//! forms give that field ("congress.date", "members[id=12].birth",
//! "drafts.political_report.targets[2].next").

use crate::model::{DocKind, MemberId};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    /// The branch's name.
    BranchName,
    Congress(CongressField),
    /// The member list as a whole (e.g. empty).
    Members,
    Member(MemberId, MemberField),
    PoliticalReport(ReportField),
    SelfCriticism(ReviewField),
    Personnel(PersonnelField),
    /// The status (and its date) of one document in the checklist.
    Checklist(DocKind),
    Results(ResultsField),
    /// A setting of the ward (`ward.ron`), by its path there
    /// ("rules.committee_max_size", "layout.margin_top_mm").
    Ward(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CongressField {
    Date,
    Place,
    TermEnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemberField {
    FullName,
    Birth,
    Joined,
    Official,
    Attendance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportField {
    Context,
    ResultsEconomy,
    ResultsPartyBuilding,
    Limitations,
    CausesSubjective,
    Direction,
    Tasks,
    Targets,
    TargetIndicator(usize),
    TargetNext(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewField {
    Strengths,
    Shortcomings,
    Causes,
    Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PersonnelField {
    CommitteeSize,
    CommitteeCandidates,
    /// One entry of the committee list.
    CommitteeCandidate(usize),
    SecretaryCandidate,
    DeputyCandidate,
    ElectDeputy,
    ApprovalRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResultsField {
    CountingCommittee,
    CountingMember(usize),
    Round(usize, RoundField),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoundField {
    Office,
    Seats,
    Votes,
    BallotsIssued,
    BallotsReturned,
    BallotsValid,
    /// One candidate's line.
    Vote(usize),
    VoteMember(usize),
    VoteVotes(usize),
}

impl Field {
    /// The member the field belongs to, if any.
    pub fn member(&self) -> Option<MemberId> {
        match self {
            Field::Member(id, _) => Some(*id),
            _ => None,
        }
    }

    /// The recorded round the field belongs to, if any.
    pub fn round(&self) -> Option<usize> {
        match self {
            Field::Results(ResultsField::Round(i, _)) => Some(*i),
            _ => None,
        }
    }
}

fn doc_key(kind: DocKind) -> &'static str {
    match kind {
        DocKind::PoliticalReport => "political_report",
        DocKind::SelfCriticism => "self_criticism",
        DocKind::Resolution => "resolution",
        DocKind::PersonnelPlan => "personnel_plan",
        DocKind::PersonnelList => "personnel_list",
        DocKind::Agenda => "agenda",
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::BranchName => f.write_str("name"),
            Field::Congress(c) => f.write_str(match c {
                CongressField::Date => "congress.date",
                CongressField::Place => "congress.place",
                CongressField::TermEnd => "congress.term_end",
            }),
            Field::Members => f.write_str("members"),
            Field::Member(id, m) => {
                let part = match m {
                    MemberField::FullName => "full_name",
                    MemberField::Birth => "birth",
                    MemberField::Joined => "joined",
                    MemberField::Official => "official",
                    MemberField::Attendance => "attendance",
                };
                write!(f, "members[id={id}].{part}")
            }
            Field::PoliticalReport(r) => {
                f.write_str("drafts.political_report.")?;
                match r {
                    ReportField::Context => f.write_str("context"),
                    ReportField::ResultsEconomy => f.write_str("results_economy"),
                    ReportField::ResultsPartyBuilding => f.write_str("results_party_building"),
                    ReportField::Limitations => f.write_str("limitations"),
                    ReportField::CausesSubjective => f.write_str("causes_subjective"),
                    ReportField::Direction => f.write_str("direction"),
                    ReportField::Tasks => f.write_str("tasks"),
                    ReportField::Targets => f.write_str("targets"),
                    ReportField::TargetIndicator(i) => write!(f, "targets[{i}].indicator"),
                    ReportField::TargetNext(i) => write!(f, "targets[{i}].next"),
                }
            }
            Field::SelfCriticism(r) => {
                f.write_str("drafts.self_criticism.")?;
                f.write_str(match r {
                    ReviewField::Strengths => "strengths",
                    ReviewField::Shortcomings => "shortcomings",
                    ReviewField::Causes => "causes",
                    ReviewField::Direction => "direction",
                })
            }
            Field::Personnel(p) => {
                f.write_str("drafts.personnel.")?;
                match p {
                    PersonnelField::CommitteeSize => f.write_str("committee_size"),
                    PersonnelField::CommitteeCandidates => f.write_str("committee_candidates"),
                    PersonnelField::CommitteeCandidate(i) => {
                        write!(f, "committee_candidates[{i}]")
                    }
                    PersonnelField::SecretaryCandidate => f.write_str("secretary_candidate"),
                    PersonnelField::DeputyCandidate => f.write_str("deputy_candidate"),
                    PersonnelField::ElectDeputy => f.write_str("elect_deputy"),
                    PersonnelField::ApprovalRef => f.write_str("approval_ref"),
                }
            }
            Field::Checklist(kind) => write!(f, "checklist.{}", doc_key(*kind)),
            Field::Ward(path) => write!(f, "ward.{path}"),
            Field::Results(r) => {
                f.write_str("results.")?;
                match r {
                    ResultsField::CountingCommittee => f.write_str("counting_committee"),
                    ResultsField::CountingMember(i) => write!(f, "counting_committee[{i}]"),
                    ResultsField::Round(i, part) => {
                        write!(f, "rounds[{i}].")?;
                        match part {
                            RoundField::Office => f.write_str("office"),
                            RoundField::Seats => f.write_str("seats"),
                            RoundField::Votes => f.write_str("votes"),
                            RoundField::BallotsIssued => f.write_str("ballots_issued"),
                            RoundField::BallotsReturned => f.write_str("ballots_returned"),
                            RoundField::BallotsValid => f.write_str("ballots_valid"),
                            RoundField::Vote(j) => write!(f, "votes[{j}]"),
                            RoundField::VoteMember(j) => write!(f, "votes[{j}].member"),
                            RoundField::VoteVotes(j) => write!(f, "votes[{j}].votes"),
                        }
                    }
                }
            }
        }
    }
}

/// Compare with a widget id ("congress.date").
impl PartialEq<str> for Field {
    fn eq(&self, other: &str) -> bool {
        self.to_string() == other
    }
}

impl PartialEq<&str> for Field {
    fn eq(&self, other: &&str) -> bool {
        self.to_string() == *other
    }
}

impl PartialEq<String> for Field {
    fn eq(&self, other: &String) -> bool {
        self.to_string() == *other
    }
}
