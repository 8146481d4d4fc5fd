//! Member lists from spreadsheets: .xlsx, .xls, .ods (calamine) and .csv.
//!
//! Three steps, nothing changes until the last:
//! 1. [`read_table`] reads one sheet into a [`Table`] of cells;
//! 2. [`detect_mapping`] finds the header row and which column holds which
//!    [`Field`] (the user may change the [`Mapping`] by hand);
//! 3. [`preview`] turns the rows into members with per-row issues (row
//!    number, column) and duplicates; [`apply`] adds the accepted rows to a
//!    branch (through `ops::import_members`; the app makes it one undo step
//!    with `App::edit_branch`).

mod bounds;
mod csv;
mod encoding;
mod header;
mod ods_extent;
mod preview;
mod read;
mod value;
pub mod word_draft;
mod xls_extent;

pub use bounds::{Limits, ReadControl};
pub use header::{Field, Mapping, detect_mapping, recognise};
pub use preview::{Duplicate, Issue, IssueLevel, Preview, PreviewRow, apply, preview};
pub use read::{read_table, read_table_bounded, sheet_names};

use crate::model::Date;
use std::path::PathBuf;

/// One cell as read from the file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell formatted as a date in the spreadsheet.
    Date(Date),
    Bool(bool),
    /// An error value such as `#N/A`.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as the user sees it, for previews and messages.
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => crate::vi::format::decimal(*n, 2),
            Cell::Date(d) => crate::vi::format::short_date(*d),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
            Cell::Error(e) => e.clone(),
        }
    }
}

/// One sheet of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub path: PathBuf,
    /// The sheet read ("" for .csv).
    pub sheet: String,
    /// Row number (1-based, as the spreadsheet shows it) of `rows[0]`.
    pub first_row: u32,
    /// Column index (0-based, 0 = "A") of the first cell of each row.
    pub first_col: u32,
    pub rows: Vec<Vec<Cell>>,
    /// The legacy encoding the text was converted from (TCVN3, VNI), if any.
    pub encoding: Option<crate::vi::legacy::Legacy>,
}

impl Table {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    /// Number of columns (the widest row).
    pub fn width(&self) -> usize {
        self.rows.iter().map(|r| r.len()).max().unwrap_or(0)
    }

    /// The spreadsheet row number of `rows[index]`.
    pub fn row_number(&self, index: usize) -> u32 {
        self.first_row
            .saturating_add(u32::try_from(index).unwrap_or(u32::MAX))
    }

    /// The spreadsheet column letters of column `index`: 0 → "A", 27 → "AB".
    pub fn column_name(&self, index: usize) -> String {
        column_letters(self.first_col as usize + index)
    }
}

/// 0 → "A", 25 → "Z", 26 → "AA".
pub fn column_letters(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Why a file could not be read. Displayed in Vietnamese.
#[derive(Debug)]
pub enum ImportError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not one of .xlsx, .xlsm, .xls, .ods, .csv.
    Unsupported { path: PathBuf },
    /// The spreadsheet library could not read the file.
    Workbook { path: PathBuf, detail: String },
    /// The workbook has no sheet of that name, or no sheet with data.
    NoSheet { path: PathBuf, sheet: String },
    /// A .csv that is not UTF-8 text.
    NotUtf8 { path: PathBuf },
    /// No header row with a recognisable "Họ và tên" column.
    NoHeader { path: PathBuf },
    /// Past the [`Limits`] of what an import reads.
    TooLarge { path: PathBuf, what: TooLarge },
    /// The user stopped the read.
    Cancelled { path: PathBuf },
    /// Text in a legacy encoding mixed with Unicode, or legacy-looking text
    /// neither TCVN3 nor VNI explains. `example`: "B7: NguyÔn …".
    Encoding {
        path: PathBuf,
        mixed: bool,
        example: Option<String>,
    },
}

/// Which limit a file went past.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TooLarge {
    File {
        bytes: u64,
        limit: u64,
    },
    Unzipped {
        limit: u64,
    },
    /// A non-empty cell (e.g. "XFD1048576") outside `rows` × `cols`, or too
    /// many cells.
    Range {
        cell: String,
        rows: u32,
        cols: u32,
    },
}

impl ImportError {
    pub fn path(&self) -> &std::path::Path {
        match self {
            ImportError::Io { path, .. }
            | ImportError::Unsupported { path }
            | ImportError::Workbook { path, .. }
            | ImportError::NoSheet { path, .. }
            | ImportError::NotUtf8 { path }
            | ImportError::NoHeader { path }
            | ImportError::TooLarge { path, .. }
            | ImportError::Cancelled { path }
            | ImportError::Encoding { path, .. } => path,
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::strings::import as msg;
        use std::io::ErrorKind;
        let file = self.path();
        let text = match self {
            ImportError::Io { source, .. } => match source.kind() {
                ErrorKind::NotFound => msg::not_found(file),
                ErrorKind::PermissionDenied => msg::no_permission(file),
                _ => msg::unreadable(file, &source.to_string()),
            },
            ImportError::Unsupported { .. } => msg::unsupported(file),
            ImportError::Workbook { detail, .. } => msg::bad_workbook(file, detail),
            ImportError::NoSheet { sheet, .. } => msg::no_sheet(file, sheet),
            ImportError::NotUtf8 { .. } => msg::not_utf8(file),
            ImportError::NoHeader { .. } => msg::no_header(file),
            ImportError::TooLarge { what, .. } => {
                let mb = |b: u64| b.div_ceil(1024 * 1024);
                match what {
                    TooLarge::File { bytes, limit } => {
                        msg::file_too_large(file, mb(*bytes), mb(*limit))
                    }
                    TooLarge::Unzipped { limit } => msg::unzipped_too_large(file, mb(*limit)),
                    TooLarge::Range { cell, rows, cols } => {
                        msg::range_too_large(file, cell, *rows, *cols)
                    }
                }
            }
            ImportError::Cancelled { .. } => msg::cancelled(file),
            ImportError::Encoding { mixed, example, .. } => {
                msg::bad_encoding(file, *mixed, example.as_deref())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::column_letters;

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
