//! The ward overview as an .xlsx workbook for the district: sheet "Tiến độ"
//! (one row per branch) and sheet "Tổng hợp" (the roll-up sentences).
//! Written atomically: a failed export leaves any earlier file untouched.

use crate::model::{Date, Ward};
use crate::rules::labels;
use crate::rules::overview::{OverviewRow, progress};
use crate::rules::rollup::Rollup;
use crate::strings::ward as msg;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The workbook could not be built.
    Xlsx { path: PathBuf, detail: String },
    /// The file could not be written (open in Excel, no permission, disk full).
    Write(crate::store::WriteError),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = self.path();
        let text = match self {
            ExportError::Xlsx { detail, .. } => msg::export_build_failed(file, detail),
            ExportError::Write(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

impl ExportError {
    pub fn path(&self) -> &Path {
        match self {
            ExportError::Xlsx { path, .. } => path,
            ExportError::Write(e) => &e.path,
        }
    }
}

/// Write the overview `rows` (in the order shown) and the roll-up to `path`.
pub fn export_overview(
    ward: &Ward,
    rows: &[OverviewRow],
    rollup: &Rollup,
    today: Date,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = workbook(ward, rows, rollup, today).map_err(|e| ExportError::Xlsx {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    crate::store::write_output(path, &bytes).map_err(ExportError::Write)
}

fn workbook(
    ward: &Ward,
    rows: &[OverviewRow],
    rollup: &Rollup,
    today: Date,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // Dated `today`, not the clock: the same overview makes the same file.
    let created = ExcelDateTime::from_ymd(today.year() as u16, today.month() as u8, today.day())?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let font = |f: Format| f.set_font_name("Times New Roman").set_font_size(12);
    let title = font(Format::new()).set_bold().set_font_size(14);
    let head = font(Format::new())
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color(0xD9E1F2);
    let cell = font(Format::new()).set_border(FormatBorder::Thin);
    let center = cell.clone().set_align(FormatAlign::Center);
    let date = center.clone().set_num_format("dd/mm/yyyy");
    let late = cell.clone().set_font_color(0xC00000).set_bold();

    let ws = wb.add_worksheet();
    ws.set_name(msg::SHEET_PROGRESS)?;
    ws.write_string_with_format(0, 0, ward.name.to_uppercase(), &title)?;
    ws.write_string_with_format(1, 0, msg::EXPORT_TITLE, &title)?;
    ws.write_string_with_format(2, 0, msg::as_of(today), &font(Format::new()).set_italic())?;
    ws.write_string_with_format(
        3,
        0,
        {
            let p = progress(rows);
            msg::progress(p.held, p.total, ward.percent)
        },
        &font(Format::new()),
    )?;
    let headers = [
        msg::COL_NO,
        msg::COL_BRANCH,
        msg::COL_KIND,
        msg::COL_CONGRESS_DATE,
        msg::COL_DOCS_DUE,
        msg::COL_DOCS_DONE,
        msg::COL_PERSONNEL,
        msg::COL_HELD,
        msg::COL_RESULTS_DUE,
        msg::COL_RESULTS,
    ];
    let widths = [6.0, 34.0, 12.0, 13.0, 30.0, 10.0, 11.0, 10.0, 30.0, 11.0];
    const HEAD_ROW: u32 = 5;
    for (c, (h, w)) in headers.iter().zip(widths).enumerate() {
        let c = c as u16;
        ws.write_string_with_format(HEAD_ROW, c, *h, &head)?;
        ws.set_column_width(c, w)?;
    }
    ws.set_row_height(HEAD_ROW, 32)?;
    for (i, row) in rows.iter().enumerate() {
        let r = HEAD_ROW + 1 + i as u32;
        ws.write_number_with_format(r, 0, (i + 1) as f64, &center)?;
        ws.write_string_with_format(r, 1, &row.name, &cell)?;
        ws.write_string_with_format(r, 2, labels::branch_kind(row.kind), &cell)?;
        write_date(ws, r, 3, row.congress_date, &date, &center)?;
        let d = &row.deadlines;
        let docs_fmt = if d.documents.is_overdue() {
            &late
        } else {
            &cell
        };
        ws.write_string_with_format(r, 4, d.documents.label_with_date(d.documents_due), docs_fmt)?;
        ws.write_string_with_format(r, 5, msg::docs_done(row.docs_done, row.docs_total), &center)?;
        ws.write_string_with_format(r, 6, msg::yes_no(row.personnel_approved), &center)?;
        ws.write_string_with_format(r, 7, msg::yes_no(row.held), &center)?;
        let res_fmt = if d.results.is_overdue() { &late } else { &cell };
        ws.write_string_with_format(r, 8, d.results.label_with_date(d.results_due), res_fmt)?;
        ws.write_string_with_format(r, 9, msg::yes_no(row.results_entered), &center)?;
    }
    ws.set_freeze_panes(HEAD_ROW + 1, 2)?;
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_repeat_rows(HEAD_ROW, HEAD_ROW)?;

    let sum = wb.add_worksheet();
    sum.set_name(msg::SHEET_ROLLUP)?;
    sum.set_column_width(0, 120)?;
    sum.write_string_with_format(0, 0, msg::ROLLUP_TITLE.to_uppercase(), &title)?;
    for (i, line) in rollup.lines().iter().enumerate() {
        sum.write_string_with_format(2 + i as u32, 0, line, &font(Format::new()))?;
    }
    wb.save_to_buffer()
}

fn write_date(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    d: Option<Date>,
    date: &Format,
    empty: &Format,
) -> Result<(), XlsxError> {
    match d.and_then(|d| {
        let y = u16::try_from(d.year()).ok()?;
        ExcelDateTime::from_ymd(y, d.month() as u8, d.day()).ok()
    }) {
        Some(x) => ws.write_datetime_with_format(r, c, &x, date).map(|_| ()),
        None => ws
            .write_string_with_format(r, c, msg::NO_DATE, empty)
            .map(|_| ()),
    }
}
