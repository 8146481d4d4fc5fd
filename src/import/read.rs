//! Reading one sheet of a spreadsheet or a .csv file into a [`Table`].

use super::bounds::{self, Limits, ReadControl};
use super::{Cell, ImportError, Table, TooLarge, csv};
use crate::model::ymd;
use crate::vi::nfc;
use calamine::{Data, DataRef, Reader, Xlsx, open_workbook, open_workbook_auto};
use std::path::Path;

enum Kind {
    Workbook,
    Csv,
}

fn is_xlsx(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| e == "xlsx" || e == "xlsm")
}

fn is_zip(path: &Path) -> bool {
    is_xlsx(path)
        || path
            .extension()
            .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case("ods"))
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
            let limits = Limits::default();
            bounds::check_file_size(path, &limits)?;
            check_workbook(path, &limits, &ReadControl::default())?;
            guarded(path, || {
                let wb = open_workbook_auto(path).map_err(|e| workbook_err(path, e))?;
                Ok(wb.sheet_names())
            })
        }
    }
}

/// The bounds a workbook is checked against before calamine opens it:
/// what a zip unpacks to, the used range of an .ods, and of an .xls (any
/// OLE file, since calamine reads such a file as .xls whatever its name).
/// An .xlsx's range is checked while its cells stream in.
fn check_workbook(path: &Path, limits: &Limits, control: &ReadControl) -> Result<(), ImportError> {
    if is_zip(path) {
        bounds::check_zip(path, limits, control)?;
        if !is_xlsx(path) {
            super::ods_extent::check(path, limits, control)?;
        }
    } else if super::xls_extent::is_ole(path) {
        super::xls_extent::check(path, limits, control)?;
    }
    Ok(())
}

/// Run a reader library on a user's file where a panic inside it becomes
/// an error message, not a dead reading thread or a crashed command, and
/// prints nothing on the terminal.
fn guarded<T>(
    path: &Path,
    read: impl FnOnce() -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    crate::caught::catch(read).unwrap_or_else(|_| {
        Err(ImportError::Workbook {
            path: path.to_path_buf(),
            detail: crate::strings::import::READER_FAILED.to_string(),
        })
    })
}

fn check_readable(path: &Path) -> Result<(), ImportError> {
    std::fs::metadata(path)
        .map(|_| ())
        .map_err(|source| ImportError::Io {
            path: path.to_path_buf(),
            source,
        })
}

/// Read `sheet` (by name), or the first sheet that has any data, within the
/// default [`Limits`].
pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
    read_table_bounded(path, sheet, &Limits::default(), &ReadControl::default())
}

/// [`read_table`] within `limits`, reporting progress to and stopping on
/// `control` (for a read off the UI thread).
pub fn read_table_bounded(
    path: &Path,
    sheet: Option<&str>,
    limits: &Limits,
    control: &ReadControl,
) -> Result<Table, ImportError> {
    let kind = kind(path)?;
    check_readable(path)?;
    bounds::check_file_size(path, limits)?;
    let table = match kind {
        Kind::Csv => read_csv(path)?,
        Kind::Workbook => {
            check_workbook(path, limits, control)?;
            if is_xlsx(path) {
                guarded(path, || read_xlsx(path, sheet, limits, control))?
            } else {
                guarded(path, || read_workbook(path, sheet))?
            }
        }
    };
    check_table(&table, limits)?;
    let mut table = table;
    let font = if is_zip(path) {
        super::encoding::font_hint(path)
    } else {
        None
    };
    super::encoding::normalise(&mut table, font)?;
    Ok(table)
}

/// The used range of a table read whole (csv, xls, ods) against the limits.
fn check_table(table: &Table, limits: &Limits) -> Result<(), ImportError> {
    let rows = table.rows.len();
    let cols = table.width();
    if rows > limits.rows as usize || cols > limits.cols as usize {
        let last = rows.saturating_sub(1);
        let width = table.rows.get(last).map_or(0, |r| r.len());
        let cell = format!(
            "{}{}",
            table.column_name(width.max(cols).saturating_sub(1)),
            table.row_number(last)
        );
        return Err(bounds::too_large(
            &table.path,
            TooLarge::Range {
                cell,
                rows: limits.rows,
                cols: limits.cols,
            },
        ));
    }
    Ok(())
}

/// Stream the cells of an .xlsx sheet: nothing is allocated for the empty
/// space between them, and a cell past the limits stops the read.
fn read_xlsx(
    path: &Path,
    sheet: Option<&str>,
    limits: &Limits,
    control: &ReadControl,
) -> Result<Table, ImportError> {
    let mut wb: Xlsx<_> = open_workbook(path).map_err(|e| workbook_err(path, e))?;
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
        let mut cells: Vec<((u32, u32), Cell)> = Vec::new();
        {
            let mut reader = wb
                .worksheet_cells_reader(&name)
                .map_err(|e| workbook_err(path, e))?;
            let mut count: u64 = 0;
            while let Some(c) = reader.next_cell().map_err(|e| workbook_err(path, e))? {
                let value = cell_ref(c.get_value());
                if value.is_empty() {
                    continue;
                }
                let (r, col) = c.get_position();
                count += 1;
                if count % 1024 == 0 {
                    control.check(path)?;
                    control.advance(1024);
                }
                if r >= limits.rows || col >= limits.cols || count > limits.cells {
                    return Err(bounds::too_large(
                        path,
                        TooLarge::Range {
                            cell: format!("{}{}", super::column_letters(col as usize), r + 1),
                            rows: limits.rows,
                            cols: limits.cols,
                        },
                    ));
                }
                cells.push(((r, col), value));
            }
        }
        if cells.is_empty() && sheet.is_none() {
            continue;
        }
        let row0 = cells.iter().map(|c| c.0.0).min().unwrap_or(0);
        let col0 = cells.iter().map(|c| c.0.1).min().unwrap_or(0);
        let row1 = cells.iter().map(|c| c.0.0).max().unwrap_or(0);
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); (row1 + 1 - row0) as usize];
        for ((r, c), v) in cells {
            let row = &mut rows[(r - row0) as usize];
            let i = (c - col0) as usize;
            if row.len() <= i {
                row.resize(i + 1, Cell::Empty);
            }
            row[i] = v;
        }
        return Ok(Table {
            path: path.to_path_buf(),
            sheet: name,
            first_row: row0 + 1,
            first_col: col0,
            rows,
            encoding: None,
        });
    }
    Err(ImportError::NoSheet {
        path: path.to_path_buf(),
        sheet: sheet.unwrap_or_default().to_string(),
    })
}

fn cell_ref(d: &DataRef<'_>) -> Cell {
    match d {
        DataRef::SharedString(s) => cell(&Data::String((*s).to_string())),
        DataRef::String(s) => cell(&Data::String(s.clone())),
        DataRef::Int(i) => cell(&Data::Int(*i)),
        DataRef::Float(f) => cell(&Data::Float(*f)),
        DataRef::Bool(b) => cell(&Data::Bool(*b)),
        DataRef::DateTime(dt) => cell(&Data::DateTime(*dt)),
        DataRef::DateTimeIso(s) => cell(&Data::DateTimeIso(s.clone())),
        DataRef::DurationIso(s) => cell(&Data::DurationIso(s.clone())),
        DataRef::Error(e) => cell(&Data::Error(e.clone())),
        DataRef::Empty => Cell::Empty,
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
        encoding: None,
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
            encoding: None,
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
