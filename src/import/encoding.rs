//! Lists typed in TCVN3 (".VnTime") or VNI ("VNI-Times") fonts: found by
//! the fonts the workbook names and by the characters of its cells,
//! converted to Unicode; mixed or unclear text is refused, never guessed.

use super::{Cell, ImportError, Table};
use crate::vi::legacy::{self, Detected, Legacy};
use std::io::Read;
use std::path::Path;

/// The legacy encoding the fonts of a zip-based workbook point to (TCVN3 for
/// ".VnTime…", VNI for "VNI-…"); None when no such font, or both kinds.
pub(super) fn font_hint(path: &Path) -> Option<Legacy> {
    let file = std::fs::File::open(path).ok()?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).ok()?;
    let mut found: Option<Legacy> = None;
    for part in ["xl/styles.xml", "styles.xml", "content.xml"] {
        let Ok(entry) = zip.by_name(part) else {
            continue;
        };
        let mut text = String::new();
        // Styles are small; the read is bounded all the same (and the zip
        // was checked before).
        if entry
            .take(16 * 1024 * 1024)
            .read_to_string(&mut text)
            .is_err()
        {
            continue;
        }
        for (i, _) in text.match_indices(['"', '\'']) {
            let rest = &text[i + 1..];
            let name = rest.split(['"', '\'']).next().unwrap_or("");
            if name.len() > 40 {
                continue;
            }
            if let Some(enc) = legacy::font_encoding(name) {
                match found {
                    Some(f) if f != enc => return None,
                    _ => found = Some(enc),
                }
            }
        }
    }
    found
}

/// Convert `table` to Unicode when it is written in a legacy encoding
/// (recording which in `table.encoding`); refuse mixed or unclear text.
pub(super) fn normalise(table: &mut Table, font: Option<Legacy>) -> Result<(), ImportError> {
    let texts = table.rows.iter().flatten().filter_map(|c| match c {
        Cell::Text(t) => Some(t.as_str()),
        _ => None,
    });
    let enc = match legacy::detect(texts, font) {
        Detected::Unicode => return Ok(()),
        Detected::Legacy(enc) => enc,
        found @ (Detected::Mixed | Detected::Unclear) => {
            return Err(ImportError::Encoding {
                path: table.path.clone(),
                mixed: found == Detected::Mixed,
                example: first_suspect(table),
            });
        }
    };
    let first_row = table.first_row;
    let first_col = table.first_col;
    for (r, row) in table.rows.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            let Cell::Text(t) = cell else {
                continue;
            };
            match legacy::decode(enc, t) {
                Some(u) => *t = crate::vi::nfc(&u),
                None => {
                    return Err(ImportError::Encoding {
                        path: table.path.clone(),
                        mixed: true,
                        example: Some(format!(
                            "{}{}: {}",
                            super::column_letters(first_col as usize + c),
                            first_row as usize + r,
                            t
                        )),
                    });
                }
            }
        }
    }
    table.encoding = Some(enc);
    Ok(())
}

/// "B7: NguyÔn ThÞ Hoa": the first cell that looks legacy.
fn first_suspect(table: &Table) -> Option<String> {
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if let Cell::Text(t) = cell {
                if legacy::looks_legacy(t) {
                    return Some(format!(
                        "{}{}: {}",
                        table.column_name(c),
                        table.row_number(r),
                        t
                    ));
                }
            }
        }
    }
    None
}
