//! The preview: every data row turned into a member or into the reasons it
//! cannot be, with duplicates found; nothing is changed until [`apply`].

use super::header::{Field, Mapping, fold};
use super::value::{self, ValueError};
use super::{Cell, Table};
use crate::model::{Branch, Member, MemberStatus, PartialDate};
use crate::strings::import as msg;
use crate::vi::nfc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IssueLevel {
    /// The row is not imported.
    Error,
    /// The row is imported; worth a look.
    Warning,
}

/// A problem with a row (or the whole file when `row` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub level: IssueLevel,
    /// Spreadsheet row number.
    pub row: Option<u32>,
    /// "C (Ngày sinh)": column letters and the header as written.
    pub column: Option<String>,
    /// Vietnamese: what is wrong and what to do.
    pub message: String,
}

/// Why a row is left out as a duplicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    /// Same person as an earlier row of the file.
    InFile { row: u32 },
    /// Already in the branch's member list.
    Existing { name: String },
}

/// One data row.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewRow {
    /// Spreadsheet row number.
    pub row: u32,
    /// The member read (also when the row has errors, as far as it was read).
    pub member: Member,
    pub issues: Vec<Issue>,
    pub duplicate: Option<Duplicate>,
}

impl PreviewRow {
    pub fn has_error(&self) -> bool {
        self.issues.iter().any(|i| i.level == IssueLevel::Error)
    }

    /// Imported by [`apply`]: no error and not a duplicate.
    pub fn accepted(&self) -> bool {
        !self.has_error() && self.duplicate.is_none()
    }
}

/// The whole preview.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preview {
    pub rows: Vec<PreviewRow>,
    /// Issues about the file as a whole (a missing column…).
    pub issues: Vec<Issue>,
}

impl Preview {
    pub fn accepted(&self) -> impl Iterator<Item = &PreviewRow> {
        self.rows.iter().filter(|r| r.accepted())
    }

    pub fn accepted_count(&self) -> usize {
        self.accepted().count()
    }

    pub fn error_count(&self) -> usize {
        self.rows.iter().filter(|r| r.has_error()).count()
    }

    pub fn duplicate_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| !r.has_error() && r.duplicate.is_some())
            .count()
    }

    /// Every issue, file-level first, then by row.
    pub fn all_issues(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .chain(self.rows.iter().flat_map(|r| r.issues.iter()))
    }
}

/// Read the data rows of `table` under `mapping`, checking each against the
/// others and against `existing` members for duplicates.
pub fn preview(table: &Table, mapping: &Mapping, existing: &[Member]) -> Preview {
    let mut out = Preview::default();
    let Some(name_col) = mapping.column_of(Field::FullName) else {
        out.issues.push(Issue {
            level: IssueLevel::Error,
            row: None,
            column: None,
            message: msg::NO_NAME_COLUMN.into(),
        });
        return out;
    };
    for field in [Field::Birth, Field::Gender] {
        if mapping.column_of(field).is_none() {
            out.issues.push(Issue {
                level: IssueLevel::Warning,
                row: None,
                column: None,
                message: msg::column_missing(field.label()),
            });
        }
    }
    let mut seen: Vec<(String, Option<PartialDate>, u32)> = Vec::new();
    for index in mapping.data_start..table.rows.len() {
        let cells = table.rows.get(index).map(Vec::as_slice).unwrap_or(&[]);
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        let row_no = table.row_number(index);
        let mut row = read_row(table, mapping, index, name_col);
        if !row.has_error() {
            let key = fold(&row.member.full_name);
            let birth = row.member.birth;
            if let Some((_, _, first)) = seen
                .iter()
                .find(|(k, b, _)| *k == key && same_birth(*b, birth))
            {
                row.duplicate = Some(Duplicate::InFile { row: *first });
            } else if let Some(m) = existing
                .iter()
                .find(|m| fold(&m.full_name) == key && same_birth(m.birth, birth))
            {
                row.duplicate = Some(Duplicate::Existing {
                    name: m.full_name.clone(),
                });
            }
            if row.duplicate.is_none() {
                seen.push((key, birth, row_no));
            }
        }
        out.rows.push(row);
    }
    if out.rows.is_empty() {
        out.issues.push(Issue {
            level: IssueLevel::Error,
            row: None,
            column: None,
            message: msg::NO_DATA_ROWS.into(),
        });
    }
    out
}

/// Two birth dates that may be the same person's: equal, or one unknown.
fn same_birth(a: Option<PartialDate>, b: Option<PartialDate>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || a.year() == b.year() && is_year(a) != is_year(b),
        _ => true,
    }
}

fn is_year(d: PartialDate) -> bool {
    matches!(d, PartialDate::Year(_))
}

fn read_row(table: &Table, mapping: &Mapping, index: usize, name_col: usize) -> PreviewRow {
    let row_no = table.row_number(index);
    let mut issues = Vec::new();
    let column_label = |col: usize, field: Field| {
        let header = match table.cell(mapping.header_row, col) {
            Cell::Text(t) => t.trim().to_string(),
            _ => field.label().to_string(),
        };
        format!("{} ({header})", table.column_name(col))
    };
    let mut error = |col: usize, field: Field, message: String| {
        issues.push(Issue {
            level: IssueLevel::Error,
            row: Some(row_no),
            column: Some(column_label(col, field)),
            message,
        });
    };
    let mut m = Member::default();
    let name = name_text(table.cell(index, name_col));
    if name.is_empty() {
        error(name_col, Field::FullName, msg::NAME_EMPTY.into());
    } else if !looks_like_name(&name) {
        error(name_col, Field::FullName, msg::not_a_name(&name));
    }
    m.full_name = name;
    let mut official_mapped_empty = false;
    let mut status_given = false;
    for (col, field) in mapping.columns.iter().enumerate() {
        let Some(field) = *field else { continue };
        let cell = table.cell(index, col);
        match field {
            Field::FullName => {}
            Field::Birth => match value::partial_date(cell) {
                Ok(d) => m.birth = d,
                Err(e) => error(col, field, value_message(&e)),
            },
            Field::Joined => match value::full_date(cell) {
                Ok(d) => m.joined = d,
                Err(e) => error(col, field, value_message(&e)),
            },
            Field::Official => match value::full_date(cell) {
                Ok(d) => {
                    m.official = d;
                    official_mapped_empty = d.is_none();
                }
                Err(e) => error(col, field, value_message(&e)),
            },
            Field::Gender => match value::gender(cell) {
                Ok(Some(g)) => m.gender = g,
                Ok(None) => error(col, field, msg::GENDER_EMPTY.into()),
                Err(e) => error(col, field, value_message(&e)),
            },
            Field::Status => match value::status(cell) {
                Ok(Some(s)) => {
                    m.status = s;
                    status_given = true;
                }
                Ok(None) => {}
                Err(e) => error(col, field, value_message(&e)),
            },
            Field::Exempted => m.exempted = value::flag(cell),
            Field::Ethnicity => {
                let t = nfc(&value::text(cell));
                if !t.is_empty() {
                    m.ethnicity = t.into();
                }
            }
            Field::Hometown => m.hometown = nfc(&value::text(cell)).into(),
            Field::Education => m.education = nfc(&value::text(cell)).into(),
            Field::Professional => m.professional = nfc(&value::text(cell)).into(),
            Field::PoliticalTheory => m.political_theory = nfc(&value::text(cell)).into(),
            Field::Posts => m.posts = nfc(&value::text(cell)).into(),
        }
    }
    // No status column: a member without an official date (in a list that
    // has the column) is probationary.
    if let (Some(j), Some(o)) = (m.joined, m.official)
        && o < j
        && let Some(col) = mapping.column_of(Field::Official)
    {
        error(col, Field::Official, msg::OFFICIAL_BEFORE_JOINED.into());
    }
    if !status_given && official_mapped_empty {
        m.status = MemberStatus::Probationary;
        if let Some(col) = mapping.column_of(Field::Official) {
            issues.push(Issue {
                level: IssueLevel::Warning,
                row: Some(row_no),
                column: Some(column_label(col, Field::Official)),
                message: msg::INFERRED_PROBATIONARY.into(),
            });
        }
    }
    PreviewRow {
        row: row_no,
        member: m,
        issues,
        duplicate: None,
    }
}

/// The name as text, NFC, single spaces; a name in capitals becomes
/// "Nguyễn Văn An".
fn name_text(cell: &Cell) -> String {
    let t = nfc(&value::text(cell));
    let has_lower = t.chars().any(char::is_lowercase);
    if has_lower {
        return t;
    }
    t.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Letters and spaces (and the odd '.' or '-'), at least two words.
fn looks_like_name(name: &str) -> bool {
    name.split(' ').count() >= 2
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-')
}

fn value_message(e: &ValueError) -> String {
    match e {
        ValueError::BadDate(t) => msg::bad_date(t),
        ValueError::NoSuchDate(t) => msg::no_such_date(t),
        ValueError::YearOnly(t) => msg::year_only(t),
        ValueError::ShortYear(t) => msg::short_year(t),
        ValueError::BadGender(t) => msg::bad_gender(t),
        ValueError::BadStatus(t) => msg::bad_status(t),
        ValueError::CellError(t) => msg::cell_error(t),
    }
}

/// Add the accepted rows to `branch` (fresh member ids); returns the member
/// list as it was before. Callers go through `ops::import_members`.
pub fn apply(branch: &mut Branch, preview: &Preview) -> Vec<Member> {
    let before = branch.members.clone();
    for row in preview.accepted() {
        branch.add_member(row.member.clone());
    }
    before
}
