//! Reading one sheet of a spreadsheet or a .csv file into a [`Table`].

use super::{Cell, ImportError, Table, csv};
use crate::model::ymd;
use crate::vi::nfc;
use calamine::{Data, Reader, open_workbook_auto};
use std::path::Path;

enum Kind {
    Workbook,
    Csv,
}

fn kind(path: &Path) -> Result<Kind, ImportError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => Ok(Kind::Workbook),
        "csv" | "txt" => Ok(Kind::Csv),
        _ => Err(ImportError::Unsupported {
            path: path.to_path_buf(),
        }),
    }
}

fn workbook_err(path: &Path, e: impl std::fmt::Display) -> ImportError {
    ImportError::Workbook {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

/// The sheets of a workbook (one unnamed sheet for .csv).
pub fn sheet_names(path: &Path) -> Result<Vec<String>, ImportError> {
    match kind(path)? {
        Kind::Csv => Ok(vec![String::new()]),
        Kind::Workbook => {
            check_readable(path)?;
            let wb = open_workbook_auto(path).map_err(|e| workbook_err(path, e))?;
            Ok(wb.sheet_names())
        }
    }
}

fn check_readable(path: &Path) -> Result<(), ImportError> {
    std::fs::metadata(path)
        .map(|_| ())
        .map_err(|source| ImportError::Io {
            path: path.to_path_buf(),
            source,
        })
}

/// Read `sheet` (by name), or the first sheet that has any data.
pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
    match kind(path)? {
        Kind::Csv => read_csv(path),
        Kind::Workbook => read_workbook(path, sheet),
    }
}

fn read_csv(path: &Path) -> Result<Table, ImportError> {
    let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| ImportError::NotUtf8 {
        path: path.to_path_buf(),
    })?;
    let rows = csv::parse(&text)
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(nfc(&f))
                    }
                })
                .collect()
        })
        .collect();
    Ok(Table {
        path: path.to_path_buf(),
        sheet: String::new(),
        first_row: 1,
        first_col: 0,
        rows,
    })
}

fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
    check_readable(path)?;
    let mut wb = open_workbook_auto(path).map_err(|e| workbook_err(path, e))?;
    let names = wb.sheet_names();
    let wanted: Vec<String> = match sheet {
        Some(s) => {
            if !names.iter().any(|n| n == s) {
                return Err(ImportError::NoSheet {
                    path: path.to_path_buf(),
                    sheet: s.to_string(),
                });
            }
            vec![s.to_string()]
        }
        None => names,
    };
    for name in wanted {
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| workbook_err(path, e))?;
        if range.is_empty() && sheet.is_none() {
            continue;
        }
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let rows = range.rows().map(|r| r.iter().map(cell).collect()).collect();
        return Ok(Table {
            path: path.to_path_buf(),
            sheet: name,
            first_row: row0 + 1,
            first_col: col0,
            rows,
        });
    }
    Err(ImportError::NoSheet {
        path: path.to_path_buf(),
        sheet: sheet.unwrap_or_default().to_string(),
    })
}

fn cell(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(nfc(s)),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, day, ..) = dt.to_ymd_hms_milli();
            match ymd(i32::from(y), m, day) {
                Some(date) => Cell::Date(date),
                None => Cell::Number(dt.as_f64()),
            }
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => super::value::iso_date(s)
            .map(Cell::Date)
            .unwrap_or_else(|| Cell::Text(s.clone())),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}
