//! Recognising the header row: the usual Vietnamese column names of member
//! lists, with or without diacritics, in upper or lower case, with the
//! spellings offices use ("Họ và tên", "HỌ TÊN", "Ho ten", "Ngày, tháng,
//! năm sinh", "Năm sinh", "Trình độ LLCT", "Ngày vào Đảng" over "Dự bị" |
//! "Chính thức" on two rows…).

use super::{Cell, Table};
pub(crate) use crate::vi::fold_words as fold;

/// A member field a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    FullName,
    Birth,
    Gender,
    Ethnicity,
    Hometown,
    Education,
    Professional,
    PoliticalTheory,
    Joined,
    Official,
    Status,
    Posts,
    Exempted,
}

impl Field {
    /// The field's Vietnamese name, as the import screen shows it.
    pub fn label(self) -> &'static str {
        use crate::strings::import as msg;
        match self {
            Field::FullName => msg::FIELD_FULL_NAME,
            Field::Birth => msg::FIELD_BIRTH,
            Field::Gender => msg::FIELD_GENDER,
            Field::Ethnicity => msg::FIELD_ETHNICITY,
            Field::Hometown => msg::FIELD_HOMETOWN,
            Field::Education => msg::FIELD_EDUCATION,
            Field::Professional => msg::FIELD_PROFESSIONAL,
            Field::PoliticalTheory => msg::FIELD_POLITICAL_THEORY,
            Field::Joined => msg::FIELD_JOINED,
            Field::Official => msg::FIELD_OFFICIAL,
            Field::Status => msg::FIELD_STATUS,
            Field::Posts => msg::FIELD_POSTS,
            Field::Exempted => msg::FIELD_EXEMPTED,
        }
    }

    pub const ALL: [Field; 13] = [
        Field::FullName,
        Field::Birth,
        Field::Gender,
        Field::Ethnicity,
        Field::Hometown,
        Field::Education,
        Field::Professional,
        Field::PoliticalTheory,
        Field::Joined,
        Field::Official,
        Field::Status,
        Field::Posts,
        Field::Exempted,
    ];

    /// Folded header names (see [`fold`]) that name this field.
    fn names(self) -> &'static [&'static str] {
        match self {
            Field::FullName => &[
                "ho va ten",
                "ho ten",
                "ho va ten dang vien",
                "ho ten dang vien",
                "ten dang vien",
                "ho va ten khai sinh",
                "ho ten khai sinh",
            ],
            Field::Birth => &[
                "ngay sinh",
                "ngay thang nam sinh",
                "ngay thang sinh",
                "nam sinh",
                "sinh ngay",
                "ngay sinh nam sinh",
            ],
            Field::Gender => &["gioi tinh", "gioi", "nam nu", "phai"],
            Field::Ethnicity => &["dan toc"],
            Field::Hometown => &["que quan", "nguyen quan", "que"],
            Field::Education => &[
                "trinh do hoc van",
                "hoc van",
                "van hoa",
                "trinh do van hoa",
                "giao duc pho thong",
                "gdpt",
            ],
            Field::Professional => &[
                "trinh do chuyen mon",
                "chuyen mon",
                "chuyen mon nghiep vu",
                "trinh do chuyen mon nghiep vu",
                "cmnv",
            ],
            Field::PoliticalTheory => &[
                "ly luan chinh tri",
                "trinh do ly luan chinh tri",
                "llct",
                "ly luan",
                "trinh do llct",
            ],
            Field::Joined => &[
                "ngay vao dang",
                "ngay ket nap",
                "ngay ket nap dang",
                "ngay ket nap vao dang",
                "ngay vao dang du bi",
                "du bi",
            ],
            Field::Official => &[
                "ngay chinh thuc",
                "ngay vao dang chinh thuc",
                "ngay cong nhan chinh thuc",
                "ngay chuyen chinh thuc",
                "ngay dang vien chinh thuc",
                "chinh thuc",
            ],
            Field::Status => &[
                "chinh thuc du bi",
                "du bi chinh thuc",
                "dang vien chinh thuc du bi",
                "loai dang vien",
                "tinh trang dang vien",
                "dang vien",
            ],
            Field::Posts => &[
                "chuc vu",
                "chuc vu hien nay",
                "chuc vu chinh quyen doan the",
                "chuc vu nghe nghiep",
                "nghe nghiep chuc vu",
                "nghe nghiep",
                "chuc danh",
            ],
            Field::Exempted => &["mien sinh hoat", "mien sh", "mien cong tac va sinh hoat"],
        }
    }
}

/// The field a header names: an exact name first, else the longest known
/// name (of at least four letters) found inside the header as whole words
/// ("Họ và tên (1)", "Trình độ LLCT", "Ngày kết nạp vào Đảng").
pub fn recognise(header: &str) -> Option<Field> {
    let h = fold(header);
    if h.is_empty() {
        return None;
    }
    if let Some(f) = exact(&h) {
        return Some(f);
    }
    let padded = format!(" {h} ");
    let mut best: Option<(usize, Field)> = None;
    for f in Field::ALL {
        for name in f.names() {
            if name.len() >= 4
                && padded.contains(&format!(" {name} "))
                && best.is_none_or(|(len, _)| name.len() > len)
            {
                best = Some((name.len(), f));
            }
        }
    }
    best.map(|(_, f)| f)
}

fn exact(folded: &str) -> Option<Field> {
    Field::ALL.into_iter().find(|f| f.names().contains(&folded))
}

/// Where the data is and which column holds which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// Index in `Table::rows` of the (first) header row.
    pub header_row: usize,
    /// Index of the first data row (after one or two header rows).
    pub data_start: usize,
    /// Per column, the field it holds (`None`: not imported).
    pub columns: Vec<Option<Field>>,
}

impl Mapping {
    /// A mapping with the header on row `header_row` (index) recognised
    /// automatically; the UI starts from it when the user picks the row.
    pub fn from_row(table: &Table, header_row: usize) -> Mapping {
        let width = table.width();
        let mut columns: Vec<Option<Field>> = (0..width)
            .map(|c| header_text(table.cell(header_row, c)).and_then(|t| recognise(&t)))
            .collect();
        dedupe(&mut columns);
        let mut data_start = header_row + 1;
        // A second header row under merged cells: sub-headers in columns the
        // first row left unrecognised, and nothing under its "Họ và tên".
        let name_col = columns.iter().position(|f| *f == Some(Field::FullName));
        let sub: Vec<Option<Field>> = (0..width)
            .map(|c| header_text(table.cell(header_row + 1, c)).and_then(|t| exact(&fold(&t))))
            .collect();
        let name_blank = name_col.is_some_and(|c| table.cell(header_row + 1, c).is_empty());
        if name_blank && sub.iter().any(|f| f.is_some()) {
            for (c, f) in sub.into_iter().enumerate() {
                if let (Some(f), Some(slot)) = (f, columns.get_mut(c)) {
                    // The sub-header refines its parent ("Ngày vào Đảng" over
                    // "Dự bị" keeps Joined; an unmapped parent takes the child).
                    if slot.is_none() || *slot == Some(Field::Joined) {
                        *slot = Some(f);
                    }
                }
            }
            dedupe(&mut columns);
            data_start += 1;
        }
        Mapping {
            header_row,
            data_start,
            columns,
        }
    }

    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.columns.iter().position(|f| *f == Some(field))
    }

    /// Give `column` the field (removing it from any other column).
    pub fn set(&mut self, column: usize, field: Option<Field>) {
        if let Some(f) = field {
            for slot in self.columns.iter_mut() {
                if *slot == Some(f) {
                    *slot = None;
                }
            }
        }
        if column >= self.columns.len() {
            self.columns.resize(column + 1, None);
        }
        if let Some(slot) = self.columns.get_mut(column) {
            *slot = field;
        }
    }

    fn score(&self) -> usize {
        self.columns.iter().filter(|f| f.is_some()).count()
    }
}

/// Only the first column naming a field keeps it.
fn dedupe(columns: &mut [Option<Field>]) {
    let mut seen = Vec::new();
    for slot in columns.iter_mut() {
        if let Some(f) = *slot {
            if seen.contains(&f) {
                *slot = None;
            } else {
                seen.push(f);
            }
        }
    }
}

fn header_text(c: &Cell) -> Option<String> {
    match c {
        Cell::Text(t) => Some(t.clone()),
        _ => None,
    }
}

/// Rows searched for the header (titles often stand above it).
const HEADER_SEARCH_ROWS: usize = 20;

/// The best header row among the first rows: the one naming most fields,
/// which must include "Họ và tên" and one more. `None` when there is none
/// (the user then maps the columns by hand).
pub fn detect_mapping(table: &Table) -> Option<Mapping> {
    (0..table.rows.len().min(HEADER_SEARCH_ROWS))
        .map(|r| Mapping::from_row(table, r))
        .filter(|m| m.column_of(Field::FullName).is_some() && m.score() >= 2)
        .max_by_key(|m| (m.score(), std::cmp::Reverse(m.header_row)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn header_spellings() {
        for (h, f) in [
            ("Họ và tên", Field::FullName),
            ("HỌ VÀ TÊN", Field::FullName),
            ("Ho ten", Field::FullName),
            ("Họ và tên (1)", Field::FullName),
            ("Ngày, tháng, năm sinh", Field::Birth),
            ("Năm sinh", Field::Birth),
            ("NGAY SINH", Field::Birth),
            ("Giới tính", Field::Gender),
            ("Nam/Nữ", Field::Gender),
            ("Dân tộc", Field::Ethnicity),
            ("Quê quán", Field::Hometown),
            ("Trình độ học vấn", Field::Education),
            ("Trình độ LLCT", Field::PoliticalTheory),
            ("Lý luận chính trị", Field::PoliticalTheory),
            ("Ngày vào Đảng", Field::Joined),
            ("Ngày kết nạp vào Đảng", Field::Joined),
            ("Ngày vào Đảng chính thức", Field::Official),
            ("Ngày chính thức", Field::Official),
            ("Chính thức/Dự bị", Field::Status),
            ("Chức vụ hiện nay", Field::Posts),
            ("Miễn sinh hoạt", Field::Exempted),
        ] {
            assert_eq!(recognise(h), Some(f), "{h}");
        }
        // Decomposed input (combining marks) reads the same.
        let nfd: String = "Ngày vào Đảng".nfd().collect();
        assert_eq!(recognise(&nfd), Some(Field::Joined));
        assert_eq!(recognise("STT"), None);
        assert_eq!(recognise("Ghi chú"), None);
        assert_eq!(recognise(""), None);
    }
}
