//! The Party document layout (Hướng dẫn 36-HD/VPTW), once, for every document.
//!
//! A document is described as plain data ([`Document`]: header, title, body
//! blocks, signature, "Nơi nhận") and written to WordprocessingML by
//! [`to_docx`]. Everything HD 36 fixes — A4, margins within its ranges, Times
//! New Roman in every font slot, sizes, the two-column header, page numbers
//! from page 2 centred in the top margin, repeated table header rows — is
//! decided here and nowhere else. Templates, ballots, minutes and the ward's
//! report build a [`Document`] and never touch XML.
//!
//! ```
//! use daihoi::docgen::layout::*;
//! let doc = Document {
//!     page: PageSetup::default(),
//!     header: Some(Header {
//!         superior: "ĐẢNG BỘ PHƯỜNG HÒA BÌNH".into(),
//!         issuer: vec!["CHI BỘ THÔN AN PHÚ".into()],
//!         number: "Số 01-BC/CB".into(),
//!         place_date: "Hòa Bình, ngày 05 tháng 8 năm 2025".into(),
//!     }),
//!     title: vec!["BÁO CÁO".into()],
//!     subtitle: vec!["Kết quả đại hội".into()],
//!     body: vec![Block::para("Nội dung.")],
//!     signatures: vec![Signature::new("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An")],
//!     recipients: vec!["Đảng ủy phường,".into(), "Lưu chi bộ.".into()],
//! };
//! let bytes = to_docx(&[doc]).unwrap();
//! assert!(bytes.starts_with(b"PK"));
//! ```

mod body;
mod columns;
mod draft;
mod package;
mod text;
mod xml;

pub use body::{PARTY_NAME, RECIPIENTS_LABEL};
pub use draft::{dotted_line, fill_empty_sections};
pub use package::{made_by_daihoi, to_docx};
pub use text::plain_text;

use crate::model::{LayoutSettings, RecipientsStyle};

/// HD 36's ranges (millimetres, points); settings outside are clamped.
pub const TOP_MM: (f32, f32) = (20.0, 25.0);
pub const BOTTOM_MM: (f32, f32) = (20.0, 25.0);
pub const LEFT_MM: (f32, f32) = (30.0, 35.0);
pub const RIGHT_MM: (f32, f32) = (15.0, 20.0);
pub const BODY_PT: (f32, f32) = (13.0, 15.0);

/// The one font of Party documents (TCVN 6909:2001 Unicode).
pub const FONT: &str = "Times New Roman";

/// Page size and margins of one document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSetup {
    pub landscape: bool,
    pub margin_top_mm: f32,
    pub margin_bottom_mm: f32,
    pub margin_left_mm: f32,
    pub margin_right_mm: f32,
    /// Body text size in points.
    pub body_pt: f32,
    /// How "Nơi nhận" is written.
    pub recipients: RecipientsStyle,
}

impl Default for PageSetup {
    fn default() -> Self {
        PageSetup::from_settings(&LayoutSettings::default())
    }
}

impl PageSetup {
    /// The ward's settings, clamped into HD 36's ranges (a value that is not
    /// a number falls back to the lower bound).
    pub fn from_settings(s: &LayoutSettings) -> Self {
        fn clamp(v: f32, (lo, hi): (f32, f32)) -> f32 {
            if v.is_nan() { lo } else { v.clamp(lo, hi) }
        }
        PageSetup {
            landscape: false,
            margin_top_mm: clamp(s.margin_top_mm, TOP_MM),
            margin_bottom_mm: clamp(s.margin_bottom_mm, BOTTOM_MM),
            margin_left_mm: clamp(s.margin_left_mm, LEFT_MM),
            margin_right_mm: clamp(s.margin_right_mm, RIGHT_MM),
            body_pt: clamp(s.body_pt, BODY_PT),
            recipients: s.recipients,
        }
    }

    /// A4 in millimetres (width, height) for this orientation.
    pub fn size_mm(&self) -> (f32, f32) {
        if self.landscape {
            (297.0, 210.0)
        } else {
            (210.0, 297.0)
        }
    }

    /// Width between the margins, millimetres.
    pub fn text_width_mm(&self) -> f32 {
        self.size_mm().0 - self.margin_left_mm - self.margin_right_mm
    }
}

/// The two-column header of HD 36.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// Superior body, caps upright ("ĐẢNG BỘ PHƯỜNG HÒA BÌNH").
    pub superior: String,
    /// Issuing body, caps bold; one entry per line ("ĐẠI HỘI CHI BỘ …", "NHIỆM KỲ …").
    pub issuer: Vec<String>,
    /// "Số 01-BC/CB"; empty for documents without a number.
    pub number: String,
    /// Italic place and date ("Hòa Bình, ngày 05 tháng 8 năm 2025").
    pub place_date: String,
}

/// One document as HD 36 lays it out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub page: PageSetup,
    /// `None` for papers without the header (a ballot, for instance).
    pub header: Option<Header>,
    /// Document kind, caps bold 16 centred ("BÁO CÁO"); one entry per line.
    pub title: Vec<String>,
    /// Trích yếu, bold 14 centred; one entry per line.
    pub subtitle: Vec<String>,
    pub body: Vec<Block>,
    /// Signature blocks, side by side from the right (usually one).
    pub signatures: Vec<Signature>,
    /// "Nơi nhận" entries; the label is added by the layout.
    pub recipients: Vec<String>,
}

/// A signature block: "T/M CHI BỘ" / "BÍ THƯ" / space to sign / name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Signature {
    /// "T/M CHI BỘ", "T/M ĐẠI HỘI"; may be empty.
    pub on_behalf: String,
    /// "BÍ THƯ", "TRƯỞNG BAN KIỂM PHIẾU".
    pub title: String,
    /// Full name; empty leaves the line to be written by hand.
    pub name: String,
}

impl Signature {
    pub fn new(on_behalf: &str, title: &str, name: &str) -> Self {
        Signature {
            on_behalf: on_behalf.into(),
            title: title.into(),
            name: name.into(),
        }
    }
}

/// Horizontal alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Justify,
    Left,
    Center,
    Right,
}

/// A piece of text with one style. `\n` becomes a line break, `\t` a tab.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }
    pub fn bold(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            bold: true,
            ..Run::default()
        }
    }
}

/// A paragraph of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub runs: Vec<Run>,
    pub align: Align,
    /// First-line indent (the body's default).
    pub indent: bool,
    /// Size in points; `None` is the body size.
    pub size_pt: Option<f32>,
}

impl Default for Para {
    fn default() -> Self {
        Para {
            runs: Vec::new(),
            align: Align::Justify,
            indent: true,
            size_pt: None,
        }
    }
}

/// What the body is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Part heading (level 1: "I. …"), section (2: "1. …"), sub-section (3,
    /// bold italic). Justified, first-line indent, bold.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(Para),
    Table(Table),
    /// Starts the next block on a new page.
    PageBreak,
    /// The two-column HD 36 header inside the body (papers printed several
    /// to a page, such as ballots, each with its own header).
    Header(Header),
}

impl Block {
    /// A justified body paragraph with first-line indent.
    pub fn para(text: impl Into<String>) -> Self {
        Block::Paragraph(Para {
            runs: vec![Run::plain(text)],
            ..Para::default()
        })
    }

    /// A centred paragraph without indent.
    pub fn centered(runs: Vec<Run>) -> Self {
        Block::Paragraph(Para {
            runs,
            align: Align::Center,
            indent: false,
            size_pt: None,
        })
    }

    pub fn heading(level: u8, text: impl Into<String>) -> Self {
        Block::Heading {
            level,
            text: text.into(),
        }
    }
}

/// A bordered table. Header rows are bold, centred, and repeat at the top of
/// every page the table runs onto.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Relative column widths; the table fills the text width.
    pub widths: Vec<u32>,
    pub header_rows: Vec<Vec<Cell>>,
    pub rows: Vec<Vec<Cell>>,
    /// Text size in points; `None` is one point below the body.
    pub size_pt: Option<f32>,
}

/// One table cell. `\n` in the text becomes a line break.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    pub bold: bool,
    pub align: Align,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            bold: false,
            align: Align::Left,
        }
    }
}

/// Millimetres to twentieths of a point.
pub(crate) fn twips(mm: f32) -> i64 {
    (mm * 1440.0 / 25.4).round() as i64
}

/// Points to half-points (the `w:sz` unit).
pub(crate) fn half_points(pt: f32) -> i64 {
    (pt * 2.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_clamped_into_hd36_ranges() {
        let s = LayoutSettings {
            margin_top_mm: 5.0,
            margin_bottom_mm: 40.0,
            margin_left_mm: 32.0,
            margin_right_mm: f32::NAN,
            body_pt: 20.0,
            recipients: RecipientsStyle::Party,
        };
        let p = PageSetup::from_settings(&s);
        assert_eq!(p.margin_top_mm, 20.0);
        assert_eq!(p.margin_bottom_mm, 25.0);
        assert_eq!(p.margin_left_mm, 32.0);
        assert_eq!(p.margin_right_mm, 15.0);
        assert_eq!(p.body_pt, 15.0);
        assert_eq!(twips(210.0), 11906);
        assert_eq!(twips(297.0), 16838);
    }
}
