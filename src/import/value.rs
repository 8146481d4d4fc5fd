//! Cell values as member data: dates in the usual forms, gender, status.

use super::Cell;
use super::header::fold;
use crate::model::{Date, Gender, MemberStatus, PartialDate, ymd};
use time::Duration;

/// Why a cell could not be read; the preview turns it into a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// Not a date in any known form.
    BadDate(String),
    /// A date that does not exist ("31/02/1970").
    NoSuchDate(String),
    /// Only a year where a full date is needed.
    YearOnly(String),
    /// A two-digit year.
    ShortYear(String),
    BadGender(String),
    BadStatus(String),
    /// An error value in the spreadsheet cell (#N/A…).
    CellError(String),
}

/// Years accepted as a year-only date.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2100;
/// Excel serial numbers accepted as dates (1900-01-01 .. 9999-12-31).
const SERIALS: std::ops::RangeInclusive<i64> = 1..=2_958_465;

/// A date in any of the forms lists use: a date cell, dd/mm/yyyy (also with
/// '-' or '.'), yyyy-mm-dd, a year alone (yyyy), or an Excel date serial
/// number (e.g. 31048 = 01/01/1985), as a number or as text.
pub fn partial_date(cell: &Cell) -> Result<Option<PartialDate>, ValueError> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Date(d) => Ok(Some(PartialDate::Full(*d))),
        Cell::Number(n) => number_date(*n, &cell.display()).map(Some),
        Cell::Text(t) => text_date(t.trim()).map(Some),
        Cell::Bool(_) => Err(ValueError::BadDate(cell.display())),
        Cell::Error(e) => Err(ValueError::CellError(e.clone())),
    }
}

/// Like [`partial_date`] but a year alone is refused.
pub fn full_date(cell: &Cell) -> Result<Option<Date>, ValueError> {
    match partial_date(cell)? {
        None => Ok(None),
        Some(PartialDate::Full(d)) => Ok(Some(d)),
        Some(PartialDate::Year(_)) => Err(ValueError::YearOnly(cell.display())),
    }
}

fn number_date(n: f64, shown: &str) -> Result<PartialDate, ValueError> {
    if n.fract() != 0.0 {
        // A date-time serial: the whole part is the day.
        if n > 0.0 && n < *SERIALS.end() as f64 {
            return serial(n.trunc() as i64, shown);
        }
        return Err(ValueError::BadDate(shown.to_string()));
    }
    let n = n as i64;
    if YEARS.contains(&n) {
        return Ok(PartialDate::Year(n as i32));
    }
    serial(n, shown)
}

/// Excel's 1900 date system: serial 1 is 1900-01-01, and Excel counts a
/// 29 February 1900 that never was, so from serial 61 on the day is
/// 1899-12-30 + serial.
fn serial(n: i64, shown: &str) -> Result<PartialDate, ValueError> {
    if !SERIALS.contains(&n) {
        return Err(ValueError::BadDate(shown.to_string()));
    }
    let base = if n >= 61 {
        ymd(1899, 12, 30)
    } else {
        ymd(1899, 12, 31)
    };
    base.and_then(|b| b.checked_add(Duration::days(n)))
        .map(PartialDate::Full)
        .ok_or_else(|| ValueError::BadDate(shown.to_string()))
}

fn text_date(t: &str) -> Result<PartialDate, ValueError> {
    if t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty() {
        return match t.parse::<i64>() {
            Ok(n) => number_date(n as f64, t),
            Err(_) => Err(ValueError::BadDate(t.to_string())),
        };
    }
    let parts: Vec<&str> = t
        .split(['/', '-', '.'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse::<u32>().ok()).collect();
    let Some(nums) = nums.filter(|n| n.len() == 3) else {
        return Err(ValueError::BadDate(t.to_string()));
    };
    let (y, m, d, year_text) = if parts.first().is_some_and(|p| p.len() == 4) {
        (nums[0], nums[1], nums[2], parts[0])
    } else {
        (nums[2], nums[1], nums[0], parts[2])
    };
    if year_text.len() != 4 {
        return Err(ValueError::ShortYear(t.to_string()));
    }
    let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
        return Err(ValueError::NoSuchDate(t.to_string()));
    };
    ymd(y as i32, m, d)
        .map(PartialDate::Full)
        .ok_or_else(|| ValueError::NoSuchDate(t.to_string()))
}

/// A date in ISO form as .ods files carry them ("1985-03-02", maybe with a time).
pub fn iso_date(s: &str) -> Option<Date> {
    let day = s.get(..10)?;
    let mut it = day.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    ymd(y, m, d)
}

/// "Nam" / "Nữ" (any case, with or without diacritics).
pub fn gender(cell: &Cell) -> Result<Option<Gender>, ValueError> {
    let t = fold(&cell.display());
    match t.as_str() {
        "" => Ok(None),
        "nam" | "m" | "male" => Ok(Some(Gender::Male)),
        "nu" | "f" | "female" => Ok(Some(Gender::Female)),
        _ => Err(ValueError::BadGender(cell.display())),
    }
}

/// "Chính thức" / "Dự bị" (also "CT" / "DB").
pub fn status(cell: &Cell) -> Result<Option<MemberStatus>, ValueError> {
    let t = fold(&cell.display());
    match t.as_str() {
        "" => Ok(None),
        "chinh thuc" | "ct" | "dang vien chinh thuc" | "dvct" => Ok(Some(MemberStatus::Full)),
        "du bi" | "db" | "dang vien du bi" | "dvdb" => Ok(Some(MemberStatus::Probationary)),
        _ => Err(ValueError::BadStatus(cell.display())),
    }
}

/// A mark meaning yes: "x", "có", "1", "miễn", TRUE; empty, "không", "0" are no.
pub fn flag(cell: &Cell) -> bool {
    match cell {
        Cell::Bool(b) => *b,
        Cell::Number(n) => *n != 0.0,
        _ => !matches!(fold(&cell.display()).as_str(), "" | "khong" | "0" | "no"),
    }
}

/// A text field: the cell as shown, spaces collapsed. A date cell in a text
/// column (Excel turns "12/12" into a date) comes back as "day/month".
pub fn text(cell: &Cell) -> String {
    match cell {
        Cell::Date(d) => format!("{}/{}", d.day(), d.month() as u8),
        c => c.display().split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn date_forms() {
        let full = |d| Ok(Some(PartialDate::Full(d)));
        assert_eq!(partial_date(&t("05/08/1985")), full(date!(1985 - 08 - 05)));
        assert_eq!(partial_date(&t("5/8/1985")), full(date!(1985 - 08 - 05)));
        assert_eq!(partial_date(&t("05-08-1985")), full(date!(1985 - 08 - 05)));
        assert_eq!(partial_date(&t("05.08.1985")), full(date!(1985 - 08 - 05)));
        assert_eq!(partial_date(&t("1985-08-05")), full(date!(1985 - 08 - 05)));
        assert_eq!(partial_date(&t("1950")), Ok(Some(PartialDate::Year(1950))));
        assert_eq!(
            partial_date(&Cell::Number(1950.0)),
            Ok(Some(PartialDate::Year(1950)))
        );
        // Excel serial numbers.
        assert_eq!(
            partial_date(&Cell::Number(31048.0)),
            full(date!(1985 - 01 - 01))
        );
        assert_eq!(partial_date(&t("45874")), full(date!(2025 - 08 - 05)));
        assert_eq!(
            partial_date(&Cell::Number(45874.5)),
            full(date!(2025 - 08 - 05))
        );
        assert_eq!(
            partial_date(&Cell::Number(59.0)),
            full(date!(1900 - 02 - 28))
        );
        assert_eq!(
            partial_date(&Cell::Number(61.0)),
            full(date!(1900 - 03 - 01))
        );
        assert_eq!(partial_date(&Cell::Empty), Ok(None));
        assert_eq!(
            partial_date(&t("31/02/1970")),
            Err(ValueError::NoSuchDate("31/02/1970".into()))
        );
        assert_eq!(
            partial_date(&t("05/08/85")),
            Err(ValueError::ShortYear("05/08/85".into()))
        );
        assert_eq!(
            partial_date(&t("tháng 8")),
            Err(ValueError::BadDate("tháng 8".into()))
        );
        assert_eq!(
            full_date(&t("1985")),
            Err(ValueError::YearOnly("1985".into()))
        );
    }

    #[test]
    fn words() {
        assert_eq!(gender(&t("Nữ")), Ok(Some(Gender::Female)));
        assert_eq!(gender(&t("NAM")), Ok(Some(Gender::Male)));
        assert_eq!(gender(&t("nu")), Ok(Some(Gender::Female)));
        assert!(gender(&t("khác")).is_err());
        assert_eq!(status(&t("Dự bị")), Ok(Some(MemberStatus::Probationary)));
        assert_eq!(status(&t("chính thức")), Ok(Some(MemberStatus::Full)));
        assert!(flag(&t("x")) && flag(&t("Có")) && !flag(&t("không")) && !flag(&Cell::Empty));
        assert_eq!(text(&Cell::Date(date!(2025 - 12 - 12))), "12/12");
        assert_eq!(text(&t("  Đại học   Luật ")), "Đại học Luật");
    }
}
