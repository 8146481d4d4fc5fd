//! The used range of an .ods workbook, found by streaming its content.xml
//! before calamine reads it: calamine lays a sheet out as one block from
//! its first to its last cell, so a value in A1 and another in
//! XFD1048576 (written as "1,048,574 empty rows repeated") would ask for
//! billions of cells.

use super::bounds::{Limits, ReadControl, too_large};
use super::{ImportError, TooLarge, column_letters};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::io::BufReader;
use std::path::Path;

/// `table:number-rows-repeated` / `table:number-columns-repeated`.
fn repeated(e: &BytesStart, key: &str) -> u64 {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| a.value.as_ref().trim().parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

fn has_value(e: &BytesStart) -> bool {
    e.attributes()
        .flatten()
        .any(|a| a.key.as_ref() == "office:value-type")
}

/// Refuse a sheet whose used range (first to last non-empty cell) is past
/// `limits`, naming its last cell.
pub fn check(path: &Path, limits: &Limits, control: &ReadControl) -> Result<(), ImportError> {
    let bad = |e: &dyn std::fmt::Display| ImportError::Workbook {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| bad(&e))?;
    let content = zip.by_name("content.xml").map_err(|e| bad(&e))?;
    let mut reader = Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    // Position of the next row and cell, and the span of non-empty cells.
    let (mut row, mut col) = (0u64, 0u64);
    let mut row_repeat = 1u64;
    let mut row_has_value = false;
    let (mut first_row, mut last_row) = (u64::MAX, 0u64);
    let (mut first_col, mut last_col) = (u64::MAX, 0u64);
    let mut events = 0u64;
    let mut open_cell: Option<(u64, u64)> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| bad(&e))?;
        events += 1;
        if events % 65_536 == 0 {
            control.check(path)?;
        }
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    "table:table" => {
                        row = 0;
                        (first_row, last_row, first_col, last_col) = (u64::MAX, 0, u64::MAX, 0);
                    }
                    "table:table-row" => {
                        col = 0;
                        row_has_value = false;
                        row_repeat = repeated(e, "table:number-rows-repeated");
                        if empty {
                            row = row.saturating_add(row_repeat);
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        let n = repeated(e, "table:number-columns-repeated");
                        if has_value(e) {
                            first_col = first_col.min(col);
                            last_col = last_col.max(col.saturating_add(n - 1));
                            row_has_value = true;
                        } else if !empty {
                            // A value only if a paragraph of text is inside.
                            open_cell = Some((col, n));
                        }
                        col = col.saturating_add(n);
                    }
                    "text:p" => {
                        if let Some((c, n)) = open_cell.take() {
                            first_col = first_col.min(c);
                            last_col = last_col.max(c.saturating_add(n - 1));
                            row_has_value = true;
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                open_cell = None;
            }
            Event::End(ref e) if e.name().as_ref() == "table:table-row" => {
                if row_has_value {
                    first_row = first_row.min(row);
                    last_row = last_row.max(row.saturating_add(row_repeat - 1));
                    let rows = last_row - first_row + 1;
                    let cols = last_col.saturating_sub(first_col) + 1;
                    if rows > u64::from(limits.rows) || cols > u64::from(limits.cols) {
                        let cell = format!(
                            "{}{}",
                            column_letters(last_col.min(usize::MAX as u64) as usize),
                            last_row.saturating_add(1)
                        );
                        return Err(too_large(
                            path,
                            TooLarge::Range {
                                cell,
                                rows: limits.rows,
                                cols: limits.cols,
                            },
                        ));
                    }
                }
                row = row.saturating_add(row_repeat);
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}
