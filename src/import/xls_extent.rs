//! The used range of a legacy .xls workbook, found from its records before
//! calamine reads it. calamine parses every sheet of an .xls when it opens
//! the file and lays each one out as a block from its first to its last
//! cell, after reserving room for the block its DIMENSIONS record claims: a
//! few hundred bytes with values in A1 and IV65536 (or a cell record at
//! column 65,535, or a DIMENSIONS record claiming four billion rows) would
//! ask for hundreds of megabytes or more, and a failed allocation aborts.
//!
//! This walks the same container (the OLE compound file) and the same
//! records calamine does, and refuses a cell past the limits, naming it.
//! A container calamine could not walk safely (a sector chain that loops or
//! points outside the file) or a sheet claiming more than an Excel 97 sheet
//! holds is refused as damaged.

use super::bounds::{Limits, ReadControl, too_large};
use super::{ImportError, TooLarge, column_letters};
use crate::strings::import as msg;
use std::path::Path;

const SIGNATURE: &[u8; 8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const RESERVED: u32 = 0xFFFF_FFFA;
const DIFAT_SECTOR: u32 = 0xFFFF_FFFC;

/// Whether the file is an OLE compound file (what calamine reads as .xls,
/// whatever the file's extension says).
pub fn is_ole(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 8];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && &head == SIGNATURE
}

fn u16_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// Why the container cannot be walked; becomes "damaged .xls" for the user.
#[derive(Debug)]
struct Damaged(&'static str);

/// The sectors of a compound file, as calamine numbers them: sector `id`
/// starts `size * (id + 1)` bytes into the file (after the header).
struct Sectors<'a> {
    data: &'a [u8],
    size: usize,
}

impl Sectors<'_> {
    /// Sectors in the file; a chain longer than this loops.
    fn count(&self) -> usize {
        self.data.len() / self.size
    }

    fn get(&self, id: u32) -> &[u8] {
        let start = (id as usize + 1).saturating_mul(self.size);
        let end = start.saturating_add(self.size).min(self.data.len());
        self.data.get(start..end).unwrap_or(&[])
    }

    /// The bytes of the chain from `start`, at most `len` of them.
    fn chain(&self, start: u32, fat: &[u32], len: usize) -> Result<Vec<u8>, Damaged> {
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0usize;
        while id != END_OF_CHAIN {
            steps += 1;
            if steps > self.count() + 1 {
                return Err(Damaged("loop"));
            }
            if id as usize > self.count() {
                return Err(Damaged("sector"));
            }
            let sector = self.get(id);
            let take = sector.len().min(len - out.len());
            out.extend_from_slice(&sector[..take]);
            if out.len() >= len {
                break;
            }
            id = *fat.get(id as usize).ok_or(Damaged("fat"))?;
        }
        Ok(out)
    }
}

/// A directory entry's name as calamine reads it: UTF-16LE unless a byte
/// order mark says otherwise (encoding_rs sniffs one), up to the first NUL.
fn entry_name(raw: &[u8]) -> String {
    let utf16 = |b: &[u8], big_endian: bool| {
        let units: Vec<u16> = b
            .chunks_exact(2)
            .map(|c| {
                if big_endian {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    let mut name = match raw {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, true),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, false),
        _ => utf16(raw, false),
    };
    if let Some(end) = name.find('\0') {
        name.truncate(end);
    }
    name
}

/// The bytes of the "Workbook" (or older "Book") stream, found the way
/// calamine finds it; `None` when there is none (calamine then says so).
fn workbook_stream(file: &[u8]) -> Result<Option<Vec<u8>>, Damaged> {
    if file.len() < 512 || &file[..8] != SIGNATURE {
        return Ok(None);
    }
    let size = match u16_at(file, 30) {
        Some(9) => 512,
        Some(12) => 4096,
        _ => return Ok(None),
    };
    if u16_at(file, 32) != Some(6) {
        return Ok(None);
    }
    let header = |at| u32_at(file, at).ok_or(Damaged("header"));
    let dir_start = header(48)?;
    let mini_fat_start = header(60)?;
    let mini_fat_len = header(64)? as usize;
    let difat_start = header(68)?;
    let sectors = Sectors { data: file, size };
    let words = |b: &[u8]| -> Vec<u32> {
        b.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    };

    let mut difat = words(&file[76..512]);
    let mut id = difat_start;
    let mut steps = 0usize;
    while id < RESERVED {
        steps += 1;
        if steps > sectors.count() + 1 || id as usize > sectors.count() {
            return Err(Damaged("difat"));
        }
        difat.extend(words(sectors.get(id)));
        id = difat.pop().ok_or(Damaged("difat"))?;
    }
    let mut fat = Vec::new();
    for id in difat.into_iter().filter(|id| *id < DIFAT_SECTOR) {
        if id as usize > sectors.count() {
            return Err(Damaged("fat"));
        }
        fat.extend(words(sectors.get(id)));
    }

    struct Entry {
        name: String,
        start: u32,
        len: usize,
    }
    let dirs: Vec<Entry> = sectors
        .chain(dir_start, &fat, usize::MAX)?
        .chunks_exact(128)
        .map(|d| {
            let name = entry_name(&d[..64]);
            let len = if size == 512 {
                u32_at(d, 120).unwrap_or(0) as usize
            } else {
                let lo = u64::from(u32_at(d, 120).unwrap_or(0));
                let hi = u64::from(u32_at(d, 124).unwrap_or(0));
                usize::try_from(lo | (hi << 32)).unwrap_or(usize::MAX)
            };
            Entry {
                name,
                start: u32_at(d, 116).unwrap_or(END_OF_CHAIN),
                len,
            }
        })
        .collect();
    let Some(root) = dirs.first() else {
        return Ok(None);
    };
    let Some(stream) = ["Workbook", "Book"].iter().find_map(|want| {
        dirs.iter()
            .find(|d| d.name.as_bytes().eq_ignore_ascii_case(want.as_bytes()))
    }) else {
        return Ok(None);
    };
    if stream.len >= 4096 {
        return sectors.chain(stream.start, &fat, stream.len).map(Some);
    }
    // A small stream lives in 64-byte sectors of the root's "mini stream";
    // without a mini FAT calamine would read whatever follows in the file.
    if stream.len == 0 {
        return Ok(Some(Vec::new()));
    }
    if mini_fat_len == 0 {
        return Err(Damaged("mini"));
    }
    let mini_data = sectors.chain(root.start, &fat, root.len)?;
    let mini_fat =
        words(&sectors.chain(mini_fat_start, &fat, mini_fat_len.saturating_mul(size))?);
    let mut out = Vec::new();
    let mut id = stream.start;
    let mut steps = 0usize;
    while id != END_OF_CHAIN && out.len() < stream.len {
        steps += 1;
        if steps > mini_data.len() / 64 + 1 {
            return Err(Damaged("mini"));
        }
        let start = id as usize * 64;
        let Some(sector) = mini_data.get(start..start + 64) else {
            return Err(Damaged("mini"));
        };
        let take = (stream.len - out.len()).min(64);
        out.extend_from_slice(&sector[..take]);
        id = *mini_fat.get(id as usize).ok_or(Damaged("mini"))?;
    }
    Ok(Some(out))
}

/// BIFF records as calamine reads them: type, then the data (CONTINUE
/// records only lengthen what follows, and hold no cells). Stops where
/// calamine would fail.
fn records(stream: &[u8]) -> impl Iterator<Item = (u32, &[u8])> {
    let mut rest = stream;
    std::iter::from_fn(move || {
        let typ = u16_at(rest, 0)?;
        let len = u16_at(rest, 2)? as usize;
        let data = rest.get(4..4 + len)?;
        rest = &rest[4 + len..];
        Some((typ, data))
    })
}

/// Cell records calamine lays out, with where they stand: (row, first
/// column, last column).
fn cell_span(typ: u32, data: &[u8]) -> Option<(u32, u32, u32)> {
    let row = u16_at(data, 0)?;
    let col = u16_at(data, 2)?;
    match typ {
        // Number, Label, RString, BoolErr, Rk, LabelSst, Formula.
        0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => Some((row, col, col)),
        // MulRk: six bytes a cell after the row and first column.
        0x00BD if data.len() >= 12 => {
            let n = ((data.len() - 6) / 6) as u32;
            Some((row, col, col + n - 1))
        }
        _ => None,
    }
}

/// The rows × columns a DIMENSIONS record makes calamine reserve room for,
/// and its last cell (row, column); `None` for a record calamine refuses.
fn dimensions(data: &[u8]) -> Option<Result<(u64, (u32, u32)), Damaged>> {
    let (rf, rl, mut cf, cl) = match data.len() {
        10 => (
            u16_at(data, 0)?,
            u16_at(data, 2)?,
            u16_at(data, 4)?,
            u16_at(data, 6)?,
        ),
        14 | 16 => (
            u32_at(data, 0)?,
            u32_at(data, 4)?,
            u16_at(data, 8)?,
            u16_at(data, 10)?,
        ),
        _ => return None,
    };
    if cf > 0xFF || cl < cf {
        cf = 0;
    }
    if rl == 0 || cl == 0 {
        return Some(Ok((1, (rf, cf))));
    }
    let (end_row, end_col) = (rl - 1, cl - 1);
    // calamine subtracts without a check: an end before the start wraps.
    if end_row < rf || end_col + 1 < cf {
        return Some(Err(Damaged("dimensions")));
    }
    let rows = u64::from(end_row - rf) + 1;
    let cols = u64::from(end_col + 1 - cf);
    Some(Ok((rows * cols, (end_row, end_col))))
}

fn far(path: &Path, limits: &Limits, (row, col): (u32, u32)) -> ImportError {
    too_large(
        path,
        TooLarge::Range {
            cell: format!("{}{}", column_letters(col as usize), u64::from(row) + 1),
            rows: limits.rows,
            cols: limits.cols,
        },
    )
}

/// Refuse an OLE (.xls) workbook any of whose sheets has a cell past
/// `limits`, naming the cell; or whose container or records are damaged in
/// a way calamine would not survive (a sheet claiming a block larger than
/// an Excel 97 sheet). Files
/// that are not OLE containers, or that calamine will refuse anyway, pass.
pub fn check(path: &Path, limits: &Limits, control: &ReadControl) -> Result<(), ImportError> {
    let file = std::fs::read(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let damaged = |d: Damaged| ImportError::Workbook {
        path: path.to_path_buf(),
        detail: msg::xls_damaged(d.0),
    };
    let Some(stream) = workbook_stream(&file).map_err(damaged)? else {
        return Ok(());
    };
    // The workbook globals: where each sheet's records start.
    let mut starts = Vec::new();
    for (typ, data) in records(&stream) {
        match typ {
            0x0085 => starts.extend(u32_at(data, 0)),
            0x000A => break,
            _ => {}
        }
    }
    // What calamine reserves for a DIMENSIONS record is only address space
    // until cells are written into it, and a writer may declare more than
    // it fills: a block within Excel 97's own sheet (65,536 × 256) passes,
    // and only the cells are held to `limits`. A larger block cannot come
    // from a sound file (and would ask for terabytes).
    const SHEET_BLOCK: u64 = 65_536 * 256;
    for start in starts {
        let Some(sheet) = stream.get(start as usize..) else {
            return Err(damaged(Damaged("sheet")));
        };
        let mut cells = 0u64;
        let mut depth = 0usize;
        let mut seen_bof = false;
        for (i, (typ, data)) in records(sheet).enumerate() {
            if i % 4096 == 4095 {
                control.check(path)?;
            }
            // Embedded charts carry cell-like records calamine skips.
            if depth > 0 {
                match typ {
                    0x0809 => depth += 1,
                    0x000A => depth -= 1,
                    _ => {}
                }
                continue;
            }
            match typ {
                0x0809 if seen_bof => depth += 1,
                0x0809 => seen_bof = true,
                0x000A => break,
                0x0200 => match dimensions(data) {
                    Some(Ok((block, _))) if block > SHEET_BLOCK => {
                        return Err(damaged(Damaged("dimensions")));
                    }
                    Some(Ok(_)) => {}
                    Some(Err(d)) => return Err(damaged(d)),
                    None => break,
                },
                _ => {
                    if let Some((row, first, last)) = cell_span(typ, data) {
                        cells += u64::from(last - first) + 1;
                        if row >= limits.rows || last >= limits.cols || cells > limits.cells {
                            return Err(far(path, limits, (row, last)));
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(bytes: &[u8]) -> [u8; 64] {
        let mut out = [0u8; 64];
        out[..bytes.len()].copy_from_slice(bytes);
        out
    }

    #[test]
    fn entry_names_are_read_as_calamine_reads_them() {
        let le: Vec<u8> = "Workbook"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(entry_name(&raw(&le)), "Workbook");
        // A byte order mark switches the encoding, as encoding_rs does.
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Book".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(entry_name(&raw(&be)), "Book");
        assert_eq!(entry_name(&raw(b"\xEF\xBB\xBFWorkbook")), "Workbook");
    }

    #[test]
    fn a_dimensions_record_gives_its_block_and_corner() {
        // BIFF8: rows 0..65536, columns 0..256.
        let d = [
            &0u32.to_le_bytes()[..],
            &65_536u32.to_le_bytes(),
            &[0, 0, 0, 1, 0, 0],
        ]
        .concat();
        assert_eq!(
            dimensions(&d).unwrap().unwrap(),
            (65_536 * 256, (65_535, 255))
        );
        // An end before the start would wrap inside calamine.
        let d = [
            &9u32.to_le_bytes()[..],
            &2u32.to_le_bytes(),
            &[0, 0, 1, 0, 0, 0],
        ]
        .concat();
        assert!(dimensions(&d).unwrap().is_err());
        // A length calamine refuses stops the walk.
        assert!(dimensions(&[0; 12]).is_none());
    }
}
