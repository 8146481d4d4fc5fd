//! Table column widths, from the template's proportions and the cells'
//! text as Times New Roman would set it.
//!
//! Each cell is measured once: its characters' widths are looked up one
//! time and every question asked of the cell (its longest word, its widest
//! line, the narrowest width for n lines) adds up those same numbers in the
//! order a fresh measurement would, so the widths do not depend on how the
//! work is shared out.

use super::Table;
use std::ops::Range;

/// A short cell kept on one line where the table has room: "Chi ủy viên",
/// "Phó Bí thư", "Trung cấp" (at most this many words and characters); one
/// of up to `SHORT_PHRASE_CHARS` ("Thư ký Đại hội", "Cao đẳng Điện") may
/// take two lines where the one-line width would make other rows tall.
const SHORT_PHRASE_WORDS: usize = 3;
const TINY_PHRASE_CHARS: usize = 11;
const SHORT_PHRASE_CHARS: usize = 14;
/// Cell margins (1.5 mm each side) and a little room (mm).
const CELL_ROOM_MM: f32 = 4.0;
/// The most lines any level below asks of a cell.
const MOST_LINES: usize = 6;

/// Width of a character of Times New Roman in em (close to its metrics:
/// punctuation and i, l, r, t, f narrow, m and w wide), by its base letter.
fn char_em(c: char) -> f32 {
    match base_letter(c) {
        ' ' => 0.25,
        '.' | ',' | ';' | ':' | '/' | '\'' | '|' | '!' | '(' | ')' | '[' | ']' | '-' => 0.28,
        'i' | 'j' | 'l' | 'r' | 't' | 'f' => 0.30,
        'm' | 'w' => 0.75,
        'M' | 'W' => 0.9,
        c if c.is_uppercase() => 0.68,
        _ => 0.5,
    }
}

/// The first character of `c`'s canonical decomposition ("ế" → 'e'), without
/// building a normalising iterator for each character.
fn base_letter(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let mut first = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        first.get_or_insert(d);
    });
    first.unwrap_or(c)
}

/// How many lines a cell may take at a level: headers, the shortest
/// phrases, short phrases and the rest are asked differently.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Header,
    Tiny,
    Short,
    Long,
}

/// A word of a cell, for filling lines.
struct Word {
    /// Its characters' widths in [`Measures::ems`].
    chars: Range<usize>,
    /// Their widths added up (em).
    em: f32,
    /// The paragraph (line break in the cell) it is in.
    para: usize,
}

/// The characters' widths (em, bold set wider) and the words of every cell
/// of a table, in one place so that a cell costs no allocation of its own.
#[derive(Default)]
struct Measures {
    ems: Vec<f32>,
    words: Vec<Word>,
}

/// One cell, measured once.
struct Cell {
    kind: Kind,
    /// The width of a space (em).
    space: f32,
    /// Its words in [`Measures::words`].
    words: Range<usize>,
    paras: usize,
    /// The longest word, between spaces or line breaks (mm).
    word_mm: f32,
    /// The whole text on one line (mm).
    text_mm: f32,
    /// The widest of its lines, unbroken (mm).
    line_mm: f32,
    /// The narrowest width for each number of lines, once asked.
    in_lines: [Option<f32>; MOST_LINES + 1],
}

impl Cell {
    /// Measure `text` in one pass. Every width is the sum of its characters'
    /// widths taken in order, as adding up each piece on its own would be:
    /// the pieces between spaces or line breaks (the longest word), between
    /// line breaks (the widest line), the whole text, and the words between
    /// any white space within each line (for filling lines).
    fn new(text: &str, kind: Kind, bold: bool, em_mm: f32, m: &mut Measures) -> Cell {
        let em = |c: char| if bold { char_em(c) * 1.08 } else { char_em(c) };
        let mm = |sum: f32| sum * em_mm + CELL_ROOM_MM;
        let first_word = m.words.len();
        let (mut word_mm, mut line_mm) = (0.0f32, 0.0f32);
        let (mut piece, mut line, mut total) = (-0.0f32, -0.0f32, -0.0f32);
        let mut para = 0;
        // The word being read: where its characters start, and their sum.
        let mut word: Option<(usize, f32)> = None;
        for c in text.chars() {
            let e = em(c);
            let at = m.ems.len();
            m.ems.push(e);
            total += e;
            if c == ' ' || c == '\n' {
                word_mm = word_mm.max(mm(piece));
                piece = -0.0;
            } else {
                piece += e;
            }
            if c == '\n' {
                line_mm = line_mm.max(mm(line));
                line = -0.0;
            } else {
                line += e;
            }
            if c.is_whitespace() {
                if let Some((start, sum)) = word.take() {
                    m.words.push(Word {
                        chars: start..at,
                        em: sum,
                        para,
                    });
                }
            } else {
                word = Some(match word {
                    Some((start, sum)) => (start, sum + e),
                    None => (at, -0.0 + e),
                });
            }
            if c == '\n' {
                para += 1;
            }
        }
        if let Some((start, sum)) = word {
            m.words.push(Word {
                chars: start..m.ems.len(),
                em: sum,
                para,
            });
        }
        Cell {
            kind,
            space: em(' '),
            words: first_word..m.words.len(),
            paras: para + 1,
            word_mm: word_mm.max(mm(piece)),
            text_mm: mm(total),
            line_mm: line_mm.max(mm(line)),
            in_lines: [None; MOST_LINES + 1],
        }
    }

    /// Lines the text takes at width `w` (words filled greedily, as a word
    /// processor does; a line break in the cell counts).
    fn lines_at(&self, w: f32, em_mm: f32, m: &Measures) -> usize {
        let mut n = self.paras;
        let mut line: Option<f32> = None;
        let mut para = usize::MAX;
        for word in &m.words[self.words.clone()] {
            if word.para != para {
                para = word.para;
                line = None;
            }
            let longer = match line {
                None => word.em,
                Some(sum) => m.ems[word.chars.clone()]
                    .iter()
                    .fold(sum + self.space, |acc, e| acc + e),
            };
            if line.is_some() && longer * em_mm + CELL_ROOM_MM > w {
                n += 1;
                line = Some(word.em);
            } else {
                line = Some(longer);
            }
        }
        n
    }

    /// The narrowest width that sets the text in `lines` lines (mm).
    fn in_lines_mm(&mut self, lines: usize, em_mm: f32, m: &Measures) -> f32 {
        if let Some(mm) = self.in_lines.get(lines).copied().flatten() {
            return mm;
        }
        let mm = self.narrowest(lines, em_mm, m);
        if let Some(slot) = self.in_lines.get_mut(lines) {
            *slot = Some(mm);
        }
        mm
    }

    fn narrowest(&self, lines: usize, em_mm: f32, m: &Measures) -> f32 {
        let (mut lo, mut hi) = (self.word_mm, self.text_mm.max(self.word_mm));
        if self.lines_at(lo, em_mm, m) <= lines {
            return lo;
        }
        for _ in 0..16 {
            let mid = (lo + hi) / 2.0;
            if self.lines_at(mid, em_mm, m) <= lines {
                hi = mid
            } else {
                lo = mid
            }
        }
        hi
    }
}

/// Column widths: the template's proportions, but never narrower than the
/// longest word of the column (plus the cell margins), so that short words
/// such as "Khmer" or "đồng/người/năm" are not broken (issue 11). Where the
/// table has room, a column is also as wide as its short cells ("Chi ủy
/// viên" on one line, not "Chi ủy" / "viên"), its header set in two lines
/// ("Lý luận" / "chính trị") and its longer cells in as few lines as the
/// width allows, so that no row is tall because of one narrow column.
pub(super) fn widths(t: &Table, ncols: usize, width: f32, size_pt: f32) -> Vec<f32> {
    let weights: Vec<f32> = (0..ncols)
        .map(|i| t.widths.get(i).copied().unwrap_or(1).max(1) as f32)
        .collect();
    let sum: f32 = weights.iter().sum();
    let cols: Vec<f32> = weights.iter().map(|w| width * w / sum).collect();
    let em_mm = size_pt * 25.4 / 72.0;
    let mut m = Measures::default();
    let mut cells: Vec<Vec<Cell>> = t
        .header_rows
        .iter()
        .map(|r| (r, true))
        .chain(t.rows.iter().map(|r| (r, false)))
        .map(|(r, header)| {
            r.iter()
                .take(ncols)
                .map(|c| {
                    let chars = c.text.chars().count();
                    let short = c.text.split_whitespace().count() <= SHORT_PHRASE_WORDS
                        && chars <= SHORT_PHRASE_CHARS
                        && !c.text.contains('\n');
                    let kind = if header {
                        Kind::Header
                    } else if short && chars <= TINY_PHRASE_CHARS {
                        Kind::Tiny
                    } else if short {
                        Kind::Short
                    } else {
                        Kind::Long
                    };
                    Cell::new(&c.text, kind, header || c.bold, em_mm, &mut m)
                })
                .collect()
        })
        .collect();
    let mut min = vec![0.0f32; ncols];
    // Each column's longest cell on one line.
    let mut full = vec![0.0f32; ncols];
    for row in &cells {
        for (i, c) in row.iter().enumerate() {
            min[i] = min[i].max(c.word_mm);
            let line = if c.kind == Kind::Header {
                0.0
            } else {
                c.line_mm
            };
            full[i] = full[i].max(line);
        }
    }
    if min.iter().sum::<f32>() > width {
        return cols;
    }
    // Short cells on one line, headers in two and longer cells in as few
    // lines as fit (the shorter phrases on one line, the others on two if
    // that saves a line); failing that, short cells and headers only, then
    // the shortest cells only: the first of these the table has room for.
    let mut levels = Vec::new();
    for long in [2, 3, 4, 5, MOST_LINES] {
        levels.push((Some(2), Some(1), Some(long)));
        levels.push((Some(2), Some(2), Some(long)));
    }
    levels.push((Some(2), Some(2), None));
    levels.push((None, None, None));
    for (header_lines, short_lines, long_lines) in levels {
        let mut want = min.clone();
        for row in &mut cells {
            for (i, c) in row.iter_mut().enumerate() {
                let lines = match c.kind {
                    Kind::Header => header_lines,
                    Kind::Tiny => Some(1),
                    Kind::Short => short_lines,
                    Kind::Long => long_lines,
                };
                if let Some(lines) = lines {
                    want[i] = want[i].max(c.in_lines_mm(lines, em_mm, &m));
                }
            }
        }
        if want.iter().sum::<f32>() <= width {
            return share_out(&cols, want, &full, width);
        }
    }
    widen(cols, &min)
}

/// Columns of `want` width, the room left given first to the columns whose
/// longest cell still wraps (in proportion to what a line would need), then,
/// once every cell fits on a line, in the template's proportions `cols`.
fn share_out(cols: &[f32], mut want: Vec<f32>, full: &[f32], width: f32) -> Vec<f32> {
    let left = width - want.iter().sum::<f32>();
    let need: Vec<f32> = full
        .iter()
        .zip(&want)
        .map(|(f, w)| (f - w).max(0.0))
        .collect();
    let needed: f32 = need.iter().sum();
    if needed >= left && needed > 0.0 {
        for (w, n) in want.iter_mut().zip(&need) {
            *w += left * n / needed;
        }
        return want;
    }
    for (w, n) in want.iter_mut().zip(&need) {
        *w += n;
    }
    let rest = left - needed;
    let total: f32 = cols.iter().sum();
    for (w, c) in want.iter_mut().zip(cols) {
        *w += rest * c / total;
    }
    want
}

/// Widen the columns narrower than `min`, taking the room from the others
/// in proportion to what they have to spare.
fn widen(mut cols: Vec<f32>, min: &[f32]) -> Vec<f32> {
    for _ in 0..4 {
        let deficit: f32 = cols.iter().zip(min).map(|(c, m)| (m - c).max(0.0)).sum();
        if deficit <= 0.01 {
            break;
        }
        let spare: f32 = cols.iter().zip(min).map(|(c, m)| (c - m).max(0.0)).sum();
        if spare <= 0.0 {
            break;
        }
        let take = (deficit / spare).min(1.0);
        for (c, m) in cols.iter_mut().zip(min) {
            if *c < *m {
                *c = *m;
            } else {
                *c -= (*c - m) * take;
            }
        }
    }
    cols
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn the_base_letter_is_the_first_of_the_canonical_decomposition() {
        let samples = "aăâbcdđeêghiklmnoôơpqrstuưvxy AĂÂĐÊÔƠƯ \
            áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ \
            ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ \
            0123456789.,;:/'|!()[]-–—“”…%\u{300}\u{301}\u{344}ǅǄﬁ";
        for c in samples.chars() {
            let nfd = std::iter::once(c).nfd().next().unwrap_or(c);
            assert_eq!(base_letter(c), nfd, "{c:?}");
            assert_eq!(char_em(c), char_em(nfd), "{c:?}");
        }
        assert_eq!(base_letter('Ế'), 'E');
        assert_eq!(char_em('ớ'), 0.5);
        assert_eq!(char_em('Ơ'), 0.68);
    }

    #[test]
    fn a_cell_counts_its_lines_as_words_fill_them() {
        let em_mm = 12.0 * 25.4 / 72.0;
        let mut m = Measures::default();
        let text = "Chi ủy viên\nBí thư  chi bộ";
        let cell = Cell::new(text, Kind::Long, false, em_mm, &mut m);
        assert_eq!(cell.paras, 2);
        assert_eq!(cell.words.len(), 7, "a double space makes no empty word");
        // Each width is its characters' widths added up.
        let sum = |s: &str| s.chars().map(char_em).sum::<f32>() * em_mm + CELL_ROOM_MM;
        assert_eq!(cell.text_mm, sum(text));
        assert_eq!(cell.line_mm, sum("Chi ủy viên").max(sum("Bí thư  chi bộ")));
        assert_eq!(cell.word_mm, sum("viên"));
        // Wide enough for each paragraph on one line: two lines.
        assert_eq!(cell.lines_at(cell.line_mm, em_mm, &m), 2);
        // As narrow as the longest word: a word a line.
        assert_eq!(cell.lines_at(cell.word_mm, em_mm, &m), 7);
        // The narrowest width for n lines sets the text in n lines, and a
        // little less does not.
        let mut cell = cell;
        for lines in 2..=7 {
            let mm = cell.in_lines_mm(lines, em_mm, &m);
            assert!(cell.lines_at(mm, em_mm, &m) <= lines, "{lines}");
            if mm > cell.word_mm {
                assert!(cell.lines_at(mm - 0.5, em_mm, &m) > lines, "{lines}");
            }
        }
    }
}
